"""## What it does
Flags secrets and personal data written to logs: a `logging`/`logger.*`/`print` call whose
arguments include a variable or attribute named like a password, token, API key, secret, SSN or
card number, or a whole request body/headers (`request.get_json()`, `request.headers`,
`request.form`).

## Why is this bad?
Logs are copied to many systems and readable by many people; credentials in them get reused by
whoever reads them, and personal data in them breaks retention rules.

## Example
```python
logger.info("login %s with password %s", user, password)
```

## Use instead
```python
logger.info("login %s", user)
```

## References
- CWE-532: Insertion of Sensitive Information into Log File
- OWASP A09:2021 / A09:2025 Security Logging and Alerting Failures
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tree_sitter import Node

from vigilint import lazyre
from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.dataflow import flow
from vigilint.analyzers.imports import call_name
from vigilint.model import Fix, Rule

_LOG_METHODS = frozenset({"debug", "info", "warning", "warn", "error", "exception", "critical",
                          "log", "fatal"})
_LOGGER_NAMES = lazyre.compile(r"(^|\.)(log|logger|logging|_log|_logger|LOG|LOGGER|app\.logger)$")
_SECRET = lazyre.compile(
    r"(^|_)(pass(word|wd)?|pwd|secret|token|api_?key|apikey|private_?key|access_?key|"
    r"client_?secret|credentials?|ssn|social_security|card_?(number|num|no)|cc_?number|cvv|"
    r"pin_?code|auth_?header|session_?id|otp)($|_)", re.I)
# What a name ends with when it holds something about the secret, or code that handles secrets
# (`token_type_handler`, `password_validator`, `token_endpoint`), not the secret itself.
_SAFE_SUFFIX = lazyre.compile(r"(_?(length|len|count|hash|hashed|id_type|field|name|label|url|"
                          r"expires?|expiry|ttl|type|policy|reset|required|changed|valid)|"
                          r"_(at|on|set|ok|exists|present|enabled|handlers?|validators?|"
                          r"generators?|factory|endpoint|uri|class|cls|callback|getter|"
                          r"parser|serializer|backend|store|storage|file|path))$", re.I)
_BODIES = lazyre.compile(r"^request\.(get_json\(\)|json|form|data|headers|body|POST|META|"
                     r"get_data\(\)|cookies|COOKIES|values)$")


def _is_log_call(ctx: FileContext, call: Node) -> bool:
    function = call.child_by_field_name("function")
    if function is None:
        return False
    if function.type == "identifier":
        return ctx.node_text(function) == "print"
    if function.type != "attribute":
        return False
    if ctx.node_text(function.child_by_field_name("attribute")) not in _LOG_METHODS:
        return False
    receiver = ctx.node_text(function.child_by_field_name("object"))
    name = call_name(ctx, call) or ""
    return bool(_LOGGER_NAMES.search(receiver)) or name.startswith("logging.") or \
        "log" in receiver.lower()


def _inside_safe_call(ctx: FileContext, node: Node) -> bool:
    """`len(password)`, `mask(token)`: the call's result does not reveal the value."""
    parent = node.parent
    if parent is None or parent.type != "argument_list" or parent.parent is None:
        return False
    callee = ctx.node_text(parent.parent.child_by_field_name("function")).rsplit(".", 1)[-1]
    names = [w.lower() for w in _CALLEE_WORDS.findall(callee)]
    return callee in ("len", "bool", "type", "isinstance", "hash", "id") or \
        any(w in callee.lower() for w in ("mask", "redact", "hash", "obfuscate", "sha256")) or \
        bool(names and (names[-1] in _MEASURES or names[0] in _VERDICTS))


# A function named for a number or a verdict returns that, not the secret it is given:
# `get_failure_limit(request, credentials)`, `count_attempts(token)`, `is_valid(password)`.
_CALLEE_WORDS = lazyre.compile(r"[a-z0-9]+|[A-Z][a-z0-9]*")
_MEASURES = frozenset({"limit", "count", "length", "size", "total", "number", "timeout",
                       "threshold", "status", "age", "ttl", "expiry", "attempts", "failures",
                       "remaining", "score", "strength"})
_VERDICTS = frozenset({"is", "has", "can", "should", "check", "verify", "validate", "count"})


