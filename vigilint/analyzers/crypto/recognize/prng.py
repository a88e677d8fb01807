"""Hand-written pseudo-random generators (LCG multipliers and increments, Mersenne Twister
tempering constants, xorshift steps) that produce keys, tokens, salts, nonces or session ids:
the generator is named for one, or a function or variable named for one uses it, directly or
through an instance (`_source = _Sequence(seed)` read by `new_license_key`) (VG-CRYPTO-006)."""


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
    FUNCTION_KINDS,
    INTEGER_KINDS,
    enclosing,
    file_mentions,
    function_name,
    function_nodes,
    int_value,
    nodes_in,
    operator,
    unwrap,
    walk,
    words,
)

PRNG_CONSTANTS: dict[int, str] = {
    1103515245: "an LCG (ANSI C rand)", 6364136223846793005: "an LCG (Knuth MMIX / PCG)",
    1442695040888963407: "an LCG (Knuth MMIX)", 1664525: "an LCG (Numerical Recipes)",
    1013904223: "an LCG (Numerical Recipes)", 22695477: "an LCG (Borland C)",
    214013: "an LCG (MSVC rand)", 2531011: "an LCG (MSVC rand)",
    0x5DEECE66D: "an LCG (java.util.Random)", 48271: "an LCG (MINSTD)",
    16807: "an LCG (MINSTD)", 69069: "an LCG", 134775813: "an LCG (Delphi)",
    0x9908B0DF: "the Mersenne Twister", 1812433253: "the Mersenne Twister",
    0x9D2C5680: "the Mersenne Twister", 0xEFC60000: "the Mersenne Twister",
    49297: "an LCG (seed * 9301 + 49297) % 233280", 233280: "an LCG (seed * 9301 + 49297) % 233280",
}
_SECURITY_WORDS = frozenset({"token", "key", "keys", "salt", "nonce", "iv", "secret", "password",
                             "passwd", "otp", "session", "csrf", "apikey", "reset", "passphrase",
                             "pin", "credential", "auth", "uuid", "verification", "invite",
                             "captcha", "sessionid", "secure", "crypto", "activation",
                             "license", "licence", "serial", "invitation", "pairing",
                             "enrollment", "enrolment", "voucher", "coupon", "signup", "sid",
                             "sessid"})
_CONTAINERS = FUNCTION_KINDS | {"class_definition", "class_declaration", "type_declaration"}


def _owner_name(ctx: FileContext, node: Node) -> tuple[str, Node | None]:
    owner = enclosing(node, _CONTAINERS)
    while owner is not None:
        if owner.type in FUNCTION_KINDS:
            name = function_name(ctx, owner)
        else:
            name_node = owner.child_by_field_name("name")
            if name_node is None and owner.type == "type_declaration":
                spec = next((c for c in owner.named_children if c.type == "type_spec"), None)
                name_node = spec.child_by_field_name("name") if spec is not None else None
            name = ctx.node_text(name_node)
        if name and not name.startswith("__"):
            # methods of a generator class: the class is the generator
            cls = enclosing(owner, frozenset({"class_definition", "class_declaration"}))
            if cls is not None and owner.type in FUNCTION_KINDS:
                return ctx.node_text(cls.child_by_field_name("name")), cls
            # and of a Go type: the receiver's type (`func (b *BoardingTokens) Next()`)
            go_type = _go_type_declaration(ctx, owner)
            if go_type is not None:
                return go_type
            return name, owner
        owner = enclosing(owner, _CONTAINERS)
    return "", None


def _go_type_declaration(ctx: FileContext, method: Node) -> tuple[str, Node] | None:
    """A Go method's receiver type and its declaration in this file (`type BoardingTokens
    struct{...}`), which is the generator the method steps."""
    if ctx.language != "go" or method.type != "method_declaration":
        return None
    receiver = method.child_by_field_name("receiver")
    parts = ctx.node_text(receiver).replace("*", " ").strip("() ").split() \
        if receiver is not None else []
    if not parts or ctx.tree is None:
        return None
    for declaration in ctx.tree.root_node.named_children:
        if declaration.type != "type_declaration":
            continue
        for spec in declaration.named_children:
            if spec.type == "type_spec" and ctx.node_text(spec.child_by_field_name("name")) == \
                    parts[-1]:
                return parts[-1], declaration
    return None


