"""Web route facts shared by the access-control rules (no rule here): which functions are
views, whether they check authentication, and whether they change data. Memoised per file."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tree_sitter import Node

from vigilint.analyzers.context import FileContext
from vigilint.analyzers.dataflow.python import route_decorator
from vigilint.analyzers.syntax import python

_AUTH_DECORATOR = re.compile(
    r"(login_required|permission_required|requires?_auth|auth_required|jwt_required|"
    r"token_required|roles?_required|roles_accepted|admin_required|user_passes_test|"
    r"staff_member_required|superuser_required|authenticated|requires_login|protected|"
    r"permission_classes|auth\.verify|requires_permission|has_role|api_key_required|"
    r"verify_token|authorize)", re.I)
_AUTH_DEPENDENCY = re.compile(r"(Depends|Security)\([^)]*(user|auth|token|current|verify|admin|"
                              r"permission|login|session|principal|scope)", re.I)
_AUTH_BODY = re.compile(
    r"(is_authenticated|current_user|request\.user|g\.user|abort\(\s*40[13]|"
    r"HTTP_40[13]|status_code\s*=\s*40[13]|PermissionDenied|has_perm|check_permission|"
    r"verify_jwt_in_request|get_jwt_identity|session\.get\(\s*['\"]user|"
    r"session\[['\"]user|authenticate\(|require_|Unauthorized|Forbidden)", re.I)
# Lower-case literals one of which every `_AUTH_BODY` match contains: on ASCII text (where the
# IGNORECASE match is plain ASCII case folding) the regex only runs when one is present.
_AUTH_BODY_LITERALS = ("is_authenticated", "current_user", "request.user", "g.user", "abort(",
                       "http_40", "status_code", "permissiondenied", "has_perm",
                       "check_permission", "verify_jwt_in_request", "get_jwt_identity",
                       "session", "authenticate(", "require_", "unauthorized", "forbidden")


def _auth_in_body(body: str) -> bool:
    if body.isascii():
        lower = body.lower()
        if not any(literal in lower for literal in _AUTH_BODY_LITERALS):
            return False
    return bool(_AUTH_BODY.search(body))


_PUBLIC_NAMES = re.compile(
    r"(login|logout|signin|sign_in|signup|sign_up|register|reset|forgot|health|ping|status|"
    r"index|home|public|webhook|callback|oauth|token|verify_email|confirm|static|favicon|"
    r"docs|openapi|metrics|ready|live)", re.I)
_MUTATING_METHODS = re.compile(r"(POST|PUT|PATCH|DELETE)")
_MUTATING_NAMES = re.compile(r"(delete|remove|update|edit|create|add|admin|upload|change|"
                             r"set_|destroy|grant|promote|transfer|pay|reset)", re.I)
_MUTATING_BODY = re.compile(r"\.(delete|commit|save|update|insert|remove|destroy)\(")


@dataclass
class View:
    node: Node  # the function_definition
    name: str
    decorators: str
    has_auth: bool
    mutating: bool
    public_name: bool


def _decorator_text(fn: Node, ctx: FileContext) -> str:
    parent = fn.parent
    if parent is None or parent.type != "decorated_definition":
        return ""
    return " ".join(ctx.node_text(d) for d in parent.named_children if d.type == "decorator")


def mentions_django(ctx: FileContext) -> bool:
    """`"django" in ctx.text`, memoised: asked once per function or return statement."""
    found: bool | None = ctx.cache.get("python.mentions_django")
    if found is None:
        found = "django" in ctx.text
        ctx.cache["python.mentions_django"] = found
    return found


def _is_django_view(ctx: FileContext, fn: Node) -> bool:
    params = fn.child_by_field_name("parameters")
    first = params.named_children[0] if params is not None and params.named_children else None
    return first is not None and ctx.node_text(first).split(":")[0].strip() == "request" and \
        mentions_django(ctx)


def views(ctx: FileContext) -> list[View]:
    cached = ctx.cache.get("python.views")
    if cached is not None:
        return cached
    out: list[View] = []
    if ctx.tree is not None and ("route" in ctx.text or "django" in ctx.text
                                 or "fastapi" in ctx.text or "APIRouter" in ctx.text):
        for fn in python(ctx).functions():
            node = fn.node
            if not (route_decorator(fn) or _is_django_view(ctx, node)):
                continue
            decorators = _decorator_text(node, ctx)
            params = ctx.node_text(node.child_by_field_name("parameters"))
            body = ctx.node_text(node.child_by_field_name("body"))
            name = ctx.node_text(node.child_by_field_name("name"))
            has_auth = bool(_AUTH_DECORATOR.search(decorators) or _AUTH_DEPENDENCY.search(params)
                            or _AUTH_DEPENDENCY.search(decorators) or _auth_in_body(body))
            methods = decorators
            mutating = bool(_MUTATING_METHODS.search(methods) or
                            re.search(r"\.(post|put|patch|delete)\(", decorators) or
                            _MUTATING_NAMES.search(name) or _MUTATING_BODY.search(body))
            out.append(View(node=node, name=name, decorators=decorators, has_auth=has_auth,
                            mutating=mutating, public_name=bool(_PUBLIC_NAMES.search(name))))
    ctx.cache["python.views"] = out
    return out


def view_for(ctx: FileContext, fn: Node | None) -> View | None:
    if fn is None:
        return None
    for view in views(ctx):
        if view.node.start_byte == fn.start_byte:
            return view
    return None


__all__ = ["View", "mentions_django", "view_for", "views"]
