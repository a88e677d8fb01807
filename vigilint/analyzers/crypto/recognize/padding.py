"""Block padding written by hand for a block cipher (VG-CRYPTO-009):

- a pad or unpad written out (PKCS#7, ANSI X.923, zeros: `16 - len(data) % 16` bytes added,
  or the pad length read from the last byte and cut off, checked or not) whose result feeds a
  cipher told not to pad (`setAutoPadding(false)`, `NoPadding`) or a raw block mode
  (`modes.CBC`, `MODE_CBC`, `CryptBlocks`), or that a decryption of one is handed to: the
  padding layer of a home-made CBC scheme, the place padding oracles come from;
- elsewhere, a function named for padding that fills up to the block size with a constant
  byte (zeros, spaces) that cannot be told from the data when it is removed, in a file that
  encrypts with a block cipher, and an unpad that trusts the last byte.

Padding for framing (records aligned to 4 or 8 bytes, Base64 `=`) that no cipher reads is not
reported."""


from __future__ import annotations

import re

from tree_sitter import Node

from vigilint import lazyre
from vigilint.analyzers.context import FileContext
from vigilint.analyzers.crypto.recognize import Evidence
from vigilint.analyzers.crypto.recognize.handmade import calls_of
from vigilint.analyzers.crypto.syntax import (
    BINARY_KINDS,
    FUNCTION_KINDS,
    file_mentions,
    function_name,
    operands,
    operator,
    resolved_int,
    unwrap,
    walk,
    words,
)

_BLOCK_CIPHERS = ("createCipheriv", "Cipher.getInstance", "algorithms.AES", "AES.new",
                  "aes.NewCipher", "des.NewCipher", "NewCBCEncrypter", "DES.new", "Blowfish",
                  "modes.CBC", "modes.ECB", "AESEngine", "CryptoJS.AES")
_BLOCK_SIZES = frozenset({8, 16, 32, 64})

NODE_KINDS = (FUNCTION_KINDS - {"function"}) | {"lambda"}  # `pad = lambda s: ...`
_BINDINGS = frozenset({"assignment", "variable_declarator", "short_var_declaration",
                       "assignment_expression", "augmented_assignment", "var_spec",
                       "lexical_declaration", "local_variable_declaration"})


def _pad_to_block(ctx: FileContext, node: Node, symbolic: bool = True) -> bool:
    """`16 - (len(data) % 16)` / `BLOCK - data.length % BLOCK`; with `symbolic`, also a block
    size named by the cipher (`aes.BlockSize - len(data)%aes.BlockSize`)."""
    if node.type not in BINARY_KINDS or operator(ctx, node) != "-":
        return False
    left, right = (unwrap(x) for x in operands(node))
    if left is None or right is None or right.type not in BINARY_KINDS or \
            operator(ctx, right) != "%":
        return False
    size = resolved_int(ctx, left)
    modulus = right.child_by_field_name("right")
    if size is None:  # `aes.BlockSize - len(data)%aes.BlockSize`, `bs - len(s) % bs`
        if not symbolic:
            return False
        text = ctx.node_text(left).replace(" ", "")
        return text == ctx.node_text(modulus).replace(" ", "") and "block" in text.lower()
    return size in _BLOCK_SIZES and resolved_int(ctx, modulus) == size


# `text.padEnd(Math.ceil(text.length / 16) * 16, ' ')`, `data.ljust((len(data) // 16 + 1) * 16,
# b"\0")`: filled up to a multiple of the block size with a constant.
_FILL_TO_BLOCK = lazyre.compile(r"\.(?:padEnd|ljust|rjust|padStart)\(\s*(?=[^,]*(?:ceil|//|%|/))"
                                r"[^,]*\b(?:8|16|32|64)\b[^,]*,"
                                r"\s*(?:b?['\"][^'\"]*['\"]|0x[0-9a-fA-F]+|\d+)\s*\)")


