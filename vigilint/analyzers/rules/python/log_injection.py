r"""## What it does
Flags logging calls (`logging.*`, `logger.*`, `app.logger.*`, loguru) that write request data,
command-line arguments or interactive input into a log line without removing line breaks.
A request header's value as received is not reported: it cannot hold a line break (HTTP/1.1
ends the field at one; RFC 9110 section 5.5 has CR, LF and NUL rejected or replaced; HTTP/2 and
3 treat them as malformed). Once decoded (base64, as in Basic credentials, percent-decoding,
JSON, or a function vigilint knows nothing of whose name says it decodes or parses) it is
reported again.

A `debug` record (`log.debug(...)`, `log.log(logging.DEBUG, ...)`) is not reported unless the
file turns debug output on (`basicConfig(level=logging.DEBUG)`, `setLevel("DEBUG")`): forging
an entry misleads only whoever reads the log the service writes in production, and debug
records are not written there (the standard library's default level is WARNING; frameworks and
servers configure INFO or above). A secret in a debug line is another matter: it leaks whenever
debug is switched on, and VG-PY-LOG-001 still reports it.

## Why is this bad?
A `\r\n` in the input starts a new, forged log line ("admin logged in"), which misleads
investigators and log-based alerting (CWE-117).

## Example
```python
logger.info("login failed for %s", request.form["username"])
```

## Use instead
```python
logger.info("login failed for %r", request.form["username"])  # repr() escapes line breaks
# or: name.replace("\r", "").replace("\n", "")
```

## References
- CWE-117: Improper Output Neutralization for Logs
- OWASP A09:2021 / A09:2025 Security Logging and Alerting Failures
"""

from __future__ import annotations

from dataclasses import replace

from tree_sitter import Node

from vigilint import lazyre
from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.dataflow import sink_sites, site_hit
from vigilint.analyzers.models import load
from vigilint.analyzers.rules.python._tainted import tainted_pieces
from vigilint.model import Fix, Rule

# a %-style conversion: `%s`, `%-10r`, `%(name)r`, `%%`
# (flags, width and precision cannot overlap: a width starts at 1-9, a key stops at `%`, so a
# failed conversion is given up in one pass)
_CONVERSION = lazyre.compile(
    r"%(\([^)%]*\))?[-#0 +]*(\*|[1-9]\d*)?(?:\.(\*|\d*))?[hlL]?([a-zA-Z%])")


def _repr_arguments(ctx: FileContext, call: Node) -> set[int]:
    """Start bytes of the arguments a literal %-format writes with `%r` (`log.debug("user
    %r", name)`): repr() escapes line breaks, so they cannot forge an entry."""
    args = call.child_by_field_name("arguments")
    positional = [a for a in (args.named_children if args else [])
                  if a.type not in ("keyword_argument", "comment", "list_splat",
                                    "dictionary_splat")]
    if not positional or positional[0].type != "string" or \
            any(c.type == "interpolation" for c in positional[0].named_children):
        return set()
    conversions = []
    for match in _CONVERSION.finditer(ctx.node_text(positional[0])):
        if match.group(1) or match.group(2) == "*" or match.group(3) == "*":
            return set()  # mapping keys or `*` widths: leave the arguments as they are
        if match.group(4) != "%":
            conversions.append(match.group(4))
    if len(conversions) != len(positional) - 1:
        return set()
    return {a.start_byte for a, c in zip(positional[1:], conversions, strict=True) if c == "r"}


# the file itself turns debug records on: `basicConfig(level=logging.DEBUG)`,
# `logger.setLevel("DEBUG")`, `dictConfig({... "level": "DEBUG"})`, `level=10`
_DEBUG_ON = lazyre.compile(
    r"\b(?:setLevel|basicConfig)\([^()]{0,200}\bDEBUG\b|"
    r"\blevel['\"]?\s*[=:]\s*(?:logging\.)?['\"]?(?:DEBUG\b|10\b)")
_DEBUG_LEVELS = frozenset({"logging.DEBUG", "DEBUG", "10"})


def _debug_record(ctx: FileContext, call: Node) -> bool:
    """`log.debug(...)`, `logging.debug(...)`, `log.log(logging.DEBUG, ...)`: a record at the
    debug level."""
    function = call.child_by_field_name("function")
    if function is None or function.type != "attribute":
        return False
    method = ctx.node_text(function.child_by_field_name("attribute"))
    if method == "debug":
        return True
    if method != "log":
        return False
    args = call.child_by_field_name("arguments")
    first = next((a for a in (args.named_children if args else []) if a.type != "comment"), None)
    return first is not None and ctx.node_text(first) in _DEBUG_LEVELS


def _check(ctx: FileContext, call: Node) -> Hit | None:
    if _debug_record(ctx, call) and not _DEBUG_ON.search(ctx.text):
        return None  # not written under a production logging configuration
    for site in sink_sites(ctx, call, "log"):
        quoted = _repr_arguments(ctx, call)
        if quoted:
            site = replace(site, arguments=tuple(a for a in site.arguments
                                                 if a.start_byte not in quoted))
        hit = site_hit(ctx, call, site, what="This log line",
                       advice="log it with `%r` or strip `\\r` and `\\n` first", unknown=None)
        return replace(hit, fix=_repr_fix(ctx, site.arguments)) if hit is not None else None
    return None


def _repr_fix(ctx: FileContext, arguments: tuple[Node, ...]) -> Fix | None:
    """Each piece of request data in the logged values -> `repr(...)`: line breaks are then
    written as `\\n`, so no forged entry. Unsafe: the log shows the values quoted."""
    pieces: list[Node] = []
    for argument in arguments:
        if argument.type == "keyword_argument":
            continue
        found = tainted_pieces(ctx, argument, "log")
        if found is None:
            return None
        pieces += found
    if not pieces:
        return None
    return Fix(title="Log the values with `repr()`", safe=False,
               edits=tuple(ctx.edit_node(p, f"repr({ctx.node_text(p)})") for p in pieces))


RULE = Rule(
    id="VG-PY-LOG-002",
    name="log-injection",
    category="sensitive-logging",
    languages=("python",),
    cwe=(117,),
    likelihood="very-likely",
    impact="low",
    confidence="medium",
    message="Untrusted input is written into a log line and can forge entries with line breaks; "
            "log it with `%r` or strip `\\r\\n` first.",
    prefilter=load("python").prefilter("log"),
    sink_kinds=("log",),
    node_kinds=("call",),
    check=_check,
    fixable=True,
)
