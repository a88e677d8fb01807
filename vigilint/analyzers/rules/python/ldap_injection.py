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

from dataclasses import replace

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.dataflow import sink_sites, site_hit
from vigilint.analyzers.fix_edits import python_import
from vigilint.analyzers.imports import aliases
from vigilint.analyzers.models import load
from vigilint.analyzers.rules.python._common import arg, taint_hit
from vigilint.analyzers.rules.python._tainted import tainted_pieces
from vigilint.analyzers.syntax import python
from vigilint.model import Edit, Fix, Rule

_ADVICE = "escape values with `escape_filter_chars`"


def _check(ctx: FileContext, call: Node) -> Hit | None:
    for site in sink_sites(ctx, call, "ldap"):
        method = python(ctx).callee(call)[1]
        if method == "search" and not python(ctx).imports_any(("ldap3",)):
            # python-ldap's LDAPObject.search(base, scope, filterstr): the filter is third
            third = arg(ctx, call, 2, "filterstr")
            if third is not None:
                hit = taint_hit(ctx, call, third, "ldap", "This LDAP filter", _ADVICE,
                                unknown=None)
                return replace(hit, fix=_escape_fix(ctx, third)) if hit is not None else None
        hit = site_hit(ctx, call, site, what="This LDAP filter", advice=_ADVICE, unknown=None)
        if hit is not None and site.spec is not None and site.arguments:
            hit = replace(hit, fix=_escape_fix(ctx, site.arguments[0]))
        return hit
    return None


_ESCAPERS = {"ldap3": "ldap3.utils.conv.escape_filter_chars",
             "ldap": "ldap.filter.escape_filter_chars"}


def _library(search_filter: Node) -> str:
    """The library of the search call the filter is passed to: ldap3's `Connection.search`,
    else python-ldap (`search_s`, `search_ext_s`, ...)."""
    call = search_filter.parent
    while call is not None and call.type != "call":
        call = call.parent
    function = call.child_by_field_name("function") if call is not None else None
    method = function.child_by_field_name("attribute") if function is not None and \
        function.type == "attribute" else None
    return "ldap3" if method is not None and method.text == b"search" else "ldap"


def _escaper(ctx: FileContext, library: str) -> tuple[str, tuple[Edit, ...]] | None:
    """How the file can call `escape_filter_chars`: the imported name (the search library's
    own first, then any, by name: one answer whatever the import order), or the module of the
    LDAP library it uses (imported when needed)."""
    known = aliases(ctx)
    imported = sorted((full != _ESCAPERS[library], name) for name, full in known.items()
                      if full in _ESCAPERS.values())
    if imported:
        return imported[0][1], ()
    for module, library in (("ldap3.utils.conv", "ldap3"), ("ldap.filter", "ldap")):
        if any(full == library or full.startswith(library + ".") for full in known.values()):
            edit = python_import(ctx, module)
            return f"{module}.escape_filter_chars", (() if edit is None else (edit,))
    return None


def _escape_fix(ctx: FileContext, search_filter: Node) -> Fix | None:
    """Each piece of request data in the filter -> `escape_filter_chars(...)` (`*`, `(`,
    `)`, `\\` and NUL become escapes). Unsafe: a value meant as a pattern (`*`) stops
    matching as one."""
    pieces = tainted_pieces(ctx, search_filter, "ldap")
    escaper = _escaper(ctx, _library(search_filter))
    if not pieces or escaper is None or search_filter.type not in ("string", "binary_operator"):
        return None
    name, imports = escaper
    return Fix(title="Escape the values with `escape_filter_chars`", safe=False, edits=(
        *imports, *(ctx.edit_node(p, f"{name}({ctx.node_text(p)})") for p in pieces)))


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
    fixable=True,
)
