"""Library generators that are not cryptographic (Python `random`, `Math.random`,
`java.util.Random`, Go `math/rand`) producing keys, tokens, IVs, session ids, reset or license
codes: the call is in a function named for one, is assigned to a name that says one, or its
function is used by a function or variable named for one (`_random_code` called by
`create_reset_token`) (VG-CRYPTO-006). Shuffles, jitter, sampling and games are not."""


from __future__ import annotations

import re
from collections.abc import Iterator

from tree_sitter import Node

from vigilint import lazyre
from vigilint.analyzers.context import FileContext
from vigilint.analyzers.crypto.names import NON_CRYPTO_WORDS
from vigilint.analyzers.crypto.recognize import Evidence
from vigilint.analyzers.crypto.recognize.handmade import calls_of
from vigilint.analyzers.crypto.recognize.prng import (
    prng_classes,
    same_owner_of,
    security_named,
    security_users,
    used_for_security,
)
from vigilint.analyzers.crypto.resolve import resolved_callee
from vigilint.analyzers.crypto.syntax import (
    CALL_KINDS,
    FUNCTION_KINDS,
    callee,
    enclosing,
    file_mentions,
    function_name,
    kind_nodes,
    last_name,
    operator,
    parameter_names,
    words,
)

_PYTHON = frozenset({"random", "randint", "randrange", "choice", "choices", "sample",
                     "getrandbits", "randbytes", "uniform"})
_METHODS = _PYTHON | frozenset({
    "nextInt", "nextLong", "nextBytes", "nextDouble", "nextFloat", "nextBoolean", "ints",
    "longs", "Intn", "Int", "Int63", "Int63n", "Int31", "Int31n", "Uint32", "Uint64", "Read",
    "Float64", "IntN", "Int64", "Int64N", "Int32N", "UintN", "N", "Uint32N", "Uint64N",
    "integers"})
_NUMPY = frozenset({"randint", "random", "rand", "choice", "bytes", "random_sample",
                    "integers", "permutation"})
_GO_PACKAGES = ("math/rand.", "math/rand/v2.")
_NEEDLES = ("random", "Random", "rand.", "Math.random", "RandomStringUtils", "uuid1", "v1")
_CLOCK_NEEDLES = ("Date.now", "currentTimeMillis", "nanoTime", "time.time", "time.monotonic",
                  ".Unix", "performance.now")
_CLOCK_ENDS = ("now", "currentTimeMillis", "nanoTime", "time", "time_ns", "monotonic", "Unix",
               "UnixNano", "UnixMilli", "UnixMicro")
# The clock read as a source of digits (`Date.now() % 10000`, `int(time.time()) % 1000000`,
# `System.currentTimeMillis() % 100000`, `time.Now().UnixNano() % 1e6`): anyone who knows
# roughly when the value was made can guess it.
_CLOCKS = frozenset({"Date.now", "System.currentTimeMillis", "System.nanoTime", "time.time",
                     "time.time_ns", "time.monotonic", "performance.now"})
_GO_CLOCK = re.compile(r"time\.Now\(\)\.Unix(?:Nano|Milli|Micro)?\Z")
_ASSIGNMENTS = frozenset({"assignment", "variable_declarator", "short_var_declaration",
                          "assignment_expression", "augmented_assignment",
                          "augmented_assignment_expression", "assignment_statement"})
_CONTAINERS = FUNCTION_KINDS | {"class_definition", "class_declaration"}

NODE_KINDS = CALL_KINDS - {"new_expression", "object_creation_expression"}


def _generators(ctx: FileContext) -> frozenset[str]:
    """Names bound to a non-cryptographic generator object in this file (`rng =
    random.Random(seed)`, `private final Random random = new Random()`, `r :=
    rand.New(rand.NewSource(...))`)."""
    found: frozenset[str] | None = ctx.cache.get("crypto.weak_generators")
    if found is None:
        text = ctx.source.decode("utf-8", "replace")
        # `x = ...`, `x := ...`, a Go composite literal or JS object field `x: ...`, a TS
        # class field `private readonly x = ...`
        bound = r"\b([A-Za-z_]\w*)\s*(?::=|=|:(?!:))\s*"
        made = r"(?:new\s+(?:java\.util\.)?(?:Splittable)?Random\s*\(|random\.Random\s*\(|(?:mrand|rand)\.New\s*\(|" \
            r"(?:java\.util\.concurrent\.)?ThreadLocalRandom\.current\s*\(|" \
            r"(?:np|numpy)\.random\.(?:default_rng|RandomState)\s*\()"
        found = frozenset(re.findall(bound + made, text)) | frozenset(
            a or b or c for a, b, c in _TYPED_WEAK.findall(text))
        # or to the result of a function of the file that returns one (`rng = _seeded()`
        # with `def _seeded(): return random.Random(int(time.time()))`)
        factories = {function_name(ctx, fn) for fn in walk_functions(ctx)
                     if re.search(r"\breturn\s+" + made, ctx.node_text(fn))} - {""}
        if factories:
            found |= frozenset(re.findall(bound + r"(?:self\.|this\.)?(?:" + "|".join(
                map(re.escape, sorted(factories))) + r")\s*\(", text))
        ctx.cache["crypto.weak_generators"] = found
    return found


# A name declared with a non-cryptographic generator's type, whatever it is bound to later
# (a dataclass field `rng: random.Random = field(...)`, a Java field `Random rng;`, a Go
# struct field `rng *rand.Rand`): the receiver's type comes from the declaration.
_TYPED_WEAK = lazyre.compile(
    r"\b([A-Za-z_]\w*)\s*:\s*(?:random\.)?Random\b(?!\w)|"
    r"(?<![\w.])(?:java\.util\.)?(?:Splittable|ThreadLocal)?Random\s+([A-Za-z_]\w*)\s*[;=]|"
    r"\b([A-Za-z_]\w*)\s+\*(?:mrand|rand)\.Rand\b")


