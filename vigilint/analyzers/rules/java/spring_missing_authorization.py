"""## What it does
Flags Java request handlers without the guard their siblings carry: Spring controller methods
(`@GetMapping`, `@PostMapping`, `@RequestMapping`, ...) without the `@PreAuthorize`/`@Secured`/
`@RolesAllowed` the other handlers of the controller have (and none on the class), JAX-RS
resource methods (`@GET`, `@DELETE`, ...) without the `@RolesAllowed` (or the
`SecurityContext` check) of their siblings, and servlets that skip the session or caller check
the others make; a servlet covered by a `@WebFilter` of the same file that checks the caller,
or by `@ServletSecurity(@HttpConstraint(rolesAllowed = ...))` (an `@HttpMethodConstraint`
without roles opens its method), is guarded. When the Spring Security
filter chain is configured in the same file, its `requestMatchers(...)` rules count as guards
(`permitAll()` marks a path public). Handlers public by design (login, register, health,
docs, error) and `@PermitAll` are left alone. The quick fix copies the siblings' annotation.

## Why is this bad?
When most endpoints of a controller check a role and one does not, that one is usually an
oversight: any authenticated (or anonymous) user can call it (CWE-862).

## Example
```java
@PreAuthorize("hasRole('ADMIN')") @GetMapping("/users") List<User> list() { ... }
@DeleteMapping("/users/{id}") void delete(@PathVariable long id) { ... }   // unchecked
```

## Use instead
```java
@PreAuthorize("hasRole('ADMIN')") @DeleteMapping("/users/{id}") void delete(...) { ... }
```

## References
- CWE-862: Missing Authorization
- OWASP A01:2021 / A01:2025 Broken Access Control
"""

from __future__ import annotations

from vigilint.analyzers.access.java import inventory
from vigilint.analyzers.access.rules import gap_rule

RULE = gap_rule(
    id="VG-JAVA-AUTH-001", name="spring-missing-authorization", language="java", cwe=(862,),
    likelihood="possible",
    message="A handler lacks the method security its siblings have; add `@PreAuthorize`.",
    prefilter=("Mapping", "@Path", "HttpServlet", "io.micronaut", "io.javalin",
               "RouterFunction"),
    inventory=inventory,
)
