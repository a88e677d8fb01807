"""Home-made comparisons of secrets (VG-CRYPTO-007): functions named constant-time/secure
compare that do not call the library routine, loops that accumulate `diff |= a[i] ^ b[i]`, and
early-exit loops (`if a[i] != b[i]: return False`) in functions that compare signatures,
tokens, keys or digests."""


from __future__ import annotations

import re

from tree_sitter import Node

from vigilint import lazyre
from vigilint.analyzers.context import FileContext
from vigilint.analyzers.crypto.bodies import game_context
from vigilint.analyzers.crypto.names import NON_CRYPTO_WORDS
from vigilint.analyzers.crypto.recognize import Evidence
from vigilint.analyzers.crypto.recognize.handmade import calls_of
from vigilint.analyzers.crypto.syntax import (
    AUGMENTED_KINDS,
    BINARY_KINDS,
    CALL_KINDS,
    FUNCTION_KINDS,
    callee,
    function_name,
    in_loop,
    last_name,
    operands,
    operator,
    parameter_names,
    unwrap,
    walk,
    words,
)

_NAMES = ("constanttime", "consttime", "timingsafe", "securecompare", "safecompare",
          "safeequal", "secureequal", "constanteq", "cteq", "ctcompare", "slowequal",
          "comparedigest", "safestrcmp", "fixedtime", "securestrcmp", "timeconstant",
          "timingattack", "securelycompare", "safelycompare")
_LIBRARY = frozenset({"compare_digest", "timingSafeEqual", "ConstantTimeCompare", "isEqual",
                      "ConstantTimeEq", "constantTimeAreEqual", "safe_str_cmp",
                      "constant_time_compare", "ConstantTimeByteEq", "bytes_eq"})


def _xor_accumulates(ctx: FileContext, node: Node) -> bool:
    if node.type in AUGMENTED_KINDS and operator(ctx, node) == "|=":
        value = unwrap(node.child_by_field_name("right"))
        if value is not None and value.type == "expression_list" and \
                value.named_child_count == 1:  # go: `v |= a[i] ^ b[i]`
            value = unwrap(value.named_children[0])
        return value is not None and value.type in BINARY_KINDS and operator(ctx, value) == "^" \
            and in_loop(node)
    if node.type in ("assignment", "assignment_expression", "assignment_statement") \
            and operator(ctx, node) in ("=", ""):
        target = ctx.node_text(node.child_by_field_name("left"))
        value = unwrap(node.child_by_field_name("right"))
        if value is None or value.type not in BINARY_KINDS or operator(ctx, value) != "|":
            return False
        left, right = (unwrap(n) for n in operands(value))
        if left is None or right is None or ctx.node_text(left) != target:
            return False
        return right.type in BINARY_KINDS and operator(ctx, right) == "^" and in_loop(node)
    return False


# `diff += int(a[i]) - int(b[i])`, `d |= a[i] - b[i]`, `diff += Math.abs(a.charCodeAt(i) -
# b.charCodeAt(i))`: the differences of the elements summed (or OR-ed) into one value
_DIFFERENCE = lazyre.compile(r"^\s{0,4}(?:[\w.]{1,40}\(\s{0,4})?\(?\s{0,4}(?:\w{1,20}\(\s{0,4})?"
                             r"[\w.]{1,60}(?:\[[^\]\n]{1,40}\]|\.(?:charCodeAt|codePointAt|charAt)"
                             r"\(\s{0,4}\w{1,20}\s{0,4}\))\s{0,4}\)?\s{0,4}-\s{0,4}(?:\w{1,20}\(\s{0,4})?"
                             r"[\w.]{1,60}(?:\[[^\]\n]{1,40}\]|\.(?:charCodeAt|codePointAt|charAt)"
                             r"\(\s{0,4}\w{1,20}\s{0,4}\))\s{0,4}\)?\s{0,4}\)?\s{0,4}$")


_SUMMED_DIFFERENCES = lazyre.compile(r"^sum\(\s{0,4}\(?\s{0,4}(?:int\()?\s{0,4}\w{1,20}\s{0,4}(?:!=|\^|-)\s{0,4}"
                                     r"\w{1,20}\s{0,4}\)?\s{0,4}\)?\s{1,4}for\s{1,4}\w{1,20}\s{0,4},\s{0,4}"
                                     r"\w{1,20}\s{1,4}in\s{1,4}zip\(")


