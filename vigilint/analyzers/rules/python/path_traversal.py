"""## What it does
Flags file-system calls whose path comes from untrusted input (request data, route parameters,
`sys.argv`, `input()`) with no containment check: `open`, `codecs.open`, `os.remove`,
`shutil.*`, `send_file`, `pathlib.Path(...)` operations and the like. A path is considered
contained after `os.path.basename`/`secure_filename`, an allow-list check, or
`realpath`/`abspath`/`resolve()` followed by a `startswith(base)` guard.

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

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.imports import call_name
from vigilint.analyzers.rules.python._util import arg, taint_hit
from vigilint.model import Rule

_FUNCS = {
    "open": ("file", 0), "io.open": ("file", 0), "codecs.open": ("filename", 0),
    "os.open": ("path", 0), "os.remove": ("path", 0), "os.unlink": ("path", 0),
    "os.rmdir": ("path", 0), "os.makedirs": ("name", 0), "os.mkdir": ("path", 0),
    "os.listdir": ("path", 0), "os.rename": ("src", 0), "os.replace": ("src", 0),
    "os.chmod": ("path", 0), "os.stat": ("path", 0), "os.scandir": ("path", 0),
    "shutil.copy": ("src", 0), "shutil.copyfile": ("src", 0), "shutil.copy2": ("src", 0),
    "shutil.move": ("src", 0), "shutil.rmtree": ("path", 0), "shutil.copytree": ("src", 0),
    "flask.send_file": ("path_or_file", 0), "send_file": ("path_or_file", 0),
    "flask.send_from_directory": ("directory", 0), "django.http.FileResponse": ("", 0),
    "fastapi.responses.FileResponse": ("path", 0), "starlette.responses.FileResponse": ("path", 0),
    "pathlib.Path": ("", 0), "pathlib.PurePath": ("", 0), "aiofiles.open": ("file", 0),
    "os.path.getsize": ("filename", 0), "tarfile.open": ("name", 0), "zipfile.ZipFile": ("file", 0),
    "numpy.load": ("file", 0), "pandas.read_csv": ("filepath_or_buffer", 0),
}
_PATH_METHODS = frozenset({"read_text", "read_bytes", "write_text", "write_bytes", "open",
                           "unlink", "exists", "is_file", "mkdir", "rmdir", "touch", "iterdir",
                           "stat", "rename", "glob"})
_ADVICE = "resolve it with `os.path.realpath` and check it stays under the base directory"


def _check(ctx: FileContext, call: Node) -> Hit | None:
    name = call_name(ctx, call) or ""
    if name in _FUNCS:
        if name in ("pathlib.Path", "pathlib.PurePath"):
            parent = call.parent
            if parent is None or parent.type != "attribute":
                return None  # reported where the path is used
        keyword_name, index = _FUNCS[name]
        path = arg(ctx, call, index, keyword_name or None)
        return taint_hit(ctx, call, path, "path", "This file path", _ADVICE, unknown=None)
    function = call.child_by_field_name("function")
    if function is not None and function.type == "attribute":
        method = ctx.node_text(function.child_by_field_name("attribute"))
        obj = function.child_by_field_name("object")
        if method in _PATH_METHODS and obj is not None and obj.type in (
                "identifier", "binary_operator", "parenthesized_expression", "call"):
            if obj.type == "call" and (call_name(ctx, obj) or "") not in ("pathlib.Path",
                                                                          "pathlib.PurePath"):
                return None
            return taint_hit(ctx, call, obj, "path", "This file path", _ADVICE, unknown=None)
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
    prefilter=("open", "remove", "unlink", "rmdir", "makedirs", "mkdir", "listdir", "rename",
               "replace", "chmod", "stat", "scandir", "copy", "move", "rmtree", "send_file",
               "send_from_directory", "FileResponse", "Path", "getsize", "ZipFile", "load",
               "read_csv", "read_text", "read_bytes", "write_text", "write_bytes", "exists",
               "is_file", "touch", "iterdir", "glob"),
    node_kinds=("call",),
    check=_check,
)
