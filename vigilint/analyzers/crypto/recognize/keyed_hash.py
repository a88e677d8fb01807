"""Keyed hashes used as tags (VG-CRYPTO-009): a secret (a key, secret, salt or pepper by its
name, or a value read from configuration so named) joined to the message and fed to a hash or
checksum (a library digest, a hand-written djb2/FNV/Adler/sum loop in a helper of the file, or
such a loop inline), whose result is used as a signature, tag or MAC:

- the function is named for one (`sign_line`, `cookieTag`, `_stamp`, `computeSeal`);
- its calls are compared with `==` (`_stamp(body) == stamp`), or it compares the result;
- it returns the result joined to the message (`payload + ":" + hex(fnv64(keyed))`);
- the result is bound to a name that says so (`sig = md5(secret + body)`).

A hash of a password (with or without its salt) is password hashing, not a tag, and is left to
the other checks; hash tables (a hash reduced modulo a size) and functions named for
non-cryptographic hashing stay clean. `handmade` reports the signing functions whose name
alone says so; this module sees the tags whatever they are called."""


from __future__ import annotations

import re

from tree_sitter import Node

from vigilint import lazyre
from vigilint.analyzers.context import FileContext
from vigilint.analyzers.crypto.names import NON_CRYPTO_WORDS
from vigilint.analyzers.crypto.recognize import Evidence
from vigilint.analyzers.crypto.recognize.handmade import calls_of
from vigilint.analyzers.crypto.syntax import (
    AUGMENTED_KINDS,
    BINARY_KINDS,
    CALL_KINDS,
    FUNCTION_KINDS,
    LOOP_KINDS,
    callee,
    function_name,
    function_nodes,
    last_name,
    nodes_in,
    operator,
    parameter_names,
    unwrap,
    walk,
    words,
)

NODE_KINDS = FUNCTION_KINDS - {"function"}

_LIBRARY_HASHES = frozenset({
    "md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256", "sha3_512", "blake2b",
    "blake2s", "Sum256", "Sum512", "Sum224", "Sum384", "createHash", "digest", "md5Hex",
    "sha1Hex", "sha256Hex", "sha512Hex", "md5_hex", "sha256_hex", "crc32", "adler32",
    "ChecksumIEEE", "Checksum"})
_TAG_WORDS = frozenset({"sign", "signs", "signed", "signature", "sig", "mac", "hmac", "tag",
                        "stamp", "seal", "authcode", "authenticator", "authenticate",
                        "integrity", "tamper", "attest", "attestation", "token"})
_NOT_TAG = frozenset({"assign", "design", "signup", "signin", "signout", "tagname", "tags",
                      "html", "css", "etag"})
_SECRET_WORDS = frozenset({"secret", "secrets", "apikey", "private", "shared", "signing",
                           "pepper", "salt", "hmac", "passphrase"})
# A `key` is a secret unless its name says it picks, sorts or looks something up.
_NOT_SECRET_KEY = frozenset({"cache", "sort", "map", "dict", "lookup", "primary", "foreign",
                             "partition", "row", "shard", "idempotency", "hash", "bucket",
                             "index", "group", "object", "redis", "route", "translation",
                             "i18n", "public", "pub", "storage", "s3", "etag", "react", "col",
                             "column", "field", "attr", "env", "config", "setting", "name",
                             "keys", "dedupe", "dedup", "join", "composite", "natural"})
_PASSWORD_WORDS = frozenset({"password", "passwd", "pwd", "pin"})
_HMAC = lazyre.compile(r"hmac\.new|hmac\.New|hmac\.digest|createHmac|Mac\.getInstance|HMAC\(|"
                       r"HmacSHA|new HMac|HMac\(")
_EQUALITY = frozenset({"==", "!=", "===", "!==", "<>"})
_JOINS = frozenset({"append", "join", "concat", "Concat", "format", "Sprintf", "Join"})


_SECRET_HINT_WORDS = ("secret", "key", "salt", "pepper", "private", "shared", "signing", "hmac",
                      "passphrase")
_SECRET_HINT = lazyre.compile(r"(?i)" + "|".join(_SECRET_HINT_WORDS))


