"""## What it does
Flags Spring Boot configuration (`application*.properties`, `application*.yml`) that exposes
operational endpoints over HTTP: `management.endpoints.web.exposure.include` set to `*` or
naming `env`, `heapdump`, `threaddump`, `configprops`, `beans`, `mappings`, `loggers`,
`logfile`, `shutdown`, `jolokia`, `httpexchanges`; `management.endpoint.shutdown.enabled` set
to `true`; and Spring Boot 1's `management.security.enabled=false`.

## Why is this bad?
These endpoints return configuration with secrets, heap dumps with session tokens, change log
levels, or stop the application; exposed without a role they are administrative routes with no
guard (CWE-200, CWE-306).

## Example
```properties
management.endpoints.web.exposure.include=*
```

## Use instead
```properties
management.endpoints.web.exposure.include=health,info
```
and require a role for `/actuator/**` in the security configuration.

## References
- CWE-306: Missing Authentication for Critical Function
- CWE-200: Exposure of Sensitive Information to an Unauthorized Actor
- OWASP A01:2021 / A01:2025 Broken Access Control
"""

from __future__ import annotations

from collections.abc import Iterator

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.rules.config.production_debug import _lines, _yaml
from vigilint.model import Rule

_SENSITIVE = frozenset({"*", "env", "heapdump", "threaddump", "configprops", "beans",
                        "mappings", "loggers", "logfile", "shutdown", "jolokia",
                        "httpexchanges", "httptrace", "sessions", "quartz", "caches"})


def _verdict(path: str, value: str) -> str | None:
    key = path.lower().replace("_", "-")
    items = {v.strip().strip("\"'[]").lower() for v in value.split(",")}
    if key.endswith("management.endpoints.web.exposure.include"):
        exposed = sorted(items & _SENSITIVE)
        if exposed:
            return (f"`{path}` exposes {', '.join(f'`{e}`' for e in exposed)} over HTTP; expose "
                    f"`health` and `info` only and require a role for the rest.")
    if key.endswith("management.endpoint.shutdown.enabled") and items & {"true"}:
        return "The `shutdown` endpoint is enabled: whoever reaches it stops the application."
    if key.endswith("management.security.enabled") and items & {"false"}:
        return "Actuator endpoints are exposed without authentication; remove this setting."
    return None


def _check(ctx: FileContext) -> Iterator[Hit]:
    if ctx.language == "yaml":
        for path, value, node in _yaml(ctx):
            message = _verdict(path, value)
            if message:
                yield Hit(node=node, message=message)
        return
    for path, value, position in _lines(ctx):
        message = _verdict(path, value)
        if message:
            yield Hit(position=position, message=message)


RULE = Rule(
    id="VG-CFG-AUTH-002",
    name="spring-actuator-exposed",
    category="access-control",
    languages=("properties", "yaml"),
    cwe=(306, 200),
    likelihood="likely",
    impact="high",
    confidence="high",
    message="Spring Boot actuator endpoints are exposed over HTTP; expose health and info only.",
    paths=("application*.properties", "application*.yml", "application*.yaml",
           "bootstrap*.properties", "bootstrap*.yml"),
    prefilter=("management",),
    check_file=_check,
)