def _difference_accumulates(ctx: FileContext, node: Node) -> bool:
    """`diff += int(a[i]) - int(b[i])` in a loop: the element differences summed into one
    value that is then tested for zero (a home-made constant-time compare, and a broken
    one: differences of opposite signs cancel)."""
    if node.type not in AUGMENTED_KINDS or operator(ctx, node) not in ("+=", "|=") or \
            not in_loop(node):
        return False
    value = node.child_by_field_name("right")
    return value is not None and _DIFFERENCE.search(ctx.node_text(value)) is not None


def _flag_accumulates(ctx: FileContext, node: Node) -> bool:
    """`ok &= a == b`, `diff |= a != b`, `bad += x != y` in a loop: each position's equality
    folded into a flag (a home-made constant-time compare, like the XOR form)."""
    op = operator(ctx, node)
    if op not in ("&=", "|=", "+=") or not in_loop(node):
        return False
    value = unwrap(node.child_by_field_name("right"))
    if value is not None and value.type == "expression_list" and value.named_child_count == 1:
        value = unwrap(value.named_children[0])
    if value is None:
        return False
    wanted = ("==", "===") if op == "&=" else ("!=", "!==")
    if value.type == "comparison_operator":
        return any(ctx.node_text(c) in wanted for c in value.children if not c.is_named)
    return value.type in BINARY_KINDS and operator(ctx, value) in wanted


_COMPARE_WORDS = frozenset({"compare", "comparison", "equal", "equals", "eq", "match",
                            "matches", "same", "verify", "check", "cmp", "strcmp", "valid",
                            "validate", "authentic", "ok", "correct", "genuine", "accepted"})
# What a caller passes that makes the compared values secrets (`codes_match(pending.code,
# form["code"])`): the operands above, and one-time codes.
_SECRET_ARGUMENTS = frozenset({"code", "codes", "passcode", "pin", "otp", "totp", "recovery",
                               "verification", "reset", "signature", "sig", "token", "secret",
                               "apikey", "hmac", "mac", "password", "passwd", "nonce", "csrf",
                               "credential", "credentials", "webhook"})
_SECRET_OPERANDS = frozenset({"cookie", "cookies", "session",
                              "signature", "signatures", "sig", "sigs", "token", "tokens",
                              "secret", "key", "keys", "apikey", "hmac", "mac", "digest",
                              "digests", "hash", "hashes", "password", "passwd", "otp", "nonce",
                              "csrf", "api", "credential", "credentials", "auth", "webhook"})
_NOT_EQUAL = ("!=", "!==", "<>")
_IF_KINDS = frozenset({"if_statement", "if_expression"})
_RETURN_FALSE = ("False", "false")
_INDEXED = frozenset({"subscript", "subscript_expression", "index_expression", "array_access"})

NODE_KINDS = FUNCTION_KINDS - {"function"}


def _named_constant_time(name_words: tuple[str, ...]) -> bool:
    """Whole words of the name spell one of `_NAMES` (`safe_equals`, `constantTimeCompare`;
    not `get_fixed_timezone` or `partialDeepStrictEqual`)."""
    return any("".join(name_words[i:j]) in _NAME_SET
               for i in range(len(name_words)) for j in range(i + 1, len(name_words) + 1))


_NAME_SET = frozenset(_NAMES) | {n + "s" for n in _NAMES}


_EQUAL = ("==", "===")


def _advancing_while(ctx: FileContext, body: Node) -> Node | None:
    """`while (i < n && a[i] === b[i]) i++;` then `return i === n`: a loop that stops at the
    first difference."""
    for n in walk(body):
        if n.type != "while_statement":
            continue
        condition = n.child_by_field_name("condition")
        for c in walk(condition) if condition is not None else ():
            if (c.type in BINARY_KINDS and operator(ctx, c) in _EQUAL) or \
                    (c.type == "comparison_operator" and "==" in ctx.node_text(c)):
                left, right = (unwrap(x) for x in (operands(c) if c.type in BINARY_KINDS
                                                   else (c.named_children[0],
                                                         c.named_children[-1])))
                if left is not None and right is not None and all(
                        side.type in _INDEXED | CALL_KINDS for side in (left, right)) and \
                        re.search(r"\breturn\b[^\n;=]{0,300}===?", ctx.node_text(body)):
                    return c
    return None