def _names_secret(text: str, per_record: frozenset[str] = frozenset()) -> bool:
    """A name in `text` says it holds a secret. A salt is one only when it is not a local
    or parameter of the function (`per_record`): a pepper-like constant, a setting or a field
    is a key; a salt read from the stored record (`salt = row[0][:2]`) is a password hash's."""
    if text.isascii():
        lowered = text.lower()  # the hint's words, as a case-insensitive search finds them
        if not any(word in lowered for word in _SECRET_HINT_WORDS):
            return False
    elif not _SECRET_HINT.search(text):
        return False  # cheap test before splitting every name into words
    for name in re.findall(r"[A-Za-z_]\w*", text):
        w = {x.lower() for x in words(name)}
        if w & _SECRET_WORDS - {"salt"} or ("key" in w and not w & _NOT_SECRET_KEY):
            return True
        if "salt" in w and name not in per_record:
            return True
    return False


def _names_password(text: str) -> bool:
    return any({x.lower() for x in words(n)} & _PASSWORD_WORDS
               for n in re.findall(r"[A-Za-z_]\w*", text))


def _operands(ctx: FileContext, node: Node) -> list[str]:
    """The parts a value joins: the operands of `+`, the arguments of `append`/`concat`/
    `join`/`format`, the substitutions of an f-string or template literal; [] if it joins
    nothing."""
    parts: list[str] = []
    for n in walk(node):
        if n.type in BINARY_KINDS and operator(ctx, n) == "+":
            parts += [ctx.node_text(c) for c in (n.child_by_field_name("left"),
                                                 n.child_by_field_name("right")) if c]
        elif n.type in BINARY_KINDS and operator(ctx, n) == "%" and (
                n.child_by_field_name("left") or n).type in ("string", "concatenated_string"):
            right = n.child_by_field_name("right")  # `b"%s%s" % (secret, body)`
            if right is not None and right.type == "tuple":
                parts += [ctx.node_text(c) for c in right.named_children]
        elif n.type in CALL_KINDS and last_name(callee(ctx, n)) in _JOINS:
            args = n.child_by_field_name("arguments")
            items = [ctx.node_text(a) for a in (args.named_children if args else [])]
            obj = ctx.node_text(n.child_by_field_name("function") or n).rsplit(".", 1)[0]
            parts += items + ([obj] if "." in ctx.node_text(
                n.child_by_field_name("function") or n) else [])
        elif n.type in ("string", "template_string"):
            parts += [ctx.node_text(c) for c in n.named_children
                      if c.type in ("interpolation", "template_substitution")]
        elif n.type == "tuple" and ctx.language == "python" and n.parent is not None and \
                n.parent.type == "argument_list":
            parts += [ctx.node_text(c) for c in n.named_children]  # `hash((secret, body))`
    return parts


def _keyed(ctx: FileContext, value: Node, locals_: dict[str, str],
           per_record: frozenset[str] = frozenset()) -> bool:
    """The value joins a secret to something else that is not a password, directly or
    through a local of the function assigned so (`keyed = secret + payload`)."""
    texts = [ctx.node_text(value)]
    for n in walk(value):
        if n.type == "identifier" and ctx.node_text(n) in locals_:
            texts.append(locals_[ctx.node_text(n)])
    for text in texts:
        if _names_password(text):
            continue
        parts = _operands_text(ctx, value) if text == texts[0] else _split_join(text)
        secret = [p for p in parts if _names_secret(p, per_record)]
        if secret and len(parts) > len(secret):
            return True
    return False


def _operands_text(ctx: FileContext, value: Node) -> list[str]:
    return _operands(ctx, value)


def _split_join(text: str) -> list[str]:
    """The parts of a joined expression in a local's assigned text (`(a + ":" + b).encode()`,
    `append(append([]byte{}, s.Secret...), id...)`, `f"{secret}{body}"`)."""
    if "+" in text:
        return [p for p in re.split(r"\+", text) if p.strip()]
    inner = re.findall(r"\$\{([^}]{0,300})\}|\{([^{}]{0,300})\}", text)
    if len(inner) >= 2:
        return [a or b for a, b in inner]
    if _output_of_call_given_join(text):
        return []  # the output of a function handed a join (`scramble(concat([..]), key)`)
    if re.search(r"\b(?:append|concat|join|Concat)\(", text):
        return [p for p in re.split(r"[(),]", text) if re.search(r"\w", p)
                and not re.fullmatch(r"\s*(?:append|concat|join|Concat|\[\]byte\{\})\s*", p)]
    return []


def _output_of_call_given_join(text: str) -> bool:
    """The whole value is one call of a function that is not a join, and a join is among its
    arguments (`scramble(Buffer.concat([nonce, body]), key)`): its output, not a join. A
    builder chained after a call (`new StringBuilder().append(secret).append(id)`) is a join."""
    outer = re.match(r"\s*(?:new\s+)?([\w.]+)\s*\(", text)
    if outer is None or last_name(outer.group(1)) in _JOINS:
        return False
    depth, end = 1, -1
    for i in range(outer.end(), len(text)):
        if text[i] in "([{":
            depth += 1
        elif text[i] in ")]}":
            depth -= 1
            if depth == 0:
                end = i
                break
    return end >= 0 and not text[end + 1:].strip() and re.search(
        r"\b(?:append|concat|join|Concat)\(", text[outer.end():end]) is not None


