"""Text from the user's tree made safe for a terminal: control characters escaped.

Apart from `report.text` (which imports the findings model) so that an agent hook's answer
can be made printable without importing pydantic.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from vigilint import lazyre

# C0 and C1 controls, DEL, bidirectional overrides and isolates, and the Unicode line and
# paragraph separators: what can move the cursor, recolour, or reorder and split a line.
_CONTROL = lazyre.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())  # \\u form above C0, so a JSON string stays valid JSON
    return f"\\x{code:02x}" if code < 0x20 else f"\\u{code:04x}"


def printable(text: str, keep: str = "") -> str:
    """`text` with every control character escaped (`\\x1b`, `\\u202e`), except those in
    `keep` (e.g. "\\n" for a multi-line message)."""
    if keep:
        return _CONTROL.sub(lambda m: m.group() if m.group() in keep else _escape(m), text)
    return _CONTROL.sub(_escape, text)


def printable_lines(lines: Iterable[str]) -> str:
    """Lines of text output joined, each through `printable`: a stored field that holds a
    newline or an escape sequence stays on its own line and cannot drive the terminal."""
    return "".join(printable(line) + "\n" for line in lines)