def _instances(ctx: FileContext) -> dict[str, str]:
    """Names bound to an instance of a generator class of the file (`rng = new
    Xorshift(...)`, `private readonly rng = new Lcg(seed)`, Go `rng: &lcg{...}`), each with
    its class."""
    found: dict[str, str] | None = ctx.cache.get("crypto.prng_instances")
    if found is None:
        classes = prng_classes(ctx)
        found = {}
        if classes:
            for name, cls in re.findall(
                    r"\b([A-Za-z_]\w*)\s*(?::=|=|:(?!:))\s*(?:new\s+|&)?(" +
                    "|".join(map(re.escape, sorted(classes))) + r")\s*[({]",
                    ctx.source.decode("utf-8", "replace")):
                found.setdefault(name, cls)
        ctx.cache["crypto.prng_instances"] = found
    return found


# Version-1 UUIDs are the time and the machine's address, not random (`uuid.uuid1()`, the
# `uuid` package's `v1()`).
_TIME_UUIDS = frozenset({"uuid.uuid1", "uuid.v1", "uuid/v1"})


def weak_call(ctx: FileContext, call: Node) -> str:
    """The name of the non-cryptographic generator call (`random.choices`, `Math.random`,
    `random.nextInt`, `rand.Intn`), or ""."""
    resolved = resolved_callee(ctx, call)
    method = last_name(resolved)
    if ctx.language == "python" and re.fullmatch(r"random\.\w+", resolved) and \
            method in _PYTHON:  # not `random.SystemRandom().choice`
        written = callee(ctx, call)
        if "." not in written and re.search(  # `try: from secrets import randbits` first
                rf"from\s+secrets\s+import\s+[^\n]*\b{re.escape(written)}\b",
                ctx.source.decode("utf-8", "replace")):
            return ""
        return resolved
    if ctx.language == "python" and re.fullmatch(r"numpy\.random\.\w+", resolved) and \
            method in _NUMPY:  # `np.random.randint(0, 10, 6)`: the Mersenne Twister again
        return resolved
    if ctx.language in ("javascript", "typescript", "tsx") and resolved == "Math.random":
        return resolved
    if resolved in _TIME_UUIDS:  # a version-1 UUID: the clock and the host's address
        return resolved
    if resolved in _CLOCKS and _reduced(call):
        return resolved
    if ctx.language == "go" and _GO_CLOCK.match(callee(ctx, call)) and _reduced(call):
        return callee(ctx, call)
    if (resolved in _CLOCKS or (ctx.language == "go" and _GO_CLOCK.match(callee(ctx, call)))) \
            and _rendered(ctx, call):
        return _RENDERED + (resolved if resolved in _CLOCKS else callee(ctx, call))
    if ctx.language == "java" and (resolved == "Math.random" or "ThreadLocalRandom.current()."
                                   in resolved or "RandomStringUtils.random" in resolved):
        return resolved
    if ctx.language == "go" and resolved.startswith(_GO_PACKAGES) and method in _METHODS:
        return "rand." + method
    receiver = callee(ctx, call).rsplit(".", 1)[0] if "." in callee(ctx, call) else ""
    cls = _instances(ctx).get(receiver.rsplit(".", 1)[-1]) if receiver else None
    if cls is not None:  # a method of an instance of a hand-written generator of the file
        # the generator named (or used) for secrets is reported with its uses (prng)
        return "" if used_for_security(ctx, cls, None) else f"{receiver}.{method}"
    if method in _METHODS and ((receiver.rsplit(".", 1)[-1] in _generators(ctx) and not
                                _strong_here(ctx, call, receiver.rsplit(".", 1)[-1])) or
                               re.fullmatch(r"new\s+(?:java\.util\.)?(?:Splittable)?Random\([^()]*\)|"
                                            r"random\.Random\([^()]*\)", receiver.strip())):
        return f"{receiver}.{method}"
    return ""


# A name bound to a cryptographic generator (`private final SecureRandom random = new
# SecureRandom()`, `self.rng = random.SystemRandom()`, a `SecureRandom rng` field or parameter).
_BOUND = r"\b([A-Za-z_]\w*)\s*(?::=|=|:(?!:))\s*"
_STRONG_MADE = lazyre.compile(
    _BOUND + r"(?:new\s+(?:java\.security\.)?SecureRandom\s*\(|SecureRandom\.getInstance\w*\s*"
    r"\(|(?:random|secrets)\.SystemRandom\s*\()|\bSecureRandom\s+([A-Za-z_]\w*)\s*[;=,)]")
_WEAK_MADE = lazyre.compile(
    _BOUND + r"(?:new\s+(?:java\.util\.)?(?:Splittable)?Random\s*\(|random\.Random\s*\(|(?:mrand|rand)\.New\s*\()")


def _strong_here(ctx: FileContext, call: Node, name: str) -> bool:
    """The generator name the call draws from is, in the call's own scope, bound to a
    cryptographic generator, though another class or function of the file binds the same
    name to a weak one (a `random` field that is a `SecureRandom` in one nested class and a
    `new Random(seed)` in another): the binding of the innermost class or function around the
    call that binds the name decides."""
    bindings = ctx.cache.get("crypto.generator_bindings")
    if bindings is None:
        text = ctx.source.decode("utf-8", "replace")
        found: dict[str, list[tuple[int, bool]]] = {}
        for pattern, strong in ((_STRONG_MADE, True), (_WEAK_MADE, False)):
            for match in pattern.finditer(text):
                bound = next((g for g in match.groups() if g), "")
                start = len(text[:match.start()].encode("utf-8"))
                found.setdefault(bound, []).append((start, strong))
        bindings = ctx.cache["crypto.generator_bindings"] = found
    mine: list[tuple[int, bool]] = bindings.get(name, [])
    if ctx.tree is None or not any(strong for _, strong in mine):
        return False
    scopes = []
    node: Node | None = call.parent
    while node is not None:
        if node.type in _CONTAINERS or node.type == "class":
            scopes.append(node)
        node = node.parent
    for scope in scopes:  # innermost first
        here = {strong for start, strong in mine if scope.start_byte <= start < scope.end_byte}
        if here:
            return here == {True}
    return False


