"""Textbook RSA and hand-written modular exponentiation: `pow(m, e, n)` / `m.modPow(e, n)` /
`new(big.Int).Exp(m, e, n)` on key-named values, calls of a local `modPow`-style helper with
them, and the square-and-multiply helper itself in a file about keys or signatures
(VG-CRYPTO-005). Primality tests and modular inverses are not evidence."""


from __future__ import annotations

import re

from tree_sitter import Node

from vigilint import lazyre
from vigilint.analyzers.context import FileContext
from vigilint.analyzers.crypto.recognize import Evidence
from vigilint.analyzers.crypto.recognize.handmade import calls_of
from vigilint.analyzers.crypto.syntax import (
    BINARY_KINDS,
    CALL_KINDS,
    FUNCTION_KINDS,
    LOOP_KINDS,
    callee,
    enclosing_function,
    file_mentions,
    function_name,
    last_name,
    operator,
    parameter_names,
    resolved_int,
    walk,
    words,
)

_KEY_WORDS = frozenset({"key", "priv", "private", "pub", "public", "modulus", "exponent", "rsa",
                        "cipher", "ciphertext", "plaintext", "signature", "secret", "privkey",
                        "pubkey", "totient", "phi"})
_MODEXP_NAMES = frozenset({"modexp", "modpow", "powmod", "powermod", "modpower", "fastexp",
                           "fastpow", "expmod", "squareandmultiply", "modularexp",
                           "modularexponentiation", "modularpow", "modularpower", "montgomeryexp",
                           "modexponent", "bigpowmod"})
_CONTEXT = ("rsa", "encrypt", "decrypt", "private_key", "privatekey", "privkey", "public_key",
            "publickey", "signature", "ciphertext", "plaintext")


def _arguments(call: Node) -> list[Node]:
    args = call.child_by_field_name("arguments")
    if args is None:
        return []
    return [a for a in args.named_children if a.type not in ("comment", "keyword_argument")]


# A conversion around the value (`BigInt(d)`, `big.NewInt(e)`, `new BigInteger(n)`, `int(d)`).
_CONVERSION = lazyre.compile(r"(?:new\s+)?[A-Za-z_][\w.]{0,60}\(\s*([A-Za-z_][\w.]{0,80})\s*"
                             r"(?:,\s*\d{1,3}\s*)?\)")


_NESTED_CONVERSION = lazyre.compile(r"[A-Za-z_][\w.]{0,60}\(\s*[A-Za-z_][\w.]{0,30}\(\s*"
                                    r"([A-Za-z_][\w.]{0,80})\s*\)\s*\)")


def _arg_names(ctx: FileContext, args: list[Node]) -> list[str]:
    names = []
    for arg in args:
        text = ctx.node_text(arg).strip()
        inner = _CONVERSION.fullmatch(text) or _NESTED_CONVERSION.fullmatch(text)
        if inner is not None:  # `BigInt(d)`; `big.NewInt(int64(e))`: conversions nested
            text = inner.group(1)
        names.append(text.rsplit(".", 1)[-1].strip())
    return names


def _keyed(ctx: FileContext, names: list[str]) -> bool:
    lowered = {n.lower() for n in names}
    if lowered & {"e", "d"} and "n" in lowered:
        return True
    # the key's parts named by their last word (`BOX_OFFICE_E`, `BOX_OFFICE_N`, `rsaD`)
    last = {(words(n) or [""])[-1].lower() for n in names}
    if last & {"e", "d"} and "n" in last and len(names) >= 3:
        return True
    return any(set(words(n)) & _KEY_WORDS for n in names)


# A call can only be reported when its callee text is `pow`, or ends in `modPow` / `Exp`.
_CALL_NAMES = ("pow", "Pow", "Exp", "modexp", "ModExp", "expmod", "expMod", "exp_mod")


_MATH_WORDS = frozenset({"prime", "primes", "primality", "miller", "rabin", "fermat", "witness",
                         "gcd", "inverse", "legendre", "jacobi", "lucas", "probable", "euler",
                         "totient", "factor", "factorize", "sieve"})