def _pkcs7(text: str, length: str) -> bool:
    """Each pad byte is the pad length: `bytes([n]) * n`, `chr(n) * n`, `Buffer.alloc(n, n)`,
    `bytes.Repeat([]byte{byte(n)}, n)`, `Arrays.fill(out, from, to, (byte) n)`."""
    v = re.escape(length)
    if re.search(rf"bytes\(\[\s*{v}\s*\]\)|\b(?:chr|byte|uint8|rune|int8|char|Byte)\(\s*{v}\s*\)"
                 rf"|alloc\(\s*{v}\s*,\s*{v}\s*\)|\((?:byte|char)\)\s*\(?\s*{v}\b|\[{v}\]\s*\*"
                 rf"|fill\({v}\)", text):
        return True
    # the pad length is both the count and the value (`Repeat([]byte{byte(n)}, n)`, `[n] * n`)
    return any(len(re.findall(rf"\b{v}\b", line)) >= 2 and not re.search(
        rf"\b{v}\s*:?=(?!=)", line) for line in text.splitlines())


# The cipher is told not to pad (or is a raw block mode that never pads): the code pads.
_MANUAL_PADDING = ("NoPadding", "setAutoPadding(false)", "MODE_ECB", "MODE_CBC", "modes.ECB",
                   "modes.CBC", "CryptBlocks", "ZeroPadding")
_LIBRARY_PADDING = ("padding.PKCS7", "Crypto.Util.Padding", "pkcs7", "PKCS7", "PKCS5Padding")


# A fill that is visibly constant: zeros or one literal byte repeated.
_CONSTANT_FILL = lazyre.compile(
    r"bytes\.Repeat\(\s*\[\]byte\{\s*(?:0x[0-9a-fA-F]+|\d+|'[^'\n]{0,8}')\s*\}"  # go
    r"|append\([^;\n]{0,200}?make\(\[\]byte,"  # go: zeros appended (bounded: linear)
    r"|\bb?(?:'[^'\n]{1,4}'|\"[^\"\n]{1,4}\")\s*\*"  # python: b"\x00" * n
    r"|\*\s*b?(?:'[^'\n]{1,4}'|\"[^\"\n]{1,4}\")"  # python: n * b" "
    r"|\bbytes\(\s*\w+\s*\)"  # python: bytes(n) zeros
    r"|Buffer\.alloc\(\s*[^,()]+(?:\([^()]*\))?[^,()]*(?:,\s*(?:0x[0-9a-fA-F]+|\d+|'[^']*'|\"[^\"]*\"))?\s*\)"
    r"|(?:'[^'\n]{1,4}'|\"[^\"\n]{1,4}\")\.repeat\("  # js: ' '.repeat(n)
    r"|Arrays\.copyOf\(|Arrays\.fill\([^;]*\(byte\)\s*(?:0x[0-9a-fA-F]+|\d+)\s*\)")


# The last byte of the data: `data[-1]`, `data[len(data)-1]`, `buf[buf.length - 1]`,
# `data.at(-1)`, `padded[padded.length-1]`.
_LAST_BYTE = lazyre.compile(r"\[\s*-\s*1\s*:?\s*\]|\[\s*len\(\s*[\w.]+\s*\)\s*-\s*1\s*:\s*\]|\[\s*len\(\s*[\w.]+\s*\)\s*-\s*1\s*\]|"
                            r"\[\s*[\w.]+\.(?:length|size\(\)|len\(\))\s*-\s*1\s*\]|\.at\(\s*-1\s*\)")
# The data cut short by it: a slice, `subarray`/`slice`/`substring`, `Arrays.copyOf(Range)`.
_CUT = lazyre.compile(r"\[\s*:\s*-|\[\s*:\s*len\(|\[\s*:\s*\w+\s*-|\.(?:subarray|slice|substring)\("
                      r"\s*0\s*,|Arrays\.copyOf(?:Range)?\(|\[\s*(?:0\s*)?:\s*len\(")
_CHECKS = frozenset({"if_statement", "raise_statement", "throw_statement", "assert_statement",
                     "conditional_expression", "ternary_expression", "if_expression"})
