"""Hand-written hashes, MACs and key derivation (VG-CRYPTO-009):

- iterated or chained hashing in a counting loop, each round hashing the previous round's
  output (`for _ in range(N): d = sha256(d + salt)`, `k = sum[:]` after `sum := Sum256(k)`):
  a home-made KDF or password hash;
- a hash over a secret concatenated with the message in a signing function
  (`sha256(secret + body)`): a home-made MAC, open to length extension;
- an XOR-and-multiply (FNV/Murmur/djb2-style) mixing loop in a function that hashes a secret;
- a function named for encryption, password hashing, signing or key derivation whose body
  computes the result by hand and calls no cryptography library.
"""

from __future__ import annotations

import re

from tree_sitter import Node

from vigilint import lazyre
from vigilint.analyzers.context import FileContext
from vigilint.analyzers.crypto.bodies import game_context, profile, secret_context
from vigilint.analyzers.crypto.names import NON_CRYPTO_WORDS
from vigilint.analyzers.crypto.recognize import Evidence
from vigilint.analyzers.crypto.syntax import (
    AUGMENTED_KINDS,
    BINARY_KINDS,
    CALL_KINDS,
    FUNCTION_KINDS,
    LOOP_KINDS,
    callee,
    enclosing,
    enclosing_function,
    file_mentions,
    function_name,
    function_nodes,
    kind_nodes,
    last_name,
    nodes_in,
    operator,
    parameter_names,
    resolved_int,
    walk,
    words,
)

NODE_KINDS = FUNCTION_KINDS - {"function"}

_VERB_KINDS = {"encrypt": "nolib", "hash-password": "hash", "sign": "mac", "kdf": "kdf"}
_HASH_CALLS = frozenset({"digest", "hexdigest", "Sum256", "Sum512", "Sum224", "Sum384", "Sum",
                         "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256", "sha3_512",
                         "blake2b", "blake2s", "md5", "createHash", "update", "doFinal", "new",
                         "hash", "digestHex", "sha256Hex", "sha1Hex", "md5Hex", "sha512Hex",
                         "sha256_hex", "md5_hex"})
_HASH_MARKERS = ("hashlib", "createHash", "MessageDigest", "sha256", "sha512", "sha1", "md5",
                 "Sha256", "SHA256", "blake2", "Digest", "subtle.digest")
_SIGN_WORDS = frozenset({"sign", "signature", "mac", "hmac", "authcode", "authenticate"})
# A function that recomputes a keyed digest to check it (`verify_callback`, `validateWebhook`).
_VERIFY_WORDS = frozenset({"verify", "validate", "check", "authenticate", "valid"})
_DIGEST_NAMES = frozenset({"digest", "checksum", "hash", "fingerprint", "token"})
_VERIFIED_WORDS = frozenset({"callback", "webhook", "signature", "request", "payload", "hook",
                             "message", "notification", "event", "ipn", "body"})
_NOT_SIGN = frozenset({"assign", "in", "up", "out", "on", "off", "design"})
_SECRET_OPERAND_WORDS = frozenset({"secret", "key", "apikey", "password", "token", "shared",
                                   "private"})
_DIGEST_WORDS = frozenset({"hash", "hashed", "fingerprint", "digest", "obfuscate", "scramble"})
_ASSIGNMENTS = frozenset({"assignment", "augmented_assignment", "assignment_expression",
                          "augmented_assignment_expression", "assignment_statement",
                          "short_var_declaration", "variable_declarator",
                          "local_variable_declaration", "var_spec"})
_MEMBER_FIELDS = {"attribute": "attribute", "member_expression": "property",
                  "selector_expression": "field", "field_access": "field",
                  "method_invocation": "name"}


