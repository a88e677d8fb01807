"""## What it does
Flags files served to anyone from the project or a sensitive folder
(`express.static(__dirname)`, `serve-static(".")`, `koa-static(process.cwd())`,
`@fastify/static` with `root: __dirname`, a Hapi `directory` handler on `.`), a folder of
private data (exports, backups, invoices, contracts, logs) served with no login
(`express.static(path.join(__dirname, 'storage', 'contracts'))`, NestJS `useStaticAssets` or
`ServeStaticModule`), `node_modules` or one package's root folder (`express.static(
'node_modules/angular')`: its `package.json` and sources, not only its `dist/` build), a home
directory or a system folder (`os.homedir()`, `/etc`), and directory
listings (`serve-index`, Hapi `directory` with `listing: true`,
`@fastify/static` with `list: true`), and a NestJS route that `@Public()` opens while it does
administrative or destructive work beside routes that require a caller.

## Why is this bad?
Serving the project folder hands out source code, `.env` files, keys and databases; a listing
shows every file name to anyone (CWE-284, CWE-548).

## Example
```js
app.use(express.static(__dirname));
```

## Use instead
```js
app.use(express.static(path.join(__dirname, "public")));
```

## References
- CWE-284: Improper Access Control
- CWE-548: Exposure of Information Through Directory Listing
- OWASP A01:2021 / A01:2025 Broken Access Control
"""

from __future__ import annotations

from vigilint.analyzers.access.javascript.protections import switches
from vigilint.analyzers.access.rules import switch_rule

RULE = switch_rule(
    id="VG-JS-AUTH-007", name="open-access-folder", languages=("javascript",), cwe=(284, 548),
    message="Files are served to anyone from the project or a sensitive folder, or listed; "
            "serve a dedicated public folder.",
    prefilter=("static", "serve-index", "serveIndex", "Static", "directory", "Public",
               "AllowAnonymous", "SkipAuth", "auth: false", "auth:false", "rootPath"),
    switches=switches,
)
