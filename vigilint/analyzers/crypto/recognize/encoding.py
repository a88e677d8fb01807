"""Encodings and toy ciphers presented as protection of secrets (VG-CRYPTO-008): base64/hex/
ROT13 of a plain secret stored under an "encrypted"/"hashed" name, encrypt/hash functions whose
body only encodes, Caesar and Vigenère shifts (modular arithmetic on character codes) over
passwords, tokens and keys, and calls of `caesar`/`vigenere`/`rot13` helpers on secrets. Toy
ciphers in games and puzzles are not evidence."""


from __future__ import annotations

import re
from collections.abc import Iterator

from tree_sitter import Node

from vigilint import lazyre
from vigilint.analyzers.context import FileContext
from vigilint.analyzers.crypto.bodies import (
    credential_context,
    game_context,
    profile,
    secret_context,
)
from vigilint.analyzers.crypto.names import (
    BASE64_CALLS,
    CRYPTO_CALL_NAMES,
    SECRET_WORDS,
    is_crypto_library_call,
)
from vigilint.analyzers.crypto.recognize import Evidence
from vigilint.analyzers.crypto.recognize.handmade import calls_of
from vigilint.analyzers.crypto.resolve import imported_roots, resolved_callee
from vigilint.analyzers.crypto.syntax import (
    BINARY_KINDS,
    CALL_KINDS,
    FUNCTION_KINDS,
    LOOP_KINDS,
    enclosing,
    file_mentions,
    function_name,
    function_nodes,
    last_name,
    nodes_in,
    operands,
    operator,
    parameter_names,
    resolved_int,
    unwrap,
    walk,
    words,
)

_PROTECTED_WORDS = frozenset({"encrypted", "encrypt", "cipher", "ciphertext", "ciphered",
                              "hashed", "protected", "secured", "obfuscated", "enc", "crypted"})
_STEMS = ("encrypt", "cipher", "hash", "protect", "secur", "obfuscat", "enc", "crypt")
_PROTECTED_STEMS = lazyre.compile("|".join(_STEMS))
_TOY_NAMES = ("caesar", "vigenere", "rot13")
_TOY_CIPHERS = frozenset({"caesar", "vigenere", "rot13", "rot", "shift"})
_ASSIGNMENT_KINDS = ("assignment", "variable_declarator", "short_var_declaration",
                     "assignment_expression", "assignment_statement")


_PROCESSED_WORDS = frozenset({"hash", "hashed", "digest", "cipher", "ciphertext", "encrypted",
                              "signature", "sig", "mac", "tag", "derived", "sealed", "salt",
                              "iv", "nonce", "result", "out", "output", "enc", "ct"})
_PLAIN_SECRET_WORDS = (SECRET_WORDS - {"api", "auth", "session", "cookie", "jwt"}) | {
    "apikey", "key", "plaintext", "passphrase", "pw"}


def _encodes_a_secret(ctx: FileContext, value: Node) -> bool:
    """What is encoded is named as a plain secret (not as something already hashed or
    encrypted elsewhere)."""
    names = [ctx.node_text(n) for n in walk(value)
             if n.type in ("identifier", "property_identifier", "field_identifier")]
    name_words = [set(words(n)) for n in names]
    if any(w & _PROCESSED_WORDS for w in name_words):
        return False
    return any(w & _PLAIN_SECRET_WORDS for w in name_words)


def _encoding_only(ctx: FileContext, value: Node) -> bool:
    """The value is base64/hex/ROT13 of something, with no cipher or hash call inside."""
    roots = imported_roots(ctx)
    encoded = False
    for n in walk(value):
        if n.type not in CALL_KINDS:
            continue
        text = resolved_callee(ctx, n)
        last = last_name(text)
        if last in BASE64_CALLS:
            encoded = True
            continue
        if last in ("encode", "toString", "from"):
            args = n.child_by_field_name("arguments")
            arg_text = ctx.node_text(args).lower() if args is not None else ""
            if any(w in arg_text for w in ("base64", "rot13", "rot_13", "'hex'", '"hex"')):
                encoded = True
            continue
        if (is_crypto_library_call(text, roots) and not text.startswith("base64")) \
                or last in CRYPTO_CALL_NAMES - BASE64_CALLS - {"from"}:
            return False
        if set(words(last)) & {"encrypt", "hash", "sign", "digest", "cipher", "seal"}:
            return False
    return encoded


_ALPHABET_SIZES = frozenset({26, 52, 62, 94, 95})
# A digit's value: `c - '0'`, `ord(c) - 48`, `int(d)`, `parseInt(d, 10)`, `Number(ch)`.
_DIGIT_CODE = lazyre.compile(r"-\s*(?:'0'|48\b)|\b(?:int|parseInt|Number|Character\.getNumericValue|"
                             r"Character\.digit)\(\s*\w+(?:\[\s*\w+\s*\])?\s*(?:,\s*10\s*)?\)")
# The key indexed cyclically: `key[i % len(key)]`, `key.charAt(i % key.length())`,
# `key.charCodeAt(i % key.length)`.
_KEY_INDEX = lazyre.compile(r"[\[(]\s*\w+\s*(?:\+\+\s*)?%\s*(len\(|\w+\.length\b|\w+\.size\(\)|len\s*\()|"
                           r"\bcycle\(\s*\w+")


# A parameter whose default is a word (`word: str = "MARIONETTE"`, `key = 'LOFT'`): a fixed key.
_LITERAL_DEFAULT = lazyre.compile(r"=\s{0,4}['\"][A-Za-z]{3,40}['\"]")
# Letters moved modulo 26 and digits modulo 10 in one function: a code or an identity
# document's number scrambled whole (a quiz moves letters only).
_ALNUM_SHIFT = (lazyre.compile(r"%\s{0,4}26\b"), lazyre.compile(r"%\s{0,4}10\b"))


def _replaced_at_rest(ctx: FileContext, fn: Node) -> bool:
    """A call of `fn` replaces a field by the shifted value of that same field (`{ account:
    turnDigits(account, 7) }`, `row.iban = shift(row.iban)`, `rec["phone"] = rot(phone)`): the
    data is kept transformed, a cipher at rest, whatever the data is called."""
    name = function_name(ctx, fn)
    if not name or not re.fullmatch(r"[A-Za-z_]\w{0,60}", name):
        return False
    for call in calls_of(ctx).get(name, ()):
        if fn.start_byte <= call.start_byte < fn.end_byte:
            continue
        args = call.child_by_field_name("arguments")
        first = next((a for a in args.named_children if a.type != "comment"), None) \
            if args is not None else None
        arg = ctx.node_text(first).rsplit(".", 1)[-1] if first is not None else ""
        if not re.fullmatch(r"[A-Za-z_]\w{0,60}", arg):
            continue
        line_start = ctx.source.rfind(b"\n", 0, call.start_byte) + 1
        before = ctx.source[line_start:call.start_byte].decode("utf-8", "replace")
        if re.search(rf"\b{re.escape(arg)}['\"]?\]?\s{{0,4}}(?::|=(?!=))\s{{0,4}}"
                     rf"(?:this\.|self\.)?$", before):
            return True
    return False


# A repeating key read cyclically: `LOFT_WORD.charCodeAt(k++ % LOFT_WORD.length)`,
# `hiveWord[i%len(hiveWord)]`.
_CYCLIC_READ = lazyre.compile(r"\b([A-Za-z_]\w{0,40})\s{0,4}(?:\[|\.(?:charAt|charCodeAt|codePointAt)\()"
                              r"\s{0,4}\w{1,20}\s{0,4}(?:\+\+\s{0,4})?%")


def _constant_key(ctx: FileContext, text: str) -> bool:
    """The key read cyclically is a constant of the code: an upper-case name, or one the file
    declares constant with a word for its value (`const hiveWord = "QUEEN"`, `static final
    String plotWord = "MARROW"`)."""
    for name in dict.fromkeys(_CYCLIC_READ.findall(text)):
        if re.fullmatch(r"[A-Z][A-Z0-9_]{2,40}", name):
            return True
        if re.search(rf"\b(?:const|final)\s{{1,4}}(?:[\w<>]{{1,30}}\s{{1,4}})?{re.escape(name)}\s{{0,4}}"
                     rf"(?::\s{{0,4}}\w{{1,20}}\s{{0,4}})?=\s{{0,4}}['\"`][A-Za-z]{{3,40}}['\"`]", ctx.text):
            return True
    return False


def _check_assignment(ctx: FileContext, node: Node) -> Evidence | None:
    target = node.child_by_field_name("left") or node.child_by_field_name("name")
    value = node.child_by_field_name("right") or node.child_by_field_name("value")
    if target is None or value is None:
        return None
    if not set(words(ctx.node_text(target).rsplit(".", 1)[-1])) & _PROTECTED_WORDS:
        return None
    value = unwrap(value)
    if value is None or not _encoding_only(ctx, value) or not _encodes_a_secret(ctx, value):
        return None
    return Evidence(node, "encoding", "a secret encoded (base64/hex/ROT13) and called protected")


_CODECS = frozenset({"codecs.encode", "codecs.decode"})


