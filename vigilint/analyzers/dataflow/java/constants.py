"""Java constants for the adapter's folding: literal values, `char` arithmetic, string
conversion and the binary operators with Java's semantics (integer division truncates toward
zero, `"a" + 1` is `"a1"`, `'a' + 1` is 98)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from vigilint.analyzers.dataflow.value import NOCONST
from vigilint.analyzers.syntax.java import decode_string


class Char(str):
    """A Java `char` constant (arithmetic sees its code point)."""

    __slots__ = ()


def java_str(value: Any) -> str:
    """`String.valueOf(value)` for the constants the adapter folds."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, float):
        return repr(value)
    return str(value)


def literal(kind: str, text: str) -> Any:
    """The value of a literal node's source text (NOCONST when it does not parse)."""
    try:
        if kind == "string_literal":
            return decode_string(text)
        if kind == "character_literal":
            return Char(decode_string(text))
        if kind in ("decimal_integer_literal", "hex_integer_literal", "octal_integer_literal",
                    "binary_integer_literal"):
            digits = text.rstrip("lL").replace("_", "")
            if kind == "octal_integer_literal" and not digits.startswith(("0o", "0O")):
                return int(digits, 8)
            return int(digits, 0)
        if kind in ("decimal_floating_point_literal", "hex_floating_point_literal"):
            return float(text.rstrip("fFdD").replace("_", ""))
    except (ValueError, OverflowError):
        return NOCONST
    return NOCONST


def _number(value: Any) -> Any:
    if isinstance(value, bool):
        return NOCONST
    if isinstance(value, Char):
        return ord(value) if len(value) == 1 else NOCONST
    if isinstance(value, (int, float)):
        return value
    return NOCONST


_ARITHMETIC: dict[str, Callable[[Any, Any], Any]] = {
    "+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
    "<": lambda a, b: a < b, ">": lambda a, b: a > b, "<=": lambda a, b: a <= b,
    ">=": lambda a, b: a >= b, "==": lambda a, b: a == b, "!=": lambda a, b: a != b,
}


def fold(op: str, a: Any, b: Any) -> Any:
    """`a op b` on constants, Java's way; NOCONST when it cannot be folded."""
    if op in ("&&", "||"):
        if isinstance(a, bool) and isinstance(b, bool):
            return (a and b) if op == "&&" else (a or b)
        return NOCONST
    if op == "+" and ((isinstance(a, str) and not isinstance(a, Char))
                      or (isinstance(b, str) and not isinstance(b, Char))):
        return java_str(a) + java_str(b)
    if op in ("==", "!=") and isinstance(a, bool) and isinstance(b, bool):
        return (a == b) if op == "==" else (a != b)
    if op in ("==", "!=") and (a is None or b is None):
        return (a is b) if op == "==" else (a is not b)
    x, y = _number(a), _number(b)
    if x is NOCONST or y is NOCONST or abs(x) > 1e15 or abs(y) > 1e15:
        return NOCONST
    if op in _ARITHMETIC:
        return _ARITHMETIC[op](x, y)
    if op in ("/", "%"):
        if y == 0:
            return NOCONST
        if isinstance(x, int) and isinstance(y, int):
            quotient = abs(x) // abs(y) * (1 if (x >= 0) == (y >= 0) else -1)
            return quotient if op == "/" else x - quotient * y
        return x / y if op == "/" else NOCONST
    return NOCONST
