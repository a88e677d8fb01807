"""## What it does
Flags internal host names and addresses in code and config: names under `.internal`, `.corp`,
`.local`, `.lan`, `.intranet`, `.private`, `.localdomain`, `home.arpa`, and RFC 1918 addresses
(`10.x`, `172.16-31.x`, `192.168.x`) in URLs. Names must sit in a URL, after `@`, or be a whole
string or config value (a Java package `com.acme.internal` is not a host; in code, only strings
count, so `threading.local()` and Go's `time.Local` are not hosts; nor are decorators
`@cython.internal`, logger names `getLogger("aiohttp.internal")` and class paths
`"werkzeug.Local<...>"`). Test files, comments and
docstrings (example URLs, like a docs folder's) are left alone.

## Why is this bad?
Internal names map a company's network for an attacker, and AI assistants reproduce them from
their training data: a host name a model suggests may be someone else's private server. Code
that ships with them also breaks outside that network.

## Example
```python
API = "https://billing.corp/api/v2"
```

## Use instead
```python
API = os.environ["BILLING_API_URL"]
```

## References
- CWE-200: Exposure of Sensitive Information to an Unauthorized Actor
- CWE-540: Inclusion of Sensitive Information in Source Code
- OWASP A01:2021 Broken Access Control
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from vigilint import lazyre
from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.rules.generic.leakage_common import find, hit, in_tests, quiet
from vigilint.model import Rule

_TLDS = ("internal", "corp", "local", "lan", "intranet", "private", "localdomain", "home.arpa")
_HOST = lazyre.compile(
    r"(?<![\w.\-])(?P<host>(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.){1,10}"
    r"(?i:internal|corp|local|lan|intranet|private|localdomain|home\.arpa))(?![\w\-]|\.\w)")
_PRIVATE_IP = lazyre.compile(
    r"://(?:[^/@\s\"']{1,100}@)?(?P<host>10\.\d{1,3}\.\d{1,3}\.\d{1,3}|192\.168\.\d{1,3}\.\d{1,3}"
    r"|172\.(?:1[6-9]|2\d|3[01])\.\d{1,3}\.\d{1,3})(?![\d.])")
_CONTEXT = lazyre.compile(r"(?:://|@|[\"'`]|[=:]\s{0,3}|\bhost(?:name)?\s{1,3})$", re.IGNORECASE)
# In code a host name is a string (or sits in a URL): `x = threading.local()` and
# `l := time.Local` are attribute accesses, not hosts.
_CODE_CONTEXT = lazyre.compile(r"(?:://|@|[\"'`])$")
_CODE_LANGUAGES = frozenset({"python", "javascript", "typescript", "tsx", "go", "java"})
# A logger's or a context variable's dotted name (`getLogger("aiohttp.internal")`) names code.
_NAME_CALL = lazyre.compile(r"(?:getLogger|get_logger|getChild|ContextVar)\(\s*[rbfu]?[\"']$")
# `@cython.internal` (a decorator, a doc comment's tag): `@` after a space or a line start, not
# after a user name (`svc@db.corp`).
_DECORATOR = lazyre.compile(r"(?:^|[\s*/#(])@$")
_IGNORED = frozenset({"localhost.local", "host.docker.internal", "gateway.docker.internal",
                      "kubernetes.docker.internal", "metadata.google.internal"})


def _check(ctx: FileContext) -> Iterator[Hit]:
    if quiet(ctx) or in_tests(ctx):
        return
    seen: set[int] = set()
    for match in find(ctx, _HOST, tuple(f".{t}" for t in _TLDS), code_only=True):
        host = match.group("host")
        start = match.start("host")
        before = ctx.text[max(0, start - 12):start]
        context = _CODE_CONTEXT if ctx.language in _CODE_LANGUAGES else _CONTEXT
        if host.lower() in _IGNORED or not context.search(before) or start in seen:
            continue
        if _names_code(ctx, host, start, before):
            continue
        seen.add(start)
        yield hit(ctx, start, match.end("host"), f"Internal host name `{host}` in the code; "
                  "read it from configuration instead.", host, mask=False)
    for match in find(ctx, _PRIVATE_IP, ("://",), code_only=True):
        host = match.group("host")
        yield hit(ctx, match.start("host"), match.end("host"),
                  f"Private (RFC 1918) address `{host}` in a URL; read it from configuration "
                  "instead.", host, mask=False)


def _names_code(ctx: FileContext, host: str, start: int, before: str) -> bool:
    """The dotted name is code, not a host: a decorator (`@cython.internal`, also quoted in a
    generated C file's comments), a logger's or a context variable's name
    (`getLogger("aiohttp.internal")`), or a class path whose last part is capitalised like a
    class (`werkzeug.Local`; hosts are written in lower case, or all in upper case)."""
    last = host.rsplit(".", 1)[-1]
    if last[:1].isupper() and last[1:].islower() and not host.isupper():
        return True
    line_start = ctx.text.rfind("\n", 0, start) + 1
    prefix = ctx.text[max(line_start, start - 40):start]
    return bool(_DECORATOR.search(prefix) or _NAME_CALL.search(prefix))


RULE = Rule(
    id="VG-LEAK-001", name="internal-host", category="data-leakage", languages=("*",),
    cwe=(200, 540), likelihood="likely", impact="low", confidence="medium",
    message="Internal host name or private address in the code; read it from configuration "
            "instead.",
    check_file=_check,
)
