"""## What it does
Flags US Social Security numbers (`123-45-6789` format) on lines that name them (`ssn`,
`social security`, `tax id`, `taxpayer`) and that are valid: area not 000, 666 or 900-999, group
not 00, serial not 0000. The well-known dummy numbers (`123-45-6789`, `078-05-1120`,
`219-09-9999`) are left alone. In tests a match is reported at the lowest priority. The number is
masked in the report.

## Why is this bad?
A national identification number is sensitive personal data: it enables identity theft, and
its exposure is reportable in most jurisdictions.

## Example
```python
customer = {"name": "J. Smith", "ssn": "524-71-3390"}
```

## Use instead
```python
customer = {"name": "J. Smith", "ssn": vault.tokenize(ssn)}
```

## References
- CWE-359: Exposure of Private Personal Information to an Unauthorized Actor
- OWASP A01:2021 Broken Access Control
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.rules.generic.leakage_common import find, hit, in_tests, position, quiet
from vigilint.model import Rule

_SSN = re.compile(r"(?i:ssn|social[_ \-]?security|tax[_ \-]?id|taxpayer)[^\n]{0,80}?"
                  r"(?<![\d\-])(?P<ssn>(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4})(?![\d\-])")
DUMMIES = frozenset({"123-45-6789", "078-05-1120", "219-09-9999", "111-11-1111", "555-55-5555"})


def _check(ctx: FileContext) -> Iterator[Hit]:
    if quiet(ctx):
        return
    for match in find(ctx, _SSN, ("ssn", "social", "tax")):
        number = match.group("ssn")
        if number in DUMMIES or len(set(number.replace("-", ""))) <= 2:
            continue
        start, end = match.start("ssn"), match.end("ssn")
        found = hit(ctx, start, end, "US Social Security number in the code; tokenise it or "
                    "use an obviously fake value.", number)
        if in_tests(ctx):
            found = Hit(position=position(ctx, start, end), message=found.message,
                        likelihood="unlikely", impact="low", secrets=found.secrets)
        yield found


RULE = Rule(
    id="VG-LEAK-004", name="national-id-number", category="data-leakage", languages=("*",),
    cwe=(359,), likelihood="likely", impact="high", confidence="medium",
    message="US Social Security number in the code; tokenise it or use an obviously fake value.",
    check_file=_check,
)
