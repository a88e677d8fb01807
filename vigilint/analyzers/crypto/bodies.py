"""What a function named for a crypto operation actually does, and the context of a helper
(secrets, games), shared by the recognisers.

`profile(ctx, fn)` is computed once per function and cached in the file context.
"""

from __future__ import annotations

from dataclasses import dataclass

from tree_sitter import Node

from vigilint.analyzers.context import FileContext
from vigilint.analyzers.crypto.names import (
    BASE64_CALLS,
    CRYPTO_CALL_NAMES,
    KEY_WORDS,
    SECRET_WORDS,
    access_code_named,
    is_crypto_library_call,
)
from vigilint.analyzers.crypto.resolve import imported_roots, resolved_callee
from vigilint.analyzers.crypto.syntax import (
    AUGMENTED_KINDS,
    BINARY_KINDS,
    CALL_KINDS,
    FUNCTION_KINDS,
    function_name,
    last_name,
    operator,
    parameter_names,
    resolved_int,
    walk,
    words,
)

_HAND_CALLS = frozenset({"ord", "chr", "charCodeAt", "fromCharCode", "codePointAt",
                         "fromCodePoint", "translate", "maketrans", "reversed", "reverse",
                         "charAt", "rune", "byte"})
_PLAIN_CALLS = frozenset({"str", "len", "int", "bytes", "bytearray", "list", "range",
                          "enumerate", "zip", "join", "encode", "decode", "format", "map",
                          "append", "String", "Buffer.from", "toString", "split", "getBytes",
                          "hex", "upper", "lower", "isalpha", "isupper", "islower", "push",
                          "length", "make", "string", "Sprintf", "valueOf", "from", "isdigit",
                          "hash", "hashCode", "print", "println", "toUpperCase",
                          "toLowerCase", "substring", "slice", "tuple", "sum", "abs"})
_SIGN_COMPANIONS = frozenset({"message", "msg", "token", "payload", "request", "data", "jwt",
                              "url", "cookie", "body", "webhook", "document", "transaction"})
_PASSWORD_WORDS = frozenset({"password", "passwd", "pwd", "pw", "secret", "token", "pin",
                             "credential", "credentials", "passphrase"})


@dataclass
class Profile:
    name: str
    verb: str  # "encrypt" | "hash-password" | "sign" | "kdf" | ""
    library: bool  # calls an audited library, or delegates to an object's encrypt/sign/...
    base64: bool
    caesar: bool
    hand_work: bool  # XOR, shifts, modular arithmetic on characters, reversal
    unknown_calls: bool  # calls something that is neither plain nor crypto
    secret_context: bool  # the name or parameters say password/secret/token
    body_statements: int


def _verb(name: str, params: list[str]) -> str:
    w = words(name)
    ws = set(w)
    if ws & {"encrypt", "decrypt", "encipher", "decipher", "encryption", "decryption",
             "crypt", "cipher"} and not ws & {"is", "has", "should", "can", "test"}:
        return "encrypt"
    if ("hash" in ws and ws & _PASSWORD_WORDS) or "hashpw" in ws:
        return "hash-password"
    if ws & {"kdf", "pbkdf", "pbkdf2", "hkdf", "scrypt"} or ("derive" in ws and "key" in ws):
        return "kdf"
    if ws & {"hmac"} or ("sign" in ws and not ws & {"in", "up", "out", "on", "off", "assign"}):
        if len(w) > 1 and ws & (_SIGN_COMPANIONS | {"hmac"}):
            return "sign"
        if any(set(words(p)) & (KEY_WORDS | SECRET_WORDS) for p in params):
            return "sign"
    return ""


def profile(ctx: FileContext, fn: Node) -> Profile:
    cache: dict[int, Profile] = ctx.cache.setdefault("crypto.profiles", {})
    found = cache.get(fn.id)
    if found is not None:
        return found
    name = function_name(ctx, fn)
    params = parameter_names(ctx, fn)
    verb = _verb(name, params)
    result = Profile(name=name, verb=verb, library=False, base64=False, caesar=False,
                     hand_work=False, unknown_calls=False,
                     secret_context=bool(set(words(name)) & _PASSWORD_WORDS or any(
                         set(words(p)) & _PASSWORD_WORDS for p in params)),
                     body_statements=0)
    body = fn.child_by_field_name("body")
    if verb and body is not None:
        _scan_body(ctx, body, result)
    cache[fn.id] = result
    return result


