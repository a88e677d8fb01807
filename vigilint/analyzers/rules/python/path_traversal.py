"""## What it does
Flags file-system calls whose path comes from untrusted input (request data, route parameters)
with no containment check: `open`, `codecs.open`, `os.remove`,
`shutil.*`, `send_file`, `pathlib.Path(...)` operations and the like. A path is considered
contained after `os.path.basename`/`secure_filename`, an allow-list check, or
`realpath`/`abspath`/`resolve()` followed by a `startswith(base)` guard. An existence or
metadata check (`p.exists()`, `is_file()`, `stat()`) is reported with low impact: it tells at
most whether a file is there; a pure-path look at the text (`Path(name).is_absolute()`,
`.suffix`, `.name`) touches nothing and is not reported. A path from the command line or standard input (`sys.argv`,
`input()`) is not reported: the person running the program names a file they can open anyway,
which is what a command-line tool is for (a tool run with more rights than its user is the
exception, and is not told apart here).

## Why is this bad?
`../` sequences or an absolute path in the value let the caller read or overwrite any file the
process can reach: configuration, keys, source code.

## Example
```python
return open(os.path.join(UPLOADS, request.args["name"])).read()
```

## Use instead
```python
path = os.path.realpath(os.path.join(UPLOADS, request.args["name"]))
if not path.startswith(UPLOADS + os.sep):
    abort(400)
return open(path).read()
```

## References
- CWE-22: Improper Limitation of a Pathname to a Restricted Directory
- OWASP A01:2021 / A01:2025 Broken Access Control
"""

from __future__ import annotations

from dataclasses import replace

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.dataflow import REMOTE, flow, sink_sites, site_hit
from vigilint.analyzers.dataflow.value import UPLOAD
from vigilint.analyzers.imports import call_name
from vigilint.analyzers.models import load
from vigilint.analyzers.rules.python._path_fix import path_fix
from vigilint.model import Rule

_PATHLIB = ("pathlib.Path", "pathlib.PurePath")
_RECEIVERS = ("identifier", "binary_operator", "parenthesized_expression", "call")
_ADVICE = "resolve it with `os.path.realpath` and check it stays under the base directory"


_METADATA = frozenset({"exists", "is_file", "is_dir", "stat"})
# pure-path members that read the path's text and return no path: nothing on disk is touched
_PURE = frozenset({"is_absolute", "is_relative_to", "is_reserved", "name", "suffix", "suffixes",
                   "stem", "parts", "drive", "root", "anchor", "as_posix", "as_uri", "match",
                   "full_match"})


def _method(ctx: FileContext, call: Node) -> str:
    function = call.child_by_field_name("function")
    attribute = function.child_by_field_name("attribute") \
        if function is not None and function.type == "attribute" else None
    return ctx.node_text(attribute) if attribute is not None else ""


def _check(ctx: FileContext, call: Node) -> Hit | None:
    for site in sink_sites(ctx, call, "path"):
        if all(flow(ctx).value(a).type == UPLOAD for a in site.arguments):
            return None  # an uploaded file object (`ZipFile(request.files["f"])`), not a path
        if site.callee in _PATHLIB:
            parent = call.parent
            if parent is None or parent.type != "attribute":
                return None  # reported where the path is used
            attribute = parent.child_by_field_name("attribute")
            if attribute is not None and ctx.node_text(attribute) in _PURE:
                return None  # `Path(name).is_absolute()`: a look at the text, no file touched
        elif site.spec is not None and site.spec.arg == -1:
            receiver = site.arguments[0]
            if receiver.type not in _RECEIVERS or (
                    receiver.type == "call" and (call_name(ctx, receiver) or "") not in _PATHLIB):
                return None  # a method of something other than a path
        # a path its own user types (`sys.argv`, `input()`) is the point of a command-line tool
        hit = site_hit(ctx, call, site, what="This file path", advice=_ADVICE, unknown=None,
                       sources=REMOTE)
        if hit is not None and hit.fix is None and site.arguments:
            hit = replace(hit, fix=path_fix(ctx, site.arguments[0], whole=site.spec is None))
        if hit is not None and site.spec is not None and site.spec.arg == -1 and \
                _method(ctx, call) in _METADATA:
            # `p.exists()`: tells at most whether a file is there, reads and writes nothing
            hit = replace(hit, impact="low")
        return hit
    return None


RULE = Rule(
    id="VG-PY-INJ-007",
    name="path-traversal",
    category="injection",
    languages=("python",),
    cwe=(22,),
    likelihood="likely",
    impact="high",
    confidence="medium",
    message="A file path comes from untrusted input; resolve it with `os.path.realpath` and check "
            "it stays under the base directory (or use `secure_filename`).",
    prefilter=load("python").prefilter("path"),
    sink_kinds=("path",),
    node_kinds=("call",),
    check=_check,
    fixable=True,
)