_UNPAD_WORDS = frozenset({"unpad", "depad", "unpadded"})
_CIPHER_MENTIONS = ("encrypt", "encipher", "cipher", "decrypt", "decipher")


def _trusting_unpad(ctx: FileContext, fn: Node) -> Evidence | None:
    """An unpad that reads the pad length from the last byte and cuts that many bytes off
    without checking it (its range, or that every pad byte holds it): PKCS#7 or ANSI X.923
    undone by hand, accepting any tampered block."""
    body = fn.child_by_field_name("body")
    if body is None or not file_mentions(ctx, "crypto.cipher_mentions", _CIPHER_MENTIONS,
                                         lower=True):
        return None
    text = ctx.node_text(body)
    if not _LAST_BYTE.search(text) or not _CUT.search(text):
        return None
    if any(n.type in _CHECKS for n in walk(body)) or re.search(r"\ball\(|\.every\(|panic\(|"
                                                               r"errors\.New|Errorf", text):
        return None  # the padding is checked (the PKCS#7 way, or at least its range)
    if _pkcs7_pad_in_file(ctx):
        return None  # the inverse of PKCS#7 written out in this file (not reported)
    node = next((n for n in walk(body) if n.type in (
        "subscript", "subscript_expression", "index_expression", "array_access", "call",
        "call_expression", "method_invocation") and _LAST_BYTE.search(ctx.node_text(n))
        and not any(_LAST_BYTE.search(ctx.node_text(c)) for c in n.named_children)), body)
    return Evidence(node, "padding", "the pad length read from the last byte and cut off "
                                     "unchecked (tampered padding is accepted)")


def _strict_pkcs7(text: str, length: str) -> bool:
    """Every pad byte is the pad length, and nothing else is filled in: `bytes([n]) * n`,
    `chr(n) * n`, `Buffer.alloc(n, n)`, `bytes.Repeat([]byte{byte(n)}, n)`,
    `Arrays.fill(out, from, to, (byte) n)`, `.fill(n)` (not zeros or 0x80 then the length
    in the last byte: ANSI X.923, ISO 7816-4 mixed up)."""
    v = re.escape(length)
    return re.search(
        rf"(?:bytes\(\[\s*{v}\s*\]\)|chr\(\s*{v}\s*\)|\[\s*{v}\s*\])\s*\*\s*{v}\b"
        rf"|alloc\(\s*{v}\s*,\s*{v}\s*\)|Repeat\(\s*\[\]byte\{{\s*byte\(\s*{v}\s*\)\s*\}}\s*,"
        rf"\s*{v}\s*\)|Arrays\.fill\([^;]*,\s*\(byte\)\s*{v}\s*\)|\.fill\(\s*{v}\s*\)",
        text) is not None and not re.search(
        r"alloc\([^;]*,\s*0\s*\)|\(byte\)\s*0x[0-9a-fA-F]+\b|b?['\"]\\x(?:00|80)", text)


_LENGTH = lazyre.compile(r"\b([A-Za-z_]\w*)\s*:?=(?!=)[^\n;]*%")


def _pkcs7_pad_in_file(ctx: FileContext) -> bool:
    """A pad function of the file writes PKCS#7 (each pad byte is the pad length)."""
    found = ctx.cache.get("crypto.pkcs7_pad")
    if found is None:
        found = False
        for fn in walk(ctx.tree.root_node) if ctx.tree is not None else ():
            if fn.type not in FUNCTION_KINDS:
                continue
            w = set(words(function_name(ctx, fn)))
            if not w & {"pad", "padding", "padded"} or w & _UNPAD_WORDS:
                continue
            text = ctx.node_text(fn)
            if any(_strict_pkcs7(text, length) for length in _LENGTH.findall(text)):
                found = True
                break
        ctx.cache["crypto.pkcs7_pad"] = found
    return bool(found)