def _scan_body(ctx: FileContext, body: Node, result: Profile) -> None:
    roots = imported_roots(ctx)
    result.body_statements = sum(
        1 for c in body.named_children
        if c.type not in ("comment", "line_comment", "block_comment", "pass_statement")
        and not (c.type == "expression_statement" and c.named_children
                 and c.named_children[0].type in ("string", "ellipsis")))
    char_codes = False
    mod26 = False
    for n in walk(body):
        kind = n.type
        if kind in FUNCTION_KINDS:
            continue
        if kind in CALL_KINDS:
            text = resolved_callee(ctx, n)
            last = last_name(text)
            if is_crypto_library_call(text, roots) or ("." in text and last in CRYPTO_CALL_NAMES - BASE64_CALLS):
                result.library = True
            elif last in BASE64_CALLS or (last in ("encode", "toString") and _base64_arg(ctx, n)):
                result.base64 = True
            elif last in _HAND_CALLS:
                result.hand_work = True
                char_codes = True
            elif last not in _PLAIN_CALLS and text not in _PLAIN_CALLS:
                result.unknown_calls = True
        elif kind in BINARY_KINDS or kind in AUGMENTED_KINDS:
            op = operator(ctx, n).rstrip("=") if kind in AUGMENTED_KINDS else operator(ctx, n)
            if op in ("^", "<<", ">>", ">>>", "%"):
                result.hand_work = True
            if op == "%" and resolved_int(ctx, n.child_by_field_name("right")) == 26:
                mod26 = True
        elif kind == "slice" and ctx.node_text(n).replace(" ", "") == "::-1":
            result.hand_work = True
    result.caesar = mod26 and char_codes


def _base64_arg(ctx: FileContext, call: Node) -> bool:
    args = call.child_by_field_name("arguments")
    if args is None:
        return False
    text = ctx.node_text(args).lower()
    return "base64" in text or "rot13" in text or "rot_13" in text


# Plain secrets a toy cipher or a home-made hash may be protecting.
SECRET_PLAINS = frozenset({"password", "passwd", "pwd", "pw", "secret", "secrets", "token",
                           "tokens", "apikey", "api", "credential", "credentials", "pin",
                           "passphrase", "ssn", "card", "refresh", "session", "cookie", "otp",
                           "passcode", "passcodes"})
GAME_WORDS = frozenset({"game", "games", "puzzle", "puzzles", "quiz", "riddle", "clue", "level",
                        "player", "kata", "exercise", "lesson", "homework", "trivia",
                        "cryptogram", "toy", "demo", "spy", "spoiler", "spoilers"})


def _defines(ctx: FileContext) -> list[Node]:
    """The file's named functions (cached): to find the callers of a helper."""
    found = ctx.cache.get("crypto.functions")
    if found is None:
        found = ctx.cache["crypto.functions"] = [
            n for n in walk(ctx.tree.root_node) if n.type in FUNCTION_KINDS
        ] if ctx.tree is not None else []
    return list(found)


def _secret_words(name: str) -> set[str]:
    """The words of a name that say it holds a secret; the "secret word" of a word game
    (`secretWord`, `secret_word`) is an answer to guess, not a credential."""
    found = set(words(name)) & SECRET_PLAINS
    if "word" in words(name):
        found.discard("secret")
    return found


def secret_context(ctx: FileContext, fn: Node) -> bool:
    """The function, or a function of the file that calls it, is named for a secret or takes
    one (`shift_password`, `rotate(c)` called by `saveRefreshToken`)."""
    cache: dict[int, bool] = ctx.cache.setdefault("crypto.secret_context", {})
    if fn.id in cache:
        return cache[fn.id]
    name = function_name(ctx, fn)

    def names_secret(f: Node) -> bool:
        return bool(_secret_words(function_name(ctx, f)) or any(
            _secret_words(p) for p in parameter_names(ctx, f))) or access_code_named(
            function_name(ctx, f))

    found = names_secret(fn)
    if not found and name:
        needle = f"{name}("
        found = any(needle in ctx.node_text(f) and names_secret(f)
                    for f in _defines(ctx) if f.id != fn.id)
    cache[fn.id] = found
    return found


_CREDENTIALS = frozenset({"password", "passwd", "pwd", "apikey", "token", "tokens", "pin",
                          "passphrase", "credential", "credentials", "otp"})


def _names_credential(name: str) -> bool:
    w = set(words(name))
    return bool(w & _CREDENTIALS or {"api", "key"} <= w or ("secret" in w and "word" not in w))


def credential_context(ctx: FileContext, fn: Node) -> bool:
    """The function, or a function of the file that calls it, is named for a credential or
    takes one (a password, an API key, a token, a PIN): stronger than `secret_context`, which
    also counts sessions, cookies and cards."""
    name = function_name(ctx, fn)

    def names_credential(f: Node) -> bool:
        return _names_credential(function_name(ctx, f)) or any(
            _names_credential(p) for p in parameter_names(ctx, f))

    if names_credential(fn):
        return True
    needle = f"{name}("
    return bool(name) and any(needle in ctx.node_text(f) and names_credential(f)
                              for f in _defines(ctx) if f.id != fn.id)


def game_context(ctx: FileContext, fn: Node, by_file: bool = True) -> bool:
    """Games and puzzles: the function, its class or (with `by_file`) the file is named for
    one."""
    names = [function_name(ctx, fn)]
    if by_file:
        names.append(ctx.path.rsplit("/", 1)[-1].rsplit(".", 1)[0])
    parent = fn.parent
    while parent is not None:
        if parent.type in ("class_definition", "class_declaration", "class"):
            names.append(ctx.node_text(parent.child_by_field_name("name")))
        parent = parent.parent
    return any(set(words(n)) & GAME_WORDS for n in names)