_LOOP_STATEMENTS = frozenset({"for_statement", "while_statement"})
# `ok = a[i] === b[i]`, `same = same and x[i] == y[i]`: a flag set from one element equality
_FLAG_SET = re.compile(r"(?<![\w.])([A-Za-z_]\w{0,40})\s{0,4}=\s{0,4}[^=;\n]{0,200}?"
                       r"[\w.\]]\s{0,4}\[[^\]\n]{1,40}\]\s{0,4}={2,3}\s{0,4}[\w.]{1,80}\[")


def _flag_loop(ctx: FileContext, body: Node) -> Node | None:
    """`for (i = 0; ok && i < n; i++) ok = a[i] === b[i];`: the loop's condition stops on a
    flag that the body sets from an element comparison (it stops at the first difference)."""
    for n in walk(body):
        if n.type not in _LOOP_STATEMENTS:
            continue
        condition = n.child_by_field_name("condition")
        loop_body = n.child_by_field_name("body")
        if condition is None or loop_body is None:
            continue
        cond = ctx.node_text(condition)
        for match in _FLAG_SET.finditer(ctx.node_text(loop_body)):
            flag = re.escape(match.group(1))
            if re.search(rf"(?<![\w.]){flag}\s{{0,4}}(?:&&|\band\b)|(?:&&|\band\b)\s{{0,4}}"
                         rf"{flag}(?![\w.])", cond):
                return condition
    return None


def _differing_part(ctx: FileContext, condition: Node | None) -> Node | None:
    """The condition itself, or the inequality one side of a disjunction tests (`i >= len(got)
    || got[i] != want[i]`, `i >= len(b) or a[i] != b[i]`: a bounds check beside the element
    comparison still leaves at the first difference)."""
    for _ in range(4):
        if condition is None:
            return None
        is_or = (condition.type in BINARY_KINDS and operator(ctx, condition) == "||") or (
            condition.type == "boolean_operator" and operator(ctx, condition) == "or")
        if not is_or:
            return condition
        sides = [unwrap(x) for x in operands(condition)] if condition.type in BINARY_KINDS \
            else [unwrap(condition.child_by_field_name("left")),
                  unwrap(condition.child_by_field_name("right"))]
        unequal = [x for x in sides if x is not None and (
            (x.type == "comparison_operator" and "!=" in ctx.node_text(x)) or
            (x.type in BINARY_KINDS and operator(ctx, x) in _NOT_EQUAL) or
            (x.type in BINARY_KINDS and operator(ctx, x) == "||") or
            (x.type == "boolean_operator" and operator(ctx, x) == "or"))]
        if len(unequal) != 1:
            return condition
        condition = unequal[0]
    return condition


def _early_exit(ctx: FileContext, body: Node) -> Node | None:
    """`if a[i] != b[i]: return False` inside a loop: the comparison that leaks the position
    of the first difference."""
    advancing = _advancing_while(ctx, body) or _flag_loop(ctx, body)
    if advancing is not None:
        return advancing
    for n in walk(body):
        if n.type not in _IF_KINDS or not in_loop(n):
            continue
        condition = _differing_part(ctx, unwrap(n.child_by_field_name("condition")))
        if condition is None:
            continue
        if condition.type == "comparison_operator":  # python: `a[i] != b[i]`
            sides = condition.named_children
            if len(sides) != 2 or "!=" not in ctx.node_text(condition):
                continue
            left, right = unwrap(sides[0]), unwrap(sides[1])
        elif condition.type in BINARY_KINDS and operator(ctx, condition) in _NOT_EQUAL:
            left, right = (unwrap(x) for x in operands(condition))
        else:
            continue
        if left is None or right is None:
            continue
        if not all(side.type in _INDEXED | CALL_KINDS or _loop_variable(ctx, side, n)
                   for side in (left, right)):
            continue
        consequence = n.child_by_field_name("consequence")
        text = ctx.node_text(consequence) if consequence is not None else ""
        if "return" in text and any(f in text for f in _RETURN_FALSE):
            return condition
        if re.search(r"\bbreak\b", text) and re.search(r"=\s*(?:False|false)\b", text):
            return condition  # `ok = false; break;`: the loop stops at the first difference
    return None