def _reduced(call: Node) -> bool:
    """The clock's value is taken modulo a number (`Date.now() % 10000`, through `int(...)`,
    `Math.floor(...)`, parentheses or a cast): digits drawn from the time."""
    node = call
    for _ in range(6):
        parent = node.parent
        if parent is None:
            return False
        if parent.type in ("binary_operator", "binary_expression"):
            op = parent.child_by_field_name("operator")
            left = parent.child_by_field_name("left")
            if op is not None and op.type in ("*", "/", "//") and left is not None and \
                    left.id == node.id:
                node = parent  # `time.time() * 1000`: scaled first
                continue
            return op is not None and op.type == "%" and left is not None and left.id == node.id
        if parent.type not in ("parenthesized_expression", "argument_list", "arguments",
                               "call", "call_expression", "cast_expression",
                               "type_conversion_expression"):
            return False
        node = parent
    return False


# Marks a clock read that is written out as text (see `_rendered`): a token made of the time.
_RENDERED = "rendered:"
_TEXT_CALLS = frozenset({"toString", "toHexString", "toOctalString", "valueOf", "str", "hex",
                         "format", "Sprintf", "Sprint", "FormatInt", "FormatUint", "Itoa",
                         "to_string", "String"})


def _rendered(ctx: FileContext, call: Node) -> bool:
    """The clock's value is written out as text (`Date.now().toString(16)`, `` `${Date.now()}`
    ``, `str(time.time_ns())`, `Long.toHexString(System.nanoTime())`, `fmt.Sprintf("%x",
    time.Now().UnixNano())`, `strconv.FormatInt(..., 36)`): the time spelled into a value."""
    node = call
    for _ in range(8):
        parent = node.parent
        if parent is None:
            return False
        if parent.type in ("template_substitution", "interpolation"):
            return True
        if parent.type in ("member_expression", "attribute", "field_access",
                           "selector_expression") and parent.parent is not None and \
                parent.parent.type in CALL_KINDS:
            prop = parent.child_by_field_name("property") or parent.child_by_field_name(
                "attribute") or parent.child_by_field_name("field")
            return prop is not None and ctx.node_text(prop) in _TEXT_CALLS
        if parent.type == "method_invocation":
            name = parent.child_by_field_name("name")
            return name is not None and ctx.node_text(name) in _TEXT_CALLS
        if parent.type in ("argument_list", "arguments") and parent.parent is not None and \
                parent.parent.type in CALL_KINDS:
            # (or hashed: `createHash('md5').update(userId + Date.now())` is as guessable)
            return last_name(callee(ctx, parent.parent)) in _TEXT_CALLS | _HASHING_CALLS
        if parent.type == "binary_operator" and operator(ctx, parent) == "%" and (
                parent.child_by_field_name("left") or parent).type == "string":
            return True  # python `"%x" % rng.getrandbits(64)`
        if parent.type in ("binary_expression", "binary_operator") and \
                operator(ctx, parent) in _MIXING:
            node = parent  # `(id * K + counter + Date.now()).toString(16)`: still the time
            continue
        if parent.type not in ("parenthesized_expression", "cast_expression",
                               "type_conversion_expression"):
            return False
        node = parent
    return False


# Hash calls: a digest of the time (and values an attacker knows) is no harder to guess.
_HASHING_CALLS = frozenset({"update", "md5", "sha1", "sha256", "sha512", "Sum256", "Sum",
                            "digest", "getBytes", "encode"})


# Arithmetic that mixes the clock with values an attacker knows or can count (an id, a
# counter, a constant): the result is no harder to guess than the time.
_MIXING = frozenset({"+", "-", "*", "^", "|"})


# A function that also draws from a strong source, or signs what it makes, may use the time
# as a part of its value (an expiry, a uniqueness suffix).
_STRONG_OR_SIGNED = lazyre.compile(
    r"randomBytes|randomUUID|getRandomValues|secrets\.|urandom|SecureRandom|crypto/rand|"
    r"rand\.Read|crypto\.rand|uuid|UUID|(?i:hmac|sign)")


_KEY_QUALIFIERS = frozenset({"api", "secret", "license", "licence", "encryption", "aes", "signing",
                             "private", "session", "access", "auth", "master", "crypto", "hmac",
                             "generate", "gen", "make", "create", "new", "activation", "product",
                             "serial", "enc", "cipher", "shared", "client"})


# Random values that are not secrets: MIME boundaries, temporary names, jitter, sampling,
# colours, trace ids, UUIDs (identifiers, not credentials).
_NOT_SECRET = frozenset({"test", "tests", "mock", "fake", "dummy", "boundary", "multipart",
                         "tempfile", "temp", "tmp", "jitter", "backoff", "retry", "sample",
                         "sampling", "color", "colour", "trace", "tracing", "uuid", "guid",
                         "mask"})  # a WebSocket frame's mask key hides nothing from anyone


def _secret_name(name: str) -> bool:
    """A name that says it holds a secret value; a bare `key` (a sort key, a map key) needs
    a qualifier (`apiKey`, `generate_key`), and tests, boundaries, jitter or UUIDs are not
    secrets."""
    w = set(words(name))
    if _not_secret(w):
        return False
    if security_named(" ".join(sorted(w - {"key", "keys", "uuid"}))):
        return True
    return bool(w & {"key", "keys"} and w & _KEY_QUALIFIERS)



