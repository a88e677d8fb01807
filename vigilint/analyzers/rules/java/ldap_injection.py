"""## What it does
Flags LDAP searches (`DirContext.search`, `LdapTemplate.search`) whose base or filter is built
from request data.

## Why is this bad?
Filter metacharacters (`*`, `(`, `)`, `|`, `&`) in input change the LDAP query: an attacker can
list every entry or bypass an authentication filter (CWE-90).

## Example
```java
ctx.search("ou=users", "(uid=" + request.getParameter("user") + ")", controls);
```

## Use instead
```java
ctx.search("ou=users", "(uid={0})", new Object[] {request.getParameter("user")}, controls);
// or ESAPI.encoder().encodeForLDAP(user)
```

## References
- CWE-90: LDAP Injection
- OWASP A03:2021 / A05:2025 Injection
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.models import load
from vigilint.analyzers.rules.java._common import injection_hit
from vigilint.model import Rule


def _check(ctx: FileContext, node: Node) -> Hit | None:
    return injection_hit(ctx, node, "ldap", what="This LDAP search",
                         advice="use `{0}` filter arguments or encode the value with `LdapEncoder.filterEncode`",
                         unknown=None)


RULE = Rule(
    id="VG-JAVA-INJ-004",
    name="ldap-injection",
    category="injection",
    languages=("java",),
    cwe=(90,),
    likelihood="very-likely",
    impact="high",
    confidence="medium",
    message="An LDAP search filter is built from request data; use `{0}` filter arguments or "
            "`encodeForLDAP`.",
    prefilter=load("java").prefilter("ldap"),
    sink_kinds=("ldap",),
    node_kinds=("method_invocation", "object_creation_expression"),
    check=_check,
)
