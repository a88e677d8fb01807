"""## What it does
Flags web routes that change data (POST/PUT/PATCH/DELETE, or named like `delete_*`,
`update_*`, `admin_*`) with no authentication decorator or dependency (`@login_required`,
`@permission_required`, `@jwt_required`, `Depends(get_current_user)`, `Security(...)`, DRF
`permission_classes`) and no check in the body, while other routes in the same file have one.
Routes named like login, signup, health or webhook are not reported.

## Why is this bad?
The route was most likely meant to be protected like its siblings: anyone who finds the URL can
change or delete data.

## Example
```python
@app.post("/users/<int:uid>/delete")
def delete_user(uid): ...
```

## Use instead
```python
@app.post("/users/<int:uid>/delete")
@login_required
def delete_user(uid): ...
```

## References
- CWE-862: Missing Authorization
- OWASP A01:2021 / A01:2025 Broken Access Control
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.rules.python._routes import view_for, views
from vigilint.model import Rule


def _check(ctx: FileContext, fn: Node) -> Hit | None:
    view = view_for(ctx, fn)
    if view is None or view.has_auth or not view.mutating or view.public_name:
        return None
    if not any(v.has_auth for v in views(ctx)):
        return None
    name = fn.child_by_field_name("name")
    return Hit(node=name or fn, message=f"Route `{view.name}` changes data without the "
                                        "authentication check its sibling routes use; add it "
                                        "(e.g. `@login_required`).")


RULE = Rule(
    id="VG-PY-AUTH-001",
    name="route-missing-authorization",
    category="access-control",
    languages=("python",),
    cwe=(862,),
    likelihood="likely",
    impact="high",
    confidence="medium",
    message="This route changes data without the authentication check its sibling routes use; "
            "add it (e.g. `@login_required`).",
    prefilter=("route", "django", "fastapi", "APIRouter"),
    node_kinds=("function_definition",),
    check=_check,
)