# `all(x == y for x, y in zip(a, b))`, `[...a].every((c, i) => c === b[i])`: stops at the
# first difference like an early-exit loop.
_SHORT_CIRCUIT = lazyre.compile(r"\b(?:all\(\s*\w+\s*==|any\(\s*\w+\s*!=)\s*\w+\s+for\s+\w+\s*,\s*"
                                r"\w+\s+in\s+zip\(|"
                                r"\.some\(\s*\(\s*\w+\s*,\s*\w+\s*\)\s*=>\s*\w+\s*!==?\s*"
                                r"\w+(?:\.\w+){0,3}(?:\[\s*\w+\s*\]|\.charAt\(\s*\w+\s*\)|"
                                r"\.charCodeAt\(\s*\w+\s*\))|"
                                r"\.every\(\s*\(\s*\w+\s*,\s*\w+\s*\)\s*=>\s*\w+\s*===?\s*"
                                r"\w+(?:\.\w+){0,3}(?:\[\s*\w+\s*\]|\.charAt\(\s*\w+\s*\)|"
                                r"\.charCodeAt\(\s*\w+\s*\))")


# `[...a].reduce((ok, c, i) => ok && c === b[i], true)`, python `reduce(lambda acc, pair: acc
# and pair[0] == pair[1], zip(a, b), True)`: the comparison stops at the first difference
# (only the walk goes on).
_REDUCE_AND = lazyre.compile(r"\.reduce\(\s*\(\s*(\w+)\s*,\s*\w+\s*,\s*\w+\s*\)\s*=>\s*\(?\s*\1\s*&&|"
                             r"\breduce\(\s*lambda\s+(\w+)\s*,\s*\w+\s*:\s*\(?\s*\2\s+and\b")
# `[...a].reduce((d, c, i) => d | (c.charCodeAt(0) ^ b.charCodeAt(i)), 0)`: XOR folded by hand.
# Python's fold of the XORed pairs by OR: `reduce(operator.or_, (x ^ y for x, y in zip(a, b)),
# 0)`, `reduce(lambda d, v: d | v, map(operator.xor, a, b))`.
_REDUCE_XOR = lazyre.compile(r"\.reduce\(\s*\(\s*(\w+)\s*,\s*\w+\s*,\s*\w+\s*\)\s*=>\s*\(?\s*\1\s*\|"
                             r"[^;\n]{0,200}\^|"
                             r"\breduce\(\s*(?:operator\.or_|or_|lambda\s+(\w+)\s*,\s*(\w+)\s*:\s*\(?\s*"
                             r"(?:\2\s*\|\s*\3|\3\s*\|\s*\2))\s*\)?\s*,[^;\n]{0,200}(?:\^|\bxor\b)")


def _short_circuit(ctx: FileContext, body: Node) -> Node | None:
    for n in walk(body):
        if n.type in CALL_KINDS and (_SHORT_CIRCUIT.search(ctx.node_text(n)) or
                                     _REDUCE_AND.search(ctx.node_text(n))):
            return n
    return None


def _reduce_xor(ctx: FileContext, body: Node) -> Node | None:
    for n in walk(body):
        if n.type in CALL_KINDS and _REDUCE_XOR.search(ctx.node_text(n)) and not any(
                _REDUCE_XOR.search(ctx.node_text(c)) for c in n.named_children):
            return n
    return None


def _loop_variable(ctx: FileContext, name: Node, inside: Node) -> bool:
    """`x` of `for x, y in zip(a, b)` / `for i, c := range a` / `for (const c of a)`: an
    element of the sequences compared, bound by a loop around `inside`."""
    if name.type != "identifier":
        return False
    text = ctx.node_text(name)
    loop = inside.parent
    while loop is not None and loop.type not in FUNCTION_KINDS:
        if loop.type in ("for_statement", "for_in_statement", "enhanced_for_statement"):
            bound = loop.child_by_field_name("left") or loop.child_by_field_name("name")
            if bound is None:  # go: `for i, c := range a`
                clause = next((c for c in loop.named_children if c.type == "range_clause"),
                              None)
                bound = clause.child_by_field_name("left") if clause is not None else None
            if bound is not None and any(ctx.node_text(n) == text for n in walk(bound)
                                         if n.type == "identifier"):
                return True
        loop = loop.parent
    return False


