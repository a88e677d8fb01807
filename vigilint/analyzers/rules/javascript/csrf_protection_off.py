"""## What it does
Flags CSRF middleware configured so that it protects nothing that matters: `csurf`/
`csrf-csrf` options whose `ignoreMethods` include POST, PUT, PATCH or DELETE, `lusca`
with `csrf: false`, and paths a CSRF wrapper lets through unchecked (`if
(EXEMPT.has(ctx.path)) return next()`, `if (req.path.startsWith('/account')) return next()`)
that are neither webhooks nor public pages, in an app
with cookie sessions; and an Express app whose cookie session (`express-session`,
`cookie-session`, or `cookie-parser` with handlers reading `req.cookies`) authenticates
state-changing routes with no CSRF middleware and no same-site session cookie in the file;
and, in an app that does check CSRF tokens, a state-changing route with cookie state that no
CSRF middleware covers (not among its own middleware or Fastify hooks, and registered before
the app-wide `app.use(csrf...)`), at the route. SvelteKit's `csrf: { checkOrigin: false }` (or
`trustedOrigins: ['*']`) in svelte.config.js and Astro's `security: { checkOrigin: false }`
switch the framework's own Origin check on form posts off.

## Why is this bad?
The browser sends the session cookie with every request, including a form another site
submits: without the token check on state-changing methods, any page the user visits can act
on their behalf (CWE-352).

## Example
```js
app.use(csurf({ cookie: true, ignoreMethods: ["GET", "HEAD", "OPTIONS", "POST"] }));
```

## Use instead
```js
app.use(csurf({ cookie: true }));  // ignores GET, HEAD and OPTIONS only
```

## References
- CWE-352: Cross-Site Request Forgery (CSRF)
- OWASP A01:2021 / A01:2025 Broken Access Control
"""

from __future__ import annotations

from vigilint.analyzers.access.javascript.protections import csrf_switches
from vigilint.analyzers.access.rules import switch_rule

RULE = switch_rule(
    id="VG-JS-AUTH-006", name="csrf-protection-off", languages=("javascript",), cwe=(352,),
    message="CSRF protection is configured to skip the methods that change data; keep it on.",
    prefilter=("csrf", "csurf", "lusca", "express-session", "cookie-session", "cookie-parser",
               "checkOrigin", "trustedOrigins"),
    switches=csrf_switches,
)
