"""## What it does
Flags servlet deployment descriptors (`WEB-INF/web.xml`) that leave protected resources open:
a `<security-constraint>` that lists `<http-method>` elements (only those methods are
constrained; every other method, including `HEAD`, `PUT`, `DELETE` or a made-up verb, reaches
the resource without the `<auth-constraint>`), and a servlet with the `listings` init
parameter set to `true` (directory listings).

## Why is this bad?
Listing methods in a constraint turns it into an allowlist of checked methods: the
container serves the others to anyone (HTTP verb tampering, CWE-650). Directory listings show
every file name under the web root (CWE-548).

## Example
```xml
<web-resource-collection>
  <url-pattern>/admin/*</url-pattern>
  <http-method>GET</http-method>
  <http-method>POST</http-method>
</web-resource-collection>
```

## Use instead
```xml
<web-resource-collection>
  <url-pattern>/admin/*</url-pattern>
</web-resource-collection>
```
(no `<http-method>`: every method is constrained), and `listings` set to `false`.

## References
- CWE-650: Trusting HTTP Permission Methods on the Server Side
- CWE-548: Exposure of Information Through Directory Listing
- OWASP A01:2021 / A01:2025 Broken Access Control
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from vigilint.analyzers.context import FileContext, Hit
from vigilint.model import Rule

_OPEN, _CLOSE = "<security-constraint", "</security-constraint>"
_METHOD = re.compile(r"<http-method>\s*[\w-]+\s*</http-method>")
_LISTINGS = re.compile(r"<param-name>\s*listings\s*</param-name>(?:\s|<!--.*?-->)*"
                       r"<param-value>\s*(true)\s*</param-value>", re.IGNORECASE | re.DOTALL)


def _byte_range(ctx: FileContext, start: int, end: int) -> tuple[int, int]:
    if ctx.is_ascii:
        return start, end
    return len(ctx.text[:start].encode("utf-8")), len(ctx.text[:end].encode("utf-8"))


def _constraints(text: str) -> Iterator[tuple[int, str]]:
    """Each `<security-constraint>` element (its offset and text), found with `str.find`: a
    lazy `.*?` from every opener to a missing closer is quadratic on a run of openers."""
    start = text.find(_OPEN)
    while start >= 0:
        after = start + len(_OPEN)
        if after < len(text) and (text[after].isalnum() or text[after] == "_"):
            start = text.find(_OPEN, after)
            continue
        end = text.find(_CLOSE, after)
        if end < 0:
            return
        end += len(_CLOSE)
        yield start, text[start:end]
        start = text.find(_OPEN, end)


def _check(ctx: FileContext) -> Iterator[Hit]:
    for offset, text in _constraints(ctx.text):
        if "<auth-constraint" not in text or "<http-method-omission" in text:
            continue
        method = _METHOD.search(text)
        if method is not None:
            start = offset + method.start()
            yield Hit(byte_range=_byte_range(ctx, start, offset + method.end()),
                      message="This constraint lists HTTP methods, so every other method "
                              "reaches the resource without its `<auth-constraint>`; drop "
                              "the `<http-method>` elements to constrain every method.")
    for match in _LISTINGS.finditer(ctx.text):
        yield Hit(byte_range=_byte_range(ctx, match.start(1), match.end(1)),
                  message="`listings` is `true`: the servlet lists directory contents to "
                          "anyone; set it to `false`.")


RULE = Rule(
    id="VG-CFG-AUTH-001",
    name="webxml-open-constraint",
    category="access-control",
    languages=("text",),
    cwe=(650, 548),
    likelihood="likely",
    impact="high",
    confidence="high",
    message="The deployment descriptor leaves protected resources open (methods outside the "
            "constraint, directory listings).",
    paths=("web.xml", "*/WEB-INF/web.xml", "web-fragment.xml"),
    prefilter=("security-constraint", "listings"),
    check_file=_check,
)