def _check_call(ctx: FileContext, call: Node) -> Evidence | None:
    function = call.child_by_field_name("function") or call.child_by_field_name("name")
    if function is None:
        return None
    if not file_mentions(ctx, "crypto.toy_cipher_names", _TOY_NAMES, lower=True):
        return None  # per file: no callee spelled with one of them
    if ctx.language == "python" and resolved_callee(ctx, call) in _CODECS:
        # `codecs.encode(password, "rot13")`: the library's ROT13 over a secret
        args = call.child_by_field_name("arguments")
        items = [a for a in args.named_children if a.type != "comment"] if args else []
        if len(items) >= 2 and re.fullmatch(r"['\"]rot[_-]?13['\"]", ctx.node_text(
                items[1]).lower()) and set(words(ctx.node_text(items[0]))) & (
                    SECRET_WORDS - {"api", "private", "auth"}):
            return Evidence(call, "caesar", "ROT13 (`codecs`) applied to a secret")
        return None
    spelled = ctx.node_text(function).lower()
    if not any(t in spelled for t in _TOY_NAMES):
        return None  # cheap test before resolving imports
    name = last_name(resolved_callee(ctx, call))
    if not set(words(name)) & _TOY_CIPHERS - {"shift", "rot"} and name.lower() not in (
            "rot13", "caesar", "vigenere"):
        return None
    args = call.child_by_field_name("arguments")
    if args is None:
        return None
    for arg in args.named_children:
        if set(words(ctx.node_text(arg))) & (SECRET_WORDS - {"api", "private", "auth"}):
            return Evidence(call, "caesar", f"`{name}` applied to a secret")
    return None


def _shift(ctx: FileContext, fn: Node) -> Evidence | None:
    """`(ord(c) - base + shift) % 26`: a letter shift; with a cyclically indexed key, Vigenère.
    The modulus may be a named constant of the module or class (`% PRINTABLE_SPAN`)."""
    body = fn.child_by_field_name("body")
    if body is None or b"%" not in ctx.source[body.start_byte:body.end_byte]:
        return None
    codes: set[str] | None = None
    for n, left, right in _modulos(ctx, body):
        size = resolved_int(ctx, right) if left is not None and right is not None else None
        if size is None and right is not None and right.type == "identifier":
            # `span = 10 if ch.isdigit() else 26` then `% span`: letters or digits
            chosen = re.search(rf"\b{re.escape(ctx.node_text(right))}\s{{0,4}}:?=(?!=)"
                               rf"[^\n;]{{0,80}}\b(26|52)\b", ctx.node_text(body))
            size = int(chosen.group(1)) if chosen is not None else None
        text = ctx.node_text(left) if left is not None else ""
        digit = size == 10 and _DIGIT_CODE.search(text) is not None
        # a position in an alphabet of the code's own (`(ABC.indexOf(c) + k) % ABC.length`,
        # `(alphabet.index(ch) + shift) % len(alphabet)`), whatever its size
        position = _ALPHABET_POSITION.search(text)
        own = position is not None and right is not None and (
            (size is not None and size in _ALPHABET_SIZES | {36, 64}) or (
                size is not None and size == _literal_length(ctx, body, position.group(1))
            ) or re.fullmatch(
                rf"\s*(?:{re.escape(position.group(1))}\.length|len\(\s*"
                rf"{re.escape(position.group(1))}\s*\))\s*", ctx.node_text(right)) is not None)
        if not own and right is not None and "=" in ctx.node_text(body):
            # the position held in a local first (`const i = ABC.indexOf(c)` then
            # `ABC[(i + k) % ABC.length]`), modulo that alphabet's length
            right_text = ctx.node_text(right)
            used_here = set(re.findall(r"[A-Za-z_]\w*", text))
            for local, alphabet in _position_sources(ctx.node_text(body)).items():
                if local not in used_here:
                    continue
                a = re.escape(alphabet)
                if re.fullmatch(rf"\s*(?:{a}\.length|len\(\s*{a}\s*\))\s*", right_text) or (
                        size is not None and size == _literal_length(ctx, body, alphabet)):
                    own = True
                    break
        if not own and size in _ALPHABET_SIZES and "*" in text:
            # an affine map of a position held in a local (`x = ALPHA.indexOf(ch)` then
            # `ALPHA[(5 * x + 8) % 26]`)
            own = bool(set(re.findall(r"[A-Za-z_]\w*", text)) & _position_names(
                ctx.node_text(body)))
        if size not in _ALPHABET_SIZES and not digit and not own:
            continue  # letters, printable ASCII, or the digits of a PIN (`c - '0'`)
        if codes is None:
            codes = _char_code_names(ctx.node_text(body))
        if not digit and not own and not _CHAR_CODE.search(text) and \
                not re.search(r"\b(c|ch|r|char|code)\s*-", text) \
                and not set(re.findall(r"[A-Za-z_]\w*", text)) & codes:
            continue
        if "+" not in text and "-" not in text:
            continue
        keyed = _KEY_INDEX.search(ctx.node_text(body)) is not None
        # A shift that needs no word for what it protects: a repeating key the code keeps as a
        # constant (`CADDIE_WORD.charAt(i % CADDIE_WORD.length())`), a function named for the
        # cipher with a fixed default key, letters and digits moved alike (a gate code or an
        # identity document's number scrambled), or a value a caller puts back in place of
        # itself (`{ account: turnDigits(account, 7) }`); a game's or a puzzle's stays clean
        # (judged by the named function around a callback).
        around: Node | None = fn
        while around is not None and not function_name(ctx, around):
            around = enclosing(around, FUNCTION_KINDS)
        named = around or fn
        named_text = ctx.node_text(named)
        # (an increment by one rolls a serial or a plate over, it hides nothing)
        stepped = re.search(r"\+\s{0,4}1\s{0,4}\)?\s{0,4}$", text) is not None
        plain = not stepped and (_constant_key(ctx, named_text) or (
            bool(set(words(function_name(ctx, named))) & {"vigenere", "caesar", "atbash"}) and
            _LITERAL_DEFAULT.search(ctx.node_text(named.child_by_field_name("parameters")))
            is not None) or (
            _ALNUM_SHIFT[0].search(named_text) is not None and _ALNUM_SHIFT[1].search(
                named_text) is not None and _DIGIT_CODE.search(named_text) is not None) or
            _replaced_at_rest(ctx, named))
        if not (plain or _protects(ctx, fn)) or (game_context(ctx, named) and not (
                credential_context(ctx, fn) and not game_context(ctx, named, by_file=False))):
            return None  # a game's cipher, unless it hides a credential (a game's API key)
        if keyed:
            return Evidence(n, "vigenere", "a Vigenère shift of each character by a repeating key")
        return Evidence(n, "caesar", "a Caesar shift of each character")
    return None


def _modulos(ctx: FileContext, body: Node) -> Iterator[tuple[Node, Node | None, Node | None]]:
    """The reductions of a body: `a % n`, and Java's `Math.floorMod(a, n)` (a modulo that
    stays positive: the shift that also goes backwards)."""
    for n in nodes_in(ctx, body, BINARY_KINDS | _FLOOR_MOD_KINDS):
        if n.type in BINARY_KINDS:
            if operator(ctx, n) == "%":
                left, right = (unwrap(x) for x in operands(n))
                yield n, left, right
            continue
        if not ctx.node_text(n).startswith(("Math.floorMod(", "floorMod(")):
            continue
        args = n.child_by_field_name("arguments")
        values = [a for a in args.named_children if a.type != "comment"] if args is not None \
            else []
        if len(values) == 2:
            yield n, unwrap(values[0]), unwrap(values[1])


_FLOOR_MOD_KINDS = frozenset({"method_invocation"})


# A character code: `ord(c)`, `s.charCodeAt(i)`, `s.charAt(i)`, a char literal, Go `int(s[i])`.
_CHAR_CODE = lazyre.compile(r"\bord\(|\.charCodeAt\(|\.codePointAt\(|\.charAt\(|'[aA ]'|"
                        r"\b(?:int|rune|byte)\(\s*\w+\[")
_ASSIGNED = lazyre.compile(r"\b([A-Za-z_]\w*)\s*:?=(?!=)([^;\n]*)")


_ALPHABET_POSITION = lazyre.compile(r"\b([A-Za-z_][\w.]{0,60}?)\.(?:indexOf|index|find|search)\(\s*\w+")


# `DIGITS = "0123456789"`, `const set = 'abc...'`: a name bound to a string literal.
_STRING_BINDING = r"\b{}\s{{0,4}}(?::[^=\n]{{0,40}})?:?=\s{{0,4}}['\"]([^'\"\n]{{2,95}})['\"]"


def _literal_length(ctx: FileContext, body: Node, name: str) -> int | None:
    """The length of the string literal `name` is bound to in the function or the file (the
    alphabet a position was looked up in), None if it is not one."""
    if not re.fullmatch(r"[A-Za-z_]\w{0,60}", name):
        return None
    pattern = _STRING_BINDING.format(re.escape(name))
    for text in (ctx.node_text(body), ctx.text):
        bound = re.search(pattern, text)
        if bound is not None:
            return len(bound.group(1))
    return None


def _position_names(body: str) -> set[str]:
    """Locals assigned a position in an alphabet (`const x = ALPHA.indexOf(ch)`)."""
    return {name for name, value in _ASSIGNED.findall(body)
            if _ALPHABET_POSITION.search(value)}