def _sensitive(ctx: FileContext, node: Node) -> str | None:
    found = _sensitive_node(ctx, node)
    return f"`{ctx.node_text(found)}`" if found is not None else None


def _sensitive_node(ctx: FileContext, node: Node) -> Node | None:
    return next(_sensitive_nodes(ctx, node), None)


def _sensitive_nodes(ctx: FileContext, node: Node) -> Iterator[Node]:
    for sub in ctx.walk(node):
        if sub.type in ("identifier", "attribute"):
            text = ctx.node_text(sub)
            leaf = text.rsplit(".", 1)[-1]
            if sub.parent is not None and sub.parent.type == "call" and \
                    sub.parent.child_by_field_name("function") == sub:
                continue
            if _inside_safe_call(ctx, sub):
                continue
            if sub.parent is not None and sub.parent.type == "keyword_argument" and \
                    sub.parent.child_by_field_name("name") == sub:
                continue
            if (_SECRET.search(leaf) and not _SAFE_SUFFIX.search(leaf) and \
                    "log" not in flow(ctx).value(sub).effective_clean()) or _BODIES.match(text):
                yield sub
        elif sub.type == "call" and _BODIES.match(ctx.node_text(sub)):
            yield sub


_STOPS = frozenset({"argument_list", "interpolation", "keyword_argument"})


def _redact_fix(ctx: FileContext, values: list[Node]) -> Fix | None:
    """Every sensitive value of the call -> `"[REDACTED]"` (the whole argument, f-string
    field or `+` operand that shows it; the line keeps its shape). Unsafe: a `%d` placeholder
    for a replaced number would no longer format."""
    pieces: list[Node] = []
    for value in values:
        for found in _sensitive_nodes(ctx, value):
            piece = found
            while piece.parent is not None and piece.parent.type not in _STOPS and not (
                    piece.parent.type == "binary_operator" and ctx.node_text(
                        piece.parent.child_by_field_name("operator")) == "+"):
                piece = piece.parent
            if not any(p.start_byte <= piece.start_byte and piece.end_byte <= p.end_byte
                       for p in pieces):
                pieces = [p for p in pieces if not (piece.start_byte <= p.start_byte and
                                                    p.end_byte <= piece.end_byte)] + [piece]
    if not pieces:
        return None
    return Fix(title="Log `[REDACTED]` instead of the value", safe=False,
               edits=tuple(ctx.edit_node(p.parent, "[REDACTED]")  # an f-string field
                           if p.parent is not None and p.parent.type == "interpolation"
                           else ctx.edit_node(p, '"[REDACTED]"')
                           for p in sorted(pieces, key=lambda n: n.start_byte)))


def _check(ctx: FileContext, call: Node) -> Hit | None:
    if not _is_log_call(ctx, call):
        return None
    args = call.child_by_field_name("arguments")
    if args is None:
        return None
    for arg in args.named_children:
        value = arg.child_by_field_name("value") if arg.type == "keyword_argument" else arg
        if value is None or (arg.type == "keyword_argument" and
                             ctx.node_text(arg.child_by_field_name("name")) in ("exc_info", "extra",
                                                                                 "stack_info")):
            continue
        what = _sensitive(ctx, value)
        if what is not None:
            values = [v for v in (a.child_by_field_name("value") if a.type == "keyword_argument"
                                  else a for a in args.named_children) if v is not None]
            values = [v for v in values if not (v.parent is not None and
                                                v.parent.type == "keyword_argument")]
            return Hit(node=call, message=f"{what} is written to the log; log an identifier "
                                          "or a redacted form instead.",
                       fix=_redact_fix(ctx, values))
    return None


RULE = Rule(
    id="VG-PY-LOG-001",
    name="sensitive-data-in-log",
    category="sensitive-logging",
    languages=("python",),
    cwe=(532,),
    likelihood="likely",
    impact="medium",
    confidence="medium",
    message="A secret or personal value is written to the log; log an identifier or a redacted "
            "form instead.",
    prefilter=("print", "debug", "info", "warn", "error", "exception", "critical", "log", "fatal"),
    node_kinds=("call",),
    check=_check,
    fixable=True,
)