def _security_users(ctx: FileContext) -> list[tuple[str, Node]]:
    """Functions of the file named for keys, tokens, salts (computed once, lazily)."""
    cached = ctx.cache.get("crypto.security_functions")
    if cached is not None:
        return cached
    out: list[tuple[str, Node]] = []
    for n in ctx.walk():
        if n.type in FUNCTION_KINDS:
            name = function_name(ctx, n)
            if security_named(name):
                out.append((name, n))
        elif n.type in ("assignment", "variable_declarator", "short_var_declaration"):
            target = n.child_by_field_name("left") or n.child_by_field_name("name")
            if target is not None and security_named(ctx.node_text(target)):
                out.append((ctx.node_text(target), n))
    ctx.cache["crypto.security_functions"] = out
    return out


def _code_users(ctx: FileContext) -> list[tuple[str, Node]]:
    """Functions and variables of the file named for a code or PIN (cached)."""
    cached = ctx.cache.get("crypto.code_functions")
    if cached is None:
        cached = [(function_name(ctx, n), n) for n in function_nodes(ctx)
                  if _code_named(function_name(ctx, n))]
        # and the variables named for one (`const code = [next(), next()].map(...)`): a
        # generator whose output a `code` holds makes the code
        for n in ctx.walk():
            if n.type in _BINDINGS:
                target = n.child_by_field_name("left") or n.child_by_field_name("name")
                if target is not None and target.type in ("identifier", "expression_list") \
                        and _code_named(ctx.node_text(target)):
                    cached.append((ctx.node_text(target), n))
        ctx.cache["crypto.code_functions"] = cached
    return cached


def security_users(ctx: FileContext) -> list[tuple[str, Node]]:
    return _security_users(ctx)


def security_named(name: str) -> bool:
    w = set(words(name))
    return bool(w & _SECURITY_WORDS) or bool(w & {"code", "codes"} and w & _CODE_QUALIFIERS)


def _holds_secrets(name: str) -> bool:
    """A generator class named for what it holds, in the plural (`HandlerSessions`,
    `ResetTokens`, `RadioPins`), or in the singular."""
    return singular_security_named(name)


def singular_security_named(name: str) -> bool:
    """A holder named for what it holds, in the singular or the plural (`pickerTokens`)."""
    return security_named(name) or bool(_singulars(name) & _SECURITY_WORDS)


def _singulars(name: str) -> set[str]:
    return {x[:-1] for x in words(name) if len(x) > 3 and x.endswith("s") and
            not x.endswith("ss")}


# What makes a code an access or one-time code (`PickupCode`, `sms_code`, `unlockCode`), not a
# country, colour or discount code.
_CODE_QUALIFIERS = frozenset({"pickup", "access", "unlock", "door", "entry", "login", "signin",
                              "confirm", "confirmation", "verify", "sms", "email", "mfa",
                              "twofa", "recovery", "backup", "claim", "redeem", "onetime",
                              "one", "pass", "security", "magic", "locker", "parcel",
                              "delivery", "release", "approval", "transfer", "gate",
                              "checkin", "boarding", "collection", "collect"})


_BINDINGS = ("assignment", "variable_declarator", "short_var_declaration")
_FIELDS = ("public_field_definition", "field_definition")


def aliases(ctx: FileContext, name: str) -> set[str]:
    """Names bound to an instance or a result of `name` (`_source = _Sequence(seed)`,
    `const rng = new Xorshift(Date.now())`, `this.gen = new Lcg()`)."""
    cache: dict[str, set[str]] = ctx.cache.setdefault("crypto.prng_aliases", {})
    if name in cache:
        return cache[name]
    out: set[str] = set()
    if name and ctx.tree is not None and ctx.source.count(name.encode()) > 1:
        needle = f"{name}("
        for n in ctx.walk():
            if n.type not in _BINDINGS and n.type not in _FIELDS:
                continue
            # (a class field too: `private readonly rng = new Twister(seed)`)
            target = n.child_by_field_name("left") or n.child_by_field_name("name") or \
                n.child_by_field_name("property")
            value = n.child_by_field_name("right") or n.child_by_field_name("value")
            if target is None or value is None or needle not in ctx.node_text(value):
                continue
            bound = ctx.node_text(target).rsplit(".", 1)[-1].strip()
            if bound.isidentifier() and bound != name:
                out.add(bound)
    cache[name] = out
    return out


