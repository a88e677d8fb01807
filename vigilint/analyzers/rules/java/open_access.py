"""## What it does
Flags Spring settings that open endpoints to anyone: `permitAll()` on administrative or
operational paths (`/admin/**`, `/actuator/**`, `/internal/**`, `/**`) or on paths of private
data (`/reports/**`, `/exports/**`) beside rules that require a login, a folder of private data
served as static resources (`addResourceLocations("file:/srv/exports/")`),
`anyRequest().permitAll()` after rules that require a login (every unnamed path is open),
`web.ignoring()` of such paths, and Spring Data REST repositories (`@RepositoryRestResource`)
exported with no method security in the file (their generated CRUD endpoints take the
default: open unless the filter chain says otherwise). Also a JAX-RS or Spring handler that
`@PermitAll` opens while it does administrative, destructive or bulk work (`/admin/purge`, an
export of every customer) beside routes that require a caller, and a servlet registered with
the `listings` init parameter on (`@WebInitParam(name = "listings", value = "true")`,
`setInitParameter("listings", "true")`).

## Why is this bad?
`permitAll()` on `/actuator/**` exposes heap dumps, environment variables and shutdown; a
permissive default makes every new endpoint public until someone remembers to protect it
(CWE-284, CWE-862).

## Example
```java
.requestMatchers("/actuator/**").permitAll()
.anyRequest().permitAll()
```

## Use instead
```java
.requestMatchers("/actuator/health").permitAll()
.requestMatchers("/actuator/**").hasRole("OPS")
.anyRequest().authenticated()
```

## References
- CWE-284: Improper Access Control
- CWE-862: Missing Authorization
- OWASP A01:2021 / A01:2025 Broken Access Control
"""

from __future__ import annotations

from vigilint.analyzers.access.java.protections import switches
from vigilint.analyzers.access.rules import switch_rule

RULE = switch_rule(
    id="VG-JAVA-AUTH-005", name="spring-open-access", languages=("java",), cwe=(284, 862),
    message="Endpoints are opened to anyone (permitAll on sensitive paths, an open default, "
            "an unsecured Spring Data REST repository).",
    prefilter=("permitAll", "ignoring", "RepositoryRestResource", "PermitAll", "listings",
               "addResourceLocations"),
    switches=switches,
)