def _callers_pass_secrets(ctx: FileContext, name: str) -> bool:
    """A call of the comparison passes a secret (`adminKeyOk(req.get('x-admin-key'))`,
    `codes_match(pending.code, body.get("code"))`)."""
    if not name:
        return False
    for call in calls_of(ctx).get(name, ()):
        args = call.child_by_field_name("arguments")
        if args is None:
            continue
        names = re.findall(r"[A-Za-z_]\w*|'[^']*'|\"[^\"]*\"", ctx.node_text(args))
        if any(_secret_words(n.strip("'\"")) for n in names):
            return True
        # a value a MAC made, passed directly or through a local of the caller (`expected =
        # createHmac(...).digest('hex')` then `sameTag(given, expected)`): the compared value
        # is a tag (a plain digest, a file's checksum, is not)
        caller = call.parent
        while caller is not None and caller.type not in FUNCTION_KINDS:
            caller = caller.parent
        if caller is not None and set(words(function_name(ctx, caller))) & _DECISION_WORDS \
                and len(names) >= 2:
            return True  # `authorised(p, given)` returning `self._same(expected, given)`:
            # a function named for an access decision compares what it was given with a
            # credential
        if caller is not None and _secret_words(function_name(ctx, caller)) and len(names) >= 2 \
                and set(names) <= set(parameter_names(ctx, caller)):
            return True  # `InstructorTokenOK(presented, stored)` returning `same(presented,
            # stored)`: the check of a credential handing its own arguments to the compare
        if caller is None or not _KEYED.search(ctx.node_text(caller)):
            continue
        if _MAC_VALUE.search(ctx.node_text(args)):
            return True  # `same(tag, hmac.new(key, msg, sha256).hexdigest())`
        held = set(re.findall(r"\b([A-Za-z_]\w*)\s*:?=(?!=)[^;\n]{0,160}?" + _MAC_VALUE.pattern,
                              ctx.node_text(caller)))
        if held & {n for n in names if not n.startswith(("'", '"'))}:
            return True
    return False


# A value made by a MAC or a digest: `createHmac(`, `hmac.new(`, `Mac.getInstance`,
# `.doFinal(`, `.hexdigest()`, `.digest(`, `hmac.New(`, `.Sum(`, `HmacSHA256`.
_MAC_VALUE = lazyre.compile(r"(?:createHmac\(|\bhmac\.(?:new|New|digest)\(|\bHmac\w*\(|"
                            r"\.doFinal\(|\.hexdigest\(|\.digest\(|\.Sum\(|\bsign\()")


def _secret_words(name: str) -> bool:
    w = set(words(name))
    return bool(w & _SECRET_ARGUMENTS) or ("key" in w and bool(w & _KEY_QUALIFIERS))


# A function named for an access decision (`scannerAccepts`, `badgeAuthorized`) over byte
# strings compares credentials (a byte-array equality of plain data would be named for it).
_DECISION_WORDS = frozenset({"accept", "accepts", "accepted", "allow", "allows", "allowed",
                             "admit", "admits", "authorized", "authorised", "authorize",
                             "authorise", "authentic", "authenticate", "authenticated", "grant",
                             "grants", "granted", "permit", "permits", "permitted", "trusted",
                             "unlock", "unlocks", "opens"})


_KEY_QUALIFIERS = frozenset({"api", "admin", "secret", "signing", "master", "private",
                             "shared", "access", "auth", "license", "licence", "device",
                             "client", "session", "webhook", "deploy", "hmac"})


# A code or PIN compared by a function named for it is a one-time or access code (`codesEqual`,
# `pin_matches`, `same_passcode`) unless the name says which other kind of code it is.
_CODE_WORDS = frozenset({"code", "codes", "pin", "pins", "passcode", "passcodes", "otp",
                         "totp", "hotp", "unlock", "pickup", "access"})
_OTHER_CODES = frozenset({"status", "http", "country", "region", "language", "lang", "locale",
                          "currency", "error", "err", "exit", "zip", "postal", "area", "color",
                          "colour", "product", "sku", "bar", "barcode", "qr", "iso", "unicode",
                          "char", "key", "keys", "source", "op", "opcode", "event", "return",
                          "response", "airport", "state", "reason", "dial", "phone", "hash"})


