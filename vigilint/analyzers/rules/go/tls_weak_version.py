"""## What it does
Flags `tls.Config` settings that allow obsolete protocol versions (`MinVersion` or
`MaxVersion` set to `tls.VersionSSL30`, `VersionTLS10` or `VersionTLS11`) and `CipherSuites`
lists that name RC4, 3DES or CBC-SHA1 suites.

## Why is this bad?
SSL 3.0, TLS 1.0 and 1.1 are deprecated (RFC 8996) and attackable (POODLE, BEAST); RC4 and 3DES
suites are broken (CWE-327).

## Example
```go
cfg := &tls.Config{MinVersion: tls.VersionTLS10}
```

## Use instead
```go
cfg := &tls.Config{MinVersion: tls.VersionTLS12}
```

## References
- CWE-327: Use of a Broken or Risky Cryptographic Algorithm
- RFC 8996: Deprecating TLS 1.0 and TLS 1.1
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.model import Fix, Rule

_OLD = frozenset({"VersionSSL30", "VersionTLS10", "VersionTLS11"})
_WEAK_SUITE = ("_RC4_", "_3DES_", "_CBC_SHA")


def _check(ctx: FileContext, captures: dict[str, list[Node]]) -> Hit | None:
    key = ctx.node_text(captures["key"][0])
    value = captures["value"][0]
    text = ctx.node_text(value)
    if key in ("MinVersion", "MaxVersion"):
        if text.rsplit(".", 1)[-1] not in _OLD:
            return None
        fix = None
        if key == "MinVersion":
            fix = Fix(title="Require TLS 1.2", safe=False, edits=(ctx.edit_node(
                value, text.rsplit(".", 1)[0] + ".VersionTLS12" if "." in text
                else "VersionTLS12"),))
        return Hit(node=captures["report"][0], fix=fix, message=(
            f"`{key}: {text}` allows a deprecated protocol; use `tls.VersionTLS12` or later."))
    if key == "CipherSuites" and any(part in text for part in _WEAK_SUITE):
        return Hit(node=captures["report"][0], message=(
            "`CipherSuites` lists RC4/3DES/CBC-SHA suites; keep Go's default suites."))
    return None


RULE = Rule(
    id="VG-GO-DEF-002",
    name="tls-weak-version",
    category="insecure-default",
    languages=("go",),
    cwe=(327,),
    likelihood="likely",
    impact="medium",
    confidence="high",
    message="The TLS configuration allows deprecated versions or weak cipher suites; require "
            "`tls.VersionTLS12` or later.",
    prefilter=("MinVersion", "MaxVersion", "CipherSuites"),
    query="""
(keyed_element key: (literal_element (identifier) @key) value: (literal_element (_) @value)) @report
""",
    check=_check,
    fixable=True,
)
