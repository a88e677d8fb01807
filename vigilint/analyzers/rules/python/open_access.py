"""## What it does
Flags settings that open data to anyone: Django REST framework's
`DEFAULT_PERMISSION_CLASSES` set to `AllowAny` (every generated viewset without its own
`permission_classes` is then public), static files served from the project folder or a
sensitive one (`StaticFiles(directory=".")`, `Flask(static_folder=".")`,
`send_from_directory(app.root_path, ...)`), a folder of private data (exports, backups,
invoices, receipts, logs) published as static files with no login
(`Flask(static_folder="instance/exports")`, Django
`static(settings.RECEIPTS_URL, document_root=settings.RECEIPTS_ROOT)`, or
`send_from_directory(EXPORT_DIR, name)` in a route with no guard), and directory listings (`show_indexes=True` for
Django's `static.serve`, aiohttp `add_static(..., show_index=True)`), Tornado
`StaticFileHandler` or `static_path` on the project folder, and a view that
`permission_classes = [AllowAny]` opens while it does administrative, destructive or bulk work
beside views that require a caller.

## Why is this bad?
A permissive default makes every new endpoint public until someone remembers to protect it;
serving the project folder hands out source code, `.env` files and database files; a listing
shows every file name to anyone (CWE-284, CWE-548).

## Example
```python
REST_FRAMEWORK = {"DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"]}
app.mount("/files", StaticFiles(directory="."), name="files")
```

## Use instead
```python
REST_FRAMEWORK = {"DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"]}
app.mount("/static", StaticFiles(directory="static"), name="static")
```

## References
- CWE-284: Improper Access Control
- CWE-548: Exposure of Information Through Directory Listing
- OWASP A01:2021 / A01:2025 Broken Access Control
"""

from __future__ import annotations

from vigilint.analyzers.access.python.protections import open_switches
from vigilint.analyzers.access.rules import switch_rule

RULE = switch_rule(
    id="VG-PY-AUTH-007", name="open-access-default", languages=("python",), cwe=(284, 548),
    message="A setting opens data to anyone (a permissive default, a served project folder, a "
            "directory listing); close it.",
    prefilter=("AllowAny", "StaticFiles", "static_folder", "send_from_directory",
               "show_index", "add_static", "StaticFileHandler", "static_path", "document_root",
               "directory_view", ".static("),
    switches=open_switches,
)