def _math_helper(ctx: FileContext, node: Node) -> bool:
    fn = enclosing_function(node)
    return fn is not None and bool(set(words(function_name(ctx, fn))) & _MATH_WORDS)


def _check_call(ctx: FileContext, call: Node) -> bool:
    if not file_mentions(ctx, "crypto.rsa_calls", _CALL_NAMES):
        return False  # no callee in this file can be one of them
    name = callee(ctx, call)
    method = last_name(name)
    args = _arguments(call)
    if "".join(words(method)) in _MODEXP_NAMES and len(args) == 3 and method != "pow":
        return _keyed(ctx, _arg_names(ctx, args)) and not _math_helper(ctx, call)
    if name != "pow" and method not in ("modPow", "Exp"):
        return False
    if args and ctx.node_text(args[1 if len(args) > 1 else 0]).replace(" ", "") == "-1":
        return False  # a modular inverse (key generation), not an exponentiation
    if _math_helper(ctx, call):
        return False
    if ctx.language == "python" and name == "pow" and len(args) == 3:
        return _keyed(ctx, _arg_names(ctx, args)) or _in_operation(ctx, call, args[1]) or \
            _prime_product(ctx, args[2]) or _diffie_hellman(ctx, args)
    if method == "modPow" and len(args) == 2:
        receiver = name.rsplit(".", 1)[0] if "." in name else ""
        held = call.child_by_field_name("object")
        return _keyed(ctx, [receiver, *_arg_names(ctx, args)]) or _in_operation(
            ctx, call, args[0]) or _prime_product(ctx, args[1]) or (
            held is not None and _diffie_hellman(ctx, [held, *args]))
    if ctx.language == "go" and method == "Exp" and len(args) == 3:
        return _keyed(ctx, _arg_names(ctx, args)) or _in_operation(ctx, call, args[1]) or \
            _prime_product(ctx, args[2]) or _diffie_hellman(ctx, args)
    return False


# Two primes drawn by the code: `rand.Prime(rand.Reader, 512)`, `BigInteger.probablePrime(`,
# `getPrime(`, `sympy.randprime(`.
_PRIME_DRAWS = ("rand.Prime(", "probablePrime(", "getPrime(", "randprime(", "generate_prime(")


def _prime_product(ctx: FileContext, modulus: Node) -> bool:
    """The modulus is bound in the file to the product of two primes the code draws itself
    (`N: new(big.Int).Mul(p, q)` after two `rand.Prime` calls): an RSA modulus, whatever the
    exponent (`Exp(m, big.NewInt(3), v.N)`)."""
    if sum(ctx.text.count(d) for d in _PRIME_DRAWS) < 2:
        return False
    name = ctx.node_text(modulus).strip().rsplit(".", 1)[-1]
    if not re.fullmatch(r"[A-Za-z_]\w{0,40}", name):
        return False
    return re.search(rf"\b{re.escape(name)}\s{{0,4}}(?::=|=|:)\s{{0,4}}[^\n;]{{0,60}}"
                     rf"(?:\.Mul\(|\.multiply\(|\b\w{{1,20}}\s{{0,4}}\*\s{{0,4}}\w)",
                     ctx.text) is not None


# The parts of a Diffie-Hellman exchange by their names: the generator, the prime.
_GENERATOR_WORDS = frozenset({"g", "gen", "generator"})
_PRIME_WORDS = frozenset({"p", "prime", "modulus", "group"})


def _diffie_hellman(ctx: FileContext, args: list[Node]) -> bool:
    """`Exp(fieldGen, f.own, fieldPrime)`, `pow(G, secret, P)`: a generator raised to a held
    exponent modulo a named prime (a textbook Diffie-Hellman share), or the peer's share
    raised to that exponent modulo the same prime (the shared key)."""
    base, exponent, modulus = args[0], args[1], args[2]
    if resolved_int(ctx, exponent) is not None or _math_helper(ctx, base):
        return False
    last = ctx.node_text(modulus).strip().rsplit(".", 1)[-1]
    if not set(words(last)) & _PRIME_WORDS or not re.fullmatch(r"[A-Za-z_]\w{0,40}", last):
        return False
    base_words = set(words(ctx.node_text(base).strip().rsplit(".", 1)[-1]))
    exponent_text = ctx.node_text(exponent).strip()
    return bool(base_words & _GENERATOR_WORDS) or (
        bool(base_words & {"peer", "their", "other", "remote", "share", "public"}) and
        re.fullmatch(r"[A-Za-z_][\w.]{0,60}", exponent_text) is not None)


