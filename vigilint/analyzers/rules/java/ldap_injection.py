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
from vigilint.analyzers.rules.java._common import arguments, name_of, taint_sink
from vigilint.model import Rule


def _check(ctx: FileContext, node: Node) -> Hit | None:
    if name_of(ctx, node) not in ("search", "searchForObject", "authenticate") \
            or len(arguments(node)) < 2:
        return None
    # with a `filterArgs` array (search(base, "(uid={0})", args, ...)) only base/filter matter
    return taint_sink(ctx, node, "ldapi", indexes=(0, 1), possible=False)


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
    prefilter=("search", "authenticate"),
    node_kinds=("method_invocation",),
    check=_check,
)
