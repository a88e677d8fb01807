"""## What it does
Flags a record read, changed or deleted by an id from the request (a route parameter, the
query or the body) in a route that knows its caller, when nothing ties the record to that
caller: SQLAlchemy/Flask-SQLAlchemy `Model.query.get(id)`, `get_or_404`, `filter_by(id=...)`,
`session.get(Model, id)`, `db.query(Model).filter(Model.id == id)`, Django
`get_object_or_404(Model, pk=pk)`, `Model.objects.get/filter(pk=...)`, and raw SQL
`... WHERE id = ?`. Ownership is recognised in the lookup (a filter naming the caller:
`owner_id=current_user.id`, `user=request.user`; a query through the caller's relation:
`request.user.orders.get(...)`) and in the handler (a condition comparing the record with the
caller, a policy call: `check_object_permissions`, `has_perm`, `authorize`, `can_...`).
Administrators' routes and records that are not per-user data (read only, not a personal
model, and not scoped to the caller elsewhere in the file) are left alone.

## Why is this bad?
Changing the number in the URL shows, changes or deletes someone else's record (insecure
direct object reference, CWE-639).

## Example
```python
@app.get("/invoices/<int:invoice_id>")
@login_required
def invoice(invoice_id):
    return jsonify(Invoice.query.get_or_404(invoice_id).to_dict())
```

## Use instead
```python
    inv = Invoice.query.filter_by(id=invoice_id, owner_id=current_user.id).first_or_404()
```

## References
- CWE-639: Authorization Bypass Through User-Controlled Key
- OWASP A01:2021 / A01:2025 Broken Access Control
"""

from __future__ import annotations

from vigilint.analyzers.access.python.records import HOOKS
from vigilint.analyzers.access.rules import ownership_rule

RULE = ownership_rule(
    id="VG-PY-AUTH-002", name="insecure-direct-object-reference", language="python", hooks=HOOKS,
    likelihood="possible",
    message="A record is loaded by an id from the request with no check that it belongs to the "
            "current user; filter by owner (`owner_id=current_user.id`) or check permissions.",
    prefilter=("get", "filter", "execute"),
)