def _in_operation(ctx: FileContext, call: Node, exponent: Node) -> bool:
    """A modular exponentiation by a variable exponent (not `pow(x, 2, p)`) in a function
    named for what RSA does (`payrollSignature`, `sealVoucher`, `decrypt_blob`) or whose value
    is bound to such a name: the operation, whatever the key's parts are called."""
    text = ctx.node_text(exponent).strip()
    if resolved_int(ctx, exponent) is not None or not re.fullmatch(r"[A-Za-z_][\w.]{0,80}",
                                                                      text):
        return False
    fn = enclosing_function(call)
    names = [function_name(ctx, fn)] if fn is not None else []
    holder = call.parent
    while holder is not None and holder.type not in _BINDINGS and \
            holder.type not in FUNCTION_KINDS:
        holder = holder.parent
    if holder is not None and holder.type in _BINDINGS:
        target = holder.child_by_field_name("left") or holder.child_by_field_name("name")
        names.append(ctx.node_text(target) if target is not None else "")
    return any(set(words(n)) & _OPERATION_WORDS and not set(words(n)) & _MATH_WORDS
               for n in names)


_BINDINGS = frozenset({"assignment", "variable_declarator", "short_var_declaration",
                       "assignment_expression", "assignment_statement"})


_SQUARE = lazyre.compile(r"\b(\w+)\s*=\s*\(?\s*\1\s*\*\s*\1\s*\)?\s*%|"
                         r"\b(\w+)\s*=\s*\(?\s*\2\s*\*\*\s*2\s*\)?\s*%")
_HALVE = lazyre.compile(r">>=\s*1n?\b|>>\s*1n?\b|//=\s*2\b|/=\s*2n?\b|\.shiftRight\(\s*1\s*\)|"
                        r"Rsh\(|\.toString\(\s{0,4}2\s{0,4}\)|\bbin\(|\.testBit\(|\.Bit\(")


def _squares(text: str) -> bool:
    """`_SQUARE` matches; every match holds `=`, `*` and `%`, tested first (the back-references
    make the search slow)."""
    return "%" in text and "*" in text and "=" in text and _SQUARE.search(text) is not None


def _big_squares(text: str) -> bool:
    """A big-number type squared by method: Java `base = base.multiply(base).mod(m)`, Go
    `b.Mul(b, b)` (then `b.Mod(b, m)`); each match holds `.multiply(` and `.mod(`, or `.Mul(`,
    tested first (back-references)."""
    return (".multiply(" in text and ".mod(" in text and
            _BIG_SQUARE[0].search(text) is not None) or (
        ".Mul(" in text and _BIG_SQUARE[1].search(text) is not None)


def _any_squares(text: str) -> bool:
    return _squares(text) or _big_squares(text)


_BIG_SQUARE = (lazyre.compile(r"\b(\w{1,40})\s{0,4}=\s{0,4}\1\.multiply\(\s{0,4}\1\s{0,4}\)\s{0,4}\.mod\("),
               lazyre.compile(r"\b(\w{1,40})\.Mul\(\s{0,4}\1\s{0,4},\s{0,4}\1\s{0,4}\)"))


def _halves(text: str) -> bool:
    """`_HALVE` matches; every match holds `>>`, `/=`, `.shiftRight(` or `Rsh(`, or walks the
    exponent's bits (`e.toString(2)`, `bin(e)`, `e.testBit(i)`, `e.Bit(i)`)."""
    return (">>" in text or "/=" in text or ".shiftRight(" in text or "Rsh(" in text or
            "toString(" in text or "bin(" in text or "Bit(" in text) and \
        _HALVE.search(text) is not None


