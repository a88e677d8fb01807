"""## What it does
Flags `InsecureSkipVerify: true` in a `tls.Config` literal and `cfg.InsecureSkipVerify = true`.

## Why is this bad?
With verification off, any certificate is accepted: anyone on the network path can impersonate
the server and read or change the traffic (CWE-295).

## Example
```go
client := &http.Client{Transport: &http.Transport{
    TLSClientConfig: &tls.Config{InsecureSkipVerify: true},
}}
```

## Use instead
```go
pool, _ := x509.SystemCertPool()
pool.AppendCertsFromPEM(internalCA)          // trust the private CA instead
cfg := &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12}
```

## References
- CWE-295: Improper Certificate Validation
- OWASP A07:2021 / A02:2025
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.model import Fix, Rule


def _check(ctx: FileContext, captures: dict[str, list[Node]]) -> Hit | None:
    value = captures["value"][0]
    if ctx.node_text(captures["key"][0]).rsplit(".", 1)[-1] != "InsecureSkipVerify":
        return None
    target = value
    if value.type == "literal_element" and value.named_children:
        target = value.named_children[0]
    if target.type != "true":
        return None
    return Hit(node=captures["report"][0], fix=Fix(
        title="Set `InsecureSkipVerify` to false", safe=False,
        edits=(ctx.edit_node(target, "false"),)))


RULE = Rule(
    id="VG-GO-DEF-001",
    name="tls-insecure-skip-verify",
    category="insecure-default",
    languages=("go",),
    cwe=(295,),
    likelihood="likely",
    impact="high",
    confidence="high",
    message="`InsecureSkipVerify: true` disables certificate checks; trust the right CA in "
            "`RootCAs` instead.",
    prefilter=("InsecureSkipVerify",),
    query="""
(keyed_element key: (literal_element (identifier) @key) value: (_) @value) @report
(assignment_statement left: (expression_list (selector_expression) @key)
                      right: (expression_list (true) @value)) @report
""",
    check=_check,
    fixable=True,
)