_LOCAL_ASSIGNMENTS = frozenset({"assignment", "variable_declarator", "short_var_declaration",
                                "assignment_expression"})


def _assigned_locals(ctx: FileContext, body: Node) -> dict[str, str]:
    out: dict[str, str] = {}
    for n in nodes_in(ctx, body, _LOCAL_ASSIGNMENTS):
        target = n.child_by_field_name("left") or n.child_by_field_name("name")
        value = n.child_by_field_name("right") or n.child_by_field_name("value")
        if target is not None and value is not None:
            name = ctx.node_text(target).strip()
            if name.isidentifier():
                out[name] = ctx.node_text(value)
    # a buffer or builder filled over several statements (`b.WriteString(k + "=" + v)`,
    # `b.WriteString("secret=" + appSecret)`, `sb.append(...)`, `buf += ...`): its parts joined
    text = ctx.node_text(body)
    for name, _ in _BUILDER.findall(text):
        parts = re.findall(rf"(?<![\w.]){re.escape(name)}\.(?:append|write|Write|WriteString|"
                           rf"extend|push)\(([^;\n]*)\)", text) + re.findall(
            rf"(?<![\w.]){re.escape(name)}\s*\+=\s*([^;\n]*)", text)
        if len(parts) >= 2:
            out[name] = " + ".join(([out[name]] if name in out else []) + parts)
    return out


_BUILDER = lazyre.compile(r"(?<![\w.])([A-Za-z_]\w{0,40})(\.(?:append|write|Write|WriteString|extend|"
                          r"push)\(|\s*\+=)")

_FOLDS = AUGMENTED_KINDS | {"assignment", "assignment_expression", "assignment_statement"}


def fold_loop(ctx: FileContext, node: Node) -> Node | None:
    """A loop folding each element into an accumulator with arithmetic (`h = h * 33 + c`,
    `h ^= b; h *= P`, `a = (a + c) % 65521`): a hand-written hash or checksum."""
    for loop in nodes_in(ctx, node, LOOP_KINDS):
        for n in nodes_in(ctx, loop, _FOLDS):
            if n.type in AUGMENTED_KINDS and operator(ctx, n) in ("^=", "*=", "+=", "<<=",
                                                                   "%="):
                target = ctx.node_text(n.child_by_field_name("left"))
                if operator(ctx, n) in ("^=", "*=", "+=") and target.isidentifier():
                    # every update of the accumulator in the loop, whatever its form
                    # (`h ^= c; h *= P`, Java `h = rotl(h, 5) ^ c; h *= K`, Jenkins'
                    # `h += c; h += h << 10; h ^= h >> 6`): XOR mixed with a multiply or a
                    # shift of the accumulator is a hash round
                    ops = _accumulator_ops(ctx, loop, target)
                    if ops & {"^"} and ops & _MIXING:
                        return n
                continue
            if n.type not in ("assignment", "assignment_expression", "assignment_statement") \
                    or operator(ctx, n) not in ("=", ""):
                continue
            target = ctx.node_text(n.child_by_field_name("left"))
            value = n.child_by_field_name("right")
            if not target.isidentifier() or value is None:
                continue
            value_text = ctx.node_text(value)
            if not re.search(rf"\b{re.escape(target)}\b", value_text):
                continue
            ops = {operator(ctx, b) for b in walk(value) if b.type in BINARY_KINDS}
            if "imul" in value_text:
                ops.add("*")
            if ("+" in ops and ops & {"*", "<<", "%"}) or (ops & {"^"} and ops & {"*", "<<"}):
                return n
            if "^" in ops and _TABLE_STEP.search(value_text) and re.search(
                    rf"\[[^\]]*\b{re.escape(target)}\b", value_text):
                return n  # `c = T[(c ^ b) & 0xff] ^ (c >>> 8)`: a table-driven CRC
            if _mixed_by_helper(ctx, value, target):
                return n  # `h = mix32(h, text.charCodeAt(i))`
    return None


_REDUCERS = frozenset({"reduce", "reduceRight", "foldl", "fold"})
_LAMBDAS = frozenset({"lambda", "arrow_function", "function_expression", "lambda_expression",
                      "func_literal"})


