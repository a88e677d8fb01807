"""## What it does
Flags a CSRF token check written in a handler that does not stop a forged request, in Python,
JavaScript, TypeScript, Java and Go: the token compared with another value the same request
carries (a form field with a header); a check that runs only when a token is sent
(`if token and token != session["csrf"]`); a mismatch that is only logged; and a check that runs
only for POST in a handler that also answers GET and changes data either way. A token compared
with the session's copy (or in constant time with a server-side value) and the double-submit
cookie pattern are not flagged; CSRF protection switched off in configuration is reported by
the csrf-protection-off rules.

## Why is this bad?
A cross-site page makes the victim's browser send any form fields and headers it likes, with the
victim's cookies attached. A token proves the request came from the site's own page only when
it is compared with a value the attacker cannot know and a mismatch, including a missing token,
rejects the request (CWE-352).

## Example
```python
token = request.form.get("csrf_token")
if token and token != session.get("csrf_token"):
    abort(403)
```

## Use instead
```python
if not hmac.compare_digest(request.form.get("csrf_token", ""), session.get("csrf_token", "")):
    abort(403)
```

## References
- CWE-352: Cross-Site Request Forgery (CSRF)
- OWASP Cross-Site Request Forgery Prevention Cheat Sheet
- OWASP A01:2021 / A01:2025 Broken Access Control
"""

from __future__ import annotations

from collections.abc import Iterator

from vigilint.analyzers.access.csrf_checks import csrf_flaws, csrf_message
from vigilint.analyzers.context import FileContext, Hit
from vigilint.model import Rule


def _check(ctx: FileContext) -> Iterator[Hit]:
    for flaw in csrf_flaws(ctx):
        yield Hit(byte_range=(flaw.start, flaw.end), message=csrf_message(flaw))


RULE = Rule(
    id="VG-GEN-AUTH-003",
    name="csrf-check-defeated",
    category="access-control",
    languages=("python", "javascript", "typescript", "java", "go"),
    cwe=(352,),
    likelihood="likely",
    impact="high",
    confidence="medium",
    message="A CSRF token check in this handler does not stop a forged request.",
    prefilter=("csrf", "CSRF", "xsrf", "XSRF", "Csrf", "Xsrf"),
    check_file=_check,
)
