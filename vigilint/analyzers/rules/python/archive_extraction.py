"""## What it does
Flags `tarfile` `extractall`/`extract` without a `filter=` (Python 3.12+ `"data"` filter), and
`zipfile`/`tarfile` extraction of archives that come from untrusted input without checking member
names and sizes.

## Why is this bad?
Member names like `../../etc/cron.d/x` or absolute paths write outside the target folder (zip
slip), tar links can point anywhere, and a small archive can expand to terabytes (zip bomb).

## Example
```python
with tarfile.open(upload) as tar:
    tar.extractall(dest)
```

## Use instead
```python
with tarfile.open(upload) as tar:
    tar.extractall(dest, filter="data")
```

## References
- CWE-22: Improper Limitation of a Pathname to a Restricted Directory
- CWE-409: Improper Handling of Highly Compressed Data
- OWASP A01:2021 / A01:2025 Broken Access Control
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.imports import aliases
from vigilint.analyzers.rules.python._common import enclosing_function, keyword
from vigilint.model import Fix, Rule


def _checks_members(ctx: FileContext, call: Node) -> bool:
    """True when the function vets member names before extracting (`..`, absolute paths)."""
    scope = enclosing_function(ctx, call)
    text = ctx.node_text(scope) if scope is not None else ""
    return ('".."' in text or "'..'" in text or "isabs" in text or "commonpath" in text
            or "is_within_directory" in text or "realpath" in text)


def _data_filter(ctx: FileContext, call: Node) -> Fix | None:
    """`tar.extractall(path)` -> `tar.extractall(path, filter="data")` (Python 3.12, and the
    security releases of 3.8 to 3.11): members that leave the folder, links out of it and
    special files are refused. Unsafe: such an archive now fails instead of extracting."""
    arguments = call.child_by_field_name("arguments")
    if arguments is None or any(a.type in ("list_splat", "dictionary_splat")
                                for a in arguments.named_children):
        return None
    closing = arguments.children[-1] if arguments.children else None
    if closing is None or closing.type != ")":
        return None
    separator = ", " if arguments.named_children else ""
    return Fix(title='Refuse unsafe members with `filter="data"`', safe=False,
               edits=(ctx.insert_at(closing.start_byte, f'{separator}filter="data"'),))


def _check(ctx: FileContext, call: Node) -> Hit | None:
    function = call.child_by_field_name("function")
    if function is None or function.type != "attribute":
        return None
    method = ctx.node_text(function.child_by_field_name("attribute"))
    if method not in ("extractall", "extract"):
        return None
    modules = {v.split(".")[0] for v in aliases(ctx).values()}
    if ("tarfile" in modules and "zipfile" not in modules) or \
            "tar" in ctx.node_text(function.child_by_field_name("object")).lower():
        if keyword(ctx, call, "filter") is not None or _checks_members(ctx, call):
            return None
        return Hit(node=call, message="Tar extraction without `filter=\"data\"` follows `../` "
                                      "names and links out of the target folder; pass "
                                      "`filter=\"data\"`.", fix=_data_filter(ctx, call))
    if "zipfile" in modules and method == "extractall":
        scope = enclosing_function(ctx, call)
        text = ctx.node_text(scope) if scope is not None else ""
        if "file_size" in text or "infolist" in text or "namelist" in text:
            return None
        return Hit(node=call, likelihood="possible",
                   message="Zip extraction without checking member sizes can fill the disk "
                           "(zip bomb); check `ZipInfo.file_size` before extracting.")
    return None


RULE = Rule(
    id="VG-PY-DOS-003",
    name="unsafe-archive-extraction",
    category="resource-exhaustion",
    languages=("python",),
    cwe=(22, 409),
    likelihood="likely",
    impact="high",
    confidence="medium",
    message="Archive members are extracted without name or size checks; use "
            "`extractall(dest, filter=\"data\")` and check member sizes.",
    prefilter=("extract",),
    node_kinds=("call",),
    check=_check,
    fixable=True,
)
