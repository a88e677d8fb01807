"""## What it does
Flags a request body bound straight into a model that is then saved: Gin
`c.ShouldBindJSON(&user)`/`c.Bind(&user)`, Echo `c.Bind(&user)`, Fiber `c.BodyParser(&acct)`,
`json.NewDecoder(r.Body).Decode(&user)`, followed by GORM `Save`/`Create`/`Updates` of the
same variable, or a named model decoded from the body whose owner or role field goes into
a SQL `INSERT`/`UPDATE` as the client sent it (`VALUES ($1, $2)` with `note.OwnerID`) without
the handler setting it. When the struct is declared in the same file the finding names its sensitive
fields (fields tagged `json:"-"` cannot be bound and do not count), and a struct without any
is not reported.

## Why is this bad?
The client chooses the JSON keys: `{"role": "admin"}` or `{"balance": 1000000}` sets fields
the handler never meant to expose (mass assignment, CWE-915).

## Example
```go
var user User
c.ShouldBindJSON(&user)
db.Save(&user)
```

## Use instead
```go
var in struct{ Name string `json:"name"` }
c.ShouldBindJSON(&in)
db.Model(&user).Update("name", in.Name)
```

## References
- CWE-915: Improperly Controlled Modification of Dynamically-Determined Object Attributes
- OWASP A08:2021 / A08:2025 Software and Data Integrity Failures
"""

from __future__ import annotations

from vigilint.analyzers.access.go.records import bindings, fields_of
from vigilint.analyzers.access.rules import binding_rule

RULE = binding_rule(
    id="VG-GO-AUTH-004", language="go", bindings=bindings, fields=fields_of,
    message="A request body is bound into a model and saved; bind a request type with only the "
            "editable fields.",
    prefilter=("Bind", "BodyParser", "Decode", "ReadJSON", "ReadForm"),
)