_OPERATION_WORDS = frozenset({"rsa", "sign", "signature", "encrypt", "decrypt", "verify",
                              "seal", "unseal", "cipher", "decipher", "encipher"})


def _square_and_multiply(ctx: FileContext, fn: Node) -> bool:
    """`rsaSignManifest(h, d, n)` computing `result = result * base % n; base = base * base % n;
    e >>= 1` itself: square-and-multiply inside the operation, whatever it is called."""
    name_words = set(words(function_name(ctx, fn)))
    if name_words & _MATH_WORDS or not (
            name_words & _OPERATION_WORDS or _keyed(ctx, parameter_names(ctx, fn))):
        return False
    text = ctx.node_text(fn)
    return _halves(text) and _any_squares(text)


def _called_with_key(ctx: FileContext, fn: Node) -> bool:
    """A square-and-multiply helper, whatever its name (`pow`, `expo`, `powm`), that a call
    of the file hands the key's exponent and modulus (`SaveSigner.pow(h, this.d, this.n)`)."""
    name = function_name(ctx, fn)
    if not name or set(words(name)) & _MATH_WORDS:
        return False
    text = ctx.node_text(fn)
    if not _halves(text) or not _any_squares(text) or not any(
            n.type in LOOP_KINDS for n in walk(fn)):
        return False
    owner = _class_around(fn)
    owner_name = ctx.node_text(owner.child_by_field_name("name")) if owner is not None else ""
    # (three operands, or two with the modulus a constant the helper reads: `power(BASE,
    # secret)` reducing by `% PRIME`)
    return any(len(_arguments(call)) in (2, 3) and _keyed(ctx, _arg_names(ctx, _arguments(call)))
               and not _math_helper(ctx, call) and (owner is None or _same_class(
                   ctx, call, owner, owner_name)) for call in calls_of(ctx).get(name, ()))


_CLASSES = frozenset({"class_definition", "class_declaration", "class"})


def _class_around(node: Node) -> Node | None:
    cur = node.parent
    while cur is not None and cur.type not in _CLASSES:
        cur = cur.parent
    return cur


def _same_class(ctx: FileContext, call: Node, owner: Node, owner_name: str) -> bool:
    """The call reaches the method of `owner`: made inside it, or through its name."""
    around = _class_around(call)
    if around is not None and around.id == owner.id:
        return True
    name = callee(ctx, call)
    return bool(owner_name) and name.rsplit(".", 1)[0].rsplit(".", 1)[-1] == owner_name


# phi(n) = (p - 1)(q - 1): `(p - 1) * (q - 1)`, `p.subtract(ONE).multiply(q.subtract(ONE))`,
# `new(big.Int).Mul(pm1, qm1)` after `Sub(p, one)`.
_TOTIENT = lazyre.compile(r"\(\s*\w+\s*-\s*1n?\s*\)\s*\*\s*\(\s*\w+\s*-\s*1n?\s*\)|"
                          r"\.subtract\(\s*BigInteger\.ONE\s*\)\s*\.multiply\(\s*\w+\s*"
                          r"\.subtract\(\s*BigInteger\.ONE\s*\)")
_INVERSE = lazyre.compile(r"modInverse\(|\bpow\([^()\n]*,\s*-1\s*,|ModInverse\(|\begcd\b|"
                          r"\binverse\b|\bmod_inv|\bmodinv|\binvmod|\binvert\(", re.IGNORECASE)


def _key_generation(ctx: FileContext, fn: Node) -> Evidence | None:
    """RSA keys made by hand: phi(n) from the two primes and the private exponent as the
    inverse of e modulo it (whatever the function is called)."""
    if set(words(function_name(ctx, fn))) & (_MATH_WORDS - {"totient", "inverse"}):
        return None
    text = ctx.node_text(fn)
    found = _TOTIENT.search(text)
    if found is None or _INVERSE.search(text) is None:
        return None
    at = fn.start_byte + len(text[:found.start()].encode("utf-8"))
    node = next((n for n in reversed(list(walk(fn))) if n.start_byte <= at < n.end_byte
                 and n.type in BINARY_KINDS | CALL_KINDS), fn)
    return Evidence(node, "rsa", "RSA key generation written out (phi(n) and the private "
                                 "exponent as the inverse of e)")