# A cipher call whose padding is left to the caller: padding disabled, or a raw block mode.
_RAW_CIPHER = lazyre.compile(r"setAutoPadding\(\s*false|NoPadding|CryptBlocks|MODE_(?:CBC|ECB)\b|"
                             r"modes\.(?:CBC|ECB)\(|pad\.NoPadding|\bprocessBlock\(|"
                             r"\.(?:encrypt|decrypt)Block\(|"
                             # go: `block.Encrypt(out[i:i+16], p[i:i+16])`, one block at a time
                             r"\.(?:En|De)crypt\(\s*\w+\[[^\]\n]{0,60}:")
# A cipher used by the function: created, or fed (`update`, `doFinal`, `CryptBlocks`).
_CIPHER_USE = lazyre.compile(r"create(?:Cipher|Decipher)iv|Cipher\.getInstance|\.doFinal\(|"
                             r"\.(?:en|de)cryptor\(|\b(?:AES|DES3?|Blowfish)\.new\(|CryptBlocks|"
                             r"aes\.NewCipher|des\.NewCipher|\.(?:en|de)crypt\(|\bcipher\.update\(|"
                             r"\.update\(|\.(?:Encrypt|Decrypt)\(|CryptoJS\.(?:AES|DES)|processBlock")
_LIBRARY_PADDER = lazyre.compile(r"padding\.PKCS7|Padding\.(?:un)?pad\(|PKCS5Padding|PKCS7Padding|"
                                 r"\bpkcs7\.(?:Pad|Unpad)\(")
_READ_LAST = lazyre.compile(r"\.readUInt8\(\s*[\w.]+\.length\s*-\s*1\s*\)|"
                            r"\.(?:charCodeAt|codePointAt)\(\s*[\w.]+\.length\s*-\s*1\s*\)|"
                            r"\[\s*[\w.]+\.length\s*-\s*1\s*\]|\bord\(\s*[\w.]+\[\s*-\s*1\s*\]\s*\)")
_CUT_MORE = lazyre.compile(r",\s*0\s*,\s*[\w.]+\.length\s*-|\[\s*:\s*[\w.]+\.length\s*-|"
                           r"\.(?:subarray|slice|substring|substr)\(\s*0\s*,")
_NAMED_UNPAD = frozenset({"unpad", "depad", "unpadded", "strip", "remove", "trim", "drop"})


def _raw_cipher_user(ctx: FileContext, fn: Node) -> bool:
    """`fn` uses a block cipher whose padding is the caller's: a raw mode or padding turned off
    in `fn` itself, or in the file when `fn` feeds a cipher and the file pads by no library."""
    text = ctx.node_text(fn)
    if _LIBRARY_PADDER.search(text):
        return False
    if _RAW_CIPHER.search(text):
        return bool(_CIPHER_USE.search(text) or "CryptBlocks" in text)
    return bool(_CIPHER_USE.search(text)) and _RAW_CIPHER.search(ctx.text) is not None and \
        _LIBRARY_PADDER.search(ctx.text) is None


def _enclosing_function(node: Node) -> Node | None:
    cur = node.parent
    while cur is not None and cur.type not in FUNCTION_KINDS:
        cur = cur.parent
    return cur


def _pad_by_hand(ctx: FileContext, body: Node) -> Node | None:
    """The pad length computed up to the block size (`16 - len(data) % 16`, `bs - n % bs`)."""
    for n in walk(body):
        if n.type in ("call", "call_expression") and _FILL_TO_BLOCK.search(ctx.node_text(n)) \
                and not any(_FILL_TO_BLOCK.search(ctx.node_text(c)) for c in n.named_children):
            return n
        if _pad_to_block(ctx, n) or _pad_to_symbolic(ctx, n) or _pad_to_remainder(ctx, n, body):
            return n
    return None


