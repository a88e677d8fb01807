"""## What it does
Flags request data copied wholesale into a record or object: `Object.assign(doc, req.body)`,
lodash `merge`/`extend`, `Model.create(req.body)`, `new Model(req.body)`, `doc.set(req.body)`,
`findByIdAndUpdate(id, req.body)`, `updateOne(filter, {$set: req.body})`, Prisma
`create/update({data: req.body})`, TypeORM `repo.update(id, body)`/`repo.save({...body})`,
spreads such as `{...req.body, ownerId}`, and NestJS `@Body()` parameters typed `any` (a DTO
class is an allowlist). When the model is declared in the same file (Mongoose schema,
Sequelize model, TypeORM entity) the finding names its sensitive fields, and a model without
any is not reported.

## Why is this bad?
The client chooses the keys: `{"role": "admin"}` or `{"owner": "<someone else>"}` in the body
makes it an administrator or moves the record to another user (mass assignment, CWE-915).

## Example
```js
Object.assign(post, req.body);
await post.save();
```

## Use instead
```js
const { title, body } = req.body;
Object.assign(post, { title, body });
```

## References
- CWE-915: Improperly Controlled Modification of Dynamically-Determined Object Attributes
- OWASP A08:2021 / A08:2025 Software and Data Integrity Failures
"""

from __future__ import annotations

from collections.abc import Iterator

from vigilint.analyzers.access.javascript.records import bindings, fields_of
from vigilint.analyzers.access.report import binding_hits
from vigilint.analyzers.context import FileContext, Hit
from vigilint.model import Rule


def _check(ctx: FileContext) -> Iterator[Hit]:
    yield from binding_hits(ctx, bindings(ctx), fields_of)


RULE = Rule(
    id="VG-JS-AUTH-005",
    name="mass-assignment",
    category="access-control",
    languages=("javascript",),
    cwe=(915,),
    likelihood="likely",
    impact="high",
    confidence="medium",
    message="Request data is copied wholesale into a record; copy only the fields the client "
            "may change.",
    prefilter=("body", "Body", "json()"),
    check_file=_check,
)