def fold_reduce(ctx: FileContext, node: Node) -> Node | None:
    """A reduction folding each element into an accumulator with arithmetic, the loop of
    `fold_loop` written as `functools.reduce(lambda acc, ch: (acc * 131 + ord(ch)) % M, text,
    7)` or `[...s].reduce((h, c) => (h * 33) ^ c.charCodeAt(0), 5381)`: a hand-written hash."""
    for call in nodes_in(ctx, node, CALL_KINDS):
        if last_name(callee(ctx, call)) not in _REDUCERS:
            continue
        args = call.child_by_field_name("arguments")
        folder = next((a for a in args.named_children if a.type in _LAMBDAS), None) \
            if args is not None else None
        params = parameter_names(ctx, folder) if folder is not None else []
        if folder is None or len(params) < 2 or not params[0].isidentifier():
            continue
        result = folder.child_by_field_name("body")
        if result is None or not re.search(rf"\b{re.escape(params[0])}\b", ctx.node_text(result)):
            continue
        ops = {operator(ctx, b) for b in walk(result) if b.type in BINARY_KINDS}
        if "imul" in ctx.node_text(result):
            ops.add("*")
        if ("+" in ops and ops & {"*", "<<"}) or ("^" in ops and ops & {"*", "<<"}):
            return call
    return None


# A step that reads a table at an index computed from the accumulator.
_TABLE_STEP = lazyre.compile(r"\w\[[^\]\n]{0,80}&\s{0,4}(?:0x[fF]{2}|255)\b")


def _mixed_by_helper(ctx: FileContext, value: Node, target: str) -> bool:
    """`h = mix(h, c)`: the accumulator handed to a function of the file that mixes with
    XOR and a multiplication or shift (the round of a hand-written hash)."""
    call = unwrap(value)
    if call is None or call.type not in CALL_KINDS:
        return False
    args = call.child_by_field_name("arguments")
    if args is None or not any(ctx.node_text(a) == target for a in args.named_children):
        return False
    for fn in _defined(ctx).get(last_name(callee(ctx, call)), ()):
        text = ctx.node_text(fn)
        if "^" in text and ("imul(" in text or "*" in text or "<<" in text):
            return True
        # sdbm/djb2 written as a step function: `return (c + (h << 6) + (h << 16) - h) & M`
        # (its accumulator shifted and added to the element, kept to a word)
        ops = {operator(ctx, b) for b in walk(fn) if b.type in BINARY_KINDS}
        if "+" in ops and "<<" in ops and ops & {"&", "%"}:
            return True
    return False


_ROTATES = lazyre.compile(r"\b(?:rotateLeft|rotateRight|RotateLeft\d{0,2}|rotl\d{0,2}|rotr\d{0,2}|"
                         r"rol\d{0,2}|ror\d{0,2})\(")


def _accumulator_ops(ctx: FileContext, loop: Node, target: str) -> set[str]:
    """The operators every update of `target` in the loop applies: the augmented operator,
    and the operators of an assigned value that reads the accumulator (a rotation counts as
    a shift)."""
    ops: set[str] = set()
    for n in walk(loop):
        if n.type in AUGMENTED_KINDS and ctx.node_text(n.child_by_field_name("left")) == target \
                and operator(ctx, n) not in ("=", ":=", ""):
            ops.add(operator(ctx, n).rstrip("="))
            value = n.child_by_field_name("right")
            if value is not None and re.search(rf"\b{re.escape(target)}\b", ctx.node_text(value)):
                # `h += h << 10`: the accumulator shifted into itself
                ops |= {operator(ctx, b) for b in walk(value) if b.type in BINARY_KINDS} & _MIXING
            if "imul" in ctx.node_text(n):
                ops.add("imul")
        elif n.type in ("assignment", "assignment_expression", "assignment_statement") and \
                ctx.node_text(n.child_by_field_name("left")) == target:
            if _ROTATES.search(ctx.node_text(n)) and re.search(
                    rf"\b{re.escape(target)}\b", ctx.node_text(n.child_by_field_name("right"))):
                ops.add("<<")
            if "imul" in ctx.node_text(n):
                ops.add("imul")
            value = n.child_by_field_name("right")
            if value is not None and re.search(rf"\b{re.escape(target)}\b", ctx.node_text(value)):
                # `h = (h * 0x01000193) & 0xFFFFFFFF`: FNV's multiply written as its own step;
                # `c = c & 1 ? (c >>> 1) ^ POLY : c >>> 1`: a CRC's bit step
                ops |= {operator(ctx, b) for b in walk(value) if b.type in BINARY_KINDS} & (
                    _MIXING | {"^"})
    return ops