def used_for_security(ctx: FileContext, name: str, owner: Node | None) -> bool:
    """The generator `name` (a function or class) is named for secrets, or a function or
    variable of the file named so uses it or an instance of it."""
    return _used_for_security(ctx, name, owner)


def _code_named(name: str) -> bool:
    """A hand-written generator's `dropOffCode`, `CourierCodes`, a booking's `confirmation`:
    what such a generator makes under the name of a code is an access code (not a colour or
    country code)."""
    w = set(words(name))
    return bool(w & {"code", "codes", "pin", "pins", "passcode", "confirmation"}) and \
        not w & _NOT_ACCESS_CODES


_NOT_ACCESS_CODES = frozenset({"color", "colour", "country", "status", "error", "http",
                               "language", "lang", "locale", "currency", "zip", "postal",
                               "area", "product", "sku", "bar", "barcode", "qr", "exit", "op",
                               "opcode", "event", "reason", "airport", "char", "unicode",
                               "test", "mock", "fake", "demo", "sample"})


def _used_for_security(ctx: FileContext, name: str, owner: Node | None,
                       step: Node | None = None) -> bool:
    if _code_named(name) or (security_named(name) if owner is None or owner.type not in
                             _CLASS_KINDS | {"type_declaration"} else _holds_secrets(name)):
        return True
    if not name:
        return False
    names = {name} | aliases(ctx, name)
    own_class = owner is not None and owner.type in _CLASS_KINDS
    if own_class and owner is not None and not set(words(name)) & _ID_WORDS and \
            _clock_seeded_tokens(ctx.node_text(owner)):
        return True
    step_fn = step if step is None or step.type in FUNCTION_KINDS else enclosing(
        step, FUNCTION_KINDS)
    step_name = function_name(ctx, step_fn) if step_fn is not None else ""
    for user_name, user in _security_users(ctx) + _code_users(ctx):
        if owner is not None and owner.start_byte <= user.start_byte < owner.end_byte:
            if own_class and user.type in FUNCTION_KINDS and (
                    security_named(user_name) or _code_named(user_name)):
                return True  # the generator class's own `verificationCode()`, `nextToken()`
            if own_class and user.type in _BINDINGS and step_name and _derived(
                    ctx, user, frozenset(), step_name):
                return True  # its own `issue()`: `code = self._digits(self._advance())`
            continue
        if any(n.type in ("identifier", "property_identifier", "field_identifier",
                          "type_identifier") and ctx.node_text(n) in names for n in walk(user)):
            return True
        if user.type in _BINDINGS and _derived(ctx, user, frozenset(names), ""):
            return True
    return False


# The clock as a seed (`constructor(seed = Date.now())`, `this.s = System.nanoTime()`,
# `random.seed(time.time())`), and an output written out as hexadecimal or base-36 text.
_CLOCK_SEED = lazyre.compile(r"\bDate\.now\(\)|\bperformance\.now\(\)|\bSystem\.(?:currentTimeMillis|"
                             r"nanoTime)\(\)|\btime\.(?:time|time_ns|monotonic_ns)\(\)|"
                             r"\btime\.Now\(\)\.Unix\w{0,5}\(\)")
_TOKEN_TEXT = lazyre.compile(r"\.toString\(\s{0,4}(?:16|36)\s{0,4}\)|\btoHexString\(|%0?\d{0,2}x|"
                             r"\bhex\(|,\s{0,4}['\"]0?\d{0,2}x['\"]\s{0,4}\)|:0?\d{0,2}x\}")


# Generators of identifiers for logs and work items, not of anyone's access.
_ID_WORDS = frozenset({"id", "ids", "request", "trace", "span", "correlation", "log", "event",
                       "job", "task", "message", "uid", "uuid", "guid", "seq", "sequence"})


def _clock_seeded_tokens(text: str) -> bool:
    """A generator class seeded from the clock that writes its output out as hexadecimal or
    base-36 text (`constructor(seed = Date.now())` and `this.advance().toString(16)`): it
    issues tokens anyone who knows roughly when it started can predict, whatever it is
    called. A colour (`#` + hex) is no token."""
    return _CLOCK_SEED.search(text) is not None and _TOKEN_TEXT.search(text) is not None and \
        "'#'" not in text and '"#"' not in text and "`#" not in text