def evidence(ctx: FileContext, fn: Node) -> list[Evidence]:
    body = fn.child_by_field_name("body")
    if body is None:
        return []
    name_words = set(words(function_name(ctx, fn)))
    if name_words & NON_CRYPTO_WORDS:
        return []
    out: list[Evidence] = []
    source = ctx.source[body.start_byte:body.end_byte]
    text = source.decode("utf-8", "replace")
    helpers = hashing_functions(ctx)
    hashing = any(marker in text for marker in _HASH_MARKERS) or bool(
        helpers and _names_in(ctx, body) & helpers)
    if hashing and _IPAD.search(text) and _OPAD.search(text) and not _HMAC.search(text):
        pads = _IPAD.search(text)
        assert pads is not None
        at = body.start_byte + len(text[:pads.start()].encode("utf-8"))
        node = next((n for n in walk(body) if n.start_byte <= at < n.end_byte and
                     n.type in BINARY_KINDS | CALL_KINDS | frozenset(_ASSIGNMENTS)), body)
        out.append(Evidence(node, "mac", "HMAC written out by hand (the key XORed with the "
                                         "0x36/0x5c inner and outer pads)"))
        return out
    if hashing:
        kdf = _chained_hash(ctx, body) or _recursive_hash(ctx, fn, body) or \
            _iterated_hash(ctx, body)
        if kdf is not None:
            out.append(Evidence(kdf, "kdf", "each round hashing the previous round's output"))
        elif profile(ctx, fn).verb == "kdf" and not _HMAC.search(text) and \
                not _LIBRARY_KDF.search(text):
            derived = _secret_prefix(ctx, body)
            if derived is not None:  # `derive_key(master, ctx)`: sha256(master + ctx)
                out.append(Evidence(derived, "kdf", "a key derived by one plain hash of the "
                                                    "secret and a context"))
        signs = (name_words & _SIGN_WORDS and not name_words & _NOT_SIGN) or (
            name_words & (_VERIFY_WORDS | _DIGEST_NAMES) and name_words & _VERIFIED_WORDS) or (
            "tag" in name_words and _names_a_secret(text))  # `PalletTag` over `scanSecret`
        if signs and not _HMAC.search(text):
            mac = _secret_prefix(ctx, body)
            if mac is not None:
                out.append(Evidence(mac, "mac", "a hash over the secret concatenated with the "
                                                "message"))
            else:
                fed = _secret_fed(ctx, body)
                if fed is not None:
                    out.append(Evidence(fed, "mac", "a hash fed the secret and the message "
                                                    "in turn (H(secret || message))"))
    if not out and not hashing and _CHECKSUMS.search(text) and \
            name_words & _SIGN_WORDS and not name_words & _NOT_SIGN:
        # a checksum (CRC-32, Adler-32, FNV) keyed by a secret and used as a signature
        mac = _secret_prefix(ctx, body, _CHECKSUM_CALLS) or _secret_fed(ctx, body)
        if mac is not None:
            out.append(Evidence(mac, "mac", "a checksum (CRC/Adler/FNV) over the secret and the "
                                            "message: anyone can forge it"))
    if not out and ((name_words & _SIGN_WORDS and not name_words & _NOT_SIGN) or (
            (b"for" in source or b"while" in source) and
            (b"*" in source or b"<<" in source or b"imul" in source) and
            _called_to_sign(ctx, fn))):
        loop = _hand_hash_over_secret(ctx, body)
        if loop is not None:
            out.append(Evidence(loop, "mac", "a hand-written hash (djb2/FNV-style) over the "
                                             "secret joined to the message"))
    if not out and b"^" in source and (
            (name_words & _DIGEST_WORDS and secret_context(ctx, fn)) or _signs_with(ctx, fn)):
        mixing = _mixing_loop(ctx, body) if not _indexing(ctx, fn) else None
        if mixing is not None:
            out.append(Evidence(mixing, "hash", "an XOR-and-multiply mixing loop"))
    if not out:
        nolib = _without_library(ctx, fn)
        if nolib is not None:
            out.append(nolib)
    return out


# HMAC's pads: the key XORed with 0x36 (inner) and 0x5c (outer), as numbers or byte strings.
_IPAD = lazyre.compile(r"\b0x36\b|\\x36|(?<=\^)\s*54\b|\b54\s*\^")
_OPAD = lazyre.compile(r"(?i)\b0x5c\b|\\x5c|(?<=\^)\s*92\b|\b92\s*\^")
_LIBRARY_KDF = lazyre.compile(r"(?i)hkdf|pbkdf2|scrypt|argon2|bcrypt|deriveKey|deriveBits|"
                              r"SecretKeyFactory|KDF")


def _without_library(ctx: FileContext, fn: Node) -> Evidence | None:
    p = profile(ctx, fn)
    if not p.verb or p.library or p.body_statements == 0:
        return None
    if p.base64 and not p.hand_work and not p.unknown_calls:
        return None  # an encoding (VG-CRYPTO-008)
    if p.caesar and (p.secret_context or game_context(ctx, fn)):
        return None  # a toy cipher: over a secret (VG-CRYPTO-008) or in a game (clean)
    if not p.hand_work and p.unknown_calls:
        return None  # may delegate to a helper we cannot see
    if not p.hand_work and p.body_statements < 2 and p.verb != "hash-password":
        return None
    if not p.hand_work and _registers_argument(ctx, fn):
        return None  # a decorator or setter: `self.hash_password_callback = f; return f`
    return Evidence(fn.child_by_field_name("name") or fn, _VERB_KINDS[p.verb],
                    "the result computed by hand (XOR, shifts, modular arithmetic or no "
                    "calls at all)")


_STORES = frozenset({"assignment", "assignment_expression"})
_RECEIVERS = frozenset({"self", "this", "cls"})
_CALLABLE_WORDS = frozenset({"f", "fn", "func", "function", "callback", "cb", "handler", "hook",
                             "hasher", "callable", "decorated", "wrapped"})


