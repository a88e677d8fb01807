"""## What it does
Flags personal phone numbers in code and config: international (`+49 151 2345 6789`) or North
American (`(415) 867-5309`, `415-867-5309`) numbers on a line that says what they are (`phone`,
`tel`, `mobile`, `cell`, `fax`, `sms`, `whatsapp`, or a `tel:` link). Fictional 555 numbers,
sequential or repeated digits, tests, docs, comments and docstrings are left alone. The number is masked in the
report.

## Why is this bad?
A person's phone number is personal data; in source code it spreads to every clone, log and
model trained on the code, and AI assistants reproduce real numbers from their training data.

## Example
```python
ONCALL_PHONE = "+49 151 2345 6789"
```

## Use instead
```python
ONCALL_PHONE = settings.ONCALL_PHONE
```

## References
- CWE-359: Exposure of Private Personal Information to an Unauthorized Actor
- OWASP A01:2021 Broken Access Control
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.rules.generic.leakage_common import find, hit, in_tests, quiet
from vigilint.model import Rule

_KEYWORDS = ("phone", "tel", "mobile", "cell", "fax", "sms", "whatsapp")
_PHONE = re.compile(
    r"(?i:phone|tel|mobile|cell|fax|sms|whatsapp)[^\n]{0,60}?"
    r"(?<![\w+.\-/])(?P<number>\+[1-9]\d{0,2}(?:[ .\-]?\(\d{1,4}\))?(?:[ .\-]?\d{2,5}){2,5}"
    r"|\(\d{3}\)[ .\-]?\d{3}[ .\-]\d{4}|\d{3}[.\-]\d{3}[.\-]\d{4})(?![\w\-]|\.\d)")


def _plausible(number: str) -> bool:
    digits = re.sub(r"\D", "", number)
    if not 8 <= len(digits) <= 15 or len(set(digits)) <= 2:
        return False
    national = digits[1:] if number.startswith("+1") else digits
    if not number.startswith("+") and national[3:6] == "555":
        return False  # North American fictional exchange
    if number.startswith("+1") and national[3:6] == "555":
        return False
    steps = sum(1 for a, b in pairwise(digits) if int(b) - int(a) == 1)
    return steps < len(digits) - 3


def _check(ctx: FileContext) -> Iterator[Hit]:
    if quiet(ctx) or in_tests(ctx):
        return
    for match in find(ctx, _PHONE, _KEYWORDS, code_only=True):
        number = match.group("number")
        if _plausible(number):
            yield hit(ctx, match.start("number"), match.end("number"),
                      "Personal phone number in the code; read it from configuration instead.",
                      number)


RULE = Rule(
    id="VG-LEAK-005", name="personal-phone-number", category="data-leakage", languages=("*",),
    cwe=(359,), likelihood="possible", impact="medium", confidence="low",
    message="Personal phone number in the code; read it from configuration instead.",
    check_file=_check,
)
