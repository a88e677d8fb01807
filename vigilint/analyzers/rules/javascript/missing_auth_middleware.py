"""## What it does
Flags JavaScript/TypeScript routes without the guard their sibling routes carry: Express, Koa
and Restify route middleware (`app.post(path, requireAuth, handler)`, arrays of middleware,
`router.use(auth)` before the routes, `app.use("/admin", auth, adminRouter)` where the router
is mounted, Koa `app.use(jwt(...))` before `app.use(router.routes())`), Fastify `preHandler`/
`onRequest` route options and `addHook`, Hapi `options.auth` and `server.auth.default(...)`
(registering an auth plugin guards nothing; `auth: {mode: "try"}` lets anyone in), NestJS `@UseGuards(...)`/
`@Roles(...)` on the controller or the method, Next.js route handlers that check the session
(`getServerSession`, `auth()`), and handlers that check `req.user` themselves. A route is
reported when it changes data or does administrative work and
its siblings are guarded, or when it does administrative or destructive work with no guard
while other routes of the file have one; a server file with no authentication at all gets one
note at its first administrative route. Routes public by design (login, signup, health,
static, docs, webhooks that verify a signature) and routes marked public (`@Public()`, Hapi
`auth: false`) are left alone. The quick fix adds the siblings' middleware or decorator.

## Why is this bad?
When most routes are protected, the one that is not is usually an oversight: anyone can call
it without logging in (CWE-306, CWE-862).

## Example
```js
router.post("/posts", requireAuth, createPost);
router.delete("/posts/:id", deletePost);
```

## Use instead
```js
router.delete("/posts/:id", requireAuth, deletePost);
```

## References
- CWE-306: Missing Authentication for Critical Function
- CWE-862: Missing Authorization
- OWASP A01:2021 / A01:2025 Broken Access Control
"""

from __future__ import annotations

from vigilint.analyzers.access.javascript import inventory
from vigilint.analyzers.access.rules import gap_rule

RULE = gap_rule(
    id="VG-JS-AUTH-001", name="route-missing-auth", language="javascript", cwe=(306, 862),
    likelihood="likely",
    message="This route has no authentication middleware while its sibling routes do; add the "
            "same middleware (for example `requireAuth`).",
    prefilter=(".get(", ".post(", ".put(", ".patch(", ".delete(", ".del(", ".all(", ".route(",
               "Controller", "export async function", "export function", "export const",
               "export default", "method:"),  # Hapi route objects (`{ method: 'GET', ... }`)
    inventory=inventory,
)