def _pad_to_remainder(ctx: FileContext, node: Node, body: Node) -> bool:
    """`16 - rem` with `rem = len(s) % 16` in the same function."""
    if node.type not in BINARY_KINDS or operator(ctx, node) != "-":
        return False
    left, right = (unwrap(x) for x in operands(node))
    if left is None or right is None or right.type != "identifier":
        return False
    size = resolved_int(ctx, left)
    name = re.escape(ctx.node_text(right))
    if size is None and "block" in ctx.node_text(left).lower():
        # `aes.BlockSize - rem` with `rem := len(data) % aes.BlockSize`
        block = re.escape(ctx.node_text(left).replace(" ", ""))
        return re.search(rf"\b{name}\s*:?=(?!=)[^;\n]{{0,120}}%\s*\(?\s*{block}\b",
                         ctx.node_text(body)) is not None
    if size not in _BLOCK_SIZES:
        return False
    return re.search(rf"\b{name}\s*:?=(?!=)[^;\n]{{0,120}}%\s*\(?\s*{size}\b",
                     ctx.node_text(body)) is not None


def _pad_to_symbolic(ctx: FileContext, node: Node) -> bool:
    """`bs - len(s) % bs`, `size - (data.length % size)`: one name on both sides."""
    if node.type not in BINARY_KINDS or operator(ctx, node) != "-":
        return False
    left, right = (unwrap(x) for x in operands(node))
    if left is None or right is None or right.type not in BINARY_KINDS or \
            operator(ctx, right) != "%" or left.type not in ("identifier", "attribute",
                                                              "member_expression",
                                                              "selector_expression",
                                                              "field_access"):
        return False
    return ctx.node_text(left).replace(" ", "") == ctx.node_text(
        right.child_by_field_name("right")).replace(" ", "")


# Padding undone without a length byte: the ISO 7816-4 marker searched from the end
# (`lastIndexOf(0x80)`, `rfind(b"\x80")`, `bytes.LastIndexByte(p, 0x80)`) or zero bytes trimmed
# off (`bytes.TrimRight(p, "\x00")`, `rstrip(b"\x00")`, `replace(/\0+$/, '')`).
_MARKER_UNPAD = lazyre.compile(
    r"(?:lastIndexOf|rfind|rindex|LastIndexByte|LastIndex)\([^()\n]{0,60}?(?:0x80|128|\\x80|"
    r"\(byte\)\s{0,4}0x80)\s{0,4}['\"]?\s{0,4}\)"
    r"|(?:TrimRight|rstrip|trimEnd|stripTrailing)\([^()\n]{0,60}?['\"](?:\\x00|\\0|\\u0000)+['\"]"
    r"\s{0,4}\)|\.replace\(\s{0,4}/(?:\\0|\\x00|\\u0000)\+\$/"
    # or walked back over the pad bytes: `while (i >= 0 && data[i] == 0) i--;`, `while (end >
    # 0 && plain[end - 1] === n) end--` (n the last byte), `while end and p[end - 1] == n:`
    r"|\bwhile\s{0,4}\(?[^()\n]{0,80}\[\s{0,4}\w{1,40}(?:\s{0,4}-\s{0,4}1)?\s{0,4}\]\s{0,4}"
    r"===?\s{0,4}(?:\(byte\)\s{0,4})?\w{1,40}\s{0,4}\)?\s{0,4}[{:]?\s{0,40}\w{1,40}\s{0,4}"
    r"(?:--|-=\s{0,4}1)")


def _unpad_by_hand(ctx: FileContext, body: Node) -> Node | None:
    """The pad length read from the last byte, and the data cut short (or the pad found by
    its marker or its zeros from the end)."""
    text = ctx.node_text(body)
    if _MARKER_UNPAD.search(text):
        marked = next((n for n in walk(body) if n.type in (
            "call", "call_expression", "method_invocation", "while_statement",
            "for_statement") and _MARKER_UNPAD.search(
                ctx.node_text(n)) and not any(_MARKER_UNPAD.search(ctx.node_text(c))
                                              for c in n.named_children)), None)
        if marked is not None:
            return marked
    if not (_LAST_BYTE.search(text) or _READ_LAST.search(text)) or not (
            _CUT.search(text) or _CUT_MORE.search(text)):
        return None
    return next((n for n in walk(body) if n.type in (
        "subscript", "subscript_expression", "index_expression", "array_access", "call",
        "call_expression", "method_invocation") and (
        _LAST_BYTE.search(ctx.node_text(n)) or _READ_LAST.search(ctx.node_text(n))) and not any(
        _LAST_BYTE.search(ctx.node_text(c)) or _READ_LAST.search(ctx.node_text(c))
        for c in n.named_children)), None)