def _not_secret(w: set[str]) -> bool:
    """Words that say the value is no secret (a test's, a temp file's, jitter); a temporary
    password is still a password (`temp_password`, `tmpPin`)."""
    blocked = w & _NOT_SECRET
    return bool(blocked) and not (blocked <= {"temp", "tmp"} and bool(w & _CREDENTIALS))


_CREDENTIALS = frozenset({"password", "passwd", "passcode", "pin", "token", "otp", "secret",
                          "credential", "credentials"})


def _used_for_secret(ctx: FileContext, name: str, fn: Node) -> bool:
    """A function or variable of the file named for a secret uses the function `name`."""
    if not name:
        return False
    for user_name, user in security_users(ctx):
        if fn.start_byte <= user.start_byte < fn.end_byte or not _secret_name(user_name):
            continue
        if re.search(rf"\b{re.escape(name)}\b", ctx.node_text(user)):
            return True
    return False


def _assigned_to(ctx: FileContext, call: Node) -> str:
    node = enclosing(call, frozenset(_ASSIGNMENTS) | FUNCTION_KINDS | _KEYED_SLOTS)
    for _ in range(6):
        if node is None or node.type not in _KEYED_SLOTS:
            break
        # the value of an object's or a dict's entry (`{ sessionToken: Math.random()... }`,
        # `{"api_key": "%x" % random.getrandbits(64)}`), or put into a map under a key
        # (`m.put("apiKey", Long.toHexString(rnd.nextLong()))`): the entry's key names it
        slot = _slot_name(ctx, node, call)
        if slot:
            return slot
        node = enclosing(node, frozenset(_ASSIGNMENTS) | FUNCTION_KINDS | _KEYED_SLOTS)
    if node is None or node.type in FUNCTION_KINDS:
        return ""
    target = node.child_by_field_name("left") or node.child_by_field_name("name")
    return ctx.node_text(target)


_KEYED_SLOTS = frozenset({"pair", "method_invocation", "call_expression", "call"})
_PUTS = frozenset({"put", "set", "setdefault", "Set", "Store", "putIfAbsent", "setItem"})


def _slot_name(ctx: FileContext, node: Node, call: Node) -> str:
    if node.type == "pair":
        value = node.child_by_field_name("value")
        key = node.child_by_field_name("key")
        if value is None or key is None or not (
                value.start_byte <= call.start_byte < value.end_byte):
            return ""
        return ctx.node_text(key).strip("'\"`")
    if node.id == call.id or last_name(callee(ctx, node)) not in _PUTS:
        return ""
    args = node.child_by_field_name("arguments")
    items = [a for a in args.named_children if a.type != "comment"] if args else []
    if len(items) == 2 and items[0].type in ("string", "string_literal") and \
            items[1].start_byte <= call.start_byte < items[1].end_byte:
        return ctx.node_text(items[0]).strip("'\"`")
    return ""


_TEST_PATH = lazyre.compile(r"(?:^|/)(?:tests?|__tests__|testdata|spec)/|(?:^|/)test_[^/]*\.py$|"
                            r"_test\.(?:py|go)$|\.(?:test|spec)\.[jt]sx?$|Tests?\.java$")


def evidence(ctx: FileContext, call: Node) -> Evidence | None:
    if _TEST_PATH.search(ctx.path):
        return None  # test fixtures may draw their tokens from any generator
    if not (file_mentions(ctx, "crypto.weak_random", _NEEDLES) or _instances(ctx)):
        if not file_mentions(ctx, "crypto.clock", _CLOCK_NEEDLES):
            return None
        function = call.child_by_field_name("function") or call.child_by_field_name("name")
        if function is None or not ctx.node_text(function).endswith(_CLOCK_ENDS):
            return None  # a file that reads the clock but draws nothing: only clock calls
    name = weak_call(ctx, call)
    if not name:
        return None
    if name.startswith(_RENDERED):
        return _rendered_secret(ctx, call, name.removeprefix(_RENDERED))
    fn = enclosing(call, FUNCTION_KINDS)
    while fn is not None and not function_name(ctx, fn):
        fn = enclosing(fn, FUNCTION_KINDS)
    fn_name = function_name(ctx, fn) if fn is not None else ""
    if set(words(fn_name)) & NON_CRYPTO_WORDS:
        return None
    if fn is None and name in _CLOCKS | {"time.Now().Unix", "time.Now().UnixNano",
                                         "time.Now().UnixMilli", "time.Now().UnixMicro"}:
        return None  # `let state = Date.now() % M` at the top: a generator's seed (prng)
    target = _assigned_to(ctx, call)
    if _not_secret(set(words(fn_name))):
        return None
    if fn is not None and _keys_a_cipher(ctx, call, fn):
        return Evidence(call, "weakrandom", f"`{name}` producing a key, IV or nonce that a "
                                            f"cipher or MAC is given")
    if _secret_name(target.rsplit(".", 1)[-1]) or _secret_name(fn_name) or (
            fn is not None and _used_for_secret(ctx, fn_name, fn)) or (
            fn is not None and _produced_by_secret_class(ctx, fn, fn_name)) or (
            fn is not None and _reaches_cookie(ctx, fn_name, fn)) or (
            fn is not None and _reaches_link(ctx, fn_name, fn)) or (
            fn is not None and _stored_as_secret(ctx, fn_name, fn)) or (
            fn is not None and _kept_and_sent(ctx, fn_name, fn)) or (
            fn is not None and _kept_and_checked(ctx, target, fn)):
        return Evidence(call, "weakrandom", f"`{name}` producing a secret value")
    if fn is not None and target.rsplit(".", 1)[-1] in _kept_code_locals(ctx.node_text(fn)) \
            and not set(words(fn_name)) & (_PUBLIC_CODES | _NOT_SECRET):
        return Evidence(call, "weakrandom", f"`{name}` drawing the symbols of a code the "
                                            f"function keeps and hands out")
    if fn is not None and (_issues_code(ctx, fn, fn_name) or _helper_of_code(ctx, fn, fn_name)):
        return Evidence(call, "weakrandom", f"`{name}` drawing the symbols of a code its holder "
                                            f"presents (a voucher, PIN or entry code)")
    if fn is not None and _bearer_handle(ctx, call, fn, target):
        return Evidence(call, "weakrandom", f"`{name}` written out as a value the function keeps "
                                            f"as a lookup key and hands out (a bearer token)")
    return None