# What mixes an accumulator with XOR into a hash or checksum round: a multiplication, or the
# accumulator shifted into itself (sdbm, Jenkins' one-at-a-time, a bitwise CRC).
_MIXING = frozenset({"*", "imul", "<<", ">>", ">>>"})


def _hand_hash(ctx: FileContext, name: str) -> bool:
    """A function of the file named `name` folds its input into an accumulator (a
    hand-written hash or checksum); decided once per name."""
    cache: dict[str, bool] = ctx.cache.setdefault("crypto.hand_hashes", {})
    if name not in cache:
        found = False
        for fn in _defined(ctx).get(name, ()):
            body = fn.child_by_field_name("body")
            if body is not None and (fold_loop(ctx, body) is not None or
                                     fold_reduce(ctx, body) is not None):
                found = True
                break
        cache[name] = found
    return cache[name]


def _defined(ctx: FileContext) -> dict[str, list[Node]]:
    """The named functions of the file, by name (cached)."""
    found: dict[str, list[Node]] | None = ctx.cache.get("crypto.defined")
    if found is None:
        found = {}
        for fn in function_nodes(ctx):
            name = function_name(ctx, fn)
            if name:
                found.setdefault(name, []).append(fn)
        ctx.cache["crypto.defined"] = found
    return found


_GO_SUM = lazyre.compile(r"\b(?:md5|sha1|sha256|sha512|sha3|blake2b|blake2s)\.Sum\w*$")


def _is_hash(ctx: FileContext, call: Node) -> bool:
    written = callee(ctx, call)
    name = last_name(written)
    if ctx.language == "python" and written == "hash":
        return True  # the builtin: `hash((LINK_SECRET, doc_id))`, a value anyone can recompute
    if "." in written and {w.lower() for w in words(written.rsplit(".", 1)[0])} & (
            _HASH_NAMES | {"murmurhash", "crc", "cyrb53", "xxhash32", "xxhash64"}):
        return True  # a checksum library's entry point (`CRC32.str(...)`, `adler32.sum(...)`)
    return name in _LIBRARY_HASHES or bool(_GO_SUM.search(written)) or _hand_hash(ctx, name)


def _tag_named(name: str) -> bool:
    w = {x.lower() for x in words(name)}
    return bool(w & _TAG_WORDS) and not w & _NOT_TAG


def _compared(ctx: FileContext, node: Node) -> bool:
    """The value of `node` is an operand of `==`/`!=` or of `.equals(...)`/`Equals`."""
    cur = node
    while cur.parent is not None and cur.parent.type in (
            "parenthesized_expression", "await_expression", "call", "call_expression",
            "attribute", "member_expression", "subscript", "subscript_expression",
            "slice_expression", "argument_list", "arguments", "method_invocation",
            "selector_expression", "index_expression"):
        parent = cur.parent
        if parent.type == "method_invocation" and ctx.node_text(
                parent.child_by_field_name("name")) in ("equals", "equalsIgnoreCase"):
            return True
        if parent.type in CALL_KINDS and last_name(callee(ctx, parent)) in (
                "equals", "Equal", "Equals", "EqualFold"):
            return True
        cur = parent
    up = cur.parent
    if up is None:
        return False
    if up.type in BINARY_KINDS and operator(ctx, up) in _EQUALITY:
        return True
    return up.type == "comparison_operator" and bool(re.search(r"==|!=", ctx.node_text(up)))


