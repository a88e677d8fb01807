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
from vigilint.analyzers.imports import aliases
from vigilint.analyzers.rules.python._util import arg, taint_hit
from vigilint.model import Rule

_FILTER_ARG = {"search": (1, "search_filter"), "search_s": (2, "filterstr"),
               "search_st": (2, "filterstr"), "search_ext": (2, "filterstr"),
               "search_ext_s": (2, "filterstr"), "paged_search": (1, "search_filter")}


def _check(ctx: FileContext, call: Node) -> Hit | None:
    function = call.child_by_field_name("function")
    if function is None or function.type != "attribute":
        return None
    method = ctx.node_text(function.child_by_field_name("attribute"))
    if method not in _FILTER_ARG:
        return None
    if not any(v.split(".")[0] in ("ldap", "ldap3") for v in aliases(ctx).values()):
        return None
    index, name = _FILTER_ARG[method]
    if method == "search" and arg(ctx, call, 2, "filterstr") is not None and \
            "ldap3" not in aliases(ctx).values():
        index, name = 2, "filterstr"
    return taint_hit(ctx, call, arg(ctx, call, index, name), "ldap", "This LDAP filter",
                     "escape values with `escape_filter_chars`", unknown=None)


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
    prefilter=("ldap",),
    node_kinds=("call",),
    check=_check,
)