# The private exponent reduced modulo p - 1 (RSA-CRT's dP, dQ): `d % (p - 1)`, `D.Mod(D,
# new(big.Int).Sub(P, one))` / `Mod(s.D, new(big.Int).Sub(s.P, one))`, `d.mod(p.subtract(ONE))`.
_CRT_EXPONENT = lazyre.compile(
    r"%\s{0,4}\(\s{0,4}[\w.]{1,40}\s{0,4}-\s{0,4}1n?\s{0,4}\)|"
    r"\.Mod\(\s{0,4}[\w.]{1,40}\s{0,4},\s{0,4}new\(big\.Int\)\.Sub\(|"
    r"\.mod\(\s{0,4}[\w.]{1,40}\.subtract\(\s{0,4}(?:BigInteger\.)?ONE\s{0,4}\)")
# A modular exponentiation with three operands: `pow(m, dp, p)`, `m.modPow(dp, p)`,
# `new(big.Int).Exp(m, dp, P)`.
_MODEXP_CALL = lazyre.compile(r"\bpow\([^,\n]{1,80},[^,\n]{1,120},|\.modPow\(|\.Exp\(")


def _crt_signing(ctx: FileContext, fn: Node) -> Evidence | None:
    """RSA with the Chinese remainder theorem written out: the private exponent reduced
    modulo p - 1 and q - 1, two exponentiations, recombined with the inverse of q mod p
    (Garner), whatever the key's fields are called."""
    text = ctx.node_text(fn)
    if len(_CRT_EXPONENT.findall(text)) < 2 or len(_MODEXP_CALL.findall(text)) < 2 or \
            _INVERSE.search(text) is None:
        return None
    found = _MODEXP_CALL.search(text)
    assert found is not None
    at = fn.start_byte + len(text[:found.start()].encode("utf-8"))
    node = next((n for n in reversed(list(walk(fn))) if n.start_byte <= at < n.end_byte
                 and n.type in CALL_KINDS), fn)
    return Evidence(node, "rsa", "RSA-CRT written out (the private exponent reduced modulo "
                                 "p - 1 and q - 1, two exponentiations recombined) with no "
                                 "padding")


def _recursive(ctx: FileContext, fn: Node, name: str) -> bool:
    """The function calls itself (by its name, or the name its arrow is bound to)."""
    body = fn.child_by_field_name("body")
    return bool(name) and body is not None and re.search(
        rb"(?<![\w.])" + re.escape(name.encode()) + rb"\s*\(",
        ctx.source[body.start_byte:body.end_byte]) is not None