_ACCESS_OBJECTS = frozenset({"badge", "badges", "keycard", "keycards", "fob", "fobs"})
_BYTES_TYPES = lazyre.compile(r"byte\[\]|\[\]byte|Uint8Array|Buffer|\bbytes\b|bytearray")


def _byte_parameters(ctx: FileContext, fn: Node) -> bool:
    """The parameters are byte strings (`byte[] a`, `a []byte`, `a: Uint8Array`, `a: bytes`):
    tags compared so are MAC tags, not labels."""
    params = fn.child_by_field_name("parameters")
    return params is not None and _BYTES_TYPES.search(ctx.node_text(params)) is not None


def _names_one_time_code(name_words: tuple[str, ...]) -> bool:
    w = set(name_words)
    return bool(w & _CODE_WORDS) and not w & _OTHER_CODES


def _reads_secret(ctx: FileContext, body: Node) -> bool:
    """The function loads the secret it compares against (`process.env.DEPLOY_TOKEN`,
    `settings.ADMIN_KEY`, `os.Getenv("WEBHOOK_SECRET")`)."""
    return any(_secret_words(n) for n in re.findall(r"[A-Za-z_]\w*", ctx.node_text(body)))


# `len(a) != len(b)`, `a.length !== b.length`, `a.length() != b.length()`, `len(a) == len(b)`
_LENGTHS_FIRST = lazyre.compile(
    rb"\blen\(\s*[\w.]+\s*\)\s*[!=]==?\s*len\(\s*[\w.]+\s*\)|"
    rb"[\w.]+\.(?:length|size)(?:\(\))?\s*[!=]==?\s*[\w.]+\.(?:length|size)(?:\(\))?")


_KEYED = lazyre.compile(r"createHmac|\bhmac\.(?:new|New|digest)\b|Mac\.getInstance|HMAC|Hmac")


def _early_exit_on_tag(ctx: FileContext, fn: Node, body: Node) -> Node | None:
    """`for i ... if got[i] != expected[i] { return }` where `expected` was made by a MAC or a
    digest in the same function (a handler checking a webhook signature inline), whatever
    the function is called: the comparison leaks how much of the tag matched."""
    text = ctx.node_text(body)
    if not _KEYED.search(text):
        return None  # a plain digest (a download's checksum) is no secret
    made = set(re.findall(r"\b([A-Za-z_]\w*)\s*:?=(?!=)[^;\n]{0,200}?" + _MAC_VALUE.pattern,
                          text))
    if not made:
        return None
    for n in walk(body):
        if n.type not in _IF_KINDS or not in_loop(n):
            continue
        inner = n.parent
        while inner is not None and inner.type not in FUNCTION_KINDS:
            inner = inner.parent
        if inner is None or inner.id != fn.id:
            continue  # a nested function is checked on its own
        condition = unwrap(n.child_by_field_name("condition"))
        if condition is None or not re.search(r"!==?|<>", ctx.node_text(condition)):
            continue
        sides = re.findall(r"(?<![\w.])([A-Za-z_][\w.]{0,80})\s*\[[^\]]{1,40}\]",
                           ctx.node_text(condition))
        if len(sides) != 2 or not {s.rsplit(".", 1)[-1] for s in sides} & made:
            continue
        consequence = n.child_by_field_name("consequence")
        if consequence is not None and re.search(r"\b(?:return|break|throw|raise)\b",
                                                 ctx.node_text(consequence)):
            return condition
    return None


_CLASS_KINDS = frozenset({"class_declaration", "class_definition", "class"})
# A value someone hands in to be checked, and the one it is checked against.
_PRESENTED = frozenset({"given", "provided", "supplied", "presented", "received", "submitted", "got",
                        "claimed", "incoming", "offered", "typed", "entered", "candidate"})
_REFERENCE = frozenset({"expected", "stored", "known", "computed", "correct", "valid", "want",
                        "wanted", "issued", "recorded", "trusted"})


def _expected_and_presented(ctx: FileContext, fn: Node) -> bool:
    """Byte strings compared as what was expected against what was presented (`expected`
    and `given`, `stored` and `supplied`): a verification of a value someone hands in, the
    shape of a tag or token check, whatever the data is called."""
    params = [set(words(p)) for p in parameter_names(ctx, fn) if p not in _TYPE_NAMES]
    return len(params) == 2 and any(p & _PRESENTED for p in params) and \
        any(p & _REFERENCE for p in params)


