"""## What it does
Flags LDAP search filters built from untrusted input (`ldap3` `Connection.search`, python-ldap
`search`/`search_s`/`search_ext_s`) that were not escaped with `escape_filter_chars`.

## Why is this bad?
`*`, `(`, `)` and `|` in the value change the filter's logic: the caller can match every entry,
bypass a login filter, or read attributes they should not see.

## Example
```python
conn.search("dc=example,dc=org", f"(uid={request.args['user']})")
```

## Use instead
```python
from ldap3.utils.conv import escape_filter_chars
conn.search("dc=example,dc=org", f"(uid={escape_filter_chars(request.args['user'])})")
```

## References
- CWE-90: Improper Neutralization of Special Elements used in an LDAP Query
- OWASP A03:2021 / A05:2025 Injection
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.dataflow import sink_sites, site_hit
from vigilint.analyzers.models import load
from vigilint.analyzers.rules.python._common import arg, taint_hit
from vigilint.analyzers.syntax import python
from vigilint.model import Rule

_ADVICE = "escape values with `escape_filter_chars`"


def _check(ctx: FileContext, call: Node) -> Hit | None:
    for site in sink_sites(ctx, call, "ldap"):
        method = python(ctx).callee(call)[1]
        if method == "search" and not python(ctx).imports_any(("ldap3",)):
            # python-ldap's LDAPObject.search(base, scope, filterstr): the filter is third
            third = arg(ctx, call, 2, "filterstr")
            if third is not None:
                return taint_hit(ctx, call, third, "ldap", "This LDAP filter", _ADVICE,
                                 unknown=None)
        return site_hit(ctx, call, site, what="This LDAP filter", advice=_ADVICE, unknown=None)
    return None


RULE = Rule(
    id="VG-PY-INJ-005",
    name="ldap-injection",
    category="injection",
    languages=("python",),
    cwe=(90,),
    likelihood="likely",
    impact="high",
    confidence="medium",
    message="An LDAP filter is built from untrusted input; escape values with "
            "`escape_filter_chars`.",
    prefilter=load("python").prefilter("ldap"),
    sink_kinds=("ldap",),
    node_kinds=("call",),
    check=_check,
)