def _registers_argument(ctx: FileContext, fn: Node) -> bool:
    """The function only stores an argument on its object and hands it (or the object) back:
    a decorator or setter that registers the application's own hashing or signing callback
    (`def hash_password(self, f): self.hash_password_callback = f; return f`). It computes
    nothing; whatever the callback does is the application's."""
    body = fn.child_by_field_name("body")
    params = set(parameter_names(ctx, fn))
    if body is None or not params:
        return False
    stored = False
    for statement in body.named_children:
        if statement.type in ("comment", "line_comment", "block_comment", "pass_statement"):
            continue
        inner = statement.named_children[0] if statement.type == "expression_statement" and \
            statement.named_children else None
        if inner is not None and inner.type in ("string", "ellipsis"):
            continue  # a docstring
        if inner is not None and inner.type in _STORES:
            left = inner.child_by_field_name("left")
            right = inner.child_by_field_name("right")
            field = left.child_by_field_name("object") if left is not None and \
                left.type in ("attribute", "member_expression") else None
            if field is None or ctx.node_text(field) not in _RECEIVERS or right is None or \
                    ctx.node_text(right) not in params:
                return False
            # the argument is a function: its name or the slot's says so (`f`, `callback`,
            # `self._hasher = fn`); `self.hashed = password` stores a password unhashed
            assert left is not None
            stored = stored or bool(_CALLABLE_WORDS & (
                set(words(ctx.node_text(right))) | set(words(ctx.node_text(left)))))
            continue
        if statement.type == "return_statement":
            value = statement.named_children[0] if statement.named_children else None
            if value is None or ctx.node_text(value) in params | _RECEIVERS:
                continue
        return False
    return stored


def _names_in(ctx: FileContext, node: Node) -> set[str]:
    """Identifiers read in an expression (member names and called method names left out)."""
    out: set[str] = set()
    for n in walk(node):
        if n.type != "identifier":
            continue
        parent = n.parent
        field = _MEMBER_FIELDS.get(parent.type) if parent is not None else None
        if field is not None and parent is not None and parent.child_by_field_name(field) == n:
            continue
        out.add(ctx.node_text(n))
    return out


def _hash_call(ctx: FileContext, node: Node) -> Node | None:
    """A hash call in `node`: a hash library's, or a call to a function of the file that
    returns a hash (`mix(md, state, salt, i)`, `stretchOnce(prev, salt)` over `md5hex`)."""
    helpers = hashing_functions(ctx)
    for n in walk(node):
        if n.type in CALL_KINDS:
            function = n.child_by_field_name("function") or n.child_by_field_name("name")
            name = last_name(ctx.node_text(function))
            if name in _HASH_CALLS or (name in helpers and "." not in ctx.node_text(
                    function).removeprefix("this.").removeprefix("self.")):
                return n
    return None


def hashing_functions(ctx: FileContext) -> frozenset[str]:
    """Names of the file's functions that return a library hash of what they are given,
    directly or through another such function (two levels): `md5hex(t)` returning
    `createHash('md5')...digest('hex')`, `stretchOnce(p, s, r)` returning `md5hex(p + s + r)`,
    Java `mix(md, state, salt, r)` feeding `md` and returning `md.digest()`."""
    found: frozenset[str] | None = ctx.cache.get("crypto.hashing_functions")
    if found is not None:
        return found
    if not file_mentions(ctx, "crypto.hash_helpers", (*_HASH_MARKERS, "hash.Hash")):
        ctx.cache["crypto.hashing_functions"] = frozenset()
        return frozenset()
    direct: dict[str, Node] = {}
    others: dict[str, Node] = {}
    for f in kind_nodes(ctx, FUNCTION_KINDS):
        name = function_name(ctx, f)
        body = f.child_by_field_name("body")
        if not name or body is None or len(ctx.node_text(body)) > 1200:
            continue
        text = ctx.node_text(f)  # the parameters too: `mix(MessageDigest md, ...)`
        if any(m in text for m in (*_HASH_MARKERS, "hash.Hash")) and any(
                _method(ctx, c) in _HASH_RESULTS for c in nodes_in(ctx, body, CALL_KINDS)):
            direct[name] = f
        else:
            others[name] = f
    names = set(direct)
    for name, f in others.items():
        body = f.child_by_field_name("body")
        if body is not None and any(_method(ctx, c) in direct for c in nodes_in(
                ctx, body, CALL_KINDS)) and not nodes_in(ctx, body, LOOP_KINDS):
            names.add(name)
    found = frozenset(names)
    ctx.cache["crypto.hashing_functions"] = found
    return found


