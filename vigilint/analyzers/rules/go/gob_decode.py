"""## What it does
Flags `gob.NewDecoder` reading from a request body (or another tainted reader).

## Why is this bad?
gob trusts the stream's type descriptions and sizes: a crafted stream can make the decoder
allocate huge amounts of memory or fill interface fields with unexpected registered types
(CWE-502). gob is meant for trusted peers, not for input from clients.

## Example
```go
err := gob.NewDecoder(r.Body).Decode(&order)
```

## Use instead
```go
r.Body = http.MaxBytesReader(w, r.Body, 1<<20)
err := json.NewDecoder(r.Body).Decode(&order)   // and validate the fields
```

## References
- CWE-502: Deserialization of Untrusted Data
- OWASP A08:2021 / A08:2025
"""

from __future__ import annotations

import re
from dataclasses import replace

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.dataflow import sink_sites, site_hit
from vigilint.analyzers.models import load
from vigilint.analyzers.rules._edits import go_drop_import, go_import_spec, go_package
from vigilint.analyzers.syntax import go
from vigilint.model import Fix, Rule


def _check(ctx: FileContext, call: Node) -> Hit | None:
    for site in sink_sites(ctx, call, "deserialization"):
        hit = site_hit(ctx, call, site, what="This gob stream",
                       advice="decode client input as JSON with a size limit and validate it",
                       unknown=None)
        return replace(hit, fix=_json_fix(ctx, call)) if hit is not None else None
    return None


def _json_fix(ctx: FileContext, call: Node) -> Fix | None:
    """`gob.NewDecoder(r)` -> `json.NewDecoder(r)` (the `encoding/gob` import dropped when
    nothing else uses it). Unsafe: the client must now send JSON, and fields gob carried
    (interfaces, unexported names) do not decode the same way."""
    function = call.child_by_field_name("function")
    if function is None or function.type != "selector_expression":
        return None
    package = function.child_by_field_name("operand")
    field = function.child_by_field_name("field")
    if package is None or field is None or ctx.node_text(field) != "NewDecoder" or \
            go(ctx).imports().get(ctx.node_text(package)) != "encoding/gob":
        return None
    alias, imports = go_package(ctx, "encoding/json")
    edits = [ctx.edit_node(function, f"{alias}.NewDecoder")]
    only_use = len(re.findall(rf"\b{re.escape(ctx.node_text(package))}\.", ctx.text)) == 1
    spec = go_import_spec(ctx, "encoding/gob")
    if only_use and imports and spec is not None and \
            ctx.node_text(spec) == '"encoding/gob"':  # the gob import becomes the json one
        edits.append(ctx.edit_node(spec, '"encoding/json"'))
    elif only_use:
        dropped = go_drop_import(ctx, "encoding/gob")
        if dropped is None:
            return None
        edits += [*imports, dropped]
    else:
        edits += imports
    return Fix(title="Decode the client's data as JSON", safe=False, edits=tuple(edits))


RULE = Rule(
    id="VG-GO-DESER-001",
    name="gob-decode-untrusted",
    category="deserialization",
    languages=("go",),
    cwe=(502,),
    likelihood="likely",
    impact="medium",
    confidence="medium",
    message="gob decodes a client-supplied stream; use JSON with a size limit and validation "
            "for untrusted input.",
    prefilter=load("go").prefilter("deserialization"),
    sink_kinds=("deserialization",),
    node_kinds=("call_expression",),
    check=_check,
    fixable=True,
)
