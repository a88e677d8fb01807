"""## What it does
Flags Spring handlers that change state but answer a request method CSRF protection does not
check: `@GetMapping`, `@RequestMapping` without `method` (it answers every method, GET
included) or with GET, HEAD, OPTIONS or TRACE among its methods, when the handler writes: JDBC
`executeUpdate`/`executeBatch`, `Statement.execute` or `JdbcTemplate.execute` of an
INSERT/UPDATE/DELETE, `JdbcTemplate.update`/`batchUpdate`, MyBatis `SqlRunner`/`SqlSession`
writes, repository and `EntityManager` saves and deletes, a service call whose name changes
state (`orders.cancel(id)`), or, with nothing else to go on, a handler named for a change
(`delete`, `cancelBooking`) that renders no view. Also Jenkins Stapler web methods (`doXyz`
taking a `StaplerRequest`, a `@QueryParameter`, returning an `HttpResponse`, or marked
`@WebMethod`/`@GET`/`@PUT`) that change state without `@RequirePOST` or `@POST`. One
finding per handler. Files whose security chain is stateless (no cookie session) are left
alone.

## Why is this bad?
Spring Security checks the CSRF token on POST, PUT, PATCH and DELETE only; GET, HEAD, OPTIONS
and TRACE must be read-only. A state change reachable by GET is triggered by a link or an
`<img>` on any site the signed-in user visits (CWE-352).

## Example
```java
@GetMapping("/bookings/{id}/cancel")
public String cancel(@PathVariable Long id) {
    bookings.deleteById(id);
    return "redirect:/bookings";
}
```

## Use instead
```java
@PostMapping("/bookings/{id}/cancel")
public String cancel(@PathVariable Long id) {
    bookings.deleteById(id);
    return "redirect:/bookings";
}
```

## References
- CWE-352: Cross-Site Request Forgery (CSRF)
- https://docs.spring.io/spring-security/reference/features/exploits/csrf.html
- OWASP A01:2021 / A01:2025 Broken Access Control
"""

from __future__ import annotations

from vigilint.analyzers.access.java.safe_methods import switches
from vigilint.analyzers.access.rules import switch_rule

RULE = switch_rule(
    id="VG-JAVA-AUTH-006", name="state-change-on-safe-method", languages=("java",), cwe=(352,),
    message="A handler that changes state answers GET (or every method), which CSRF "
            "protection does not check; map it to POST, PUT, PATCH or DELETE.",
    prefilter=("GetMapping", "RequestMapping", "org.kohsuke.stapler"),
    switches=switches,
)