def _derived(ctx: FileContext, binding: Node, names: frozenset[str], own_step: str) -> bool:
    """The value a code or secret is bound to comes from the generator, directly or through
    one local of the same function (`raw = this.rng.next()` then `code =
    raw.toString(36)`): `names` are the generator's names, `own_step` a method of its own
    class that steps it (called as `self._advance()` / `this.advance()`)."""
    value = binding.child_by_field_name("right") or binding.child_by_field_name("value")
    fn = enclosing(binding, FUNCTION_KINDS)
    if value is None or fn is None:
        return False

    def draws(text: str) -> bool:
        if own_step and re.search(rf"\b(?:self|this)\.{re.escape(own_step)}\s*\(", text):
            return True
        return bool(names) and re.search(rf"\b(?:{'|'.join(map(re.escape, sorted(names)))})"
                                         rf"\b", text) is not None

    text = ctx.node_text(value)
    if draws(text):
        return True
    body = ctx.node_text(fn)
    for local in set(re.findall(r"\b[A-Za-z_]\w{0,40}\b", text)):
        for match in re.finditer(rf"(?<![\w.]){re.escape(local)}\s{{0,4}}(?::=|=(?!=))"
                                 rf"([^;\n]{{1,160}})", body):
            if draws(match.group(1)):
                return True
    return False


def _keystream_use(ctx: FileContext, names: set[str], owner: Node | None) -> Node | None:
    """A function of the file walks data and XORs each item with the generator's next output
    (`bytes(b ^ _next_byte() for b in note)`, `out[i] = data[i] ^ rng.next()`): the
    generator is a keystream, whatever it and its user are called."""
    if b"^" not in ctx.source:
        return None
    calls = "|".join(re.escape(n) for n in sorted(names) if n)
    if not calls:
        return None
    # `x ^ gen()`, `x ^ gen.next()`, `gen.nextByte() ^ x`, with `x` an item or a subscript
    xored = re.compile(rf"[\w\]]\s{{0,4}}\^=?\s{{0,4}}(?:\w+\.)?(?:{calls})\b[\w.]{{0,40}}\(|"
                       rf"\b(?:{calls})\b[\w.]{{0,40}}\([^()\n]{{0,60}}\)\s{{0,4}}\^\s{{0,4}}\w")
    for fn in function_nodes(ctx):
        if owner is not None and owner.start_byte <= fn.start_byte < owner.end_byte:
            continue
        text = ctx.node_text(fn)
        if xored.search(text) and re.search(r"\bfor\b|\bwhile\b|\.map\(|\.forEach\(", text):
            # `x ^ gen()`, or Go/Java/JS `out[i] ^= m.next()`
            return next((n for n in nodes_in(ctx, fn, BINARY_KINDS | AUGMENTED_KINDS)
                         if operator(ctx, n) in ("^", "^=")
                         and xored.search(ctx.node_text(n))), None)
    return None


NODE_KINDS = INTEGER_KINDS | FUNCTION_KINDS


def evidence(ctx: FileContext, node: Node) -> Evidence | list[Evidence] | None:
    if node.type in FUNCTION_KINDS:
        return _xorshift(ctx, node) or _lcg(ctx, node)
    text = ctx.node_text(node)
    if len(text) < 5:
        return None
    value = int_value(ctx, node)
    if value is None or value not in PRNG_CONSTANTS:
        return None
    if _shuffles(ctx, node):
        return None
    name, owner = _owner_name(ctx, node)
    if not _used_for_security(ctx, name, owner, node):
        return None
    return Evidence(node, "prng", f"the step of {PRNG_CONSTANTS[value]}")


# Two elements of one sequence swapped: `[a[i], a[j]] = [a[j], a[i]]`, `a[i], a[j] = a[j],
# a[i]`, or through a temporary (`t = a[i]; a[i] = a[j]; a[j] = t`).
_SWAP = lazyre.compile(
    r"\[\s{0,4}([\w.]{1,40})\[(\w{1,20})\]\s{0,4},\s{0,4}\1\[(\w{1,20})\]\s{0,4}\]\s{0,4}=\s{0,4}"
    r"\[\s{0,4}\1\[\3\]\s{0,4},\s{0,4}\1\[\2\]\s{0,4}\]|"
    r"([\w.]{1,40})\[(\w{1,20})\]\s{0,4},\s{0,4}\4\[(\w{1,20})\]\s{0,4}=\s{0,4}\4\[\6\]\s{0,4},"
    r"\s{0,4}\4\[\5\]|"
    r"(\w{1,40})\s{0,4}=\s{0,4}([\w.]{1,40})\[(\w{1,20})\];?\s{0,40}\8\[\9\]\s{0,4}=\s{0,4}\8\[(\w{1,20})\]"
    r";?\s{0,40}\8\[\10\]\s{0,4}=\s{0,4}\7\b")