def _position_sources(body: str) -> dict[str, str]:
    """Locals assigned a position in an alphabet, with the alphabet (`i` -> `ABC` of
    `const i = ABC.indexOf(ch)`)."""
    out: dict[str, str] = {}
    for name, value in _ASSIGNED.findall(body):
        position = _ALPHABET_POSITION.search(value)
        if position is not None:
            out[name] = position.group(1)
    return out


def _char_code_names(body: str) -> set[str]:
    """Local names assigned a character code (`int c = password.charAt(i) - START;`,
    `shift := int(key[i%len(key)]) - first`)."""
    return {name for name, value in _ASSIGNED.findall(body) if _CHAR_CODE.search(value)}


def _check_function(ctx: FileContext, fn: Node) -> Evidence | list[Evidence] | None:
    p = profile(ctx, fn)
    if p.verb in ("encrypt", "hash-password") and not p.library and p.base64 and \
            not p.hand_work and not p.unknown_calls:
        return Evidence(fn.child_by_field_name("name") or fn, "encoding",
                        "an encrypt/hash function whose body only encodes")
    return _shift(ctx, fn) or _plain_shift(ctx, fn) or _rotated_table(ctx, fn) or \
        _substitution(ctx, fn) or _transposition(ctx, fn) or _keyword_columns(ctx, fn) or \
        _precomputed_table(ctx, fn)


# A letter shifted modulo the alphabet: `(c - 'a' + 7) % 26`, `(ord(c) - 97 + k) % 26`.
_TABLE_SHIFT = lazyre.compile(r"-\s{0,4}(?:'[aA]'|\b(?:97|65)\b|ord\(\s{0,4}['\"][aA]['\"]\s{0,4}\))"
                              r"[^%;\n]{0,40}%\s{0,4}26\b")
# The table filled: `T[c] = ...`, `T.put(...)`, `T.set(...)`, `T = {c: ... for c in ...}`.
_TABLE_FILLED = lazyre.compile(r"\b([A-Za-z_]\w{0,60})\s{0,4}(?:\[[^\]\n]{1,80}\]\s{0,4}=(?!=)|"
                               r"\.(?:put|set)\(|=\s{0,4}\{[^{}\n]{0,80}\bfor\b)")
# A pair of alphabets read at the same position into a table: `T.put(a.charAt(i), b.charAt(i))`.
_PAIRED_PUT = lazyre.compile(r"\.(?:put|set)\(\s{0,4}(\w{1,60})(?:\.charAt\(|\[)\s{0,4}(\w{1,20})"
                             r"\s{0,4}[\])]{1,2}\s{0,4},\s{0,4}(\w{1,60})(?:\.charAt\(|\[)\s{0,4}\2\b")
_DECLARATION_PARENTS = frozenset({"module", "program", "source_file", "class_body",
                                  "declaration_list", "block"})


def _table_statements(ctx: FileContext) -> list[Node]:
    """Statements at the top of the module or of a class body (a Java `static { }` block, a
    top-level loop), and the bodies of Go `init` functions, that are not definitions."""
    root = ctx.tree.root_node if ctx.tree is not None else None
    if root is None:
        return []
    out: list[Node] = []
    containers = [root] + [n for n in walk(root) if n.type in ("class_body",) or (
        n.type == "block" and n.parent is not None and n.parent.type == "class_definition")]
    for container in containers:
        for statement in container.named_children:
            if statement.type in FUNCTION_KINDS | _CLASS_NODE_KINDS | {
                    "method_declaration", "constructor_declaration", "function_declaration",
                    "decorated_definition", "comment"}:
                if statement.type == "function_declaration" and function_name(
                        ctx, statement) == "init":
                    out.append(statement)  # Go: `func init() { ... }` fills package tables
                continue
            out.append(statement)
    return out


def _shift_tables(ctx: FileContext) -> dict[str, Node]:
    """Tables the module or a class fills once with each letter shifted (`SHIFTED[c] = (char)
    ((c - 'a' + 7) % 26 + 'a')` in a `static` block, `_ROT = {c: chr((ord(c) - 97 + 5) % 26 +
    97) for c in ...}`) or mapped to the same position of a permuted alphabet
    (`SWAP.put(plain.charAt(i), mixed.charAt(i))`), each with the statement that fills it
    (cached)."""
    found: dict[str, Node] | None = ctx.cache.get("crypto.shift_tables")
    if found is not None:
        return found
    found = {}
    if b"26" in ctx.source or b"put(" in ctx.source or b"set(" in ctx.source:
        alphabets: dict[str, str] | None = None
        for statement in _table_statements(ctx):
            text = ctx.node_text(statement)
            shifted = _TABLE_SHIFT.search(text) is not None
            if not shifted and _PAIRED_PUT.search(text) is not None:
                if alphabets is None:
                    alphabets = dict(_LETTERS.findall(ctx.text))
                    alphabets.update((a, b) for a, b in re.findall(
                        r"\b([A-Za-z_]\w{0,60})\s{0,4}=\s{0,4}\"([A-Za-z]{26})\"", text))
                for m in _PAIRED_PUT.finditer(text):
                    a, b = alphabets.get(m.group(1), ""), alphabets.get(m.group(3), "")
                    if a and b and a != b and sorted(a.lower()) == sorted(b.lower()):
                        shifted = True
            if not shifted:
                continue
            filled = _TABLE_FILLED.search(text)
            if filled is not None and filled.group(1) not in ("self", "this"):
                found[filled.group(1)] = statement
    ctx.cache["crypto.shift_tables"] = found
    return found


def _precomputed_table(ctx: FileContext, fn: Node) -> list[Evidence] | None:
    """A secret translated letter by letter through a table the module filled with shifted
    or substituted letters (`SHIFTED[c]`, `SWAP.getOrDefault(c, c)`, `_ROT.get(ch, ch)`): a
    Caesar or substitution cipher computed ahead of time (the table's statement is where the
    implementation starts)."""
    tables = _shift_tables(ctx)
    body = fn.child_by_field_name("body")
    if not tables or body is None:
        return None
    text = ctx.node_text(body)
    for name, statement in tables.items():
        if statement.start_byte <= fn.start_byte < statement.end_byte:
            continue
        read = re.search(rf"\b{re.escape(name)}\s{{0,4}}(?:\[|\.(?:get|getOrDefault)\()", text)
        if read is None:
            continue
        if game_context(ctx, fn) or not (_protects(ctx, fn) or _applied_to_secret(ctx, fn)):
            return None
        at = body.start_byte + len(text[:read.start()].encode("utf-8"))
        lookup = next((n for n in reversed(list(walk(body))) if n.start_byte <= at < n.end_byte
                       and n.type in _LOOKUP_KINDS | CALL_KINDS | {"array_access"}), body)
        return [Evidence(lookup, "caesar", "each letter replaced through a table of shifted or "
                                           "substituted letters filled ahead of time"),
                Evidence(statement, "caesar", ROTATED_ALPHABET)]
    return None


# The columns put in the order of a keyword's sorted letters: `[...keyword].map((ch, i) =>
# [ch, i]).sort(...)`, `sorted(range(len(key)), key=lambda i: key[i])`, `sorted(enumerate(
# key))`, `key.split('').map(...).sort(...)`, `key.toCharArray()` then `Arrays.sort`.
_KEYWORD_ORDER = lazyre.compile(
    r"(?:\[\s{0,4}\.\.\.\s{0,4}\w{1,40}\s{0,4}\]|\w{1,40}\.split\(\s{0,4}['\"]{2}\s{0,4}\)|"
    r"\w{1,40}\.toCharArray\(\s{0,4}\))[^;\n]{0,160}\.sort\(|"
    r"\bsorted\(\s{0,4}(?:range\(\s{0,4}len\(\s{0,4}\w{1,40}\s{0,4}\)\s{0,4}\)|enumerate\()|"
    r"\bsort\([^;\n]{0,120}(?:::charAt|\.charAt\()")
# A grid cell read row-major by a computed index (`grid[r * cols + col]`) or by two
# (`grid[r][col]`).
_GRID_CELL = lazyre.compile(r"\[\s{0,4}\w{1,40}\s{0,4}\*\s{0,4}\w{1,40}\s{0,4}\+\s{0,4}\w{1,40}"
                            r"\s{0,4}\]|\[\s{0,4}\w{1,40}\s{0,4}\]\s{0,4}\[\s{0,4}\w{1,40}\s{0,4}\]")


# A loop that starts at a column and strides by the number of columns.
_COLUMN_STRIDE = lazyre.compile(r"\brange\(\s{0,4}\w{1,40}\s{0,4},\s{0,4}len\([^()\n]{1,60}\)\s{0,4},"
                                r"\s{0,4}\w{1,40}\s{0,4}\)|\b(\w{1,40})\s{0,4}:?=\s{0,4}\w{1,40}\s{0,4};"
                                r"[^;\n]{1,80};\s{0,4}\1\s{0,4}\+=\s{0,4}[A-Za-z_]\w{0,40}")
_SHIFT_MODULUS = lazyre.compile(r"%\s{0,4}(?:26|10)\b")


