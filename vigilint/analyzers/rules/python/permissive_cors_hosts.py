"""## What it does
Flags wildcard trust settings: flask-cors `CORS(app, origins="*", supports_credentials=True)`
(or `resources` with `"origins": "*"` and credentials), Django `CORS_ALLOW_ALL_ORIGINS = True` /
`CORS_ORIGIN_ALLOW_ALL = True`, FastAPI/Starlette `CORSMiddleware` with `allow_origins=["*"]` and
`allow_credentials=True`, and `ALLOWED_HOSTS = ["*"]`.

## Why is this bad?
Any website can then make credentialed requests to the API and read the answers with the
visitor's cookies; a wildcard `ALLOWED_HOSTS` enables Host-header poisoning of reset links.

## Example
```python
CORS(app, origins="*", supports_credentials=True)
```

## Use instead
```python
CORS(app, origins=["https://app.example.com"], supports_credentials=True)
```

## References
- CWE-942: Permissive Cross-domain Policy with Untrusted Domains
- OWASP A05:2021 / A02:2025 Security Misconfiguration
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.fix_edits import python_import
from vigilint.analyzers.imports import call_name
from vigilint.analyzers.rules.python._common import is_literal_true, keyword
from vigilint.model import Fix, Rule

_STAR = ('"*"', "'*'", '["*"]', "['*']", '("*",)', "('*',)")


_SETTINGS = frozenset({"CORS_ALLOW_ALL_ORIGINS", "CORS_ORIGIN_ALLOW_ALL", "ALLOWED_HOSTS"})


def _check(ctx: FileContext, node: Node) -> Hit | None:
    if node.type == "call":
        name = call_name(ctx, node) or ""
        if name in ("flask_cors.CORS", "flask_cors.cross_origin"):
            origins = keyword(ctx, node, "origins")
            resources = ctx.node_text(keyword(ctx, node, "resources"))
            star = (origins is None and "origins" not in resources) or \
                ctx.node_text(origins) in _STAR or '"*"' in resources or "'*'" in resources
            if star and is_literal_true(ctx, keyword(ctx, node, "supports_credentials")):
                return Hit(node=node, fix=_origins_fix(ctx, node, "origins", "CORS_ORIGINS"))
            return None
        function = node.child_by_field_name("function")
        if function is not None and ctx.node_text(function).endswith("add_middleware"):
            args = node.child_by_field_name("arguments")
            first = args.named_children[0] if args is not None and args.named_children else None
            if first is not None and ctx.node_text(first).endswith("CORSMiddleware") and \
                    ctx.node_text(keyword(ctx, node, "allow_origins")) in _STAR and \
                    is_literal_true(ctx, keyword(ctx, node, "allow_credentials")):
                return Hit(node=node,
                           fix=_origins_fix(ctx, node, "allow_origins", "CORS_ORIGINS"))
        return None
    left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
    # the name first: `Node.parent` walks down from the root, linear in the module's width
    if left is None or ctx.is_test_path or ctx.node_text(left) not in _SETTINGS:
        return None
    if node.parent is None or node.parent.parent is None or \
            node.parent.parent.type != "module":
        return None
    target = ctx.node_text(left)
    if target in ("CORS_ALLOW_ALL_ORIGINS", "CORS_ORIGIN_ALLOW_ALL") and is_literal_true(ctx, right):
        return Hit(node=node, fix=_setting_fix(ctx, node, "CORS_ALLOWED_ORIGINS"))
    if target == "ALLOWED_HOSTS" and right is not None and right.type in ("list", "tuple") and \
            any(ctx.node_text(e) in ('"*"', "'*'") for e in right.named_children):
        return Hit(node=node, message="`ALLOWED_HOSTS` accepts any Host header; list the "
                                      "domains the site serves.",
                   fix=_setting_fix(ctx, node, "ALLOWED_HOSTS"))
    return None


def _from_environment(name: str) -> str:
    return f'os.environ["{name}"].split(",")'


def _origins_fix(ctx: FileContext, call: Node, option: str, variable: str) -> Fix | None:
    """`allow_origins=["*"]` (or no `origins` for flask-cors) -> the comma-separated list of
    environment variable `variable`. Unsafe: the variable must be set where the app runs."""
    value = keyword(ctx, call, option)
    arguments = call.child_by_field_name("arguments")
    if value is not None:
        edit = ctx.edit_node(value, _from_environment(variable))
    elif arguments is not None and arguments.named_children:
        edit = ctx.insert_at(arguments.named_children[-1].end_byte,
                             f", {option}={_from_environment(variable)}")
    else:
        return None
    edits = [edit]
    imported = python_import(ctx, "os")
    if imported is not None:
        edits.insert(0, imported)
    return Fix(title=f"Allow only the origins listed in `{variable}`", safe=False,
               edits=tuple(edits))


def _setting_fix(ctx: FileContext, assignment: Node, setting: str) -> Fix | None:
    """`ALLOWED_HOSTS = ["*"]` / `CORS_ALLOW_ALL_ORIGINS = True` -> `SETTING =` the
    comma-separated list of the environment variable of that name. Unsafe: it must be set."""
    edits = [ctx.edit_node(assignment, f"{setting} = {_from_environment(setting)}")]
    imported = python_import(ctx, "os")
    if imported is not None:
        edits.insert(0, imported)
    return Fix(title=f"Read `{setting}` from the environment", safe=False, edits=tuple(edits))


RULE = Rule(
    id="VG-PY-DEF-005",
    name="permissive-cors-or-hosts",
    category="insecure-default",
    languages=("python",),
    cwe=(942,),
    likelihood="likely",
    impact="medium",
    confidence="medium",
    message="Any origin may make credentialed cross-site requests; list the allowed origins "
            "explicitly.",
    prefilter=("CORS", "cross_origin", "add_middleware", "ALLOWED_HOSTS"),
    node_kinds=("call", "assignment"),
    check=_check,
    fixable=True,
)