def _shuffles(ctx: FileContext, node: Node) -> bool:
    """The generator is stepped in the function that uses its output only to swap elements
    of a sequence (a seeded Fisher-Yates shuffle of a rota or a deck), with nothing XORed:
    the order it makes is no secret."""
    fn = enclosing(node, FUNCTION_KINDS)
    if fn is None:
        return False
    text = ctx.node_text(fn)
    return "^" not in text and _SWAP.search(text) is not None




_XORSHIFT_SHIFTS = frozenset(range(1, 64))
_STATE_ASSIGNMENTS = frozenset({"assignment", "assignment_expression", "assignment_statement",
                                "augmented_assignment", "augmented_assignment_expression"})


def _lcg_step(ctx: FileContext, node: Node) -> bool:
    """`self.state = (self.state * 31337 + 7) % 65536`, `seed = (a * seed + c) & MASK`: the
    state kept between calls (a field, or a variable of the module) multiplied, offset and
    reduced: a linear congruential generator, whatever its constants."""
    if node.type not in _STATE_ASSIGNMENTS:
        return False
    target_node = node.child_by_field_name("left")
    value = node.child_by_field_name("right")
    if target_node is None or value is None or (b"*" not in ctx.source[
            value.start_byte:value.end_byte] and b"imul(" not in ctx.source[
            value.start_byte:value.end_byte]):
        return False
    target = ctx.node_text(target_node).strip()
    # the state may be one slot of a held container (`STATE["s"]`, `self.state[0]`)
    if not re.fullmatch(r"(?:(?:self|this)\.#?|[a-z]\.)?[A-Za-z_]\w*(?:\[\s*(?:'\w{1,40}'|"
                        r"\"\w{1,40}\"|\d{1,3})\s*\])?", target):
        return False
    bare = target.split("[", 1)[0].rsplit(".", 1)[-1]
    if "." not in target and not _module_state(ctx, bare) and not _closure_state(ctx, node, bare):
        return False
    v = re.escape(target)
    text = ctx.node_text(value)
    if "imul(" in text:  # `Math.imul(state, 1103515245) + 12345`: a 32-bit multiply
        text = _IMUL.sub(lambda m: f"({m.group(1).strip()} * {m.group(2).strip()})", text)
    return re.search(rf"(?:{v}\s*\*\s*\(?\s*\w+|\w+\s*\*\s*{v})\s*\)?\s*\+\s*\(?\s*\w+", text) \
        is not None and (ctx.language in ("go", "java") or  # fixed-width: wraps by itself
                         re.search(r"%|&|>>>\s*0|\|\s*0\b|\bBigInt\.asUintN", text) is not None)


_IMUL = lazyre.compile(r"Math\.imul\(([^,()\n]{1,80}),([^,()\n]{1,80})\)")


# A URL whose path the value is written into: `"https://x/dl/%s/%016x"`, `` `https://x/r/${` ``,
# `"https://x/r/" + ` (not after a `?`: a cache buster in the query is not a capability).
_LINK_PATH = lazyre.compile(r"https?://[^\s\"'`?]{1,200}(?:%0?\d{0,2}[xXds]|\$\{|[\"'`]\s{0,4}\+)")


def _in_link(ctx: FileContext, names: set[str], fn: Node) -> bool:
    """The generator step's function is called (outside itself) inside an expression that
    builds a URL with the value in its path (`fmt.Sprintf("https://x/dl/%s/%016x", id,
    s.next())`): a capability link, whose path is the secret."""
    if not file_mentions(ctx, "crypto.url_sink", ("://",)):
        return False
    for name in names:
        for call in calls_of(ctx).get(name, ()) if name else ():
            if fn.start_byte <= call.start_byte < fn.end_byte or \
                    not _same_owner(ctx, fn, call):
                continue
            outer = call.parent
            for _ in range(4):
                if outer is None or outer.type in FUNCTION_KINDS:
                    break
                before = ctx.source[outer.start_byte:call.start_byte].decode("utf-8", "replace")
                if _LINK_PATH.search(before):
                    return True
                outer = outer.parent
    return False