def _keyword_columns(ctx: FileContext, fn: Node) -> Evidence | None:
    """A keyed columnar transposition over a secret: the columns ordered by a keyword's
    sorted letters and the grid read out column by column (in loops or `map`/`Array.from`
    callbacks), in a function that handles a secret or personal data or is applied to one."""
    body = fn.child_by_field_name("body")
    if body is None:
        return None
    text = ctx.node_text(body)
    if "sort" not in text or "[" not in text:
        return None
    order = _KEYWORD_ORDER.search(text)
    if order is None:
        return None
    if _GRID_CELL.search(text) is not None and "join" in text:
        if _CHAR_CODE.search(text):
            return None  # arithmetic on characters: a shift, seen elsewhere
    elif _COLUMN_STRIDE.search(text) is None or _JOINED.search(text) is None or \
            _SHIFT_MODULUS.search(text) is not None:
        # (or no grid at all: each column read off the text by striding over it, `for (i =
        # col; i < s.length(); i += cols)`, `range(col, len(s), cols)`)
        return None
    if game_context(ctx, fn) or not (_protects(ctx, fn) or _applied_to_secret(ctx, fn)):
        return None
    at = body.start_byte + len(text[:order.start()].encode("utf-8"))
    found = next((n for n in reversed(list(walk(body))) if n.start_byte <= at < n.end_byte
                  and n.type in _STATEMENT_KINDS), body)
    return Evidence(found, "transposition", "the columns ordered by a keyword and the text read "
                                            "out column by column (a columnar transposition)")


# Characters moved between rows and columns: `rows[r] += ch` (rail fence), `out += row[c]`
# (read by column), `grid[c].append(ch)`.
_TO_ROW = lazyre.compile(r"\b\w{1,40}\[\s{0,4}([A-Za-z_]\w{0,40})\s{0,4}\]\s{0,4}\+=\s{0,4}"
                         r"(\w{1,40})\s{0,4}[;\n}]|"
                         r"\b\w{1,40}\[\s{0,4}([A-Za-z_]\w{0,40})\s{0,4}\]\.(?:append|push)\("
                         r"\s{0,4}(\w{1,40})\s{0,4}\)")
_FROM_COLUMN = lazyre.compile(r"\b\w{1,40}\s{0,4}\+=\s{0,4}(\w{1,40})\[\s{0,4}([A-Za-z_]\w{0,40})"
                              r"\s{0,4}\]\s{0,4}[;\n}]")
# Every match of `_TO_ROW` holds a match of the first, every match of `_FROM_COLUMN` one of
# the second (a literal first character: fast searches; the full ones try every word).
_TO_ROW_TAIL = lazyre.compile(r"\]\s{0,4}(?:\+=|\.(?:append|push)\()")
_FROM_COLUMN_TAIL = lazyre.compile(r"\+=\s{0,4}\w{1,40}\[")
# The string built is returned: `rows.join("")`, `"".join(...)`, `return out` / `sb.toString()`.
_JOINED = lazyre.compile(r"\.join\(|\breturn\s{1,4}\w{1,40}\s{0,4}(?:[;\n}]|\Z)|\.toString\(\)")


_STATEMENT_KINDS = frozenset(_ASSIGNMENT_KINDS) | CALL_KINDS | {"augmented_assignment",
                                                              "expression_statement"}


def _steps_rows(text: str, index: str) -> bool:
    """The row written to is chosen by an index the loop steps (`r += dir`, `r = (r + 1) %
    rails`, `i % columns`), not a fixed or named slot (`result[-1]`, `groups[name]`)."""
    i = re.escape(index)
    return re.search(rf"(?<![\w.]){i}\s{{0,4}}(?:\+=|-=|\+\+|--|=\s{{0,4}}\(?\s{{0,4}}{i}\s{{0,4}}[-+])",
                     text) is not None


def _loop_bound(text: str, index: str) -> bool:
    """`c` of `for (let c = 0; ...)`, `for c in range(...)`, `for (int c = 0; ...)`."""
    i = re.escape(index)
    return re.search(rf"\bfor\s{{0,4}}\(?\s{{0,4}}(?:let\s|var\s|int\s|const\s)?\s{{0,4}}{i}\b",
                     text) is not None


def _over_characters(ctx: FileContext, fn: Node, text: str, value: str) -> bool:
    """The value moved is a character of a parameter (`for (const ch of text)`, `for ch in
    secret`, `text[i]`) or a row cut from one (`secret.slice(i, i + n)`)."""
    v = re.escape(value)
    for param in parameter_names(ctx, fn):
        q = re.escape(param)
        if re.search(rf"\bfor\s{{0,4}}\(?\s{{0,4}}(?:const\s|let\s|var\s|char\s)?\s{{0,4}}{v}\s{{0,4}}"
                     rf"(?:of|in|:)\s{{0,4}}{q}\b", text) or re.search(
                         rf"(?<![\w.]){v}\s{{0,4}}=\s{{0,4}}{q}\s{{0,4}}\[", text) or re.search(
                         rf"(?<![\w.]){q}\.(?:slice|substring|substr)\(|"
                         rf"(?<![\w.]){q}\[\s{{0,4}}\w{{1,40}}\s{{0,4}}:", text):
            return True
    return False


def _transposition(ctx: FileContext, fn: Node) -> Evidence | None:
    """A transposition over a secret: the characters of a parameter written into rows and
    read back by column (columnar, rail fence), with no arithmetic on character codes, in a
    function whose calls hand it a secret or that takes one."""
    body = fn.child_by_field_name("body")
    if body is None:
        return None
    source = ctx.source[body.start_byte:body.end_byte]
    if b"+=" not in source and b".append(" not in source and b".push(" not in source:
        return None  # cheap test first: nothing is appended
    text = ctx.node_text(body)
    # every match of `_TO_ROW` holds `].append(`, `].push(` or `]` and `+=`, every match of
    # `_FROM_COLUMN` `]` and `+=`: tested first (the searches try every word)
    if "].append(" not in text and "].push(" not in text and (
            "+=" not in text or "]" not in text):
        return None
    to_row = _TO_ROW.search(text) if _TO_ROW_TAIL.search(text) else None
    from_column = _FROM_COLUMN.search(text) if _FROM_COLUMN_TAIL.search(text) else None
    if to_row is None and from_column is None:
        return None
    if _CHAR_CODE.search(text) or re.search(r"%\s*(?:26|52|62|95)\b", text):
        return None  # a shift, not a transposition
    loops = [n for n in walk(body) if n.type in LOOP_KINDS]
    if not loops:
        return None
    ids = {loop.id for loop in loops}
    nested = any((outer := enclosing(n, LOOP_KINDS)) is not None and outer.id in ids
                 for n in loops)
    seen = to_row if to_row and (nested or ".join(" in text) and _steps_rows(
        text, to_row.group(1) or to_row.group(3)) and _over_characters(
            ctx, fn, text, to_row.group(2) or to_row.group(4)) else \
        from_column if from_column and nested and _loop_bound(
            text, from_column.group(2)) and _over_characters(
                ctx, fn, text, from_column.group(1)) else None
    if seen is None or not _JOINED.search(text):
        return None
    if game_context(ctx, fn) or not (secret_context(ctx, fn) or _applied_to_secret(ctx, fn)):
        return None
    at = body.start_byte + len(text[:seen.start()].encode("utf-8"))
    found = next((n for n in reversed(list(walk(body))) if n.start_byte <= at < n.end_byte
                  and n.type in _STATEMENT_KINDS), body)
    return Evidence(found, "transposition", "the characters written into rows and read back "
                                            "by column (a transposition cipher)")


# Atbash: each letter mirrored in the alphabet (`ord('z') - (ord(c) - ord('a'))`).
# The last symbol of an alphabet (z, Z, or the digit 9) minus the character's position:
# letters or the digits of a number mirrored (`'9' - (r - '0')` in Go or Java).
_ATBASH = lazyre.compile(r"(?:ord\(\s*['\"][zZ9]['\"]\s*\)|['\"][zZ9]['\"]\.charCodeAt\(\s*0?\s*\)|"
                         r"'[zZ9]'|\b(?:122|90|57)\b)\s*-\s*\(\s*(?:ord\(|\w{1,40}\.charCodeAt\(|"
                         r"\w{1,40}\s*-)|"
                         # the same mirror the other way round: `'a' + ('z' - c)`
                         r"(?:ord\(\s*['\"][aA0]['\"]\s*\)|'[aA0]'|\b(?:97|65|48)\b)\s*\+\s*"
                         r"\(\s*(?:ord\(\s*['\"][zZ9]['\"]\s*\)|'[zZ9]'|\b(?:122|90|57)\b)\s*-\s*"
                         r"(?:ord\(|\w{1,40}\.charCodeAt\(|\(\w{1,20}\)\s*)?\w")
# Every match of `_ATBASH` holds this (a literal first character: a fast search).
_ATBASH_TAIL = lazyre.compile(r"[-+]\s*\(")
# Every match of `_LETTERS` holds a match of this (a literal first character: fast).
_LETTERS_TAIL = lazyre.compile(r"=\s*['\"][A-Za-z0-9]{20}")
_LETTERS = lazyre.compile(r"\b([A-Za-z_]\w{0,60})\s*(?::[^=\n]{0,40})?=\s*['\"]([A-Za-z0-9]{20,95})['\"]")


