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

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.imports import call_name
from vigilint.analyzers.rules.python._util import arg, taint_hit
from vigilint.model import Rule

_FUNCS = {"flask.redirect": "location", "werkzeug.utils.redirect": "location",
          "django.shortcuts.redirect": "to", "django.http.HttpResponseRedirect": "redirect_to",
          "django.http.HttpResponsePermanentRedirect": "redirect_to",
          "fastapi.responses.RedirectResponse": "url",
          "starlette.responses.RedirectResponse": "url", "quart.redirect": "location"}


def _check(ctx: FileContext, call: Node) -> Hit | None:
    name = call_name(ctx, call) or ""
    if name not in _FUNCS:
        return None
    return taint_hit(ctx, call, arg(ctx, call, 0, _FUNCS[name]), "redirect", "This redirect target",
                     "check it is a local path or an allowed host", unknown=None)


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
    prefilter=("redirect", "Redirect"),
    node_kinds=("call",),
    check=_check,
)