def _same_owner(ctx: FileContext, fn: Node, call: Node) -> bool:
    """A method's call `g.step()` is taken for it only in a method of the same class or Go
    type (another type's `step` is another generator)."""
    def owner(node: Node) -> str:
        cls = enclosing(node, _CLASS_KINDS)
        if cls is not None:
            return f"class@{cls.id}"
        method = node if node.type == "method_declaration" else enclosing(
            node, frozenset({"method_declaration"}))
        receiver = method.child_by_field_name("receiver") if method is not None else None
        if receiver is None:
            return ""
        return "go:" + re.sub(r"^\(\s*\w*\s*\*?|\)$", "", ctx.node_text(receiver)).strip()
    mine = owner(fn)
    return not mine or owner(call) == mine


def same_owner_of(ctx: FileContext, fn: Node, call: Node) -> bool:
    return _same_owner(ctx, fn, call)


def _module_state(ctx: FileContext, name: str) -> bool:
    """`name` is declared at the top of the module (`let seed = Date.now()`, `var state
    uint32`, `_state = 1`)."""
    cache: dict[str, bool] = ctx.cache.setdefault("crypto.module_state", {})
    if name not in cache:
        text = ctx.text
        cache[name] = re.search(rf"(?m)^(?:export\s+)?(?:(?:let|var|static)\s+)?"
                                rf"{re.escape(name)}\b[ \t]*(?:[:\w\[\]]*[ \t]*)?:?=",
                                text) is not None
    return cache[name]


def _closure_state(ctx: FileContext, node: Node, name: str) -> bool:
    """`name` is a variable of a function around the anonymous one that assigns it (`let s =
    seed; return () => { s = (s * A + C) & MASK; ... }`, a Go `func()` literal stepping its
    maker's `s`): state kept between calls in a closure, the maker (or the name an IIFE's
    result is bound to) being the generator. A named inner function (`return function
    nextByte() {...}`) is left to the uses of its maker's result (a keystream)."""
    inner = enclosing(node, FUNCTION_KINDS)
    if inner is None or function_name(ctx, inner):
        return False
    if re.search(rf"\b(?:let|var|const)\s+{re.escape(name)}\b|(?<![\w.]){re.escape(name)}"
                 rf"\s*(?:,\s*\w+\s*)*:=", ctx.node_text(inner)):
        return False  # a local of the stepping function itself
    outer = enclosing(inner, FUNCTION_KINDS)
    if outer is None:
        return False
    before = ctx.source[outer.start_byte:inner.start_byte].decode("utf-8", "replace")
    return re.search(rf"\b(?:let|var)\s+{re.escape(name)}\b|(?<![\w.]){re.escape(name)}"
                     rf"\s*(?:,\s*\w+\s*)*:=", before) is not None


def _lcg(ctx: FileContext, fn: Node) -> Evidence | list[Evidence] | None:
    """An LCG step in a function or method used for keys or tokens."""
    body = fn.child_by_field_name("body")
    if body is None or (b"*" not in ctx.source[body.start_byte:body.end_byte] and
                        b"imul(" not in ctx.source[body.start_byte:body.end_byte]):
        return None
    step = next((n for n in nodes_in(ctx, body, _STATE_ASSIGNMENTS) if _lcg_step(ctx, n)), None)
    if step is None:
        return None
    name, owner = _owner_name(ctx, fn)
    if not name:
        name, owner = _go_type_declaration(ctx, fn) or (function_name(ctx, fn), fn)
    # (a Go method is judged by its own name, as before its type was known)
    if set(words(function_name(ctx, fn) if owner is not None and owner.type == "type_declaration"
                 else name)) & \
            NON_CRYPTO_WORDS:
        return None
    if not _used_for_security(ctx, name, owner, fn) and not _in_link(
            ctx, {function_name(ctx, fn)}, fn):
        # (a Go type's generator is reached by its method's name: `b ^ ks.Next()`)
        own = {function_name(ctx, fn)} if owner is not None and \
            owner.type == "type_declaration" else set()
        site = _keystream_use(ctx, {name} | aliases(ctx, name) | own, owner)
        if site is not None:
            # a keystream cipher: reported as the XOR cipher it is (VG-CRYPTO-002), the XOR
            # of the data with the generator's output its other part
            return [Evidence(step, "xor", "the step of a linear congruential generator whose "
                                          "output is XORed with the data (a keystream)"),
                    Evidence(site, "xor", "the data XORed with the generator's output")]
        return None
    return Evidence(step, "prng", "the step of a linear congruential generator")