_LOOKUP_KINDS = frozenset({"subscript", "subscript_expression", "index_expression"})
_TABLE_START = lazyre.compile(r"\b([A-Za-z_]\w{0,60})\s*(?::[^=\n]{0,60})?=\s*\{")
_CHAR_PAIR = lazyre.compile(r"['\"]?\b([A-Za-z0-9])\b['\"]?\s*:\s*['\"]([A-Za-z0-9])['\"]")
# Every match of `_CHAR_PAIR` ends with a match of this (a literal first character: fast).
_PAIR_TAIL = lazyre.compile(r":\s*['\"][A-Za-z0-9]['\"]")


_BINDING = lazyre.compile(r"\b([A-Za-z_]\w{0,60})\s{0,4}(?::[^=\n]{0,60})?=(?!=)([^\n]{0,300})")


def _paired_maps(ctx: FileContext, alphabets: dict[str, str]) -> set[str]:
    """Names the file binds, on one line, to a value built from two alphabets that are
    permutations of each other (`ENC = dict(zip(PLAIN, MIXED))`, a `Map` of the pairs)."""
    cached: set[str] | None = ctx.cache.get("crypto.paired_maps")
    if cached is None:
        cached = set()
        if len(alphabets) >= 2:
            for name, value in _BINDING.findall(ctx.text):
                present = [a for a in alphabets if a != name and re.search(
                    rf"\b{re.escape(a)}\b", value)]
                if any(a != b and alphabets[a] != alphabets[b] and
                       sorted(alphabets[a]) == sorted(alphabets[b])
                       for a in present for b in present):
                    cached.add(name)
        ctx.cache["crypto.paired_maps"] = cached
    return set(cached)


def _substitution_tables(ctx: FileContext) -> set[str]:
    """Names of dict/object literals that map at least 20 letters or digits each to another
    of the same set (`SUBST = {a: 'q', b: 'w', ...}`): a substitution alphabet."""
    cached = ctx.cache.get("crypto.substitution_tables")
    if cached is None:
        cached = set()
        pairs_seen = "{" in ctx.text and _PAIR_TAIL.search(ctx.text) is not None and \
            _CHAR_PAIR.search(ctx.text) is not None
        for match in _TABLE_START.finditer(ctx.text) if pairs_seen else ():
            end = ctx.text.find("}", match.end(), match.end() + 2000)
            literal = ctx.text[match.end():end if end >= 0 else match.end() + 2000]
            pairs = _CHAR_PAIR.findall(literal[:2000])
            keys, values = [k for k, _ in pairs], [v for _, v in pairs]
            if len(pairs) >= 20 and sorted(keys) == sorted(values) and keys != values:
                cached.add(match.group(1))
        ctx.cache["crypto.substitution_tables"] = cached
    return set(cached)


def _substitution(ctx: FileContext, fn: Node) -> Evidence | None:
    """A monoalphabetic substitution over a secret: a character looked up in one alphabet and
    replaced by the same position of a permuted one (`KEYED[PLAIN.indexOf(c)]`,
    `str.maketrans(PLAIN, KEYED)`), or Atbash (each letter mirrored), in a function that
    handles a secret or whose calls hand it one."""
    body = fn.child_by_field_name("body")
    if body is None:
        return None
    text = ctx.node_text(body)
    atbash = _ATBASH.search(text) if _ATBASH_TAIL.search(text) else None
    found: Node | None = None
    atbash_table: Node | None = None
    keyed_table = False
    if atbash is None:
        alphabets = ctx.cache.get("crypto.alphabets")
        if alphabets is None:
            alphabets = ctx.cache["crypto.alphabets"] = {
                name: value for name, value in _LETTERS.findall(ctx.text)
            } if _LETTERS_TAIL.search(ctx.text) else {}
        used = [n for n in alphabets if re.search(rf"\b{re.escape(n)}\b", text)]
        pair = any(a != b and alphabets[a] != alphabets[b] and
                   sorted(alphabets[a]) == sorted(alphabets[b]) for a in used for b in used)
        derived = [n for n in _paired_maps(ctx, alphabets)
                   if re.search(rf"\b{re.escape(n)}\s*(?:\.get(?:OrDefault)?\(|\[)", text)]
        if derived and not pair:
            # `ENC = new Map([...PLAIN].map((c, i) => [c, MIXED[i]]))` then `ENC.get(c)`:
            # the table built from the two alphabets, looked up character by character
            found = next((n for n in walk(body) if (n.type in CALL_KINDS and ctx.node_text(
                n.child_by_field_name("function") or n).split(".")[0].strip() in derived) or (
                n.type in _LOOKUP_KINDS and n.named_children and ctx.node_text(
                    n.named_children[0]) in derived)), None)
        elif pair:
            found = next((n for n in walk(body) if n.type in CALL_KINDS and re.search(
                r"indexOf|\bindex\b|\bfind\b|maketrans|IndexRune|IndexByte|translate",
                ctx.node_text(n.child_by_field_name("function") or n))), None)
        else:  # a table of the file mapping each letter to another (`SUBST[c]`)
            tables = _substitution_tables(ctx)
            if tables and any(re.search(rf"\b{re.escape(t)}\s*\[", text) for t in tables):
                found = next((n for n in walk(body) if n.type in _LOOKUP_KINDS and
                              ctx.node_text(n.named_children[0] if n.named_children else n)
                              in tables), None)
            else:  # one keyed alphabet read at each letter's position (`KEYED[c - 'a']`),
                # written out or built from a keyword by a function of the file
                found = _permuted_lookup(ctx, body, [n for n in used if _permuted(
                    alphabets[n])] + [n for n in _built_alphabets(ctx) if re.search(
                        rf"\b{re.escape(n)}\b", text)])
            if found is None:
                found = _cross_lookup(ctx, body, text, alphabets)
            if found is None:
                found, mirrored = _built_table_lookup(ctx, body, text, alphabets)
                if found is not None and mirrored:
                    atbash_table = found
                keyed_table = found is not None and not mirrored
        if found is None:
            return None
    # (a keyword's letters then the rest of the alphabet, built by the code and applied
    # character by character: what a keyed alphabet is for, outside a game, is hiding text)
    if game_context(ctx, fn) or not (_protects(ctx, fn) or _applied_to_secret(ctx, fn) or (
            keyed_table)):
        return None
    if atbash_table is not None:
        return Evidence(atbash_table, "caesar", "Atbash (each letter mirrored in the alphabet)")
    if atbash is not None:
        at = body.start_byte + len(text[:atbash.start()].encode("utf-8"))
        found = next((n for n in reversed(list(walk(body))) if n.start_byte <= at < n.end_byte
                      and n.type in BINARY_KINDS), body)
        return Evidence(found, "caesar", "Atbash (each letter mirrored in the alphabet)")
    assert found is not None
    return Evidence(found, "caesar", "a substitution by a permuted alphabet (a monoalphabetic "
                                     "cipher)")


# `SUB[ALPHA.indexOf(ch)]`, `mixed[plain.index(c)]`, `MIXED.charAt(PLAIN.indexOf(c))`: a
# character replaced by the one at its position in another table.
_CROSS_LOOKUP = lazyre.compile(r"\b([A-Za-z_]\w{0,60})(?:\[|\.charAt\()\s{0,4}([A-Za-z_]\w{0,60})"
                               r"\.(?:indexOf|index|find)\(")


def _cross_lookup(ctx: FileContext, body: Node, text: str,
                  alphabets: dict[str, str]) -> Node | None:
    """A letter replaced by the one at its position in a table built at run time (`SUB =
    keyedAlphabet(KEYWORD)`, then `SUB[ALPHA.indexOf(ch)]`) when the file also reads the
    alphabet back at a position in that table (`ALPHA[SUB.indexOf(ch)]`): the two lookups
    are a substitution and its inverse, so the table is a permuted alphabet."""
    # Every match holds `.index` or `.find(`, and is used only when it reads an alphabet of
    # 26 characters or more: without both the search (tried at every word) finds nothing.
    if not any(len(value) >= 26 for value in alphabets.values()) or (
            ".index" not in text and ".find(" not in text):
        return None
    for match in _CROSS_LOOKUP.finditer(text):
        table, alphabet = match.group(1), match.group(2)
        if table == alphabet or alphabet not in alphabets or table in alphabets or \
                len(alphabets[alphabet]) < 26:
            continue
        back = re.compile(rf"\b{re.escape(alphabet)}(?:\[|\.charAt\()\s{{0,4}}"
                          rf"{re.escape(table)}\.(?:indexOf|index|find)\(")
        if back.search(ctx.text) is None:
            continue
        at = body.start_byte + len(text[:match.start()].encode("utf-8"))
        return next((n for n in reversed(list(walk(body))) if n.start_byte <= at < n.end_byte
                     and n.type in _LOOKUP_KINDS | CALL_KINDS), body)
    return None


# The alphabet in order, written out or named (`'ABCDEFGHIJKLMNOPQRSTUVWXYZ'`,
# `string.ascii_uppercase`), and the repeated letters dropped (a set, a membership test).
_ORDERED_ALPHABET = lazyre.compile(r"ABCDEFGHIJKLMNOPQRSTUVWXYZ|abcdefghijklmnopqrstuvwxyz|"
                                   r"\bstring\.ascii_(?:upper|lower)case\b")
