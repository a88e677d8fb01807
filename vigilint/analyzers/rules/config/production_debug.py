"""## What it does
Flags debug modes and detailed error output switched on in production configuration files
(`.env.production`, `config/production.yml`, `application-prod.properties`,
`appsettings.Production.json`, `*prod*.toml`, …): `DEBUG=true`, `APP_DEBUG=true`,
`FLASK_DEBUG=1`, `NODE_ENV=development`, Spring's `server.error.include-stacktrace=always` and
`include-message=always`, ASP.NET `DetailedErrors: true`.

## Why is this bad?
Debug modes show stack traces, configuration and sometimes an interactive console to whoever
triggers an error; detailed errors hand attackers the internals they need for the next step.

## Example
```properties
# application-prod.properties
server.error.include-stacktrace=always
```

## Use instead
```properties
server.error.include-stacktrace=never
server.error.include-message=never
```
and `DEBUG=false` in every production environment.

## References
- CWE-489: Active Debug Code; CWE-209: Error Message Containing Sensitive Information
- OWASP A05:2021 Security Misconfiguration / A02:2025 Security Misconfiguration
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.rules.config._tree import YNode, yaml_documents
from vigilint.model import Rule

PRODUCTION_FILE = re.compile(r"(?:^|[./_-])(?:prod|production|live|prd)(?:$|[./_-])",
                             re.IGNORECASE)
_TRUE = {"true", "1", "yes", "on"}
# key (lower-cased, dots for nesting) -> (values that are unsafe, what it turns on)
_UNSAFE: dict[str, tuple[set[str], str]] = {
    "debug": (_TRUE, "debug mode"),
    "app_debug": (_TRUE, "debug mode"),
    "flask_debug": (_TRUE, "the Flask debugger"),
    "django_debug": (_TRUE, "debug mode"),
    "node_env": ({"development", "dev"}, "development mode"),
    "rails_env": ({"development"}, "development mode"),
    "app_env": ({"development", "dev", "local"}, "development mode"),
    "server.error.include-stacktrace": ({"always", "on-param", "on_param"}, "stack traces in "
                                        "error responses"),
    "server.error.include-message": ({"always"}, "exception messages in error responses"),
    "server.error.include-exception": (_TRUE, "exception class names in error responses"),
    "detailederrors": (_TRUE, "detailed errors"),
    "logging.level.root": ({"debug", "trace"}, "debug logging"),
}


def _suffix_key(path: str) -> str | None:
    """The table key a dotted config path ends with, if any."""
    lowered = path.lower()
    for key in _UNSAFE:
        if lowered == key or lowered.endswith("." + key) or lowered.endswith(":" + key):
            return key
    return None


def _verdict(path: str, value: str) -> str | None:
    key = _suffix_key(path)
    if key is None:
        return None
    unsafe, what = _UNSAFE[key]
    return what if value.strip().strip("\"'").lower() in unsafe else None


def _yaml(ctx: FileContext) -> Iterator[tuple[str, str, Node]]:
    for doc in yaml_documents(ctx):
        stack: list[tuple[str, YNode]] = [("", doc)]
        while stack:
            path, node = stack.pop()
            if isinstance(node.value, dict):
                stack.extend((f"{path}.{k}" if path else k, v) for k, v in node.value.items())
            elif not isinstance(node.value, list) and node.value is not None:
                value = str(node.value).lower() if isinstance(node.value, bool) else \
                    str(node.value)
                yield path, value, node.key_node or node.node


def _pairs(ctx: FileContext) -> Iterator[tuple[str, str, Node]]:
    """JSON and TOML key/value pairs with their dotted paths."""
    if ctx.tree is None:
        return
    for node in ctx.walk():
        if node.type not in ("pair",):
            continue
        key_node = node.child_by_field_name("key") or node.named_children[0]
        value = node.child_by_field_name("value") or node.named_children[-1]
        if value.type in ("object", "table", "inline_table", "array"):
            continue
        parts = [ctx.node_text(key_node).strip("\"'")]
        parent = node.parent
        while parent is not None:
            if parent.type == "pair":
                pkey = parent.child_by_field_name("key") or parent.named_children[0]
                parts.append(ctx.node_text(pkey).strip("\"'"))
            elif parent.type == "table" and parent.named_child_count:
                parts.append(ctx.node_text(parent.named_children[0]).strip("[]\"'"))
            parent = parent.parent
        yield ".".join(reversed(parts)), ctx.node_text(value), key_node


_ASSIGNMENT = re.compile(r"\s*(?:export\s+)?([\w.:-]+)\s*[=:]")

def _lines(ctx: FileContext) -> Iterator[tuple[str, str, tuple[int, int, int, int]]]:
    for index, line in enumerate(ctx.lines):
        stripped = line.strip()
        if not stripped or stripped.startswith(("#", ";", "!")):
            continue
        match = _ASSIGNMENT.match(line)
        if match:
            # The value: up to a `#` comment, without surrounding spaces. Taken with `str`
            # methods: `\s*(.*?)\s*(?:#.*)?$` is quadratic on a long run of spaces.
            value = line[match.end():].split("#", 1)[0].strip()
            start = match.start(1) + 1
            yield match.group(1), value, (index + 1, start, index + 1,
                                          start + len(match.group(1)))


def _check(ctx: FileContext) -> Iterator[Hit]:
    if not PRODUCTION_FILE.search(ctx.path.rsplit("/", 1)[-1]) and \
            not re.search(r"(?:^|/)(?:prod|production)/", ctx.path, re.IGNORECASE):
        return
    if ctx.language == "yaml":
        for path, value, node in _yaml(ctx):
            what = _verdict(path, value)
            if what:
                yield Hit(node=node, message=f"`{path}` turns on {what} in a production "
                                             "configuration; switch it off.")
    elif ctx.language in ("json", "toml"):
        for path, value, node in _pairs(ctx):
            what = _verdict(path, value)
            if what:
                yield Hit(node=node, message=f"`{path}` turns on {what} in a production "
                                             "configuration; switch it off.")
    elif ctx.language in ("dotenv", "properties"):
        for key, value, position in _lines(ctx):
            what = _verdict(key, value)
            if what:
                yield Hit(position=position, message=f"`{key}` turns on {what} in a "
                                                     "production configuration; switch it off.")


RULE = Rule(
    id="VG-CFG-DEF-001",
    name="production-debug-enabled",
    category="insecure-default",
    languages=("yaml", "json", "toml", "dotenv", "properties"),
    cwe=(489, 209),
    owasp=("A05:2021", "A02:2025"),
    likelihood="likely",
    impact="medium",
    confidence="medium",
    message="Debug mode or detailed errors are on in a production configuration.",
    check_file=_check,
)