_HASH_RESULTS = frozenset({"digest", "hexdigest", "Sum256", "Sum512", "Sum224", "Sum384",
                           "Sum", "doFinal", "sha256", "sha1", "sha512", "md5"})


def _counting(ctx: FileContext, loop: Node) -> bool:
    """`for _ in range(N)`, `for (i = 0; i < N; i++)`, `while len(out) < n`: a loop that
    counts rounds, not one that walks a collection of items."""
    if loop.type == "for_statement" and ctx.language == "python":
        right = loop.child_by_field_name("right")
        return right is not None and ctx.node_text(right).startswith("range(")
    if loop.type == "for_in_statement":  # `for (const _ of Array(999).keys())`: rounds counted
        right = loop.child_by_field_name("right")
        return right is not None and _COUNTED.search(ctx.node_text(right)) is not None
    if loop.type == "enhanced_for_statement":
        return False
    if loop.type == "for_statement" and ctx.language == "go":
        return not any(c.type == "range_clause" for c in loop.named_children)
    return loop.type in ("for_statement", "while_statement", "do_statement")


def _assignment_parts(ctx: FileContext, node: Node) -> tuple[str, Node] | None:
    if node.type == "local_variable_declaration":
        return None  # its declarators are visited on their own
    target = node.child_by_field_name("left") or node.child_by_field_name("name")
    value = node.child_by_field_name("right") or node.child_by_field_name("value")
    if target is None or value is None:
        return None
    if target.type == "expression_list" and target.named_children:
        target = target.named_children[0]
    return ctx.node_text(target), value


def _chained_hash(ctx: FileContext, body: Node) -> Node | None:
    """A hash call in a counting loop whose input is a previous round's hash output."""
    for loop in nodes_in(ctx, body, LOOP_KINDS):
        if not _counting(ctx, loop):
            continue
        hashed: dict[str, Node] = {}  # name -> the hash call it is assigned from
        derived: set[str] = set()
        assignments = [parts for n in nodes_in(ctx, loop, _ASSIGNMENTS)
                       for parts in [_assignment_parts(ctx, n)] if parts is not None]
        for target, value in assignments:
            call = _hash_call(ctx, value)
            if call is not None:
                hashed[target] = call
        for target, value in assignments:
            if target not in hashed and _names_in(ctx, value) & set(hashed):
                derived.add(target)
        for target, call in hashed.items():
            if _names_in(ctx, call) & ({target} | derived):
                return call
            # `md.update(state); state = md.digest()`, `h.Write(state); state = h.Sum(nil)`:
            # the previous output fed to the hash object in a statement of its own
            receiver = _receiver(ctx, call)
            if receiver and any(
                    _receiver(ctx, feed) == receiver and _names_in(ctx, feed) & (
                        {target} | derived) for feed in walk(loop)
                    if feed.type in CALL_KINDS and feed.id != call.id and
                    _method(ctx, feed) in _FEEDS):
                return call
    return _reduced_hash(ctx, body)


_FEEDS = frozenset({"update", "Write", "write", "digest", "doFinal"})


def _method(ctx: FileContext, call: Node) -> str:
    function = call.child_by_field_name("function") or call.child_by_field_name("name")
    return last_name(ctx.node_text(function)) if function is not None else ""


def _receiver(ctx: FileContext, call: Node) -> str:
    """`md` of `md.digest()` / `md.update(x)`; "" for a plain call."""
    obj = call.child_by_field_name("object")
    if obj is None:
        function = call.child_by_field_name("function")
        if function is not None:
            obj = function.child_by_field_name("object") or \
                function.child_by_field_name("operand") or function.child_by_field_name("value")
    return ctx.node_text(obj) if obj is not None and obj.type == "identifier" else ""


def _reduced_hash(ctx: FileContext, body: Node) -> Node | None:
    """`Array.from({length: n}).reduce((acc) => sha256(acc)..., seed)`, `reduce(lambda acc, _:
    sha256(acc).digest(), range(n), seed)`: a fold whose step hashes the accumulator."""
    for call in walk(body):
        if call.type not in CALL_KINDS or _method(ctx, call) not in ("reduce", "foldl", "fold",
                                                                     "accumulate"):
            continue
        args = call.child_by_field_name("arguments")
        step = next((a for a in (args.named_children if args is not None else ())
                     if a.type in ("arrow_function", "lambda", "function_expression",
                                   "function")), None)
        if step is None:
            continue
        params = step.child_by_field_name("parameters") or step.child_by_field_name(
            "parameter")
        names = [ctx.node_text(n) for n in walk(params) if n.type == "identifier"] \
            if params is not None else []
        if not names:
            continue
        # the fold counts rounds (`Array.from({length: n})`, `[...Array(n)]`, `range(n)`),
        # it does not walk items, and the accumulator is hashed (an argument, not the hash
        # object it was seeded with)
        folded = ctx.node_text(call.child_by_field_name("function") or call)
        if not _COUNTED.search(folded) and not _COUNTED.search(ctx.node_text(args)):
            continue
        for inner in walk(step.child_by_field_name("body") or step):
            if inner.type not in CALL_KINDS or _method(ctx, inner) not in _HASH_CALLS:
                continue
            inner_args = inner.child_by_field_name("arguments")
            if inner_args is not None and names[0] in _names_in(ctx, inner_args):
                return inner
    return None