_DEDUPLICATES = lazyre.compile(r"\bnew\s+(?:Linked)?(?:Hash)?Set\b|\bset\(|\bnot\s+in\b|"
                               r"\.indexOf\(|\.includes\(|\.contains\(|\bdict\.fromkeys\(|"
                               r"\bstrings\.(?:ContainsRune|IndexRune)\(|\.distinct\(")


def _built_alphabets(ctx: FileContext) -> set[str]:
    """Names bound to the result of a function of the file that builds a keyed alphabet:
    a keyword followed by the alphabet in order, with repeated letters dropped
    (`LOCKER_ALPHABET = keyedAlphabet('THAMES')`)."""
    cached: set[str] | None = ctx.cache.get("crypto.built_alphabets")
    if cached is None:
        cached = set()
        builders = {function_name(ctx, fn) for fn in function_nodes(ctx)
                    if _ORDERED_ALPHABET.search(ctx.node_text(fn)) and
                    _DEDUPLICATES.search(ctx.node_text(fn))} - {""}
        for name, value in _BINDING.findall(ctx.text) if builders else ():
            call = re.match(r"\s{0,4}(?:new\s+)?([A-Za-z_]\w{0,60})\s{0,4}\(\s{0,4}\S", value)
            if call is not None and call.group(1) in builders and name not in builders:
                cached.add(name)
        ctx.cache["crypto.built_alphabets"] = cached
    return set(cached)


# The alphabet read backwards while a table is filled: `ALPHA[25 - i]`, `A[A.length - 1 - i]`,
# `chr(ord('z') - i)`, `A[::-1]`, `.reverse()`.
_REVERSED = lazyre.compile(r"\[\s{0,4}(?:25|\w{1,40}\.length\s{0,4}-\s{0,4}1|len\(\w{1,40}\)\s{0,4}-"
                           r"\s{0,4}1)\s{0,4}-\s{0,4}\w{1,20}\s{0,4}\]|\[::-1\]|\.reverse\(\)|"
                           r"['\"][zZ]['\"]\s{0,4}\)?\s{0,4}-\s{0,4}\w{1,20}\b")
# A table filled or bound there: `T = Object.fromEntries(...)`, `T = new Map(...)`, `T =
# dict(zip(...))`, `T = {c: ... for ...}`, `this.T.set(c, ...)`, `T[c] = ...`, `T.put(c, ...)`.
_TABLE_BOUND = lazyre.compile(r"(?:\b(?:this|self)\.)?\b([A-Za-z_]\w{0,60})\s{0,4}(?::[^=\n]{0,60})?=\s{0,4}"
                              r"(?:Object\.fromEntries\(|new\s+(?:Hash)?Map\b|dict\(|\{[^}\n]{0,80}\bfor\b)|"
                              r"(?:\b(?:this|self)\.)?\b([A-Za-z_]\w{0,60})\.(?:set|put)\(|"
                              r"(?:\b(?:this|self)\.)?\b([A-Za-z_]\w{0,60})\[[^\]\n]{1,40}\]\s{0,4}=(?!=)")


def _built_tables(ctx: FileContext, alphabets: dict[str, str]) -> dict[str, bool]:
    """Tables the code fills from the alphabet in order, read backwards (Atbash: True) or
    after a keyword with repeats dropped (a keyed alphabet: False), in a statement of the
    module or a function (a constructor filling `this.table`): a substitution alphabet built
    at run time, by its bare name (cached)."""
    cached: dict[str, bool] | None = ctx.cache.get("crypto.built_tables")
    if cached is not None:
        return cached
    cached = {}
    ordered = [n for n, v in alphabets.items() if v.upper().startswith("ABCDEFGHIJKLMNOPQRSTUVWXYZ")]
    pieces = [ctx.node_text(f) for f in function_nodes(ctx)]
    if ctx.tree is not None:
        pieces += [ctx.node_text(c) for c in ctx.tree.root_node.named_children
                   if c.type not in FUNCTION_KINDS]
    for text in pieces:
        if len(text) > 4000 or not (_ORDERED_ALPHABET.search(text) or any(
                re.search(rf"\b{re.escape(n)}\b", text) for n in ordered)):
            continue
        reversed_ = _REVERSED.search(text) is not None
        if not reversed_ and _DEDUPLICATES.search(text) is None:
            continue
        for match in _TABLE_BOUND.finditer(text):
            name = next(g for g in match.groups() if g)
            if name not in alphabets and name not in ("this", "self"):
                cached.setdefault(name, reversed_)
    ctx.cache["crypto.built_tables"] = cached
    return cached


def _built_table_lookup(ctx: FileContext, body: Node, text: str,
                        alphabets: dict[str, str]) -> tuple[Node | None, bool]:
    """Each character looked up in a substitution table the code built (`MIRROR[c]`,
    `this.table.get(c)`): the lookup, and whether the table is Atbash's."""
    tables = _built_tables(ctx, alphabets)
    for name, mirrored in tables.items():
        if not re.search(rf"\b{re.escape(name)}\s{{0,4}}(?:\[|\.get(?:OrDefault)?\()", text):
            continue
        for n in walk(body):
            head = n.named_children[0] if n.named_children else None
            if n.type in _LOOKUP_KINDS and head is not None and \
                    ctx.node_text(head).rsplit(".", 1)[-1] == name:
                return n, mirrored
            if n.type in CALL_KINDS and re.match(
                    rf"(?:(?:this|self)\.)?{re.escape(name)}\.get", ctx.node_text(
                        n.child_by_field_name("function") or n)):
                return n, mirrored
    return None, False


def _permuted(alphabet: str) -> bool:
    """All 26 letters once, not in alphabetical order (a keyed alphabet)."""
    letters = alphabet.upper()
    return len(letters) == 26 and len(set(letters)) == 26 and letters.isalpha() and \
        letters != "".join(sorted(letters))


# A character's position in the alphabet: its code less the first letter's
# (`c.charCodeAt(0) - 65`, `ord(ch) - ord('a')`, `c - 'A'`, Go `r - 'a'`).
_LETTER_POSITION = lazyre.compile(
    r"-\s{0,4}(?:'[aA]'|\b(?:65|97)\b|ord\(\s{0,4}['\"][aA]['\"]\s{0,4}\))")
_READ_AT = frozenset({"charAt", "charCodeAt", "at"})


def _permuted_lookup(ctx: FileContext, body: Node, keyed: list[str]) -> Node | None:
    """The read of a keyed alphabet (`KEYED[i]`, `KEYED.charAt(i)`) at a letter's position:
    an index that is a character code less the first letter, or a local holding one."""
    if not keyed:
        return None
    text = ctx.node_text(body)
    positions = {name for name, value in _ASSIGNED.findall(text)
                 if _LETTER_POSITION.search(value)}
    for n in walk(body):
        table: Node | None
        if n.type in _LOOKUP_KINDS | {"array_access"} and len(n.named_children) >= 2:
            table, index = n.named_children[0], n.named_children[-1]
        elif n.type in CALL_KINDS:
            function = n.child_by_field_name("function")
            holder = n if function is None else function  # Java: the call holds both
            method = holder.child_by_field_name("name") or holder.child_by_field_name(
                "property") or holder.child_by_field_name("field")
            args = n.child_by_field_name("arguments")
            table = holder.child_by_field_name("object") or holder.child_by_field_name(
                "operand")
            if method is None or args is None or not args.named_children or \
                    ctx.node_text(method) not in _READ_AT:
                continue
            index = args.named_children[0]
        else:
            continue
        if table is None or ctx.node_text(table) not in keyed:
            continue
        at = ctx.node_text(index)
        if _LETTER_POSITION.search(at) or set(re.findall(r"[A-Za-z_]\w*", at)) & positions:
            return n
    return None



# What the statement that rotates the alphabet of a translation table (or fills a table of
# shifted letters) shows: the region of the implementation starts there (implementations.py).
ROTATED_ALPHABET = "the table of shifted letters built ahead of time"
# `A[k:] + A[:k]`, `A[k:].upper() + A[:k].upper()`: an alphabet rotated by k.
_SLICE_PAIR = lazyre.compile(r"\b(\w{1,60})\[\s{0,4}(\w{1,20})\s{0,4}:\s{0,4}\]\s{0,4}"
                             r"(?:\.\w{1,20}\(\s{0,4}\)\s{0,4})?\+\s{0,4}(\w{1,60})\[\s{0,4}:"
                             r"\s{0,4}(\w{1,20})\s{0,4}\]")


def _rotation_in(text: str) -> bool:
    return any(m.group(1) == m.group(3) and m.group(2) == m.group(4)
               for m in _SLICE_PAIR.finditer(text))


