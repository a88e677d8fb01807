"""Library generators that are not cryptographic (Python `random`, `Math.random`,
`java.util.Random`, Go `math/rand`) producing keys, tokens, IVs, session ids, reset or license
codes: the call is in a function named for one, is assigned to a name that says one, or its
function is used by a function or variable named for one (`_random_code` called by
`create_reset_token`) (VG-CRYPTO-006). Shuffles, jitter, sampling and games are not."""


from __future__ import annotations

import re

from tree_sitter import Node

from vigilint.analyzers.context import FileContext
from vigilint.analyzers.crypto.names import NON_CRYPTO_WORDS
from vigilint.analyzers.crypto.recognize import Evidence
from vigilint.analyzers.crypto.recognize.prng import security_named, security_users
from vigilint.analyzers.crypto.resolve import resolved_callee
from vigilint.analyzers.crypto.syntax import (
    CALL_KINDS,
    FUNCTION_KINDS,
    callee,
    enclosing,
    file_mentions,
    function_name,
    last_name,
    words,
)

_PYTHON = frozenset({"random", "randint", "randrange", "choice", "choices", "sample",
                     "getrandbits", "randbytes", "uniform"})
_METHODS = _PYTHON | frozenset({
    "nextInt", "nextLong", "nextBytes", "nextDouble", "nextFloat", "nextBoolean", "ints",
    "longs", "Intn", "Int", "Int63", "Int63n", "Int31", "Int31n", "Uint32", "Uint64", "Read",
    "Float64", "IntN", "Int64", "Int64N", "Int32N", "UintN"})
_GO_PACKAGES = ("math/rand.", "math/rand/v2.")
_NEEDLES = ("random", "Random", "rand.", "Math.random", "RandomStringUtils")
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
        found = frozenset(re.findall(
            r"\b([A-Za-z_]\w*)\s*(?::=|=)\s*(?:new\s+(?:java\.util\.)?Random\s*\(|"
            r"random\.Random\s*\(|(?:mrand|rand)\.New\s*\()", text))
        ctx.cache["crypto.weak_generators"] = found
    return found


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
    if ctx.language in ("javascript", "typescript", "tsx") and resolved == "Math.random":
        return resolved
    if ctx.language == "java" and (resolved == "Math.random" or "ThreadLocalRandom.current()."
                                   in resolved or "RandomStringUtils.random" in resolved):
        return resolved
    if ctx.language == "go" and resolved.startswith(_GO_PACKAGES) and method in _METHODS:
        return "rand." + method
    if method in _METHODS:
        receiver = callee(ctx, call).rsplit(".", 1)[0] if "." in callee(ctx, call) else ""
        if receiver.rsplit(".", 1)[-1] in _generators(ctx) or re.fullmatch(
                r"new\s+(?:java\.util\.)?Random\([^()]*\)|random\.Random\([^()]*\)",
                receiver.strip()):
            return f"{receiver}.{method}"
    return ""


_KEY_QUALIFIERS = frozenset({"api", "secret", "license", "licence", "encryption", "aes", "signing",
                             "private", "session", "access", "auth", "master", "crypto", "hmac",
                             "generate", "gen", "make", "create", "new", "activation", "product",
                             "serial", "enc", "cipher", "shared", "client"})


# Random values that are not secrets: MIME boundaries, temporary names, jitter, sampling,
# colours, trace ids, UUIDs (identifiers, not credentials).
_NOT_SECRET = frozenset({"test", "tests", "mock", "fake", "dummy", "boundary", "multipart",
                         "tempfile", "temp", "tmp", "jitter", "backoff", "retry", "sample",
                         "sampling", "color", "colour", "trace", "tracing", "uuid", "guid"})


def _secret_name(name: str) -> bool:
    """A name that says it holds a secret value; a bare `key` (a sort key, a map key) needs
    a qualifier (`apiKey`, `generate_key`), and tests, boundaries, jitter or UUIDs are not
    secrets."""
    w = set(words(name))
    if w & _NOT_SECRET:
        return False
    if security_named(" ".join(sorted(w - {"key", "keys", "uuid"}))):
        return True
    return bool(w & {"key", "keys"} and w & _KEY_QUALIFIERS)


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
    node = enclosing(call, frozenset(_ASSIGNMENTS) | FUNCTION_KINDS)
    if node is None or node.type in FUNCTION_KINDS:
        return ""
    target = node.child_by_field_name("left") or node.child_by_field_name("name")
    return ctx.node_text(target)


_TEST_PATH = re.compile(r"(?:^|/)(?:tests?|__tests__|testdata|spec)/|(?:^|/)test_[^/]*\.py$|"
                        r"_test\.(?:py|go)$|\.(?:test|spec)\.[jt]sx?$|Tests?\.java$")


def evidence(ctx: FileContext, call: Node) -> Evidence | None:
    if not file_mentions(ctx, "crypto.weak_random", _NEEDLES) or _TEST_PATH.search(ctx.path):
        return None  # test fixtures may draw their tokens from any generator
    name = weak_call(ctx, call)
    if not name:
        return None
    fn = enclosing(call, FUNCTION_KINDS)
    while fn is not None and not function_name(ctx, fn):
        fn = enclosing(fn, FUNCTION_KINDS)
    fn_name = function_name(ctx, fn) if fn is not None else ""
    if set(words(fn_name)) & NON_CRYPTO_WORDS:
        return None
    target = _assigned_to(ctx, call)
    if set(words(fn_name)) & _NOT_SECRET:
        return None
    if _secret_name(target.rsplit(".", 1)[-1]) or _secret_name(fn_name) or (
            fn is not None and _used_for_secret(ctx, fn_name, fn)):
        return Evidence(call, "weakrandom", f"`{name}` producing a secret value")
    return None