def _recursive_hash(ctx: FileContext, fn: Node, body: Node) -> Node | None:
    """`next = sha256(salt + password); return stretch(next, salt, rounds - 1)`: the function
    calls itself with its own hash output (a chain of hashes by recursion)."""
    name = function_name(ctx, fn)
    if not name:
        return None
    hashed: dict[str, Node] = {}
    for n in nodes_in(ctx, body, _ASSIGNMENTS):
        parts = _assignment_parts(ctx, n)
        call = _hash_call(ctx, parts[1]) if parts is not None else None
        if parts is not None and call is not None:
            hashed[parts[0]] = call
    own = _own_receivers(ctx, fn)
    for call in nodes_in(ctx, body, CALL_KINDS):
        if _method(ctx, call) != name:
            continue
        target = callee(ctx, call)
        if "." in target and target.rsplit(".", 1)[0].strip() not in own:
            continue  # `hmac.Equal(...)` inside a method `Equal`: another function, not recursion
        args = call.child_by_field_name("arguments")
        if args is None:
            continue
        inner = _hash_call(ctx, args)
        if inner is not None and inner.id != call.id:
            return inner
        fed = _names_in(ctx, args) & set(hashed)
        if fed:
            return hashed[sorted(fed)[0]]
    return None


_CLASS_KINDS = frozenset({"class_definition", "class_declaration", "class"})


def _own_receivers(ctx: FileContext, fn: Node) -> frozenset[str]:
    """What a call of the function itself may be written on: `self`/`this`/`cls`/`super`, the
    Go method's receiver (`h` of `func (h Hasher) Equal`), the enclosing class's name."""
    own = {"self", "this", "cls", "super"}
    receiver = fn.child_by_field_name("receiver")
    if receiver is not None:
        for param in receiver.named_children:
            named = param.child_by_field_name("name")
            if named is not None:
                own.add(ctx.node_text(named))
    cls = enclosing(fn, _CLASS_KINDS)
    named = cls.child_by_field_name("name") if cls is not None else None
    if named is not None:
        own.add(ctx.node_text(named))
    return frozenset(own)


def _iterated_hash(ctx: FileContext, body: Node) -> Node | None:
    """`Stream.iterate(seed, Util::sha512).skip(2000)`, `iterate(seed, h -> sha256(h))`: a
    counted iteration of a hash (its step a hash call, or a function of the file that
    hashes)."""
    for call in nodes_in(ctx, body, CALL_KINDS):
        if _method(ctx, call) != "iterate":
            continue
        args = call.child_by_field_name("arguments")
        items = [a for a in (args.named_children if args is not None else ())
                 if a.type != "comment"]
        if len(items) < 2:
            continue
        step = items[-1]
        if _hash_call(ctx, step) is not None:
            return call
        target = re.split(r"::|\.", ctx.node_text(step))[-1].strip()
        if target in _HASH_CALLS or any(_hash_call(ctx, f) is not None or any(
                m in ctx.node_text(f) for m in _HASH_MARKERS)
                for f in _local_functions(ctx, target)):
            return call
    return None


def _local_functions(ctx: FileContext, name: str) -> list[Node]:
    if not name or ctx.tree is None:
        return []
    return [f for f in kind_nodes(ctx, FUNCTION_KINDS) if function_name(ctx, f) == name]


_COUNTED = lazyre.compile(r"\bArray\.from\(\s*\{\s*length|\bArray\(|\brange\(|\.repeat\(|"
                          r"\bnew Array\(")


# Checksums: not hashes, still less MACs (`zlib.crc32`, `java.util.zip.CRC32`, Go
# `crc32.ChecksumIEEE`, `adler32.New`, `fnv.New32a`, a JS `crc32(...)` package).
_CHECKSUMS = lazyre.compile(r"\b(?:CRC32|crc32|Crc32|Adler32|adler32|CRC32C|crc32c|fnv\.New\w*|"
                            r"ChecksumIEEE)\b")
_CHECKSUM_CALLS = frozenset({"crc32", "adler32", "ChecksumIEEE", "Checksum", "crc32c"})