# Handles of work the program tracks, not of anyone's access: requests, jobs, messages.
_NOT_HANDLES = frozenset({"request", "req", "correlation", "span", "job", "jid", "task",
                          "message", "msg", "event", "upload", "file", "filename", "cache",
                          "node", "conn", "connection", "batch", "run", "build", "txn",
                          "transaction", "operation", "slot", "item", "entry", "row", "record",
                          "log", "line", "game", "match", "round", "lobby", "room", "player"})


def _bearer_handle(ctx: FileContext, call: Node, fn: Node, target: str) -> bool:
    """The draw is written out as text (hex, base 36, `Sprintf`, an f-string, symbols
    joined) into a local that the function files as the key of a table (`p.sessions[id] =
    farmer`, `this.byToken.set(t, user)`, `issued.put(k, screen)`) and returns: a handle whoever
    holds it is let in with, whatever it is called (a session id, a share link's id). A value
    filed under another key (an order kept under its own number) is not one."""
    local = target.rsplit(".", 1)[-1]
    if not local.isidentifier() or not (_rendered(ctx, call) or _SYMBOLS.search(
            ctx.node_text(fn)) is not None) or set(words(local)) & (
            _REFERENCES | _NOT_SECRET | _PUBLIC_CODES | _NOT_HANDLES) or \
            set(words(function_name(ctx, fn))) & _NOT_HANDLES:
        return False
    v = re.escape(local)
    text = ctx.node_text(fn)
    if re.search(rf"\breturn\s{{1,4}}{v}\b", text) is None:
        return False
    return re.search(rf"[\w.\])]\[\s{{0,4}}{v}\s{{0,4}}\]\s{{0,4}}=(?!=)|"
                     rf"\.(?:set|put|Store|setdefault|putIfAbsent)\(\s{{0,4}}{v}\s{{0,4}},",
                     text) is not None


def _helper_of_code(ctx: FileContext, fn: Node, fn_name: str) -> bool:
    """A helper that draws one symbol (`pick()`, `randomChar()`) called by a method of its own
    class or Go type that issues a code or is named for a secret: the draw is the code's."""
    if not fn_name:
        return False
    for call in calls_of(ctx).get(fn_name, ()):
        if not same_owner_of(ctx, fn, call):
            continue
        user = enclosing(call, FUNCTION_KINDS)
        while user is not None and not function_name(ctx, user):
            user = enclosing(user, FUNCTION_KINDS)
        if user is None or user.id == fn.id:
            continue
        user_name = function_name(ctx, user)
        if set(words(user_name)) & (NON_CRYPTO_WORDS | _NOT_SECRET):
            continue
        if _secret_name(user_name) or _issues_code(ctx, user, user_name) or \
                _produced_by_secret_class(ctx, user, user_name):
            return True
    return False


# What a person is handed to present later: an entry, invite or voucher code, a PIN.
_CODE_WORDS = frozenset({"code", "codes", "pin", "pins", "passcode", "voucher", "vouchers",
                         "coupon", "coupons", "invite", "otp", "gift", "giftcard",
                         "giftcards"})
# Codes that name a public value (a country's, an HTTP status, a colour, a product's).
_PUBLIC_CODES = frozenset({"room", "lobby", "country", "currency", "language", "lang", "locale",
                           "status",
                           "error", "http", "exit", "color", "colour", "zip", "postal", "post",
                           "area", "dial", "product", "sku", "bar", "barcode", "qr", "char",
                           "key", "keys", "op", "opcode", "source", "lint", "sample", "demo",
                           "example", "random", "test", "fake", "mock", "dummy"})
# Methods that only say "make one" take their object from the class (`BookingCodes.next`).
_GENERIC_PRODUCERS = frozenset({"next", "new", "issue", "generate", "gen", "create", "make",
                                "mint", "get", "draw", "one", "fresh"})
# The value is written out as a string of symbols: digits or letters joined, a base-36 or
# hexadecimal rendering, a zero-padded number.
_SYMBOLS = lazyre.compile(r"\.join\(|\bCollectors\.joining\(|\.toString\(\s{0,4}(?:36|32|16)\s{0,4}\)|\.padStart\(|"
                          r"\.zfill\(|%0\d{1,2}d|:0\d{1,2}d|\bstrconv\.Itoa\(|\.toUpperCase\(\)|"
                          r"\.upper\(\)|Integer\.toString\([^()\n]{0,60},\s{0,4}36\)|"
                          # a draw made a letter or a digit (`(char) ('A' + r.nextInt(26))`,
                          # `byte('0' + rand.Intn(10))`, `chr(65 + rng.randrange(26))`)
                          r"['\"][A0a]['\"]\s{0,4}\+\s{0,4}\(?\s{0,4}[\w.()]{1,60}\.(?:nextInt|Intn|IntN|"
                          r"randint|randrange)\(|\b(?:chr|fromCharCode)\(\s{0,4}(?:48|65|97)\s{0,4}\+|"
                          # or a digit drawn straight into a builder (`sb.append(r.nextInt(10))`)
                          r"\.(?:append|WriteString|write)\(\s{0,4}[\w.()]{1,60}\.(?:nextInt|Intn|IntN|"
                          r"randint|randrange)\(\s{0,4}(?:0\s{0,4},\s{0,4})?(?:10|9|26|36)\s{0,4}\)\s{0,4}\)")