def _rotated_tables(ctx: FileContext) -> dict[str, Node]:
    """Names the file binds to a translation table that rotates an alphabet (`T =
    str.maketrans(A + D, A[5:] + A[:5] + D[5:] + D[:5])`, or `R = A[7:] + A[:7]` then `T =
    str.maketrans(A, R)`), and the inverse tables of those (`BACK = {v: k for k, v in
    T.items()}`), each with the statement that rotates the alphabet (cached)."""
    cached: dict[str, Node] | None = ctx.cache.get("crypto.rotated_tables")
    if cached is not None:
        return cached
    out: dict[str, Node] = {}
    rotated: dict[str, Node] = {}
    tables: list[tuple[str, Node, Node]] = []
    inverses: list[tuple[str, str]] = []
    for n in ctx.walk():
        if n.type != "assignment":
            continue
        left, right = n.child_by_field_name("left"), n.child_by_field_name("right")
        if left is None or right is None or left.type != "identifier":
            continue
        function = right.child_by_field_name("function") if right.type == "call" else None
        if function is not None and ctx.node_text(function).endswith("maketrans"):
            tables.append((ctx.node_text(left), right, n))
        elif right.type == "dictionary_comprehension":
            inverted = re.search(r"\b(\w+)\.items\(\)", ctx.node_text(right))
            if inverted is not None:
                inverses.append((ctx.node_text(left), inverted.group(1)))
        elif _rotation_in(ctx.node_text(right)):
            rotated[ctx.node_text(left)] = n
    for name, call, statement in tables:
        args = ctx.node_text(call.child_by_field_name("arguments"))
        if _rotation_in(args):
            out[name] = statement
            continue
        via = next((rotated[w] for w in re.findall(r"[A-Za-z_]\w*", args) if w in rotated), None)
        if via is not None:
            out[name] = via
    for name, source in inverses:
        if source in out:
            out[name] = out[source]
    ctx.cache["crypto.rotated_tables"] = out
    return out


def _rotated_table(ctx: FileContext, fn: Node) -> list[Evidence] | None:
    """`secret.translate(TABLE)` where the file builds TABLE by rotating an alphabet: a
    Caesar cipher by translation table, over a secret (with the statement that rotates the
    alphabet, where the implementation starts)."""
    if ctx.language != "python" or not file_mentions(ctx, "crypto.maketrans", ("maketrans",)):
        return None
    tables = _rotated_tables(ctx)
    body = fn.child_by_field_name("body")
    for n in walk(body) if body is not None and (tables or b"maketrans" in ctx.source[
            body.start_byte:body.end_byte]) else ():
        if n.type != "call" or not ctx.node_text(n.child_by_field_name("function")).endswith(
                ".translate"):
            continue
        args = ctx.node_text(n.child_by_field_name("arguments"))
        used = next((t for t in re.findall(r"[A-Za-z_]\w*", args) if t in tables), None)
        inline = "maketrans" in args and _rotation_in(args)
        if (used is None and not inline) or not secret_context(ctx, fn) or \
                game_context(ctx, fn):
            continue
        found = [Evidence(n, "caesar", "a Caesar shift by a rotated translation table")]
        if used is not None:
            found.append(Evidence(tables[used], "caesar", ROTATED_ALPHABET))
        return found
    return None


# Back to a character: `chr(...)`, `String.fromCharCode(...)`, Java `(char) (...)`, Go
# `byte(...)` / `rune(...)`.
_TO_CHAR = frozenset({"chr", "String.fromCharCode", "fromCharCode", "byte", "rune",
                      "Character.toChars"})


def _plain_shift(ctx: FileContext, fn: Node) -> Evidence | None:
    """`chr(ord(c) + OFFSET)`, `(char) (c + SHIFT)`: every character moved by a constant,
    without wrap-around, in a function that protects a secret (or whose inverse does:
    `obscure`/`reveal`, `scramble`/`unscramble`)."""
    body = fn.child_by_field_name("body")
    if body is None:
        return None
    for n in nodes_in(ctx, body, BINARY_KINDS):
        if operator(ctx, n) not in ("+", "-"):
            continue
        left, right = (unwrap(x) for x in operands(n))
        if left is None or right is None:
            continue
        amount = resolved_int(ctx, right)
        if amount is None and right.type == "identifier" and \
                ctx.node_text(right) in parameter_names(ctx, fn):
            amount = _constant_argument(ctx, fn, ctx.node_text(right))
        if amount is None or abs(amount) < 2 or amount > 255:
            continue
        if not (_back_to_char(ctx, n) or _element_shifted(ctx, n, left)) or \
                left.type in BINARY_KINDS:
            continue
        left_text = ctx.node_text(left)
        if ctx.language in ("python", "javascript", "typescript", "tsx") and \
                not _CHAR_CODE.search(left_text):
            continue
        if game_context(ctx, fn) or not (_protects(ctx, fn) or _inverse_in_secret(
                ctx, fn) or _applied_to_secret(ctx, fn)):
            return None
        return Evidence(n, "caesar", "a constant shift of each character (a Caesar cipher)")
    return None


def _constant_argument(ctx: FileContext, fn: Node, param: str) -> int | None:
    """The constant every call of `fn` in the file passes for `param` (`shift(password, 3)`)."""
    params = _positional(ctx, fn)
    name = function_name(ctx, fn)
    if not name or param not in params:
        return None
    at = params.index(param)
    values: set[int | None] = set()
    for call in calls_of(ctx).get(name, ()):
        args = call.child_by_field_name("arguments")
        items = [a for a in args.named_children if a.type != "comment"] if args is not None \
            else []
        values.add(resolved_int(ctx, items[at]) if at < len(items) else None)
    return next(iter(values)) if len(values) == 1 else None


def _positional(ctx: FileContext, fn: Node) -> list[str]:
    """The parameter names in order (`k` of `k: int`, `int k`, `k number`; Go's `a, b int`
    gives both)."""
    params = fn.child_by_field_name("parameters")
    out: list[str] = []
    for p in params.named_children if params is not None else ():
        if p.type == "comment":
            continue
        if p.type == "identifier":
            out.append(ctx.node_text(p))
            continue
        names = [c for c in p.named_children if c.type == "identifier"] if \
            p.type == "parameter_declaration" else []
        if len(names) > 1:
            out.extend(ctx.node_text(c) for c in names)
            continue
        name = p.child_by_field_name("name") or p.child_by_field_name("pattern") or next(
            (c for c in p.named_children if c.type == "identifier"), None)
        out.append(ctx.node_text(name) if name is not None else "")
    return out


# Personal data stored or exported "encrypted" by a toy cipher: identity documents, contact
# details (the credentials of `secret_context` are the other half).
_PERSONAL_WORDS = frozenset({"licence", "license", "passport", "phone", "address", "contact",
                             "contacts", "iban", "ssn", "dob", "birth", "medical", "diagnosis"})
# A class named for what it does to the data: a cipher of the code's own.
_CIPHER_CLASS_WORDS = frozenset({"cipher", "encryptor", "encrypter", "crypter", "scrambler",
                                 "obfuscator", "sealer", "masker", "vault", "crypto"})
_CLASS_NODE_KINDS = frozenset({"class_definition", "class_declaration", "class"})


def _protects(ctx: FileContext, fn: Node) -> bool:
    """The shift protects something: a secret (`secret_context`), personal data named by the
    function, its parameters or its callers' arguments, a class named for a cipher, or the
    result of a call is bound to a secret (`pw := vigenere("ROARLOUD", key, false)`)."""
    if secret_context(ctx, fn):
        return True
    name = function_name(ctx, fn)
    if set(words(name)) & _PERSONAL_WORDS or any(
            set(words(p)) & _PERSONAL_WORDS for p in parameter_names(ctx, fn)):
        return True
    cls = enclosing(fn, _CLASS_NODE_KINDS)
    if cls is not None and {w.lower() for w in words(ctx.node_text(
            cls.child_by_field_name("name")))} & _CIPHER_CLASS_WORDS:
        return True
    if set(words(name)) & _CONCEALING_VERBS:
        return True  # `hideNote`, `conceal_address`: named for keeping its input from readers
    if _stored_and_restored(ctx, fn):
        return True
    return bool(name) and (_result_or_input_secret(ctx, fn, name, 0) or
                           _undone_by_callers(ctx, fn, name))


# Verbs that put a value at rest and take it back (`fileNote`/`readNote`, `store_pin`/
# `load_pin`, `SaveAddress`/`ShowAddress`).
_AT_REST = (frozenset({"store", "file", "save", "persist", "write", "keep", "stash", "archive",
                       "put"}),
            frozenset({"read", "load", "fetch", "show", "restore", "retrieve", "get", "view",
                       "unstash"}))


def _stored_and_restored(ctx: FileContext, fn: Node, via: str = "") -> bool:
    """`fn` stores a value (`FileAllergyNote`) and the file has the function that reads it
    back under the same name (`ReadAllergyNote`), and that one shifts or looks letters up
    too, or calls the same shift helper `via` (the transformation undone): a reversible
    transformation of data at rest is a cipher, whatever the data."""
    own = words(function_name(ctx, fn))
    verbs = [w for w in own if w in _AT_REST[0] | _AT_REST[1]]
    if len(verbs) != 1 or len(own) < 2 or ctx.tree is None:
        return False
    mine = verbs[0]
    wanted = _AT_REST[1] if mine in _AT_REST[0] else _AT_REST[0]
    rest = [w for w in own if w != mine]
    for other in function_nodes(ctx):
        if other.id == fn.id:
            continue
        theirs = words(function_name(ctx, other))
        verb = [w for w in theirs if w in wanted]
        body = ctx.source[other.start_byte:other.end_byte]
        if len(verb) != 1 or [w for w in theirs if w != verb[0]] != rest:
            continue
        if any(mark in body for mark in (b"%", b"floorMod(", b"indexOf(", b"index(")) or (
                via and _calls_name(body, via)):
            return True
    return False


