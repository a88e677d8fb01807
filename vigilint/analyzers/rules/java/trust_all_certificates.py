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
from vigilint.analyzers.rules._edits import remove_lines
from vigilint.model import Fix, Rule


def _body_statements(node: Node) -> list[Node]:
    body = node.child_by_field_name("body")
    if body is None:
        return []
    return [c for c in body.named_children if not c.type.endswith("comment")]


_DEFAULT_VERIFIER = "javax.net.ssl.HttpsURLConnection.getDefaultHostnameVerifier()"
_STRICT = {"NoopHostnameVerifier": "new org.apache.http.conn.ssl.DefaultHostnameVerifier()",
           "AllowAllHostnameVerifier": "new org.apache.http.conn.ssl.DefaultHostnameVerifier()",
           "ALLOW_ALL_HOSTNAME_VERIFIER": "STRICT_HOSTNAME_VERIFIER"}


def _parameter_names(ctx: FileContext, node: Node) -> list[str]:
    params = node.child_by_field_name("parameters")
    if params is None:
        return []
    if params.type == "identifier":
        return [ctx.node_text(params)]
    names = []
    for param in params.named_children:
        name = param.child_by_field_name("name") if param.type != "identifier" else param
        names.append(ctx.node_text(name))
    return names


def _delegate_trust(ctx: FileContext, method: Node, name: str) -> Fix | None:
    """An empty check*Trusted body asks the platform's default trust managers instead."""
    body = method.child_by_field_name("body")
    names = _parameter_names(ctx, method)
    if body is None or len(names) != 2:
        return None
    chain, auth = names
    line = ctx.lines[method.start_point[0]]
    indent = line[:len(line) - len(line.lstrip())]
    lines = ["try {",
             "    javax.net.ssl.TrustManagerFactory factory = javax.net.ssl.TrustManagerFactory"
             ".getInstance(javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());",
             "    factory.init((java.security.KeyStore) null);",
             "    for (javax.net.ssl.TrustManager manager : factory.getTrustManagers()) {",
             "        if (manager instanceof javax.net.ssl.X509TrustManager) {",
             f"            ((javax.net.ssl.X509TrustManager) manager).{name}({chain}, {auth});",
             "        }",
             "    }",
             "} catch (java.security.GeneralSecurityException e) {",
             "    throw new java.security.cert.CertificateException(e);",
             "}"]
    code = "{\n" + "".join(f"{indent}    {text}\n" for text in lines) + indent + "}"
    edits = [ctx.edit_node(body, code)]
    if not any(c.type == "throws" for c in method.children):  # the delegate's exception
        edits.insert(0, ctx.insert_at(body.start_byte,
                                      "throws java.security.cert.CertificateException "))
    return Fix(title="Check the chain with the platform's default trust managers", safe=False,
               edits=tuple(edits))


def _check(ctx: FileContext, node: Node) -> Hit | None:
    if node.type == "method_declaration":
        name = ctx.node_text(node.child_by_field_name("name"))
        if name in ("checkServerTrusted", "checkClientTrusted"):
            if not _body_statements(node) and node.child_by_field_name("body") is not None:
                return Hit(node=node.child_by_field_name("name"),
                           fix=_delegate_trust(ctx, node, name), message=(
                    f"`{name}` accepts every certificate; use a `TrustManagerFactory` with the "
                    "CA you trust."))
            return None
        if name == "verify":
            stmts = _body_statements(node)
            params = node.child_by_field_name("parameters")
            if len(stmts) == 1 and ctx.node_text(stmts[0]).replace(" ", "") == "returntrue;" \
                    and params is not None and "SSLSession" in ctx.node_text(params):
                names = _parameter_names(ctx, node)
                fix = None if len(names) != 2 else Fix(
                    title="Use the default host name verifier", safe=False,
                    edits=(ctx.edit_node(stmts[0], f"return {_DEFAULT_VERIFIER}.verify("
                                                   f"{names[0]}, {names[1]});"),))
                return Hit(node=node.child_by_field_name("name"), fix=fix)
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
            names = _parameter_names(ctx, node)
            statement = node.parent.parent.parent if node.parent is not None and \
                node.parent.parent is not None else None
            if "setDefaultHostnameVerifier" in parent_text and statement is not None and \
                    statement.type == "expression_statement":  # the default stays the default
                return Hit(node=node, fix=Fix(
                    title="Keep the default host name verifier", safe=False,
                    edits=(remove_lines(ctx, statement),)))
            fix = None if len(names) != 2 else Fix(
                title="Use the default host name verifier", safe=False,
                edits=(ctx.edit_node(body, f"{_DEFAULT_VERIFIER}.verify({names[0]}, "
                                           f"{names[1]})"
                                     if body.type != "block" else
                                     f"{{ return {_DEFAULT_VERIFIER}.verify({names[0]}, "
                                     f"{names[1]}); }}"),))
            return Hit(node=node, fix=fix)
        return None
    if node.type == "object_creation_expression":
        name = ctx.node_text(node.child_by_field_name("type")).rsplit(".", 1)[-1]
    else:  # field_access: NoopHostnameVerifier.INSTANCE, X.ALLOW_ALL_HOSTNAME_VERIFIER
        name = ctx.node_text(node.child_by_field_name("field"))
        if name == "INSTANCE":
            name = ctx.node_text(node.child_by_field_name("object")).rsplit(".", 1)[-1]
    if name in ("NoopHostnameVerifier", "ALLOW_ALL_HOSTNAME_VERIFIER", "AllowAllHostnameVerifier"):
        if name == "ALLOW_ALL_HOSTNAME_VERIFIER":
            field = node.child_by_field_name("field")
            edit = None if field is None else ctx.edit_node(field, _STRICT[name])
        else:
            edit = ctx.edit_node(node, _STRICT[name])
        return Hit(node=node, fix=None if edit is None else Fix(
            title="Check host names (`DefaultHostnameVerifier`)", safe=False, edits=(edit,)))
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
    fixable=True,
)
