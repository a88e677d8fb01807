"""## What it does
Flags files served to anyone from the project or a sensitive folder
(`http.FileServer(http.Dir("."))`, Gin `r.Static("/files", ".")`, Echo `e.Static("/", ".")`,
Fiber `app.Static("/", "./")`), directory listings (`gin.Dir(root, true)`, Echo
`middleware.StaticConfig{Browse: true}`, Fiber `fiber.Static{Browse: true}`), folders of
private data (exports, backups, invoices, logs, dumps) served with no login
(`http.FileServer(http.Dir("./data/invoices"))`, `e.Static("/dumps", "var/db-dumps")`),
gorilla/csrf `UnsafeSkipCheck`, which turns CSRF protection off for the requests it is called
on, and nosurf `ExemptPath`/`ExemptGlob`/`ExemptRegexp` of the app's own pages (not webhooks
or a token API), and cookie sessions (gorilla/sessions, scs) authenticating
state-changing routes with no CSRF middleware and no same-site session cookie in the file;
and a constant OAuth2 `state` given to golang.org/x/oauth2 `AuthCodeURL` (a literal, a
package constant, or a function of the file that returns only literals), outside flows that
read the code from a terminal or redirect to the local machine or out of band.

## Why is this bad?
Serving the working directory hands out source code, `.env` files, keys and databases; a
listing shows every file name to anyone (CWE-284, CWE-548); skipping the CSRF check lets other
sites act with the user's session (CWE-352).

## Example
```go
mux.Handle("/static/", http.StripPrefix("/static/", http.FileServer(http.Dir("."))))
```

## Use instead
```go
mux.Handle("/static/", http.StripPrefix("/static/", http.FileServer(http.Dir("./public"))))
```

## References
- CWE-284: Improper Access Control
- CWE-548: Exposure of Information Through Directory Listing
- CWE-352: Cross-Site Request Forgery (CSRF)
- OWASP A01:2021 / A01:2025 Broken Access Control
"""

from __future__ import annotations

from vigilint.analyzers.access.go.protections import switches
from vigilint.analyzers.access.rules import switch_rule

RULE = switch_rule(
    id="VG-GO-AUTH-005", name="open-access-folder", languages=("go",), cwe=(284, 548, 352),
    message="Files are served to anyone from the project or a sensitive folder, listed, or "
            "CSRF protection is skipped.",
    prefilter=("FileServer", "Static", "Browse", "gin.Dir", "UnsafeSkipCheck", "Exempt",
               ".File(", "gorilla/sessions", "alexedwards/scs", "AuthCodeURL"),
    switches=switches,
)
