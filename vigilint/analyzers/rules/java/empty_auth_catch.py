"""## What it does
Flags empty `catch` blocks (no statements, only comments) around authentication, authorization,
signature or certificate checks: the `try` block calls something named like `authenticate`,
`login`, `verify`, `checkPermission`, `validateToken`, `checkServerTrusted`, ...

## Why is this bad?
Swallowing the exception of a security check turns a failed check into a silent success: the
code goes on as if the user were authenticated or the signature valid (CWE-390, CWE-755).

## Example
```java
try { jwtVerifier.verify(token); } catch (JWTVerificationException e) { }
```

## Use instead
```java
try { jwtVerifier.verify(token); }
catch (JWTVerificationException e) { throw new AccessDeniedException("invalid token", e); }
```

## References
- CWE-390: Detection of Error Condition Without Action
- OWASP A10:2025 Mishandling of Exceptional Conditions
"""

from __future__ import annotations

import re

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.model import Rule

_SECURITY_CALL = re.compile(
    r"\.\s*(authenticate|login|verify\w*|checkPermission|checkAccess|authorize\w*|"
    r"validateToken|validate(Jwt|Signature|Certificate)|checkServerTrusted|checkClientTrusted|"
    r"checkValidity|decodeJwt|parseClaimsJws|isUserInRole)\s*\(")


def _check(ctx: FileContext, node: Node) -> Hit | None:
    body = node.child_by_field_name("body")
    if body is None or any(not c.type.endswith("comment") for c in body.named_children):
        return None
    try_node = node.parent
    if try_node is None or try_node.type not in ("try_statement", "try_with_resources_statement"):
        return None
    try_body = try_node.child_by_field_name("body")
    if try_body is None or not _SECURITY_CALL.search(ctx.node_text(try_body)):
        return None
    return Hit(node=node)


RULE = Rule(
    id="VG-JAVA-ERR-002",
    name="empty-catch-around-security-check",
    category="error-handling",
    languages=("java",),
    cwe=(390,),
    likelihood="likely",
    impact="high",
    confidence="medium",
    message="A failed security check is swallowed by an empty `catch`; deny access (rethrow or "
            "return) when the check fails.",
    prefilter=("authenticate", "login", "verify", "checkPermission", "checkAccess", "authorize",
               "validateToken", "validateJwt", "validateSignature", "validateCertificate",
               "checkServerTrusted", "checkClientTrusted", "checkValidity", "decodeJwt",
               "parseClaimsJws", "isUserInRole"),
    node_kinds=("catch_clause",),
    check=_check,
)