# An AEAD needs no padding: a pad before it hides the length (a bucket), it is no scheme.
_AEAD = lazyre.compile(r"(?i)gcm|chacha20|poly1305|\bccm\b|\bocb|\bsiv\b|secretbox|AESGCM|NewGCM")


def _feeds_cipher(ctx: FileContext, fn: Node) -> bool:
    """`fn` encrypts, or a function that encrypts calls it (a pad for framing does not, nor
    one that only an AEAD reads)."""
    text = ctx.node_text(fn)
    if _CIPHER_USE.search(text):
        return not _AEAD.search(text)
    name = function_name(ctx, fn)
    users = [] if not name else [_enclosing_function(c) for c in calls_of(ctx).get(name, ())]
    return any(u is not None and u.id != fn.id and _CIPHER_USE.search(ctx.node_text(u)) and
               not _AEAD.search(ctx.node_text(u)) for u in users)


def _feeds_raw_cipher(ctx: FileContext, fn: Node) -> Evidence | None:
    """A pad or unpad written out whose result a raw block cipher reads (or that undoes its
    decryption): called from a function that uses such a cipher, or inside one."""
    body = fn.child_by_field_name("body")
    if body is None or not file_mentions(ctx, "crypto.raw_cipher_hint", (
            "setAutoPadding", "NoPadding", "CryptBlocks", "MODE_CBC", "MODE_ECB", "modes.CBC",
            "modes.ECB", "processBlock", "cryptBlock", "ryptBlock(", "crypt(")):
        return None
    name = function_name(ctx, fn)
    unpad = _unpad_by_hand(ctx, body)
    pad = None if unpad is not None else _pad_by_hand(ctx, body)
    if unpad is None and pad is None:
        return None
    users = [] if not name else [_enclosing_function(c) for c in calls_of(ctx).get(name, ())]
    tied = _raw_cipher_user(ctx, fn) or any(
        u is not None and u.id != fn.id and _raw_cipher_user(ctx, u) for u in users)
    if not tied:
        return None
    if unpad is not None and _MARKER_UNPAD.search(ctx.node_text(unpad)):
        return Evidence(unpad, "padding", "the padding of a raw block decryption found from "
                                          "the end (its marker or zero bytes) and cut off")
    if unpad is not None:
        return Evidence(unpad, "padding", "the pad length read from the last byte of a raw "
                                          "block decryption (padding-oracle risk)")
    assert pad is not None
    return Evidence(pad, "padding", "padding up to the block size written by hand for a "
                                    "cipher whose padding is turned off (padding-oracle risk)")


# PKCS#1 v1.5 laid out by hand: the block type header `00 02` (encryption) or `00 01`
# (signature) written into the block, as a literal or index by index.
_PKCS1_HEADER = lazyre.compile(
    r"\[\s*1\s*\]\s*=\s*(?:\(byte\)\s*)?(?:0x0?[12]|[12])\s*[;,\n]"
    r"|b?['\"]\\x00\\x0[12]|(?:\[|\{|\(\[)\s*(?:0x00?|0)\s*,\s*(?:0x0?[12]|[12])\s*[,\]}]")
_RSA_CONTEXT = lazyre.compile(r"modPow|\bpow\(|modulus|\bRSA|\brsa|BigInteger|\bbig\.Int|"
                              r"\bBigInt\b|\.Exp\(|\bmodexp|\bpowMod|\bmod_pow|\bExp\(")
_PKCS1_FILL = lazyre.compile(r"0x[fF]{2}\b|\\xff|\b255\b|\brand|\bRand|\bRandom|urandom|"
                             r"secrets\.|nextBytes|getRandomValues|randomBytes|!=\s*0|==\s*0")


