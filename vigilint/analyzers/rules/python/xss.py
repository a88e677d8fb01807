"""## What it does
Flags untrusted input (request data, route parameters) written into HTML without escaping:
returned from a view as a string, passed to `make_response`/`Response`/`HttpResponse`,
`render_template_string`, `Markup` or `mark_safe`; and Jinja2 `Environment`s created without
autoescaping. A Django view returns an `HttpResponse` (its content is checked at the call),
so its return value is not a body; what a FastAPI path operation returns is sent as JSON, so it is an HTML body only
when the route (or the app's `default_response_class`) picks another response class. A
response that names a constant media type a browser does not render as markup
(`content_type="text/plain"`, `mimetype="application/json"`) is not an HTML body.

## Why is this bad?
Markup in the value runs as script in the victim's browser (cross-site scripting): it can steal
sessions, act as the user, or rewrite the page.

## Example
```python
@app.get("/hello")
def hello():
    return f"<h1>Hello {request.args['name']}</h1>"
```

## Use instead
```python
@app.get("/hello")
def hello():
    return render_template("hello.html", name=request.args["name"])  # autoescaped
    # or: f"<h1>Hello {markupsafe.escape(request.args['name'])}</h1>"
```

## References
- CWE-79: Improper Neutralization of Input During Web Page Generation
- OWASP A03:2021 / A05:2025 Injection
"""

from __future__ import annotations

import re
from dataclasses import replace

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.dataflow import sink_sites
from vigilint.analyzers.dataflow.python import is_route_handler, serialized_returns
from vigilint.analyzers.imports import call_name
from vigilint.analyzers.models import load
from vigilint.analyzers.rules.python._common import enclosing_function, keyword, taint_hit
from vigilint.analyzers.rules.python._escape_fix import escape_fix
from vigilint.analyzers.syntax import python
from vigilint.model import Rule

_KINDS = frozenset({"xss", "template"})
_SAFE_RETURNS = ("jsonify", "json", "redirect", "render_template", "send_file", "abort",
                 "JSONResponse", "JsonResponse", "url_for", "Response", "make_response",
                 "HttpResponse", "HTMLResponse", "dumps", "escape")
_ADVICE = "render it through an autoescaping template or `markupsafe.escape` it"


_TYPE_KEYWORDS = ("content_type", "mimetype", "media_type")
# media types a browser shows as text or data, never runs as markup or script (not
# `application/javascript`: a JSONP body runs as script)
_INERT = re.compile(r"(?:text/plain|text/csv|text/tab-separated-values|application/json|"
                    r"application/octet-stream)\s*(?:;|$)", re.I)


def _not_html(ctx: FileContext, call: Node) -> bool:
    """The response names a constant media type a browser shows as text or data
    (`content_type="text/plain"`, `mimetype="application/json"`)."""
    for name in _TYPE_KEYWORDS:
        value = keyword(ctx, call, name)
        if value is not None:
            text = python(ctx).string_value(value) if value.type == "string" else None
            return text is not None and _INERT.match(text.strip()) is not None
    return False


def _check(ctx: FileContext, node: Node) -> Hit | None:
    if node.type == "call":
        name = call_name(ctx, node) or ""
        if name in ("jinja2.Environment", "jinja2.environment.Environment"):
            autoescape = keyword(ctx, node, "autoescape")
            if autoescape is None or ctx.node_text(autoescape) in ("False", "None", "0"):
                return Hit(node=node, message="This Jinja2 environment does not autoescape; pass "
                                              "`autoescape=select_autoescape()` (or `True`).")
            return None
        for site in sink_sites(ctx, node, _KINDS):
            content = site.arguments[0]
            if content.type == "tuple" and content.named_children:
                content = content.named_children[0]  # make_response((body, status))
            if content.type == "dictionary":
                return None  # serialized as JSON
            if site.kind == "xss" and _not_html(ctx, node):
                return None  # `content_type="text/plain"`: a browser shows it as text
            return _with_fix(ctx, taint_hit(ctx, node, content, site.kind,
                                            f"`{site.callee.rsplit('.', 1)[-1]}`", _ADVICE,
                                            unknown=None, related=site.related), content)
        return None
    value = node.named_children[0] if node.named_children else None
    fn = enclosing_function(ctx, node)
    # only a route handler's return value can be a body: a Django view returns an HttpResponse
    # (a string is an error there), whose content the call sinks above check
    if value is None or fn is None or not is_route_handler(ctx, fn) or \
            serialized_returns(ctx, fn):
        return None  # not a route handler, or one whose framework sends the value as JSON
    if value.type == "expression_list" and value.named_children:
        value = value.named_children[0]
    if value.type == "call":
        callee = ctx.node_text(value.child_by_field_name("function")).rsplit(".", 1)[-1]
        if callee in _SAFE_RETURNS or callee[:1].isupper() or "json" in callee.lower() or \
                callee.startswith("send_"):  # JSON, files (`json_response`, `send_from_directory`)
            return None
    if value.type in ("dictionary", "list", "integer", "true", "false", "none"):
        return None
    return _with_fix(ctx, taint_hit(ctx, node, value, "xss", "This response body", _ADVICE,
                                    unknown=None), value)


def _with_fix(ctx: FileContext, hit: Hit | None, body: Node) -> Hit | None:
    if hit is None or hit.fix is not None or (body.type == "string" and \
            not any(c.type == "interpolation" for c in body.children)):
        return hit
    return replace(hit, fix=escape_fix(ctx, body))


RULE = Rule(
    id="VG-PY-INJ-004",
    name="cross-site-scripting",
    category="injection",
    languages=("python",),
    cwe=(79,),
    likelihood="likely",
    impact="high",
    confidence="medium",
    message="Untrusted input is written into an HTML response unescaped; render it through an "
            "autoescaping template or `markupsafe.escape` it.",
    prefilter=(*load("python").prefilter("xss", "template"), "Environment", "route", "get",
               "post", "put", "patch", "delete", "head", "options", "websocket", "api_view",
               "action", "view_config", "expose", "django"),
    sink_kinds=("xss", "template"),
    node_kinds=("call", "return_statement"),
    check=_check,
    fixable=True,
)