def _secret_prefix(ctx: FileContext, body: Node,
                   calls: frozenset[str] = _HASH_CALLS) -> Node | None:
    """`sha256(secret + message)`: a hash call whose input concatenates a secret."""
    for n in walk(body):
        if n.type not in CALL_KINDS:
            continue
        function = n.child_by_field_name("function") or n.child_by_field_name("name")
        if last_name(ctx.node_text(function)) not in calls:
            continue
        args = n.child_by_field_name("arguments")
        if args is None:
            continue
        for inner in walk(args):
            if inner.type in BINARY_KINDS and operator(ctx, inner) == "+" and any(
                    set(words(name)) & _SECRET_OPERAND_WORDS for name in _names_in(ctx, inner)
                    | {ctx.node_text(x) for x in walk(inner) if x.type in (
                        "field_identifier", "property_identifier")}):
                return n
            if _joined_with_secret(ctx, inner):
                return n
        if _local_joins_secret(ctx, body, args):
            return n
    return None


def _local_joins_secret(ctx: FileContext, body: Node, args: Node) -> bool:
    """The hashed local was built from the secret and something else over several statements
    (`buf := append([]byte{}, secret...)` then `buf = append(buf, msg...)`, `data += secret`,
    `sb.append(secret); sb.append(body)`)."""
    text = ctx.node_text(body)
    for ident in walk(args):
        if ident.type != "identifier":
            continue
        name = re.escape(ctx.node_text(ident))
        parts = re.findall(rf"\b{name}\s*(?::?=|\+=)(?!=)\s*([^;\n]*)", text) + re.findall(
            rf"\b{name}\.(?:append|extend|write|Write|WriteString|put|update)\(([^;\n]*)\)",
            text)
        if len(parts) >= 2 and any(_names_a_secret(p) for p in parts) and \
                not all(_names_a_secret(p) for p in parts):
            return True
    return False


_INTERPOLATIONS = frozenset({"interpolation", "template_substitution"})


def _joined_with_secret(ctx: FileContext, node: Node) -> bool:
    """`f"{API_SECRET}{payload}"`, `` `${secret}.${body}` ``, `append([]byte(secret), body...)`,
    `"".join([secret, body])`, `String.join("", secret, body)`: a secret joined to something."""
    if node.type in ("string", "template_string"):
        parts = [c for c in node.named_children if c.type in _INTERPOLATIONS]
        return len(parts) >= 2 and any(_names_a_secret(ctx.node_text(c)) for c in parts)
    if node.type in CALL_KINDS:
        function = node.child_by_field_name("function") or node.child_by_field_name("name")
        name = last_name(ctx.node_text(function))
        args = node.child_by_field_name("arguments")
        if name in ("append", "join", "concat", "Concat") and args is not None:
            items = [a for a in walk(args) if a.type in ("identifier", "selector_expression",
                                                         "attribute", "member_expression")]
            return len(args.named_children) >= 1 and len(items) >= 2 and any(
                _names_a_secret(ctx.node_text(a)) for a in items)
    return False


_HMAC = lazyre.compile(r"hmac\.new|hmac\.New|hmac\.digest|createHmac|Mac\.getInstance|HMAC\(|"
                       r"HmacSHA|new HMac")
_FEEDS = frozenset({"update", "Write", "write", "digest_update"})


def _secret_fed(ctx: FileContext, body: Node) -> Node | None:
    """`h.update(SECRET); h.update(body)`, `md.update(pushSecret)`, `h.Write(n.secret)`,
    `createHash(...).update(body).update(SECRET)`: a hash fed a secret and something else in
    turn, the secret before or after the message (a MAC open to length extension, or one
    with no proof of the key)."""
    feeds: list[tuple[str, Node]] = []  # (the argument's text, the call)
    for n in walk(body):
        if n.type not in CALL_KINDS:
            continue
        function = n.child_by_field_name("function") or n.child_by_field_name("name")
        if last_name(ctx.node_text(function)) not in _FEEDS:
            continue
        args = n.child_by_field_name("arguments")
        if args is None or not args.named_children:
            continue
        feeds.append((ctx.node_text(args.named_children[0]), n))
    secret = [call for text, call in feeds if _names_a_secret(text)]
    if secret and len(feeds) > len(secret):
        return secret[0]
    return None


