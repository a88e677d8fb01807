"""## What it does
Flags request data copied wholesale into a record or object: `Object.assign(doc, req.body)`,
lodash `merge`/`extend`, `Model.create(req.body)`, `new Model(req.body)`, `doc.set(req.body)`,
`findByIdAndUpdate(id, req.body)`, `updateOne(filter, {$set: req.body})`, Prisma
`create/update({data: req.body})`, form posts read whole (`Object.fromEntries(await
request.formData())` in SvelteKit actions and Remix actions), TypeORM `repo.update(id, body)`/`repo.save({...body})`,
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

from vigilint.analyzers.access.javascript.records import bindings, fields_of
from vigilint.analyzers.access.rules import binding_rule

RULE = binding_rule(
    id="VG-JS-AUTH-005", language="javascript", bindings=bindings, fields=fields_of,
    message="Request data is copied wholesale into a record; copy only the fields the client "
            "may change.",
    prefilter=("body", "Body", "json()", "payload", "formData()"),
)