def _check_function(ctx: FileContext, fn: Node) -> Evidence | None:
    name = function_name(ctx, fn)
    keys = _key_generation(ctx, fn) if file_mentions(
        ctx, "crypto.rsa_keygen", ("- 1", "-1", "subtract")) else None
    if keys is not None:
        return keys
    crt = _crt_signing(ctx, fn) if file_mentions(
        ctx, "crypto.rsa_crt", ("modPow(", ".Exp(", "pow(")) and file_mentions(
        ctx, "crypto.rsa_crt_inverse", ("nverse", "egcd", "mod_inv", "modinv", "invmod",
                                        ", -1", "invert(")) else None
    if crt is not None:
        return crt
    if "".join(words(name)) not in _MODEXP_NAMES:
        if _square_and_multiply(ctx, fn) and any(n.type in LOOP_KINDS for n in walk(fn)) \
                and file_mentions(ctx, "crypto.rsa_context", _CONTEXT, lower=True):
            return Evidence(fn.child_by_field_name("name") or fn, "rsa",
                            "a square-and-multiply modular exponentiation written out")
        if _called_with_key(ctx, fn):
            return Evidence(fn.child_by_field_name("name") or fn, "rsa",
                            "a hand-written square-and-multiply modular exponentiation "
                            "called with the key's exponent and modulus")
        return None
    body = fn.child_by_field_name("body")
    if body is None:
        return None
    looped = modular = False
    for n in walk(body):
        if n.type in LOOP_KINDS:
            looped = True
        elif (n.type in BINARY_KINDS and operator(ctx, n) == "%") or (n.type in (
                "augmented_assignment", "augmented_assignment_expression",
                "assignment_statement", "assignment_expression") and operator(ctx, n) == "%=") or (n.type in CALL_KINDS and last_name(callee(ctx, n)) in ("mod", "Mod", "remainder")):
            modular = True
    # (recursion is the loop written another way: `e % 2n ? b * modExp(b, e - 1n, m) % m :
    # modExp(b * b % m, e / 2n, m)`)
    looped = looped or _recursive(ctx, fn, name)
    if not (looped and modular):
        return None
    if not file_mentions(ctx, "crypto.rsa_context", _CONTEXT, lower=True):
        # (or called with a key's parts, or with a generator and a prime: Diffie-Hellman)
        calls = [_arguments(call) for call in calls_of(ctx).get(name, ())
                 if len(_arguments(call)) == 3 and not _math_helper(ctx, call)]
        # (calls with the key's parts are evidence themselves; the helper joins them)
        if not any(_keyed(ctx, _arg_names(ctx, args)) for args in calls) and \
                any(_diffie_hellman(ctx, args) for args in calls):
            return Evidence(fn.child_by_field_name("name") or fn, "rsa",
                            "a textbook Diffie-Hellman exponentiation written by hand "
                            "(square-and-multiply of a generator modulo a hand-picked prime)")
        return None
    return Evidence(fn.child_by_field_name("name") or fn, "rsa",
                    "a hand-written square-and-multiply modular exponentiation")


NODE_KINDS = frozenset({"call", "call_expression", "method_invocation"}) | (
    FUNCTION_KINDS - {"function"}) | BINARY_KINDS


def _power_mod(ctx: FileContext, node: Node) -> bool:
    """`(m ** e) % n`, `(sig ** this.e) % this.n`: exponentiation then reduction with the
    key's exponent and modulus."""
    if operator(ctx, node) != "%":
        return False
    left = node.child_by_field_name("left")
    while left is not None and left.type == "parenthesized_expression" and left.named_children:
        left = left.named_children[0]
    if left is None or left.type not in BINARY_KINDS or operator(ctx, left) != "**":
        return False
    names = [ctx.node_text(left.child_by_field_name("left")),
             ctx.node_text(left.child_by_field_name("right")),
             ctx.node_text(node.child_by_field_name("right"))]
    names = [n.rsplit(".", 1)[-1] for n in names]
    lowered = {n.lower() for n in names}
    keyed = bool(lowered & {"e", "d"} and "n" in lowered) or any(
        set(words(n)) & (_KEY_WORDS - {"modulus", "exponent"}) for n in names)
    return keyed and not _math_helper(ctx, node)


def evidence(ctx: FileContext, node: Node) -> Evidence | None:
    if node.type in FUNCTION_KINDS:
        return _check_function(ctx, node)
    if node.type in BINARY_KINDS:
        if file_mentions(ctx, "crypto.power", ("**",)) and _power_mod(ctx, node):
            return Evidence(node, "rsa", "a modular exponentiation with the key's exponent "
                                         "and modulus and no padding")
        return None
    if _check_call(ctx, node):
        args = _arguments(node)
        if node.type == "method_invocation" and len(args) == 2:
            receiver = node.child_by_field_name("object")
            args = [receiver, *args] if receiver is not None else args
        if len(args) == 3 and not _keyed(ctx, _arg_names(ctx, args)) and \
                _diffie_hellman(ctx, args):
            return Evidence(node, "rsa", "a textbook Diffie-Hellman exponentiation (a held "
                                         "exponent modulo a hand-picked prime)")
        return Evidence(node, "rsa", "a modular exponentiation with the key's exponent and "
                                     "modulus and no padding")
    return None