def _pkcs1_by_hand(ctx: FileContext, fn: Node) -> Evidence | None:
    """The RSA padding block built by hand: the `00 02`/`00 01` header, a fill (0xFF bytes or
    random non-zero ones) and the message, for a modular exponentiation or a raw RSA cipher
    (`RSA/ECB/NoPadding`): PKCS#1 v1.5 written out, the Bleichenbacher-oracle place."""
    body = fn.child_by_field_name("body")
    if body is None or not file_mentions(ctx, "crypto.pkcs1_context", (
            "modPow", "pow(", "odulus", "RSA", "rsa", "BigInteger", "big.Int", "BigInt",
            "Exp(", "powMod", "mod_pow", "modexp")):
        return None
    text = ctx.node_text(body)
    header = _PKCS1_HEADER.search(text)
    if header is None or not _PKCS1_FILL.search(text) or not _RSA_CONTEXT.search(ctx.text):
        return None
    at = body.start_byte + len(text[:header.start()].encode("utf-8"))
    statements = [n for n in walk(body) if n.start_byte <= at < n.end_byte and n.id != body.id
                  and (n.type.endswith("statement") or n.type in (
                      "local_variable_declaration", "assignment", "lexical_declaration",
                      "short_var_declaration"))]
    node = statements[-1] if statements else body
    return Evidence(node, "padding", "the RSA padding block (`00 02` header, fill, message) "
                                     "laid out by hand (padding-oracle risk)")


def evidence(ctx: FileContext, fn: Node) -> Evidence | None:
    pkcs1 = _pkcs1_by_hand(ctx, fn)
    if pkcs1 is not None:
        return pkcs1
    tied = _feeds_raw_cipher(ctx, fn)
    if tied is not None:
        return tied
    name_words = set(words(function_name(ctx, fn)))
    if name_words & _UNPAD_WORDS or (name_words & {"strip", "remove", "trim", "drop"} and \
            name_words & {"pad", "padding", "pkcs7", "pkcs5"}):
        return _trusting_unpad(ctx, fn)
    if name_words & {"unpad", "strip", "remove", "trim"}:
        return None
    if not file_mentions(ctx, "crypto.block_ciphers", _BLOCK_CIPHERS):
        return None
    named = bool(name_words & {"pad", "padding", "padded"})
    if not named and (
            not file_mentions(ctx, "crypto.manual_padding", _MANUAL_PADDING) or
            file_mentions(ctx, "crypto.library_padding", _LIBRARY_PADDING)):
        return None
    body = fn.child_by_field_name("body")
    if body is None or not _feeds_cipher(ctx, fn):
        return None
    for n in walk(body):
        if n.type in ("call", "call_expression") and _FILL_TO_BLOCK.search(ctx.node_text(n)) \
                and not any(_FILL_TO_BLOCK.search(ctx.node_text(c)) for c in n.named_children):
            return Evidence(n, "padding", "filled up to the block size with a constant")
        # a block size named by the cipher is weaker evidence: only in a padding function
        if not _pad_to_block(ctx, n, symbolic=named):
            continue
        holder = n.parent
        while holder is not None and holder.type in ("parenthesized_expression",
                                                     "expression_list"):
            holder = holder.parent
        target = None
        if holder is not None and holder.type in _BINDINGS:
            target = holder.child_by_field_name("left") or holder.child_by_field_name("name")
        length = ctx.node_text(target).strip() if target is not None else ""
        if length and _pkcs7(ctx.node_text(body), length):
            return None
        statement = holder
        while statement is not None and statement.parent is not None and \
                statement.parent.id != body.id:
            statement = statement.parent
        expression = re.escape(ctx.node_text(n))
        if statement is not None and re.search(rf"(?:chr|bytes\(\[|byte)\(?\s*\(?{expression}",
                                               ctx.node_text(statement)):
            return None  # PKCS#7 inline: `chr(16 - len(s) % 16) * (16 - len(s) % 16)`
        if not _CONSTANT_FILL.search(ctx.node_text(body)):
            continue  # the fill is not visibly a constant (a scheme we cannot see)
        return Evidence(n, "padding", "padding up to the block size with a constant byte")
    return None
