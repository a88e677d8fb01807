"""## What it does
Flags CORS set up to trust every origin: `cors({origin: "*" | true, credentials: true})`, an
origin reflected from the request with credentials, and `Access-Control-Allow-Origin: *`
response headers (also `cors()` without an `origin`, whose default is `*`).

## Why is this bad?
With credentials, any website a user visits can call your API with the user's cookies and read
the answers (CWE-942). A wildcard origin without credentials is acceptable only for truly public
data.

## Example
```js
app.use(cors({ origin: true, credentials: true }));
res.setHeader("Access-Control-Allow-Origin", "*");
```

## Use instead
```js
app.use(cors({ origin: ["https://app.example.com"], credentials: true }));
```

## References
- CWE-942: Permissive Cross-domain Policy with Untrusted Domains
- OWASP A05:2021 / A02:2025 Security Misconfiguration
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.dataflow import flow
from vigilint.analyzers.rules._edits import js_add_option, remove_item
from vigilint.analyzers.syntax import javascript
from vigilint.model import Edit, Fix, Rule

_HEADER_METHODS = frozenset({"setHeader", "header", "set", "append", "writeHead"})


def _check(ctx: FileContext, call: Node) -> Hit | None:
    name = javascript(ctx).callee_name(call)
    if "ors" not in name and javascript(ctx).callee(call)[1] not in _HEADER_METHODS:
        return None
    args = javascript(ctx).arguments(call).positional
    if name in ("cors", "@fastify/cors", "fastify-cors") or name.endswith(".cors") or \
            name == "enableCors" or name.endswith(".enableCors"):
        options = args[-1] if args else None
        props = javascript(ctx).object_properties(options)
        origin = props.get("origin")
        if origin is None and name in ("cors", "@fastify/cors", "fastify-cors") and \
                (not args or (options is not None and options.type == "object")):
            # the middleware's documented default is `origin: "*"`: the same answer as the
            # header below
            return Hit(node=call, likelihood="possible",
                       message="`cors()` without an `origin` answers "
                               "`Access-Control-Allow-Origin: *` to every website; list the "
                               "allowed origins instead.", fix=_origin_fix(ctx, call, args))
        if origin is None:
            return None
        credentials = props.get("credentials")
        with_credentials = credentials is not None and ctx.node_text(credentials) == "true"
        origin_text = ctx.node_text(origin)
        if origin_text in ('"*"', "'*'", "true") and with_credentials:
            # every origin may still read public responses, but no longer with cookies
            edit = remove_item(ctx, credentials.parent) if credentials is not None and \
                credentials.parent is not None and credentials.parent.type == "pair" else None
            return Hit(node=call, fix=None if edit is None else Fix(
                title="Stop sending credentials to every origin (remove `credentials: true`)",
                safe=False, edits=(edit,)))
        return None
    _, method = javascript(ctx).callee(call)
    if method not in _HEADER_METHODS or len(args) < 2:
        return None
    if (javascript(ctx).string_value(args[0]) or "").lower() != "access-control-allow-origin":
        return None
    value = args[1]
    if javascript(ctx).string_value(value) == "*":
        return Hit(node=call, likelihood="possible",
                   message="`Access-Control-Allow-Origin: *` lets every website read these "
                           "responses; list the allowed origins instead.")
    if flow(ctx).verdict(value, "header").level == "tainted":
        return Hit(node=call, message="The request's `Origin` is reflected into "
                                      "`Access-Control-Allow-Origin`; check it against an "
                                      "allow-list first.")
    return None


_ORIGIN = 'origin: (process.env.CORS_ORIGINS || "").split(",")'


def _origin_fix(ctx: FileContext, call: Node, args: tuple[Node, ...]) -> Fix | None:
    """`cors()` -> `cors({ origin: (process.env.CORS_ORIGINS || "").split(",") })`: only the
    origins the deployment lists. Unsafe: until the variable is set, no origin is allowed."""
    listing = call.child_by_field_name("arguments")
    if not args and listing is not None and ctx.node_text(listing).replace(" ", "") == "()":
        edit: Edit | None = ctx.edit_node(listing, f"({{ {_ORIGIN} }})")
    else:
        edit = js_add_option(ctx, args, 0, _ORIGIN) if len(args) == 1 else None
    return None if edit is None else Fix(
        title="Allow only the origins listed in `CORS_ORIGINS`", safe=False, edits=(edit,))


RULE = Rule(
    id="VG-JS-DEF-001",
    name="cors-any-origin",
    category="insecure-default",
    languages=("javascript",),
    cwe=(942,),
    likelihood="likely",
    impact="high",
    confidence="high",
    message="CORS allows every origin together with credentials; list the allowed origins "
            "explicitly.",
    node_kinds=("call_expression",),
    check=_check,
    fixable=True,
)