def _used_as_tag(ctx: FileContext, fn: Node, site: Node, locals_: dict[str, str]) -> bool:
    name = function_name(ctx, fn)
    if _tag_named(name):
        return True
    if _compared(ctx, site):
        return True
    if _callers_compare(ctx, name):
        return True
    holder = site.parent
    while holder is not None and holder.type not in (
            "return_statement", "assignment", "variable_declarator", "short_var_declaration",
            "expression_statement", *FUNCTION_KINDS):
        holder = holder.parent
    if holder is None:
        return False
    if holder.type == "return_statement":  # the message and its tag returned together
        if _returns_digest(ctx, fn, site, holder):
            return True
        between = site.parent
        while between is not None and between.id != holder.id:
            if (between.type in BINARY_KINDS and operator(ctx, between) == "+") or \
                    between.type in ("template_string", "string", "interpolation",
                                     "template_substitution") or \
                    (between.type in CALL_KINDS and last_name(callee(ctx, between)) in _JOINS):
                return True
            between = between.parent
        return False
    if holder.type in ("assignment", "variable_declarator", "short_var_declaration"):
        target = ctx.node_text(holder.child_by_field_name("left") or
                               holder.child_by_field_name("name")).strip()
        if _tag_named(target):
            return True
        body = ctx.node_text(fn)
        v = re.escape(target)
        if target.isidentifier() and (re.search(
                rf"\b{v}\b\s*(?:[!=]==?|\.equals\()|(?:[!=]==?)\s*\b{v}\b", body) or any(
                re.search(rf"\b{v}\b", line) and re.search(r"\+|\$\{|\bf[\"']|\bjoin\(|"
                                                           r"\bformat\(|Sprintf\(", line)
                for line in re.findall(r"\breturn\b[^\n]*", body))):
            return True  # compared, or returned joined to the message
        if target.isidentifier() and re.search(
                rf"['\"](?:X-[\w-]+|Authorization|Signature|Sign)['\"]\s*[:,]\s*{v}\b|"
                rf"[Hh]eaders?\s*\[[^\]\n]{{1,60}}\]\s*=\s*{v}\b|"
                rf"(?:setHeader|[Hh]eader\(?\)?\.(?:set|Set|add|Add))\([^)\n]{{0,80}},\s*{v}\b",
                body):
            return True  # sent as a request's authentication header
        if target.isidentifier() and not set(words(name)) & _NOT_A_TAG_RESULT and re.search(
                rf"\breturn\s+(?:[\w.]+\()?\s*{v}\b(?:\[[^\]\n]*\])?\s*\)?\s*(?:;|\n|$|,\s*nil)",
                body):
            return True  # the keyed digest is what the function returns
    return False


# What a keyed digest returned as is may be besides a tag: a derived key, an id, a cache key.
_NOT_A_TAG_RESULT = frozenset({"derive", "derived", "kdf", "key", "keys", "id", "ids", "cache",
                               "lookup", "fingerprint", "bucket", "shard", "partition", "slot",
                               "index", "etag", "filename", "path", "seed", "hash", "hashed",
                               "anonymize", "anonymise", "pseudonymize", "pseudonymise",
                               "pseudonym", "anon", "anonymous", "cohort", "variant",
                               "experiment", "avatar", "gravatar", "color", "colour"})


def _returns_digest(ctx: FileContext, fn: Node, site: Node, ret: Node) -> bool:
    """The function returns the keyed digest itself (`return createHash("sha1").update(secret
    + prev + body).digest("hex")`): what it makes of the secret and the message is a tag,
    unless its name says a key, an id or a lookup."""
    if set(words(function_name(ctx, fn))) & _NOT_A_TAG_RESULT:
        return False
    node = site
    while node.parent is not None and node.parent.id != ret.id:
        parent = node.parent
        if parent.type in BINARY_KINDS or parent.type in ("template_string", "string",
                                                          "interpolation", "pair", "object",
                                                          "dictionary", "list", "array"):
            return False  # combined with something else
        node = parent
    return True


def _callers_compare(ctx: FileContext, name: str) -> bool:
    """A call of the function is compared with `==` (`_stamp(body) == stamp`), or put into a
    link or header beside the message (`f"/o/{order_id}?c={link_code(order_id)}"`)."""
    return bool(name) and any(_compared(ctx, call) or _interpolated(call)
                              for call in calls_of(ctx).get(name, ()))


def _interpolated(call: Node) -> bool:
    parent = call.parent
    while parent is not None and parent.type in ("parenthesized_expression", "attribute",
                                                 "member_expression", "call",
                                                 "call_expression", "argument_list",
                                                 "arguments", "subscript",
                                                 "subscript_expression", "slice"):
        parent = parent.parent
    return parent is not None and parent.type in ("interpolation", "template_substitution")


def _modulo_slot(ctx: FileContext, site: Node) -> bool:
    parent = site.parent
    while parent is not None and parent.type in ("parenthesized_expression",
                                                 "binary_expression", "binary_operator"):
        if operator(ctx, parent) in ("%", "&"):
            right = parent.child_by_field_name("right")
            if operator(ctx, parent) == "&" and right is not None and re.fullmatch(
                    r"0[xX][fF]{4,16}", ctx.node_text(right).strip()):
                return False  # kept to a word's width (`& 0xFFFFFFFF`), not a table's slot
            left = parent.child_by_field_name("left")
            # `"%010x" % h(...)`: Python's string formatting, not a slot
            return left is None or left.type not in ("string", "concatenated_string")
        parent = parent.parent
    return False


