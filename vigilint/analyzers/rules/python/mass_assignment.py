"""## What it does
Flags request data copied wholesale into a model or an object: `Model(**request.json)`,
`Model.objects.create(**request.data)`, `query.filter_by(...).update(body)`, a `setattr` loop
over `body.items()`, `obj.__dict__.update(body)`, a FastAPI `dict` body spread into the ORM,
and Django `ModelForm` / DRF `ModelSerializer` classes with `fields = "__all__"` or an
`exclude` denylist that leaves a user model's `is_staff`/`is_superuser` writable. When the
model is declared in the same file, the finding names its sensitive fields (role, admin flags,
owner ids, balances, prices) and a model without any is not reported.

## Why is this bad?
The client chooses the keys: `{"is_admin": true}` or `{"owner_id": 7}` in the body makes it
an administrator or moves the record to someone else (mass assignment, CWE-915).

## Example
```python
for key, value in request.get_json().items():
    setattr(user, key, value)
```

## Use instead
```python
data = ProfileUpdate.model_validate(request.get_json())  # only the editable fields
user.display_name, user.bio = data.display_name, data.bio
```

## References
- CWE-915: Improperly Controlled Modification of Dynamically-Determined Object Attributes
- OWASP A08:2021 / A08:2025 Software and Data Integrity Failures
"""

from __future__ import annotations

from vigilint.analyzers.access.python.bindings import bindings, fields_of
from vigilint.analyzers.access.rules import binding_rule

RULE = binding_rule(
    id="VG-PY-AUTH-005", language="python", bindings=bindings, fields=fields_of,
    message="Request data is copied wholesale into a model; copy only the fields the client "
            "may change.",
    prefilter=("**", "setattr", "update", "__all__", "exclude"),
)