def _hand_hash_over_secret(ctx: FileContext, body: Node) -> Node | None:
    """A loop folding characters into an accumulator with shifts or multiplications (djb2,
    FNV, sdbm) over an input that joins a secret to the message."""
    text = ctx.node_text(body)
    bindings = re.findall(r"\b([A-Za-z_]\w*)\s*:?=(?!=)\s*([^;\n]*)", text)
    joined = [value for _, value in bindings
              if _CONCATENATION.search(value) and _names_a_secret(value)]
    # or the loop walks the joined text itself (`for (const ch of this.secret + text)`)
    joined += [head for loop in nodes_in(ctx, body, LOOP_KINDS)
               for head in [_loop_head(ctx, loop)]
               if _CONCATENATION.search(head) and _names_a_secret(head)]
    if not joined:
        # or the state is keyed: the accumulator starts from the secret (`long h = OFFSET ^
        # LINK_SECRET`) and is mixed in a loop (`h ^= b; h *= PRIME`)
        keyed = {target for target, value in bindings if _names_a_secret(value) or any(
            {"key", "secret"} & {x.lower() for x in words(name)}
            for name in re.findall(r"[A-Za-z_]\w*", value))}
        return _keyed_state_mixed(ctx, body, keyed) if keyed else None
    for loop in walk(body):
        if loop.type not in LOOP_KINDS:
            continue
        for n in walk(loop):
            if n.type not in _ASSIGNMENTS and n.type not in AUGMENTED_KINDS:
                continue
            parts = _assignment_parts(ctx, n)
            if parts is None:
                continue
            target, value = parts
            value_text = ctx.node_text(value)
            if re.search(rf"\b{re.escape(target)}\b", value_text) and (
                    "<<" in value_text or "*" in value_text or "imul" in value_text) and (
                    re.search(r"ord\(|charCodeAt|codePointAt|\[", value_text)):
                return n
    return None


def _loop_head(ctx: FileContext, loop: Node) -> str:
    """What a for-each loop walks (`secret + text` of `for ch in secret + text`)."""
    right = loop.child_by_field_name("right") or loop.child_by_field_name("value")
    if right is None:
        clause = next((c for c in loop.named_children if c.type == "range_clause"), None)
        right = clause.child_by_field_name("right") if clause is not None else None
    return ctx.node_text(right) if right is not None else ""


def _called_to_sign(ctx: FileContext, fn: Node) -> bool:
    """A signing function of the file (`sign`, `computeMac`) calls this one."""
    name = function_name(ctx, fn)
    if not name or ctx.source.count(name.encode()) < 2:
        return False  # never called
    return any(signing_function(ctx, enclosing_function(call))
                              for call in calls_of(ctx).get(name, ()))


def _keyed_state_mixed(ctx: FileContext, body: Node, keyed: set[str]) -> Node | None:
    """A loop over the message that multiplies or shifts one of the `keyed` accumulators
    (`h *= 0x100000001b3L`, `h = h * 31 + c`)."""
    for loop in nodes_in(ctx, body, LOOP_KINDS):
        for n in walk(loop):
            if n.type not in _ASSIGNMENTS and n.type not in AUGMENTED_KINDS:
                continue
            parts = _assignment_parts(ctx, n)
            if parts is None or parts[0] not in keyed:
                continue
            value_text = ctx.node_text(parts[1])
            op = operator(ctx, n)
            if op in ("*=", "<<=") or (re.search(rf"\b{re.escape(parts[0])}\b", value_text)
                                       and ("<<" in value_text or "*" in value_text or
                                            "imul" in value_text)):
                return n
    return None


def _mixing_loop(ctx: FileContext, body: Node) -> Node | None:
    """A loop that XORs into an accumulator and multiplies it (FNV/Murmur-style mixing)."""
    for loop in walk(body):
        if loop.type not in LOOP_KINDS:
            continue
        xor = multiply = None
        for n in walk(loop):
            if n.type in BINARY_KINDS | AUGMENTED_KINDS:
                op = operator(ctx, n).rstrip("=") if n.type in AUGMENTED_KINDS else operator(
                    ctx, n)
                if op == "^":
                    xor = xor or n
                elif op == "*":
                    multiply = multiply or n
            elif n.type in CALL_KINDS and ctx.node_text(n).startswith("Math.imul"):
                multiply = multiply or n
        if xor is not None and multiply is not None:
            return multiply
    return None


_SECRET_NAME_WORDS = frozenset({"secret", "password", "passwd", "apikey", "token", "private",
                                "shared", "signing", "credential", "credentials"})
_KEY_QUALIFIERS = frozenset({"api", "secret", "signing", "master", "private", "shared", "hmac",
                             "mac", "sign"})
_CONCATENATION = lazyre.compile(r"\+|\bappend\(|\bconcat\(|\$\{|\.\.\.")


def signing_function(ctx: FileContext, fn: Node | None) -> bool:
    """A function named for signing (`sign_webhook`, `signRequest`, `computeMac`)."""
    if fn is None:
        return False
    name_words = set(words(function_name(ctx, fn)))
    return bool(name_words & _SIGN_WORDS) and not name_words & _NOT_SIGN


def _names_a_secret(text: str) -> bool:
    for name in re.findall(r"[A-Za-z_]\w*", text):
        w = {x.lower() for x in words(name)}
        if w & _SECRET_NAME_WORDS or ("key" in w and w & _KEY_QUALIFIERS):
            return True
    return False