def evidence(ctx: FileContext, fn: Node) -> Evidence | None:
    body = fn.child_by_field_name("body")
    name = function_name(ctx, fn)
    # `fnvSign`, `crc32Tag`: a non-cryptographic hash named as what signs (the secret keyed
    # into it is checked below) is the home-made MAC, not a hash table's hash
    excluded = NON_CRYPTO_WORDS - _HASH_NAMES if _tag_named(name) else NON_CRYPTO_WORDS
    if body is None or not name or set(words(name)) & excluded or name in _STREAM_STEPS:
        return None  # `__next__` hashing key + counter yields a stream, not a tag
    text = ctx.node_text(body)
    if _HMAC.search(text) or not _names_secret(text):
        return None
    locals_: dict[str, str] | None = None
    hashing = _HASH_MARKERS.search(text) is not None
    feeds: list[Node] = []
    finals: list[Node] = []
    for n in nodes_in(ctx, body, _CALLS_AND_LOOPS):
        if hashing and n.type in CALL_KINDS:
            called = last_name(callee(ctx, n))
            if called in _FEEDS:
                feeds.append(n)
            elif called in _FINALS:
                finals.append(n)
        if n.type in CALL_KINDS and _OBJECT_HASHES.get(ctx.language) == last_name(
                callee(ctx, n)):
            # Java `(SECRET + studentId + amount).hashCode()`: the language's own object hash
            # of the secret joined to the message (the joined value is the receiver)
            receiver = n.child_by_field_name("object")
            args = n.child_by_field_name("arguments")
            if receiver is None or (args is not None and args.named_child_count):
                continue
            locals_ = locals_ if locals_ is not None else _assigned_locals(ctx, body)
            own = frozenset(locals_) | frozenset(parameter_names(ctx, fn))
            if _keyed(ctx, receiver, locals_, own) and _used_as_tag(ctx, fn, n, locals_):
                return Evidence(n, "mac", f"`{last_name(callee(ctx, n))}` (the language's "
                                          f"object hash) over the secret joined to the "
                                          f"message, used as a tag (a home-made MAC)")
            continue
        if n.type in CALL_KINDS and last_name(callee(ctx, n)) in _REDUCERS and \
                fold_reduce(ctx, n) is not None:
            # the hash written inline as a reduction over the joined text (`reduce(lambda h,
            # c: ((h << 5) + h + c) & M, (SECRET + payload).encode(), 5381)`)
            args = n.child_by_field_name("arguments")
            function = n.child_by_field_name("function")
            sources = [a for a in (args.named_children if args is not None else [])
                       if a.type not in _LAMBDAS] + ([function.child_by_field_name("object")]
                                                     if function is not None else [])
            locals_ = locals_ if locals_ is not None else _assigned_locals(ctx, body)
            own = frozenset(locals_) | frozenset(parameter_names(ctx, fn))
            if any(source is not None and _keyed(ctx, source, locals_, own)
                   for source in sources) and _used_as_tag(ctx, fn, n, locals_):
                return Evidence(n, "mac", "a hand-written hash folded by a reduction over the "
                                          "secret joined to the message, used as a tag (a "
                                          "home-made MAC)")
            continue
        if n.type in CALL_KINDS and (_is_hash(ctx, n) or n in feeds):
            args = n.child_by_field_name("arguments")
            if args is None or _modulo_slot(ctx, n):
                continue
            locals_ = locals_ if locals_ is not None else _assigned_locals(ctx, body)
            own = frozenset(locals_) | frozenset(parameter_names(ctx, fn))
            keyed = _keyed(ctx, args, locals_, own) or _fed(ctx, n, locals_)
            if keyed and _used_as_tag(ctx, fn, n, locals_):
                hashed = last_name(callee(ctx, n))
                hand = _hand_hash(ctx, hashed)
                if len(callee(ctx, n)) <= 30:
                    hashed = callee(ctx, n)  # `CRC32.str`, `zlib.crc32`
                return Evidence(n, "mac", f"`{hashed}`" + (" (a hand-written hash)" if hand
                                                           else "") +
                                " over the secret joined to the message, used as a tag (a "
                                "home-made MAC)")
        elif n.type in LOOP_KINDS:
            source = _loop_source(ctx, n)
            if source is None:
                continue
            locals_ = locals_ if locals_ is not None else _assigned_locals(ctx, body)
            own = frozenset(locals_) | frozenset(parameter_names(ctx, fn))
            if _keyed(ctx, source, locals_, own) and fold_loop(ctx, n) is not None and (
                    _tag_named(name) or _callers_compare(ctx, name)):
                return Evidence(source, "mac", "a hand-written checksum over the secret "
                                               "joined to the message, used as a tag (a "
                                               "home-made MAC)")
    return _fed_in_turn(ctx, fn, feeds, finals, locals_ or {})