def _issues_code(ctx: FileContext, fn: Node, fn_name: str) -> bool:
    """A function named for a code (`rsvp_code`, `inspectionCode`, or `next` of a class named
    `BookingCodes`) writes its draws out as a string of symbols: a code someone is handed and
    presents later, which a non-cryptographic generator lets others predict. (A code of the
    public kinds -- a country's, an HTTP status, a colour -- is not one.)"""
    own = set(words(fn_name))
    text = ctx.node_text(fn)
    if own and own <= _GENERIC_PRODUCERS:
        cls = enclosing(fn, _CLASS_KINDS)
        own |= set(words(ctx.node_text(cls.child_by_field_name("name")))) if cls is not None \
            else set()
        # or what the method binds its result to (`code := b.String()`, then returned)
        own |= {w for local in _RETURNED_LOCAL.findall(text)
                if re.search(rf"\breturn\s+{re.escape(local)}\b", text)
                for w in words(local) if w in _CODE_WORDS}
    # whatever the function is called: the code it builds in a local, keeps (in a map, on a
    # record) and hands back (`code := fmt.Sprintf("%06d", n); d.codes[id] = code; return code`)
    kept = _kept_code_locals(text)
    own |= {w for local in kept for w in words(local)}
    if not own & _CODE_WORDS or own & _PUBLIC_CODES or \
            own & (NON_CRYPTO_WORDS | _NOT_SECRET):
        return False
    # (a kept code rendered from the builder its draws were appended to: `code =
    # sb.toString()`, `code := b.String()`)
    return _SYMBOLS.search(text) is not None or _ALPHABET_DRAW.search(text) is not None or \
        bool(kept & set(_RETURNED_LOCAL.findall(text)))


def _kept_code_locals(text: str) -> set[str]:
    """Locals named for a code (`code`, `pin`) that the function binds, keeps under a key
    (`codes[id] = code`, `this.codes.set(locker, code)`, `issued.put(k, pin)`) and returns."""
    out: set[str] = set()
    for local in set(_CODE_LOCAL.findall(text)):
        if not set(words(local)) & _CODE_WORDS or set(words(local)) & _PUBLIC_CODES:
            continue
        v = re.escape(local)
        if re.search(rf"\breturn\s+{v}\b", text) and re.search(
                rf"\]\s{{0,4}}=(?!=)\s{{0,4}}{v}\b|\.(?:set|put|Store|setdefault)\([^;\n]{{0,80}},"
                rf"\s{{0,4}}{v}\s{{0,4}}\)", text):
            out.add(local)
    return out


# A local bound or grown (`code := ...`, `let code = ''`, `String pin = ...`, `code += ...`).
_CODE_LOCAL = lazyre.compile(r"\b([A-Za-z_]\w{0,40})\s{0,4}(?::=|\+=|=(?!=))")
# A local bound to a built string (`code := b.String()`, `String code = sb.toString();`).
_RETURNED_LOCAL = lazyre.compile(r"\b([A-Za-z_]\w{0,40})\s{0,4}:?=\s{0,4}\w{1,40}\."
                                 r"(?:String|toString)\(\)")
# A symbol drawn from an alphabet by a random index (`alphabet[rng.Intn(len(alphabet))]`,
# `CHARS.charAt(rnd.nextInt(CHARS.length()))`).
_ALPHABET_DRAW = lazyre.compile(r"\w\[\s{0,4}[\w.]{1,60}\.(?:Intn|IntN|nextInt|randint|"
                                r"randrange)\(\s{0,4}len\(|\.charAt\(\s{0,4}[\w.]{1,60}\."
                                r"nextInt\(\s{0,4}\w{1,40}\.length\(\)")


def _rendered_secret(ctx: FileContext, call: Node, name: str) -> Evidence | None:
    """The clock written out as text is the value of a function or variable named for a
    secret (`resetToken(id)` returning `` `${id}-${Date.now().toString(16)}` ``), which
    draws from no strong source and signs nothing."""
    fn = enclosing(call, FUNCTION_KINDS)
    while fn is not None and not function_name(ctx, fn):
        fn = enclosing(fn, FUNCTION_KINDS)
    if fn is None:
        return None
    fn_name = function_name(ctx, fn)
    if set(words(fn_name)) & (NON_CRYPTO_WORDS | _NOT_SECRET):
        return None
    if not (_secret_name(fn_name) or _secret_name(_assigned_to(ctx, call).rsplit(".", 1)[-1])):
        return None
    if _STRONG_OR_SIGNED.search(ctx.node_text(fn)):
        return None
    return Evidence(call, "weakrandom", f"`{name}` written out as a secret value: the time it "
                                        f"was made is all there is to guess")


_PRODUCERS = frozenset({"mint", "issue", "generate", "gen", "new", "create", "make", "next",
                        "random", "id", "token", "code", "key", "nonce", "salt", "open",
                        "start", "begin", "login", "sign", "otp", "pin", "rand", "hex",
                        "string", "str", "alnum", "chars"})
_CLASS_KINDS = frozenset({"class_declaration", "class_definition", "class"})


def _produced_by_secret_class(ctx: FileContext, fn: Node, fn_name: str) -> bool:
    """A method that makes something (`mint`, `issue`, `newId`) of a class named for sessions,
    tokens or keys (`SessionMinter`, `TokenIssuer`): its random values are the secrets."""
    if not set(words(fn_name)) & _PRODUCERS:
        return False
    cls = enclosing(fn, _CLASS_KINDS)
    name = ctx.node_text(cls.child_by_field_name("name")) if cls is not None else ""
    if ctx.language == "go" and fn.type == "method_declaration":
        receiver = fn.child_by_field_name("receiver")
        name = re.sub(r"[^\w\s]", " ", ctx.node_text(receiver)).split()[-1] \
            if receiver is not None and ctx.node_text(receiver).strip("() ") else ""
    w = set(words(name))
    # (a type named for what it holds, in the plural: `pickerTokens`)
    singular = " ".join(x[:-1] if len(x) > 3 and x.endswith("s") and not x.endswith("ss")
                        else x for x in words(name))
    return bool(name) and (_secret_name(name) or _secret_name(singular)) and \
        not w & NON_CRYPTO_WORDS


