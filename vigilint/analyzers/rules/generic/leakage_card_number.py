"""## What it does
Flags payment card numbers: 13 to 19 digits (optionally in groups split by spaces or dashes)
with a known issuer prefix (Visa, Mastercard, American Express, Discover, JCB, Diners) that pass
the Luhn checksum. The issuers' published test numbers (`4242 4242 4242 4242`,
`4111 1111 1111 1111`, ...) are left alone. In tests a match is reported at the lowest priority.
The number is masked in the report.

## Why is this bad?
A real card number in code, fixtures or config is cardholder data: storing it puts the whole
repository in PCI DSS scope, and a leak is reportable.

## Example
```python
CARD = "4539 1488 0343 6467"
```

## Use instead
```python
CARD = "4242 4242 4242 4242"  # the issuer's test number, or a payment-provider token
```

## References
- CWE-359: Exposure of Private Personal Information to an Unauthorized Actor
- PCI DSS requirement 3
- OWASP A01:2021 Broken Access Control
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from vigilint import lazyre
from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.rules.generic.leakage_common import hit, in_tests, position, quiet
from vigilint.model import Rule

_CARD = lazyre.compile(r"(?<![\w.\-])(?:\d{4}[ \-]){2,3}\d{4}(?:[ \-]\d{1,3})?(?![\w\-]|\.\d)"
                   r"|(?<![\w.\-])3[47]\d{2}[ \-]\d{6}[ \-]\d{5}(?![\w\-]|\.\d)"
                   r"|(?<![\w.\-])\d{13,19}(?![\w\-]|\.\d)")
_ISSUER = lazyre.compile(r"^(?:4\d{12}(?:\d{3}){0,2}|5[1-5]\d{14}|2(?:2[2-9]|[3-6]\d|7[01])\d{12}"
                     r"|3[47]\d{13}|6(?:011|5\d\d)\d{12,15}|35(?:2[89]|[3-8]\d)\d{12,15}"
                     r"|3(?:0[0-5]|[68]\d)\d{11,13})$")
TEST_NUMBERS = frozenset({
    "4242424242424242", "4000056655665556", "4111111111111111", "4012888888881881",
    "4222222222222", "5555555555554444", "5200828282828210", "5105105105105100",
    "2223003122003222", "378282246310005", "371449635398431", "378734493671000",
    "6011111111111117", "6011000990139424", "3056930009020004", "36227206271667",
    "3566002020360505", "30569309025904", "38520000023237", "6200000000000005",
    "4000000000000002", "4000000000009995", "4000002500003155", "5454545454545454",
})


def luhn(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


# Every alternative of `_CARD` starts with four digits not preceded by `[\w.\-]` (so at the start
# of a run of at least four digits, digits being `\w`), and no match spans a line: `_CARD` runs
# only on the lines holding such a run, found by a plain scan (much cheaper than `_CARD`'s
# lookbehinds at every position). A whole line is searched: its neighbours are a newline or the
# text's ends, which the lookarounds treat alike.
_DIGIT_RUN = lazyre.compile(r"\d{4,}")
_BEFORE = lazyre.compile(r"[\w.\-]")


def _matches(text: str) -> Iterator[re.Match[str]]:
    size = len(text)
    run = _DIGIT_RUN.search(text)
    while run is not None:
        start = run.start()
        if start and _BEFORE.match(text, start - 1):
            run = _DIGIT_RUN.search(text, run.end())
            continue
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", run.end())
        line_end = size if line_end == -1 else line_end
        yield from _CARD.finditer(text, line_start, line_end)
        run = _DIGIT_RUN.search(text, line_end)


def _check(ctx: FileContext) -> Iterator[Hit]:
    if quiet(ctx):
        return
    text = ctx.text
    for match in _matches(text):
        digits = re.sub(r"[ \-]", "", match.group())
        if (digits in TEST_NUMBERS or not _ISSUER.match(digits) or not luhn(digits)
                or len(set(digits)) <= 2):
            continue
        found = hit(ctx, match.start(), match.end(), "Payment card number in the code; use the "
                    "issuer's test numbers or a provider token.", match.group())
        if in_tests(ctx):
            found = Hit(position=position(ctx, match.start(), match.end()),
                        message=found.message, likelihood="unlikely", impact="low",
                        secrets=found.secrets)
        yield found


RULE = Rule(
    id="VG-LEAK-003", name="payment-card-number", category="data-leakage", languages=("*",),
    cwe=(359,), likelihood="likely", impact="high", confidence="medium",
    message="Payment card number in the code; use the issuer's test numbers or a provider token.",
    check_file=_check,
)