# Lists, arrays and slices of values (`rows: list`, `List<String>`, `[]int`, `number[]`):
# an element-wise comparison of records, not of one secret.
_COLLECTION_TYPES = lazyre.compile(r"\b(?:list|List|Set|set|tuple|Sequence|Iterable|Array|"
                                   r"Collection|Map|dict)\b|\[\](?!byte\b)\w|\w\[\]")
_TEST_PATH = lazyre.compile(r"(?:^|/)(?:tests?|__tests__|testdata|spec)/|(?:^|/)test_[^/]*\.py$|"
                            r"_test\.(?:py|go)$|\.(?:test|spec)\.[jt]sx?$|Tests?\.java$")


def _collection_parameters(ctx: FileContext, fn: Node) -> bool:
    params = fn.child_by_field_name("parameters")
    text = ctx.node_text(params) if params is not None else ""
    return _COLLECTION_TYPES.search(text.replace("byte[]", "bytes")) is not None


# Type names that `parameter_names` may list beside the names (`stored: bytes`).
_TYPE_NAMES = frozenset({"bytes", "bytearray", "memoryview", "str", "Buffer", "Uint8Array",
                         "byte", "string", "list"})


def _owner_type(ctx: FileContext, fn: Node) -> str:
    """The type a method belongs to: a Go receiver's type (`func (t Token) Equal(...)`,
    `func (k apiKey) matches(...)`) or the enclosing class (`class ApiToken`), when the method
    takes one value to compare with the object itself: a comparison method of a key or token
    type compares secrets whatever the method is called (a class of helpers comparing two
    arguments is not the secret)."""
    if len(parameter_names(ctx, fn)) != 1:
        return ""
    receiver = fn.child_by_field_name("receiver") if fn.type == "method_declaration" else None
    if receiver is not None:
        parts = ctx.node_text(receiver).replace("*", " ").strip("() ").split()
        return parts[-1] if len(parts) >= 2 else ""
    owner = fn.parent
    while owner is not None and owner.type not in FUNCTION_KINDS | _CLASS_KINDS:
        owner = owner.parent
    if owner is not None and owner.type in _CLASS_KINDS:
        return ctx.node_text(owner.child_by_field_name("name"))
    return ""


# Something a comparison is made of: an (in)equality, a loop over the bytes, a comparing call.
# A function named for timing safety that has none (`_mitigate_timing_attack(password)` hashing
# a dummy password so unknown users take as long as known ones) compares nothing.
_COMPARES_SOMETHING = lazyre.compile(
    rb"==|!=|<>|\^|\bfor\b|\bwhile\b|\bzip\b|\ball\(|\bany\(|\.every\(|\.some\(|"
    rb"(?i:equal|compare|cmp|match)")