# Calls that set a cookie: a value made there is a session or remember-me credential.
_COOKIE_SINK = lazyre.compile(r"\bSetCookie\(|\bset_cookie\(|\.cookie\(|\bnew\s+Cookie\(|"
                              r"\baddCookie\(|Set-Cookie|\bcookies\.set\(|http\.Cookie\{")


def _reaches_cookie(ctx: FileContext, name: str, fn: Node) -> bool:
    """A function of the file that sets a cookie calls the generator function `name`."""
    if not name or not set(words(name)) & _PRODUCERS or \
            not file_mentions(ctx, "crypto.cookie_sink", ("ookie",)):
        return False
    for call in calls_of(ctx).get(name, ()):
        user = enclosing(call, FUNCTION_KINDS)
        if user is not None and user.id != fn.id and _COOKIE_SINK.search(ctx.node_text(user)):
            return True
    return False


def _held_by_callers(ctx: FileContext, name: str, fn: Node,
                     same_owner: bool = False) -> Iterator[tuple[str, set[str]]]:
    """For each other function of the file that calls the generator function `name`: its text
    and the locals it assigns the call's value to (`code = name(...)`, `c := name()`); with
    `same_owner`, a method's callers only in its own class or Go type."""
    for call in calls_of(ctx).get(name, ()):
        user = enclosing(call, FUNCTION_KINDS)
        if user is None or user.id == fn.id or (same_owner and not same_owner_of(ctx, fn, call)):
            continue
        text = ctx.node_text(user)
        yield text, set(re.findall(rf"\b([A-Za-z_]\w*)\s*:?=(?!=)[^;\n]{{0,80}}\b"
                                   rf"{re.escape(name)}\s*\(", text))


# `{"api_key": key}`, `{ resetToken: t }`, `user.apiKey = k`, `row["session_id"] = sid`,
# `row.put("apiToken", t)`
_FIELD_OF = (r"\.(?:put|set|setItem|Set|setdefault)\(\s{{0,4}}[\"']([A-Za-z_]\w{{0,60}})[\"']\s{{0,4}},"
             r"\s{{0,4}}{v}\s{{0,4}}\)|"
             r"[\"']?([A-Za-z_]\w{{0,60}})[\"']?\s{{0,4}}:\s{{0,4}}{v}\b(?!\s{{0,4}}[.(\[])|"
             r"\.([A-Za-z_]\w{{0,60}})\s{{0,4}}=(?!=)\s{{0,4}}{v}\b(?!\s{{0,4}}[.(\[])|"
             r"\[\s{{0,4}}[\"']([A-Za-z_]\w{{0,60}})[\"']\s{{0,4}}\]\s{{0,4}}=(?!=)\s{{0,4}}"
             r"{v}\b(?!\s{{0,4}}[.(\[])")


def _stored_as_secret(ctx: FileContext, name: str, fn: Node) -> bool:
    """A function of the file keeps the generator's value under a field named for a secret
    (`key = f"pk_{self._pick(32)}"` then `{"api_key": key}`, `member.resetToken = t`): the
    value is that secret, whatever the local holding it is called."""
    if not name:
        return False
    for text, held in _held_by_callers(ctx, name, fn, same_owner=True):
        for local in held:
            for match in re.finditer(_FIELD_OF.format(v=re.escape(local)), text):
                field = next((g for g in match.groups() if g), "")
                if field != local and _secret_name(field):
                    return True
    return False


def _reaches_link(ctx: FileContext, name: str, fn: Node) -> bool:
    """A function of the file puts the generator's value in the path of a URL it builds
    (`f"https://app/enter/{slug}"`, `` `${base}/invite/${code}` ``, `"https://x/d/" + id`):
    a capability link, whose path is the secret. A cache buster in the query (`?v=`) is not."""
    if not name or not file_mentions(ctx, "crypto.url_sink", ("://",)):
        return False
    for text, held in _held_by_callers(ctx, name, fn):
        for local in held:
            v = re.escape(local)
            if re.search(rf"https?://[^\s\"'`?]{{0,200}}(?:\{{|\$\{{)\s*{v}\s*\}}|"
                         rf"https?://[^\s\"'`?]{{0,200}}[\"'`]\s*\+\s*{v}\b", text):
                return True
    return False


_REFERENCES = frozenset({"order", "invoice", "ticket", "booking", "reference", "ref", "number",
                         "no", "num", "receipt", "tracking", "sku", "serial", "table", "seat",
                         "queue", "case"})
# A message to the user (`sms.send(phone, c)`, `mailer.sendMail(...)`, `notify(user, c)`).
_SENDS = lazyre.compile(r"\b(?:send\w*|Send\w*|notify|deliver|mail|email|text|push)\s*\(")