def _names_protected_data(ctx: FileContext, fn: Node, name: str) -> bool:
    """The caller of a shift helper is named for personal data or for concealing, or takes
    personal data (`encrypt_contact(phone_note, key)`, `hideAddress(addr)`)."""
    own = set(words(name))
    return bool(own & (_PERSONAL_WORDS | _CONCEALING_VERBS)) or any(
        set(words(p)) & _PERSONAL_WORDS for p in parameter_names(ctx, fn))


def _calls_name(body: bytes, name: str) -> bool:
    return re.search(rb"\b" + re.escape(name.encode()) + rb"\s*\(", body) is not None


# A function named for keeping its input from readers (a shift inside it is a cipher). Not
# "encrypt": `caesar_encrypt(message, shift)` is the textbook exercise, reported only when
# what it is given is a secret; "hide"/"conceal" say the input is kept from someone.
_CONCEALING_VERBS = frozenset({"hide", "conceal", "obscure", "protect", "obfuscate",
                               "disguise", "cloak", "seal", "lock", "veil", "shroud", "garble"})


def _undone_by_callers(ctx: FileContext, fn: Node, name: str) -> bool:
    """Two other functions of the file call `fn` with the same arguments but one negated
    (`shiftBy(key, 11)` to store, `shiftBy(stored, -11)` to load): one function applies the
    shift and the other undoes it, so it keeps data at rest and restores it (a cipher)."""
    seen: list[tuple[int, list[str]]] = []
    for call in calls_of(ctx).get(name, ()):
        if fn.start_byte <= call.start_byte < fn.end_byte:
            continue
        caller = enclosing(call, FUNCTION_KINDS)
        args = call.child_by_field_name("arguments")
        if caller is None or args is None:
            continue
        items = ["".join(ctx.node_text(a).split()) for a in args.named_children
                 if a.type != "comment"]
        for other, theirs in seen:
            if other == caller.id or len(theirs) != len(items):
                continue
            differ = [(a, b) for a, b in zip(items, theirs, strict=True) if a != b]
            if any(a not in ("0", "-0") and (a == "-" + b or b == "-" + a)
                   for a, b in differ[-1:]):
                return True
        seen.append((caller.id, items))
    return False


def _result_or_input_secret(ctx: FileContext, fn: Node, name: str, depth: int) -> bool:
    """A call of `name` (or of a function that calls it, one level up) hands it personal data
    or a secret, or binds its result to a secret's name."""
    for call in calls_of(ctx).get(name, ()):
        if fn.start_byte <= call.start_byte < fn.end_byte:
            continue
        args = call.child_by_field_name("arguments")
        # the "secret word" of a word game is an answer to guess, not a credential
        arg_words = {w for n in re.findall(r"[A-Za-z_]\w*", ctx.node_text(args))
                     for w in words(n) if not (w == "secret" and "word" in words(n))
                     } if args is not None else set()
        if arg_words & (_PERSONAL_WORDS | (SECRET_WORDS - {"api", "private", "auth"})):
            return True
        holder = call.parent
        while holder is not None and holder.type in ("expression_list", "parenthesized_expression"):
            holder = holder.parent
        if holder is not None and holder.type in _ASSIGNMENT_KINDS:
            target = holder.child_by_field_name("left") or holder.child_by_field_name("name")
            if target is not None and set(words(ctx.node_text(target))) & (
                    SECRET_WORDS | {"pw", "passcode"}):
                return True
        if depth == 0:
            outer = enclosing(call, FUNCTION_KINDS)
            while outer is not None and not function_name(ctx, outer):
                outer = enclosing(outer, FUNCTION_KINDS)
            outer_name = function_name(ctx, outer) if outer is not None else ""
            if outer is not None and outer_name and outer.id != fn.id and (
                    _protecting_pair(ctx, outer) or _stored_and_restored(ctx, outer, name) or
                    _names_protected_data(ctx, outer, outer_name)):
                return True
            if outer is not None and outer_name and outer.id != fn.id and \
                    _result_or_input_secret(ctx, outer, outer_name, 1):
                return True
    return False


_PROTECTING_VERBS = frozenset({"protect", "unprotect", "seal", "unseal", "conceal", "scramble",
                               "unscramble", "encrypt", "decrypt", "obscure", "obfuscate",
                               "deobfuscate", "mask", "unmask", "hide"})


def _protecting_pair(ctx: FileContext, fn: Node) -> bool:
    """`fn` is named for protecting data and the file has its inverse (`protectName` and
    `revealName`, `scramble` and `unscramble`): a reversible cipher for stored data."""
    own = words(function_name(ctx, fn))
    if not set(own) & _PROTECTING_VERBS or game_context(ctx, fn):
        return False
    for other in walk(ctx.tree.root_node) if ctx.tree is not None else ():
        if other.type not in FUNCTION_KINDS or other.id == fn.id:
            continue
        theirs = words(function_name(ctx, other))
        for a, b in _INVERSE_WORDS:
            for x, y in ((a, b), (b, a)):
                if x in own and y in theirs and \
                        [w for w in own if w != x] == [w for w in theirs if w != y]:
                    return True
    return False


def _applied_to_secret(ctx: FileContext, fn: Node) -> bool:
    """A call of `fn` in the file hands it a secret (`shift(password, 3)`)."""
    name = function_name(ctx, fn)
    for call in calls_of(ctx).get(name, ()) if name else ():
        args = call.child_by_field_name("arguments")
        if args is not None and any(set(words(n)) & SECRET_WORDS for n in re.findall(
                r"[A-Za-z_]\w*", ctx.node_text(args))):
            return True
    return False


_INDEX_KINDS = frozenset({"index_expression", "array_access", "subscript",
                          "subscript_expression"})


def _element_shifted(ctx: FileContext, node: Node, left: Node) -> bool:
    """`b[i] = b[i] + 3` over the bytes of a string (Go `[]byte(s)`, a Java `char[]`)."""
    parent = node.parent
    if parent is not None and parent.type == "expression_list":
        parent = parent.parent
    if parent is None or parent.type not in ("assignment_statement", "assignment_expression",
                                             "assignment"):
        return False
    target = parent.child_by_field_name("left")
    if target is not None and target.type == "expression_list" and target.named_children:
        target = target.named_children[0]
    return target is not None and target.type in _INDEX_KINDS and left.type in _INDEX_KINDS \
        and ctx.node_text(target) == ctx.node_text(left)


def _back_to_char(ctx: FileContext, node: Node) -> bool:
    parent = node.parent
    while parent is not None and parent.type == "parenthesized_expression":
        parent = parent.parent
    if parent is None:
        return False
    if parent.type == "cast_expression":  # java `(char) (c + K)`
        return ctx.node_text(parent.child_by_field_name("type")) == "char"
    if parent.type in ("argument_list", "arguments") and parent.parent is not None and \
            parent.parent.type in CALL_KINDS:
        call = parent.parent
        function = call.child_by_field_name("function") or call.child_by_field_name("name")
        return ctx.node_text(function) in _TO_CHAR
    return False


_INVERSE_WORDS = (("obscure", "reveal"), ("obscure", "unobscure"), ("hide", "unhide"),
                  ("hide", "reveal"), ("scramble", "unscramble"), ("encode", "decode"),
                  ("encrypt", "decrypt"), ("mask", "unmask"), ("shift", "unshift"),
                  ("conceal", "reveal"), ("obfuscate", "deobfuscate"), ("protect", "unprotect"),
                  ("protect", "reveal"), ("seal", "open"), ("seal", "unseal"))


def _inverse_in_secret(ctx: FileContext, fn: Node) -> bool:
    """The function's inverse in this file (`scramble` of `unscramble`) has a secret
    context: the pair protects that secret."""
    name_words = words(function_name(ctx, fn))
    if not name_words or ctx.tree is None:
        return False
    for other in walk(ctx.tree.root_node):
        if other.type not in FUNCTION_KINDS or other.id == fn.id:
            continue
        other_words = words(function_name(ctx, other))
        for a, b in _INVERSE_WORDS:
            for x, y in ((a, b), (b, a)):
                if x in name_words and y in other_words and \
                        [w for w in name_words if w != x] == [w for w in other_words if w != y]:
                    return secret_context(ctx, other)
    return False


NODE_KINDS = frozenset(_ASSIGNMENT_KINDS) | CALL_KINDS | (FUNCTION_KINDS - {"function"})


def evidence(ctx: FileContext, node: Node) -> Evidence | list[Evidence] | None:
    if node.type in FUNCTION_KINDS:
        return _check_function(ctx, node)
    if node.type in CALL_KINDS:
        return _check_call(ctx, node)
    if not file_mentions(ctx, "crypto.protected_stems", _STEMS, lower=True):
        return None  # per file: no target can hold one of the stems
    target = node.child_by_field_name("left") or node.child_by_field_name("name")
    if target is None or not _PROTECTED_STEMS.search(ctx.node_text(target).lower()):
        return None  # cheap test before anything else
    if node.type in ("assignment_expression", "assignment_statement") and any(
            not c.is_named and ctx.node_text(c) not in ("=", ":=") and ctx.node_text(c).endswith(
                "=") for c in node.children):
        return None
    return _check_assignment(ctx, node)