def evidence(ctx: FileContext, fn: Node) -> Evidence | None:
    name = function_name(ctx, fn)
    name_words = words(name)
    # plurals too: `secretsEqual`, `tokensMatch`
    name_words = (*name_words, *(w[:-1] for w in name_words if len(w) > 4 and w.endswith("s")
                                 and w[:-1] not in name_words))
    if set(name_words) & NON_CRYPTO_WORDS or game_context(ctx, fn, by_file=False):
        return None  # a game's "secret code" is no secret
    named = _named_constant_time(name_words)
    body = fn.child_by_field_name("body")
    if body is None:
        return None
    source = ctx.source[body.start_byte:body.end_byte]
    if (b"!=" in source or b"<>" in source) and _MAC_VALUE.search(source.decode(
            "utf-8", "replace")):
        tagged = _early_exit_on_tag(ctx, fn, body)
        if tagged is not None:
            return Evidence(tagged, "compare", "a comparison loop that returns at the first "
                                               "differing byte of a MAC (a timing leak)")
    # named for comparing, or shaped like an equality test whatever its name: the lengths
    # compared first, then the elements (`authorized`, `gate_ok`)
    compares = bool(set(name_words) & _COMPARE_WORDS) or (
        (b"!=" in source or b"<>" in source or b"all(" in source or b".every(" in source) and
        (b"len(" in source or b".length" in source or b".size" in source) and
        _LENGTHS_FIRST.search(source) is not None)  # every match holds `len(`/`.length`/`.size`
    secret = bool(set(name_words) & _SECRET_OPERANDS) or (
        bool(set(name_words) & _DECISION_WORDS) and _byte_parameters(ctx, fn)) or (
        compares and bool(set(words(_owner_type(ctx, fn))) & _SECRET_OPERANDS)) or (
        bool(set(name_words) & {"tag", "tags"}) and _byte_parameters(ctx, fn)) or (
        # a badge or key fob's bytes: what a reader lets someone in with
        bool(set(name_words) & _ACCESS_OBJECTS) and _byte_parameters(ctx, fn)) or any(
        set(words(p)) & _SECRET_OPERANDS for p in parameter_names(ctx, fn)) or (
        compares and _names_one_time_code(name_words) and not any(
            set(words(p)) & _OTHER_CODES for p in parameter_names(ctx, fn)))
    if not secret and compares and not named and (
            b"!=" in source or b"<>" in source or b"all(" in source or b".every(" in source or
            b"any(" in source or b".some(" in source or b".reduce(" in source or
            b"+=" in source or b"|=" in source):
        secret = _callers_pass_secrets(ctx, name) or _reads_secret(ctx, body)
    if not secret and compares and _names_one_time_code(words(_owner_type(ctx, fn))):
        secret = True  # Go `func (g gateCode) check(typed string) bool`
    if not secret and compares and not _collection_parameters(ctx, fn) and \
            not _TEST_PATH.search(ctx.path):
        secret = _expected_and_presented(ctx, fn)
    early_candidate = compares and (secret or named) and (
        b"!=" in source or b"<>" in source or b"all(" in source or b".every(" in source or
        b"while" in source or b"any(" in source or b".some(" in source or
        b".reduce(" in source or b"&&" in source or b" and " in source or b"reduce(" in source or
        b"&=" in source)
    if not named and not early_candidate and (b"|" not in source or b"^" not in source) and \
            not (compares and secret and (b"+=" in source or b"sum(" in source)):
        # neither named for it nor a candidate loop (nor differences summed): skip the walk
        return None
    accumulates: Node | None = None
    for n in walk(body):
        if n.type in CALL_KINDS:
            if last_name(callee(ctx, n)) in _LIBRARY:
                return None
        elif accumulates is None and n.type in (*AUGMENTED_KINDS, "assignment") and \
                _xor_accumulates(ctx, n):
            accumulates = n
    if accumulates is None and (named or (compares and secret)) and \
            b"reduce(" in source:
        accumulates = _reduce_xor(ctx, body)
    if accumulates is None and (named or (compares and secret)):
        accumulates = next((n for n in walk(body) if n.type in AUGMENTED_KINDS and
                            (_flag_accumulates(ctx, n) or _difference_accumulates(ctx, n))),
                           None)
    if accumulates is None and (named or (compares and secret)) and b"sum(" in source:
        # `sum(x != y for x, y in zip(a, b)) == 0`, `sum(a ^ b for a, b in zip(x, y))`: the
        # differing positions counted over the whole length
        accumulates = next((n for n in walk(body) if n.type in CALL_KINDS and
                            _SUMMED_DIFFERENCES.search(ctx.node_text(n))), None)
    if accumulates is not None:
        if accumulates.type in CALL_KINDS and _SUMMED_DIFFERENCES.search(ctx.node_text(
                accumulates)):
            return Evidence(accumulates, "compare", "a comparison counting the differing "
                                                    "positions by hand")
        if _difference_accumulates(ctx, accumulates):
            return Evidence(accumulates, "compare", "a comparison loop summing the elements' "
                                                    "differences (they can cancel out)")
        return Evidence(accumulates, "compare", "an XOR-accumulating comparison loop")
    early = _early_exit(ctx, body) if early_candidate else None
    if early is None and compares and (secret or named):
        early = _short_circuit(ctx, body)
    if early is not None:
        return Evidence(early, "compare", "a comparison loop that returns at the first "
                                          "differing byte (a timing leak)")
    if named and body.named_child_count and _COMPARES_SOMETHING.search(source):
        return Evidence(fn.child_by_field_name("name") or fn, "compare",
                        "a function named constant-time that does not call the library routine")
    return None