_CALLS_AND_LOOPS = CALL_KINDS | LOOP_KINDS
# The step of an iterator: what it hashes is drawn as a stream.
_STREAM_STEPS = frozenset({"__next__", "__iter__", "__anext__"})
# The hash every object has, per language (a 32-bit value anyone can recompute).
_OBJECT_HASHES = {"java": "hashCode"}
# The names of non-cryptographic hashes among the words that say "not cryptography".
_HASH_NAMES = frozenset({"crc", "crc32", "adler", "adler32", "checksum", "fnv", "murmur",
                         "murmur3", "xxhash", "xxh", "djb2", "jenkins", "hashcode"})
_HASH_MARKERS = lazyre.compile(r"createHash|hashlib\.|MessageDigest|\b(?:md5|sha1|sha256|sha512|"
                               r"sha3|fnv|crc32|crc64|adler32|maphash)\.New\w*\(|DigestUtils|"
                               r"Hashing\.|\.digest\(|\bnew\s(?:java\.util\.zip\.)?(?:CRC32C?|Adler32)\(")
_FEEDS = frozenset({"update", "Write", "write", "WriteString"})
_FINALS = frozenset({"digest", "hexdigest", "Sum", "doFinal", "sum", "hex", "Sum32", "Sum64",
                     "getValue"})


def _fed_in_turn(ctx: FileContext, fn: Node, feeds: list[Node], finals: list[Node],
                 locals_: dict[str, str]) -> Evidence | None:
    """`md.update(secret); md.update(body); sig = hex(md.digest())`, `h.Write(key);
    h.Write(msg); h.Sum(nil)`: a hash fed the secret and the message in turn, its digest used
    as a tag."""
    if len(feeds) < 2 or not finals:
        return None
    firsts = []
    for call in feeds:
        args = call.child_by_field_name("arguments")
        if args is not None and args.named_children:
            firsts.append((ctx.node_text(args.named_children[0]), call))
    own = frozenset(locals_) | frozenset(parameter_names(ctx, fn))
    secret = [c for t, c in firsts if _names_secret(t, own) or
              _names_secret(locals_.get(t.strip(), ""), own)]
    if not secret or len(secret) == len(firsts) or any(_names_password(t) for t, _ in firsts):
        return None
    if not any(_used_as_tag(ctx, fn, final, locals_) for final in finals):
        return None
    return Evidence(secret[0], "mac", "a hash fed the secret and the message in turn, its "
                                      "digest used as a tag (a home-made MAC)")


def _fed(ctx: FileContext, call: Node, locals_: dict[str, str]) -> bool:
    """`createHash('sha1').update(secret).update(body)`: the chain feeds a secret and
    something else."""
    chain = call
    while chain.parent is not None and chain.parent.type in ("member_expression",
                                                             "call_expression"):
        chain = chain.parent
    feeds = re.findall(r"\.update\(([^()]*(?:\([^()]*\)[^()]*)?)\)", ctx.node_text(chain))
    secret = [f for f in feeds if _names_secret(f) or _names_secret(locals_.get(f.strip(), ""))]
    return bool(secret) and len(feeds) > len(secret) and not any(_names_password(f)
                                                                  for f in feeds)


def _loop_source(ctx: FileContext, loop: Node) -> Node | None:
    """What a loop iterates over: `for c in X`, `for (const c of X)`, `for _, c := range X`,
    `for (byte c : X)`."""
    for field in ("right", "value"):
        node = loop.child_by_field_name(field)
        if node is not None and loop.type in ("for_statement", "for_in_statement",
                                              "enhanced_for_statement"):
            return node
    clause = next((c for c in loop.named_children if c.type == "range_clause"), None)
    if clause is not None:
        return clause.child_by_field_name("right")
    # `for (let i = 0; i < text.length; i++)`, `for i := 0; i < len(s); i++`: what the
    # index runs over
    clause = next((c for c in loop.named_children if c.type == "for_clause"), loop)
    condition = clause.child_by_field_name("condition")
    if condition is None or loop.type != "for_statement":
        return None
    for n in walk(condition):
        if n.type in ("member_expression", "field_access") and ctx.node_text(
                n.child_by_field_name("property") or n.child_by_field_name("field")) == "length":
            return n.child_by_field_name("object")
        if n.type in CALL_KINDS and callee(ctx, n) == "len":
            args = n.child_by_field_name("arguments")
            if args is not None and len(args.named_children) == 1:
                return args.named_children[0]
        if n.type == "method_invocation" and ctx.node_text(n.child_by_field_name("name")) in (
                "length", "size"):
            return n.child_by_field_name("object")
    return None
