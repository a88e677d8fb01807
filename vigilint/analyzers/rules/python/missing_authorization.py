"""## What it does
Flags Python web routes without the guard their sibling routes carry: Flask/Quart
`@login_required`, `@jwt_required`, `@roles_required` and `before_request` hooks, FastAPI
`Depends(get_current_user)` parameters and `dependencies=[...]` on the route, its `APIRouter`
or the app, Django `@login_required`/`@permission_required`, `LoginRequiredMixin` and friends on
class-based views, DRF `permission_classes`, Tornado `@authenticated`, and checks of the caller
in the handler's body. A route is reported when it changes data or does administrative work
and its siblings are guarded (a sibling that only checks a privileged role does not count for
an ordinary route), or when it does administrative or
destructive work (user or database management, configuration, bulk export, operational
endpoints) with no guard while other routes of the file have one. A file that creates an app
in which no route checks the caller gets one note at its first administrative route. Routes
public by design (login, signup, password reset, health, static, docs, webhooks that verify a
signature) and routes marked public (`AllowAny`) are left alone. The quick fix copies the
siblings' guard (unsafe: confirm the route is not public on purpose).

## Why is this bad?
The route was most likely meant to be protected like its siblings: anyone who finds the URL
can change, delete or export data, or run administrative work (CWE-862, CWE-306).

## Example
```python
@bp.delete("/notes/<int:note_id>")
def delete_note(note_id): ...
```

## Use instead
```python
@bp.delete("/notes/<int:note_id>")
@login_required
def delete_note(note_id): ...
```

## References
- CWE-862: Missing Authorization
- CWE-306: Missing Authentication for Critical Function
- OWASP A01:2021 / A01:2025 Broken Access Control
"""

from __future__ import annotations

from vigilint.analyzers.access.python import inventory
from vigilint.analyzers.access.rules import gap_rule

RULE = gap_rule(
    id="VG-PY-AUTH-001", name="route-missing-authorization", language="python", cwe=(862, 306),
    likelihood="likely",
    message="This route has no guard while its sibling routes require one; add it (e.g. "
            "`@login_required`).",
    prefilter=("route", "flask", "Blueprint", "django", "fastapi", "APIRouter", "aiohttp",
               "tornado", "bottle", "sanic", "quart", "starlette", "rest_framework", "pyramid",
               "falcon", "litestar"),
    inventory=inventory,
)
