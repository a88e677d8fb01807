"""## What it does
Flags a record read, changed or deleted by an id from the request (`req.params.id`, the query,
the body, NestJS `@Param()`, Next.js `params.id`) in a route that knows its caller, when
nothing ties the record to that caller: Mongoose `findById`/`findByIdAndUpdate`/`findOne({_id})`,
Sequelize `findByPk`/`update(..., {where: {id}})`/`destroy`, Prisma `findUnique`/`update`/
`delete({where: {id}})`, TypeORM `findOneBy({id})`/`update(id, ...)`/`delete(id)`, Knex
`where({id})` and SQL `... WHERE id = ?`. Ownership is recognised in the lookup (a filter
naming the caller: `{_id: id, owner: req.user.id}`) and in the handler (a condition comparing
the record with the caller, a policy call such as `authorize`, `ability.can`). Administrators'
routes and records that are not per-user data are left alone.

## Why is this bad?
Any logged-in user can change the id in the URL and read or modify another user's data
(insecure direct object reference, CWE-639).

## Example
```js
app.get("/invoices/:id", requireAuth, async (req, res) => {
  res.json(await Invoice.findById(req.params.id));
});
```

## Use instead
```js
app.get("/invoices/:id", requireAuth, async (req, res) => {
  res.json(await Invoice.findOne({ _id: req.params.id, owner: req.user.id }));
});
```

## References
- CWE-639: Authorization Bypass Through User-Controlled Key
- OWASP A01:2021 / A01:2025 Broken Access Control
"""

from __future__ import annotations

from vigilint.analyzers.access.javascript.records import HOOKS
from vigilint.analyzers.access.rules import ownership_rule

RULE = ownership_rule(
    id="VG-JS-AUTH-002", name="idor-lookup-by-request-id", language="javascript", hooks=HOOKS,
    likelihood="likely",
    message="A record is looked up by an id from the request with no check that it belongs to "
            "the current user; filter by owner (for example `{_id: id, owner: req.user.id}`).",
    prefilter=("find", "update", "delete", "destroy", "remove", "upsert", "query", "where",
               "execute", ".get(", ".all(", ".run("),
)