def concatenates_secret(ctx: FileContext, call: Node) -> bool:
    """The call's argument joins a secret to the message (`digest(secret + body)`,
    `mixHash(append(secret, payload...))`), directly or through a local assigned just so
    (`data = (apiSecret + body).getBytes()`)."""
    args = call.child_by_field_name("arguments")
    if args is None:
        return False
    texts = [ctx.node_text(args)]
    fn = enclosing_function(call)
    body = ctx.node_text(fn) if fn is not None else ""
    for ident in walk(args):
        if ident.type == "identifier":
            name = re.escape(ctx.node_text(ident))
            texts += re.findall(rf"\b{name}\s*:?=(?!=)\s*([^;\n]*)", body)
            # built over several statements (`b.WriteString(params)`, `b.WriteString(secret)`,
            # `buf += secret`): the parts joined
            parts = re.findall(rf"\b{name}\s*\+=\s*([^;\n]*)", body) + re.findall(
                rf"\b{name}\.(?:append|extend|write|Write|WriteString|update|push)\(([^;\n]*)\)",
                body)
            if len(parts) >= 2:
                texts.append(" + ".join(parts))
    return any(_CONCATENATION.search(t) and _names_a_secret(t) for t in texts)


def _signs_with(ctx: FileContext, fn: Node) -> bool:
    """A signing function of the file calls this one over a secret joined to the message:
    the hash of a home-made MAC, whatever it is called (`compress`, `mix`)."""
    name = function_name(ctx, fn)
    if not name or ctx.tree is None:
        return False
    needle = name.encode()
    if ctx.source.count(needle) < 2:
        return False
    return any(signing_function(ctx, enclosing_function(call)) and
               concatenates_secret(ctx, call) for call in calls_of(ctx).get(name, ()))


def calls_of(ctx: FileContext) -> dict[str, list[Node]]:
    """The calls of the file by the last name of what they call (cached). A function of the
    file handed to a call as a value (`strings.Map(mirror, address)`, `notes.map(shift)`,
    `Array.from({length: n}, pickChar)`, Java `this::mask`) is called by that call: the
    call is listed under the function's name too, so what the call is given and where its
    result goes speak for the function as they do for a direct call."""
    found: dict[str, list[Node]] | None = ctx.cache.get("crypto.calls_of")
    if found is None:
        found = ctx.cache["crypto.calls_of"] = {}
        handed: list[tuple[str, Node]] = []
        for call in walk(ctx.tree.root_node) if ctx.tree is not None else ():
            if call.type in CALL_KINDS:
                found.setdefault(last_name(callee(ctx, call)), []).append(call)
                handed.extend((name, call) for name in _function_arguments(ctx, call))
        if handed:
            defined = {function_name(ctx, fn) for fn in function_nodes(ctx)} - {""}
            for name, call in handed:
                if name in defined:
                    found.setdefault(name, []).append(call)
    return found


_REFERENCE_KINDS = frozenset({"identifier", "method_reference", "attribute", "member_expression"})


def _function_arguments(ctx: FileContext, call: Node) -> list[str]:
    """The names of the arguments of `call` that are bare function references (`mirror`,
    `this::mask`, `self._shift`, `this.step`), not calls or other expressions."""
    args = call.child_by_field_name("arguments")
    out: list[str] = []
    for a in args.named_children if args is not None else ():
        if a.type not in _REFERENCE_KINDS:
            continue
        text = ctx.node_text(a)
        if a.type == "method_reference":
            out.append(text.rsplit("::", 1)[-1].strip())
        elif a.type == "identifier":
            out.append(text)
        elif text.startswith(("self.", "this.")) and text.count(".") == 1:
            out.append(text.split(".", 1)[1])
    return out


# Hash tables, Bloom filters, caches and routers hash a key to a slot.
_SLOT_WORDS = frozenset({"bloom", "filter", "table", "map", "cache", "index", "bucket",
                         "buckets", "shard", "router", "set", "lru", "slot", "partition"})


def _indexing(ctx: FileContext, fn: Node) -> bool:
    """The hash picks a slot: its result is reduced modulo a size (`h % this.size`,
    `h % len(buckets)`), or its class is a table, filter or cache."""
    cls = enclosing(fn, frozenset({"class_definition", "class_declaration", "class"}))
    if cls is not None and {w.lower() for w in words(ctx.node_text(
            cls.child_by_field_name("name")))} & _SLOT_WORDS:
        return True
    for ret in walk(fn):
        if ret.type != "return_statement":
            continue
        for n in walk(ret):
            if n.type in BINARY_KINDS and operator(ctx, n) == "%":
                right = ctx.node_text(n.child_by_field_name("right"))
                if "**" not in right and "<<" not in right and resolved_int(
                        ctx, n.child_by_field_name("right")) is None:
                    return True
    return False
