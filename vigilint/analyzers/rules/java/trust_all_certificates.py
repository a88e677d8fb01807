"""## What it does
Flags a `X509TrustManager` whose `checkServerTrusted`/`checkClientTrusted` does nothing
(empty body), a `HostnameVerifier` (class or lambda) that always returns `true`, and
`NoopHostnameVerifier` / `ALLOW_ALL_HOSTNAME_VERIFIER`.

## Why is this bad?
A trust manager that accepts every certificate, or a verifier that accepts every host name,
turns TLS into unauthenticated encryption: anyone on the path can intercept the connection
(CWE-295).

## Example
```java
public void checkServerTrusted(X509Certificate[] chain, String authType) { }
HttpsURLConnection.setDefaultHostnameVerifier((host, session) -> true);
```

## Use instead
```java
// trust the private CA through a KeyStore-backed TrustManagerFactory; keep the default
// hostname verifier
```

## References
- CWE-295: Improper Certificate Validation
- OWASP A07:2021 / A02:2025
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.model import Rule


def _body_statements(node: Node) -> list[Node]:
    body = node.child_by_field_name("body")
    if body is None:
        return []
    return [c for c in body.named_children if not c.type.endswith("comment")]


def _check(ctx: FileContext, node: Node) -> Hit | None:
    if node.type == "method_declaration":
        name = ctx.node_text(node.child_by_field_name("name"))
        if name in ("checkServerTrusted", "checkClientTrusted"):
            if not _body_statements(node) and node.child_by_field_name("body") is not None:
                return Hit(node=node.child_by_field_name("name"), message=(
                    f"`{name}` accepts every certificate; use a `TrustManagerFactory` with the "
                    "CA you trust."))
            return None
        if name == "verify":
            stmts = _body_statements(node)
            params = node.child_by_field_name("parameters")
            if len(stmts) == 1 and ctx.node_text(stmts[0]).replace(" ", "") == "returntrue;" \
                    and params is not None and "SSLSession" in ctx.node_text(params):
                return Hit(node=node.child_by_field_name("name"))
        return None
    if node.type == "lambda_expression":
        body = node.child_by_field_name("body")
        params = node.child_by_field_name("parameters")
        if body is None or ctx.node_text(body).replace(" ", "") not in ("true", "{returntrue;}"):
            return None
        if params is None or len([p for p in params.named_children]) != 2:
            return None
        parent_text = ctx.node_text(node.parent.parent) if node.parent is not None \
            and node.parent.parent is not None else ""
        if "HostnameVerifier" in parent_text:
            return Hit(node=node)
        return None
    if node.type == "object_creation_expression":
        name = ctx.node_text(node.child_by_field_name("type")).rsplit(".", 1)[-1]
    else:  # field_access: NoopHostnameVerifier.INSTANCE, X.ALLOW_ALL_HOSTNAME_VERIFIER
        name = ctx.node_text(node.child_by_field_name("field"))
        if name == "INSTANCE":
            name = ctx.node_text(node.child_by_field_name("object")).rsplit(".", 1)[-1]
    if name in ("NoopHostnameVerifier", "ALLOW_ALL_HOSTNAME_VERIFIER", "AllowAllHostnameVerifier"):
        return Hit(node=node)
    return None


RULE = Rule(
    id="VG-JAVA-DEF-002",
    name="trust-all-certificates",
    category="insecure-default",
    languages=("java",),
    cwe=(295,),
    likelihood="likely",
    impact="high",
    confidence="high",
    message="Certificate or host name checks are disabled; keep the default verifier and trust "
            "your CA through a `TrustManagerFactory`.",
    prefilter=("checkServerTrusted", "checkClientTrusted", "SSLSession", "HostnameVerifier",
               "ALLOW_ALL_HOSTNAME_VERIFIER"),
    node_kinds=("method_declaration", "lambda_expression", "object_creation_expression",
                "field_access"),
    check=_check,
)
