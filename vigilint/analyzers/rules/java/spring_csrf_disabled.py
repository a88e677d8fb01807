"""## What it does
Flags Spring Security configurations that turn CSRF protection off: `csrf().disable()`,
`csrf(csrf -> csrf.disable())`, `csrf(AbstractHttpConfigurer::disable)`. A configuration in
the same file that makes the API stateless (`SessionCreationPolicy.STATELESS`) or a bearer-token
resource server (`oauth2ResourceServer`) is left alone: without cookie sessions there is
nothing to forge.

## Why is this bad?
With CSRF protection off, any web page the user visits can submit state-changing requests
with the user's session cookies (CWE-352). Turning it off is only right for stateless APIs
that authenticate every request with a bearer token, never with cookies.

## Example
```java
http.csrf().disable().authorizeRequests().anyRequest().authenticated();
```

## Use instead
```java
http.csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse()));
```

## References
- CWE-352: Cross-Site Request Forgery
- OWASP A01:2021 / A01:2025 Broken Access Control
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.rules.java._common import arguments, name_of
from vigilint.model import Rule


def _stateless(ctx: FileContext) -> bool:
    found: bool | None = ctx.cache.get("java.csrf.stateless")
    if found is None:
        found = "SessionCreationPolicy.STATELESS" in ctx.text or \
            "oauth2ResourceServer" in ctx.text
        ctx.cache["java.csrf.stateless"] = found
    return found


def _check(ctx: FileContext, node: Node) -> Hit | None:
    if _stateless(ctx):
        return None
    name = name_of(ctx, node)
    obj = node.child_by_field_name("object")
    if name == "disable" and obj is not None and obj.type == "method_invocation" \
            and name_of(ctx, obj) == "csrf" and not arguments(ctx, obj):
        return Hit(node=obj.child_by_field_name("name") or node)  # `.csrf()` in a chain
    if name == "csrf":
        args = arguments(ctx, node)
        if len(args) == 1 and (ctx.node_text(args[0]).endswith("::disable") or (
                args[0].type == "lambda_expression"
                and ctx.node_text(args[0].child_by_field_name("body")).endswith(".disable()"))):
            return Hit(node=node.child_by_field_name("name") or node)
    return None


RULE = Rule(
    id="VG-JAVA-DEF-004",
    name="spring-csrf-disabled",
    category="access-control",
    languages=("java",),
    cwe=(352,),
    likelihood="possible",
    impact="high",
    confidence="medium",
    message="CSRF protection is disabled; keep it on for cookie-authenticated endpoints.",
    prefilter=("csrf",),
    node_kinds=("method_invocation",),
    check=_check,
)