def _xorshift(ctx: FileContext, fn: Node) -> Evidence | None:
    """Three (or more) `x ^= x << a` / `x ^= x >> b` steps on one variable: a xorshift
    generator (Marsaglia), in a function or method used for keys or tokens."""
    body = fn.child_by_field_name("body")
    if body is None or b"^" not in ctx.source[body.start_byte:body.end_byte]:
        return None
    steps: dict[str, list[Node]] = {}
    for n in walk(body):
        if n.type in FUNCTION_KINDS and n.id != fn.id:
            continue
        target, _ = _xor_step(ctx, n)
        if target:
            steps.setdefault(target, []).append(n)
        for variable in _chain_steps(ctx, n):
            steps.setdefault(variable, []).append(n)
    found = next((nodes for nodes in steps.values() if len(nodes) >= 3), None)
    if found is None and len(steps) == 2 and sum(len(v) for v in steps.values()) >= 3:
        # xorshift128+: `x ^= x << 23` then `s1 = x ^ y ^ (x >> 17) ^ (y >> 26)`, the two
        # words of the state each XORed with their shifts
        found = min(steps.values(), key=lambda nodes: nodes[0].start_byte)
    if found is None:
        # two xor-shift steps of a state the object keeps (`w = self._w; w ^= (w << 7) & M;
        # w ^= w >> 9; self._w = w`): a generator stepped once per call, whatever its shifts
        text = ctx.node_text(body)
        found = next((nodes for variable, nodes in steps.items() if len(nodes) == 2 and (
            "." in variable or re.search(rf"\b(?:self|this|[a-z]\w{{0,20}})\.\w+\s{{0,4}}=(?!=)"
                                         rf"[^\n;]{{0,80}}\b{re.escape(variable)}\b", text))),
                     None)
    if found is None:
        return None
    name, owner = _owner_name(ctx, fn)
    if not name:
        name, owner = _go_type_declaration(ctx, fn) or (function_name(ctx, fn), fn)
    if set(words(function_name(ctx, fn) if owner is not None and owner.type == "type_declaration"
                 else name)) & \
            NON_CRYPTO_WORDS or not _used_for_security(ctx, name, owner, fn):
        return None
    if ctx.language == "go" and re.search(
            rf"\^=?\s{{0,4}}(?:\w{{1,20}}\()?\w{{1,40}}\.{re.escape(function_name(ctx, fn))}\(",
            (ctx.source[:fn.start_byte] + ctx.source[fn.end_byte:]).decode("utf-8", "replace")):
        return None  # a Go keystream (`d[i] ^ byte(r.Uint32())`): the XOR cipher is the finding
    return Evidence(found[0], "prng", "the steps of a xorshift generator")


def _chain_steps(ctx: FileContext, node: Node) -> list[str]:
    """The variables of an XOR chain that are XORed with their own shift in it (`x ^ y ^ (x
    >> 17) ^ (y >> 26)`: x and y), for the top `^` of a chain."""
    if node.type not in BINARY_KINDS or operator(ctx, node) != "^" or (
            node.parent is not None and node.parent.type in BINARY_KINDS and
            operator(ctx, node.parent) == "^"):
        return []
    leaves: list[Node] = []
    pending = [node]
    while pending and len(leaves) < 12:
        cur = unwrap(pending.pop())
        if cur is None:
            continue
        if cur.type in BINARY_KINDS and operator(ctx, cur) == "^":
            pending.extend(c for c in (cur.child_by_field_name("left"),
                                       cur.child_by_field_name("right")) if c is not None)
        else:
            leaves.append(cur)
    plain = {ctx.node_text(leaf) for leaf in leaves if leaf.type not in BINARY_KINDS}
    out = []
    for leaf in leaves:
        if leaf.type in BINARY_KINDS and operator(ctx, leaf) in (">>", "<<", ">>>"):
            shifted = ctx.node_text(leaf.child_by_field_name("left"))
            right = leaf.child_by_field_name("right")
            amount = int_value(ctx, right) if right is not None else None
            if shifted in plain and amount in _XORSHIFT_SHIFTS:
                out.append(shifted)
    return out


