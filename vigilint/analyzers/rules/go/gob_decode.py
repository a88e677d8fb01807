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

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.dataflow import sink_sites, site_hit
from vigilint.analyzers.models import load
from vigilint.model import Rule


def _check(ctx: FileContext, call: Node) -> Hit | None:
    for site in sink_sites(ctx, call, "deserialization"):
        return site_hit(ctx, call, site, what="This gob stream",
                        advice="decode client input as JSON with a size limit and validate it",
                        unknown=None)
    return None


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
)
