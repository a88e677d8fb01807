"""## What it does
Flags CSRF protection switched off where cookie sessions make it matter: a Django view
decorated with `@csrf_exempt` or a Flask-WTF view with `@csrf.exempt` that changes data
(POST/PUT/PATCH/DELETE, form handling, saves) and authenticates with the session rather than a
header token or a webhook signature; Flask-WTF's `csrf.exempt(blueprint)` on a blueprint of
session-cookie pages (a token API's or a webhook's blueprint stays clean); `WTF_CSRF_ENABLED = False` outside test configuration, and
`WTF_CSRF_CHECK_DEFAULT = False` in an app that never calls `csrf.protect()` itself; a
Django `MIDDLEWARE` list with sessions but without `CsrfViewMiddleware`; a Tornado
application with cookie sessions (`cookie_secret`) and `xsrf_cookies=False`, and a Tornado
handler whose `check_xsrf_cookie` does nothing; a Django REST framework
`SessionAuthentication` subclass whose `enforce_csrf` does nothing. Also a view that writes
(a model `save()`/`delete()`, `objects.create`, a queryset `update`, a SQLAlchemy session write,
SQL INSERT/UPDATE/DELETE) while it answers GET, which the CSRF checks leave alone: a Django
function view without `@require_POST`/`@require_http_methods` limiting it to unsafe methods, a
Flask route without `methods=[...]`, when its caller comes from the cookie session and it
does not branch on `request.method` itself.

## Why is this bad?
The browser sends the session cookie with every request to the site, including a form that
another site submits: without the CSRF token check, any page the user visits can change their
data or settings on their behalf (CWE-352).

## Example
```python
@csrf_exempt
@login_required
def update_email(request):
    request.user.email = request.POST["email"]
    request.user.save()
```

## Use instead
```python
@login_required
def update_email(request):  # the form sends {% csrf_token %}
    ...
```

## References
- CWE-352: Cross-Site Request Forgery (CSRF)
- OWASP A01:2021 / A01:2025 Broken Access Control
"""

from __future__ import annotations

from vigilint.analyzers.access.python.protections import csrf_switches
from vigilint.analyzers.access.rules import switch_rule

RULE = switch_rule(
    id="VG-PY-AUTH-006", name="csrf-protection-off", languages=("python",), cwe=(352,),
    message="CSRF protection is switched off for a view that changes data with the session "
            "cookie; keep it on.",
    prefilter=("csrf", "CSRF", "MIDDLEWARE", "xsrf", "request.user", "login_required",
               "current_user", "session"),
    switches=csrf_switches,
)