def _single(node: Node | None) -> Node | None:
    """The one expression of a Go expression list (`b.s ^= b.s << 13`: the right side is a
    list of one)."""
    if node is not None and node.type == "expression_list" and node.named_child_count == 1:
        return node.named_children[0]
    return node


def _xor_step(ctx: FileContext, node: Node) -> tuple[str, Node | None]:
    """`x ^= x << 13` or `x = x ^ (x >>> 7)`: (x, the shift) or ("", None)."""
    if node.type in AUGMENTED_KINDS and operator(ctx, node) == "^=":
        target = ctx.node_text(node.child_by_field_name("left"))
        shift = unwrap(_single(node.child_by_field_name("right")))
    elif node.type in ("assignment", "assignment_expression", "assignment_statement") and \
            operator(ctx, node) in ("=", ""):
        target = ctx.node_text(node.child_by_field_name("left"))
        value = unwrap(node.child_by_field_name("right"))
        if value is None or value.type not in BINARY_KINDS or operator(ctx, value) != "^":
            return "", None
        left = unwrap(value.child_by_field_name("left"))
        if ctx.node_text(left) != target:
            return "", None
        shift = unwrap(value.child_by_field_name("right"))
    else:
        return "", None
    if shift is not None and shift.type in BINARY_KINDS and operator(ctx, shift) == "&":
        # `x ^= (x << 23n) & MASK64`: the shift kept to the word's width
        shift = unwrap(shift.child_by_field_name("left"))
    if shift is None or shift.type not in BINARY_KINDS or operator(ctx, shift) not in (
            "<<", ">>", ">>>"):
        return "", None
    right = shift.child_by_field_name("right")
    amount = int_value(ctx, right) if right is not None else None
    if ctx.node_text(shift.child_by_field_name("left")) != target or \
            amount not in _XORSHIFT_SHIFTS:
        return "", None
    return target, shift


_CLASS_KINDS = frozenset({"class_declaration", "class_definition", "class"})


def prng_classes(ctx: FileContext) -> frozenset[str]:
    """Names of the file's classes (and Go types with methods) that are hand-written
    generators: a method with xorshift steps or a PRNG constant (cached)."""
    found: frozenset[str] | None = ctx.cache.get("crypto.prng_classes")
    if found is not None:
        return found
    names: set[str] = set()
    for n in function_nodes(ctx):
        cls = enclosing(n, _CLASS_KINDS)
        name = ""
        if cls is not None:
            name = ctx.node_text(cls.child_by_field_name("name"))
        elif n.type == "method_declaration" and ctx.language == "go":  # the receiver's type
            receiver = n.child_by_field_name("receiver")
            parts = ctx.node_text(receiver).replace("*", " ").strip("() ").split() \
                if receiver is not None else []
            name = parts[-1] if parts else ""
        if not name or name in names:
            continue  # a top-level function is no class; one method is enough
        body = n.child_by_field_name("body")
        if body is not None and _generator_body(ctx, n, body):
            names.add(name)
    found = ctx.cache["crypto.prng_classes"] = frozenset(names - {""})
    return found


def _generator_body(ctx: FileContext, fn: Node, body: Node) -> bool:
    source = ctx.source[body.start_byte:body.end_byte]
    if b"^" not in source and b"*" not in source and b"imul(" not in source:
        return False  # no xorshift step, no LCG step (and no use of a constant)
    steps: dict[str, int] = {}
    for n in walk(body):
        if n.type in FUNCTION_KINDS and n.id != fn.id:
            continue
        if n.type in INTEGER_KINDS and int_value(ctx, n) in PRNG_CONSTANTS and \
                len(ctx.node_text(n)) >= 5:
            return True
        target, _ = _xor_step(ctx, n)
        if target:
            steps[target] = steps.get(target, 0) + 1
            if steps[target] >= 3:
                return True
        if _lcg_step(ctx, n):
            return True
    return False