def _kept_and_sent(ctx: FileContext, name: str, fn: Node) -> bool:
    """A function of the file keeps the generator's value (stored on a record, in a map or a
    database) and sends it to someone (an SMS, a mail): a one-time code the user proves
    possession with, whatever it is called (`c = sixDigits(); db.put(id, c); sms.send(p, c)`)."""
    if not name:
        return False
    for text, held in _held_by_callers(ctx, name, fn):
        for local in held:
            if set(words(local)) & _REFERENCES:
                continue  # an order number or booking reference is no secret
            v = re.escape(local)
            kept = re.search(rf"[\w\])]\s*(?:\.\w+|\[[^\]\n]{{1,60}}\])\s*=(?!=)\s*{v}\b|"
                             rf"\.(?:put|set|save|store|insert|update|hset|setex)\w*\([^;\n]{{0,120}}"
                             rf"\b{v}\b", text)
            sent = any(_SENDS.search(line) and re.search(rf"\b{v}\b", line)
                       for line in text.splitlines())
            target = re.search(rf"\.(\w+)\s*=(?!=)\s*{v}\b", text)
            if kept and sent and not (target and set(words(target.group(1))) & _REFERENCES):
                return True
    return False


# An equality test (not an assignment): `==`, `!=`, `===`, `.equals(`.
_EQUALITY = lazyre.compile(r"[!=]==?|\.equals\(|\bEqual\(")


def _kept_and_checked(ctx: FileContext, target: str, fn: Node) -> bool:
    """The value is stored (`self._issued[trailer] = code`, `this.codes.set(id, code)`) and
    another function of the file compares what the store holds with what it is given
    (`self._issued.pop(trailer, None) == spoken`): a code the holder proves possession with."""
    local = target.rsplit(".", 1)[-1]
    if not local or not re.fullmatch(r"[A-Za-z_]\w*", local):
        return False
    v = re.escape(local)
    text = ctx.node_text(fn)
    stores = set(re.findall(rf"([\w.]{{1,80}})\[[^\]\n]{{1,60}}\]\s{{0,4}}=(?!=)\s{{0,4}}{v}\b",
                            text)) | set(re.findall(
                                rf"([\w.]{{1,80}})\.(?:put|set|store|save)\([^;\n]{{0,80}}\b{v}\s{{0,4}}\)",
                                text))
    stores = {s for s in stores if s.rsplit(".", 1)[-1] not in ("", local)}
    if not stores:
        return False
    for other in walk_functions(ctx):
        if other.id == fn.id:
            continue
        given = set(parameter_names(ctx, other))
        for line in ctx.node_text(other).splitlines():
            if not _EQUALITY.search(line):
                continue
            for store in stores:
                entry = rf"(?<![\w.]){re.escape(store)}\s{{0,4}}(?:\[[^\]\n]{{1,60}}\]|" \
                        rf"\.(?:get|pop|Get|remove)\([^()\n]{{0,60}}\))"
                # the entry compared with what the function is given (`== spoken.upper()`,
                # `spoken.equals(issued.remove(k))`)
                sides = re.findall(rf"{entry}\s{{0,4}}(?:===?|!==?)\s{{0,4}}([A-Za-z_]\w*)", line) + \
                    re.findall(rf"([A-Za-z_]\w*)(?:\.\w+\(\))?\s{{0,4}}(?:===?|!==?)\s{{0,4}}{entry}",
                               line) + re.findall(
                        rf"([A-Za-z_]\w*)(?:\.\w+\(\))?\.equals\(\s{{0,4}}{entry}", line)
                if set(sides) & given:
                    return True
    return False


def walk_functions(ctx: FileContext) -> list[Node]:
    """The named functions of the file (cached)."""
    found: list[Node] | None = ctx.cache.get("crypto.weak_random_functions")
    if found is None:
        found = ctx.cache["crypto.weak_random_functions"] = [
            n for n in kind_nodes(ctx, FUNCTION_KINDS) if function_name(ctx, n)]
    return found


# A cipher or MAC handed a key, IV or nonce: the value given it must be unpredictable.
_CIPHER_INPUT = (r"(?:IvParameterSpec|SecretKeySpec|GCMParameterSpec|ChaCha20ParameterSpec|"
                 r"createCipheriv|createDecipheriv|createHmac|createSecretKey|"
                 r"AES\.new|DES3?\.new|ChaCha20(?:_Poly1305)?\.new|AESGCM|ChaCha20Poly1305|"
                 r"\.Seal|\.Open|NewCBCEncrypter|NewCBCDecrypter|NewCTR|NewCFBEncrypter|NewOFB|"
                 r"NewCipher|hmac\.(?:new|New)|importKey|\.encrypt|\.decrypt)\s*\(")
_FILLS = frozenset({"nextBytes", "Read", "getrandom", "fill", "randomFill"})


def _keys_a_cipher(ctx: FileContext, call: Node, fn: Node) -> bool:
    """The generator's value (assigned to a local, or the buffer it fills: `rnd.nextBytes(buf)`,
    `rand.Read(n)`) is handed to a cipher or MAC in the same function as its key, IV or nonce
    (`new IvParameterSpec(buf)`, `AES.new(k, mode, nonce=x)`, `createCipheriv(alg, k, n)`,
    `g.Seal(n, n, data, nil)`), whatever the names say."""
    text = ctx.node_text(fn)
    if not re.search(_CIPHER_INPUT, text):
        return False
    held: set[str] = set()
    method = last_name(callee(ctx, call))
    args = call.child_by_field_name("arguments")
    if method in _FILLS and args is not None and args.named_children:
        first = args.named_children[0]
        if first.type == "identifier":
            held.add(ctx.node_text(first))
    node: Node | None = call
    while node is not None and node.id != fn.id:
        if node.type in _ASSIGNMENTS:
            target = node.child_by_field_name("left") or node.child_by_field_name("name")
            if target is not None and target.type == "expression_list" and \
                    target.named_children:
                target = target.named_children[0]
            if target is not None and ctx.node_text(target).isidentifier():
                held.add(ctx.node_text(target))
            break
        node = node.parent
    for local in held:
        v = re.escape(local)
        if re.search(_CIPHER_INPUT + rf"[^;\n]{{0,200}}\b{v}\b", text) or re.search(
                rf"\b(?:iv|nonce|key|IV|Nonce|Key)\s*[=:]\s*{v}\b", text):
            return True
    return False
