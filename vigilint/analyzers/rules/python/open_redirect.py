"""## What it does
Flags redirects to a URL taken from untrusted input (`flask.redirect`, Django
`HttpResponseRedirect`/`redirect`, Starlette/FastAPI `RedirectResponse`) with no check that the
target is a local path or an allowed host.

## Why is this bad?
An attacker sends a link on your domain that forwards the victim to a look-alike phishing site,
or leaks tokens carried in the URL.

## Example
```python
return redirect(request.args["next"])
```

## Use instead
```python
target = request.args.get("next", "/")
if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.host}):
    target = "/"
return redirect(target)
```

## References
- CWE-601: URL Redirection to Untrusted Site
- OWASP A01:2021 / A01:2025 Broken Access Control
"""

from __future__ import annotations

from dataclasses import replace

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.dataflow import sink_sites, site_hit
from vigilint.analyzers.models import load
from vigilint.analyzers.rules.python._redirect_fix import redirect_fix
from vigilint.model import Rule


def _check(ctx: FileContext, call: Node) -> Hit | None:
    for site in sink_sites(ctx, call, "redirect"):
        hit = site_hit(ctx, call, site, what="This redirect target",
                       advice="check it is a local path or an allowed host", unknown=None)
        if hit is not None and hit.fix is None and site.arguments:
            hit = replace(hit, fix=redirect_fix(ctx, call, site.arguments[0]))
        return hit
    return None


RULE = Rule(
    id="VG-PY-INJ-010",
    name="open-redirect",
    category="injection",
    languages=("python",),
    cwe=(601,),
    likelihood="likely",
    impact="medium",
    confidence="medium",
    message="A redirect target comes from untrusted input; check it is a local path or an "
            "allowed host before redirecting.",
    prefilter=load("python").prefilter("redirect"),
    sink_kinds=("redirect",),
    node_kinds=("call",),
    check=_check,
    fixable=True,
)
