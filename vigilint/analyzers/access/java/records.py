"""Java record lookups (Spring Data repositories, JPA `EntityManager`, DAOs, `JdbcTemplate`),
the caller's expressions in a handler, the request values a key carries, and entities bound
from the request and saved (mass assignment)."""

from __future__ import annotations

import re

from tree_sitter import Node

from vigilint.analyzers.access.java.common import (
    annotations_of,
    invocation,
    parameters,
    string_value,
)
from vigilint.analyzers.access.java.reads import reads
from vigilint.analyzers.access.java.routes import inventory
from vigilint.analyzers.access.localflow import (
    Flow,
    carried,
    flow_at,
)
from vigilint.analyzers.access.model import Binding, Lookup, Route, route_of
from vigilint.analyzers.access.ownership import flow_hooks
from vigilint.analyzers.access.provenance import java_custom_principal
from vigilint.analyzers.access.sql import sql_lookup, sql_record
from vigilint.analyzers.access.syntax import enclosing_function, nodes, nodes_in
from vigilint.analyzers.access.vocabulary import sensitive_field
from vigilint.analyzers.context import FileContext
from vigilint.analyzers.models import load

_BY_KEY = {"findById": "read", "getById": "read", "getOne": "read", "getReferenceById": "read",
           "existsById": "read", "deleteById": "delete"}
_SCOPED_NAME = re.compile(r"And(Owner|User|Customer|Account|Tenant|Member|Patient|Principal|"
                          r"Username|Email|Author|Org|Company)", re.IGNORECASE)
_PRINCIPAL_TYPES = frozenset({"Principal", "Authentication", "SecurityContext", "UserDetails",
                              "OidcUser", "Jwt"})


def _principal_type(name: str) -> bool:
    """`Principal`, `Authentication`, `UsernamePasswordAuthenticationToken`, ... (by name: a
    pattern with two `\\w*` runs around `Authentication` is quadratic on a long name)."""
    return name in _PRINCIPAL_TYPES or (name.endswith("Token") and "Authentication" in name)
_CALLERS = ("getUserPrincipal()", "getRemoteUser()", "SecurityContextHolder",
            "getCallerPrincipal()", "isUserInRole(", "currentUser")
_DTO = re.compile(r"(Dto|DTO|Request|Form|Command|Input|Payload|Params|Body|Update|Create|"
                  r"Patch|View|Resource|Criteria)$")
_SIMPLE = re.compile(r"^(String|Long|long|Integer|int|Boolean|boolean|UUID|Double|double|"
                     r"BigDecimal|Map<.*>|Map|List<.*>|Set<.*>|Object|JsonNode|byte\[\]|"
                     r"MultipartFile)$")
_VALIDATION = frozenset({"Valid", "Validated", "NotNull", "NonNull", "Nonnull"})
_JAXRS_VERBS = frozenset({"POST", "PUT", "PATCH", "DELETE", "GET"})
_PERSIST = frozenset({"save", "saveAndFlush", "persist", "merge", "update", "insert", "saveAll"})


def lookups(ctx: FileContext) -> list[Lookup]:
    found: list[Lookup] | None = ctx.cache.get("access.java.lookups")
    if found is not None:
        return found
    out: list[Lookup] = []
    for node in nodes(ctx, "method_invocation"):
        if node.type != "method_invocation":
            continue
        receiver, name, args = invocation(ctx, node)
        if receiver is None or not args:
            continue
        model = ctx.node_text(receiver).rsplit(".", 1)[-1]
        text = ctx.node_text(node)
        scoped = bool(_SCOPED_NAME.search(name)) or any(c in text for c in _CALLERS)
        if name in _BY_KEY:
            out.append(Lookup(node, _BY_KEY[name], (args[0],), model, scoped))
        elif name in ("find", "getReference") and len(args) >= 2 and \
                ctx.node_text(args[0]).endswith(".class"):
            op = "delete" if node.parent is not None and node.parent.parent is not None and \
                "remove(" in ctx.node_text(node.parent.parent)[:8] else "read"
            out.append(Lookup(node, op, (args[1],), ctx.node_text(args[0])[:-6], scoped))
        elif re.match(r"^(find|get|delete|remove|load|fetch)(One)?By\w*Id\w*$|^findBy\w+And\w+$",
                      name):
            op = "delete" if name.startswith(("delete", "remove")) else "read"
            out.append(Lookup(node, op, tuple(args), model, scoped))
        elif name in ("queryForObject", "queryForMap", "query", "update", "queryForList"):
            found_sql = sql_lookup(string_value(ctx, args[0]) or "")
            if found_sql is None:
                continue
            params = [a for a in args[1:] if not ctx.node_text(a).endswith(".class")
                      and a.type not in ("lambda_expression", "object_creation_expression",
                                         "method_reference")]
            out.append(sql_record(node, found_sql, params))
        elif name in ("prepareStatement", "prepareCall") and args:
            found_sql = sql_lookup(_sql_text(ctx, args[0]) or "")
            if found_sql is not None:
                out.append(sql_record(node, found_sql, _jdbc_params(ctx, node)))
        elif name in ("findById", "load", "get") and receiver is not None and \
                re.search(r"(dao|Dao|DAO|repository|Repository|repo|store)", ctx.node_text(
                    receiver)):
            out.append(Lookup(node, "read", (args[0],), model, scoped))
        elif _DAO_VERB.match(name) and _DAO_RECEIVER.search(ctx.node_text(receiver)):
            # the app's own DAO (`dao.find(id)`, `dao.delete(id)`, `dao.findForPassenger(id,
            # me())`): its records chosen by the arguments
            op = "delete" if name.startswith(("delete", "remove")) else "read"
            declared = re.search(rf"\b([A-Z]\w*?)(Dao|DAO|Repository|Repo|Store)\s+"
                                 rf"{re.escape(model)}\s*[;=)]", ctx.text)
            model = declared.group(1) if declared is not None else model
            out.append(Lookup(node, op, tuple(args), model, scoped or _by_caller_helper(
                ctx, args)))
    ctx.cache["access.java.lookups"] = out
    return out


_DAO_VERB = re.compile(r"^(find|get|load|fetch|delete|remove)([A-Z]\w*)?$")
_DAO_RECEIVER = re.compile(r"(dao|Dao|DAO|repository|Repository|repo|Repo|store|Store)$")


def _caller_helpers(ctx: FileContext) -> frozenset[str]:
    """Methods of the file without parameters that return the verified caller (`private
    String me() { return security.getUserPrincipal().getName(); }`)."""
    found: frozenset[str] | None = ctx.cache.get("access.java.caller_helpers")
    if found is not None:
        return found
    names = []
    for method in nodes(ctx, "method_declaration"):
        if method.type != "method_declaration":
            continue
        params = method.child_by_field_name("parameters")
        name = method.child_by_field_name("name")
        body = method.child_by_field_name("body")
        if name is None or body is None or params is None or params.named_children:
            continue
        text = ctx.node_text(body)
        if "return" in text and any(c in text for c in _CALLERS):
            names.append(ctx.node_text(name))
    found = frozenset(names)
    ctx.cache["access.java.caller_helpers"] = found
    return found


def _by_caller_helper(ctx: FileContext, args: list[Node]) -> bool:
    helpers = _caller_helpers(ctx)
    return bool(helpers) and any(
        re.fullmatch(r"(this\.)?(\w+)\(\s*\)", ctx.node_text(a)) is not None and
        ctx.node_text(a).removeprefix("this.").split("(")[0] in helpers for a in args)


def _sql_text(ctx: FileContext, node: Node) -> str | None:
    """A statement written as a literal or a concatenation of literals (`"SELECT ..." +
    "WHERE id = ?"`)."""
    if node.type == "string_literal":
        return string_value(ctx, node)
    if node.type == "binary_expression":
        parts = [_sql_text(ctx, c) for c in node.named_children]
        return "".join(p for p in parts if p is not None) if any(p is not None for p in parts) \
            else None
    return None


def _jdbc_params(ctx: FileContext, prepare: Node) -> list[Node]:
    """The values bound to a JDBC statement in order (`ps.setLong(1, id)`): the statement is
    the variable `prepareStatement(...)` is assigned to, in the same method."""
    declarator = prepare.parent
    if declarator is None or declarator.type not in ("variable_declarator", "resource",
                                                      "assignment_expression"):
        return []
    target = declarator.child_by_field_name("left" if declarator.type == "assignment_expression"
                                            else "name")
    scope = declarator.parent
    while scope is not None and scope.type not in ("method_declaration", "lambda_expression",
                                                   "constructor_declaration"):
        scope = scope.parent
    if target is None or scope is None:
        return []
    statement = ctx.node_text(target)
    bound: dict[int, Node] = {}
    for call in nodes_in(ctx, scope, "method_invocation"):
        receiver, name, args = invocation(ctx, call)
        if receiver is None or ctx.node_text(receiver) != statement or \
                not name.startswith("set") or len(args) != 2:
            continue
        index = ctx.node_text(args[0])
        if index.isdigit():
            bound.setdefault(int(index), args[1])
    return [bound[i] for i in sorted(bound)]


# The caller through the app's own accessor, given nothing (`SecurityUtils.getCurrentUserLogin()`,
# `authFacade.currentAccount()`, `AuthContext.get()`): what the security filter stored for the
# request's thread, whatever the app named it.
_NOARG_CALL = re.compile(r"(?<![\w$.])([A-Za-z_$][\w$]*)\.([A-Za-z_$][\w$]*)\(\s*\)")
_ACCESSOR_METHOD = re.compile(r"^(getCurrent\w*|current[A-Z]\w*|getLoggedIn\w*|getAuthenticated\w*|"
                              r"whoAmI|getCaller\w*|getPrincipal|getUser(Id|Login|name)?)$")
_ACCESSOR_HOLDER = re.compile(r"(Security|Auth|Session|Identity|Principal|Caller)")
_HOLDER_SUFFIX = ("Util", "Utils", "Context", "Holder", "Helper", "Facade", "Provider")


def _accessor_calls(text: str) -> list[str]:
    out = []
    for m in _NOARG_CALL.finditer(text):
        receiver, method = m.group(1), m.group(2)
        if _ACCESSOR_METHOD.match(method) or (_ACCESSOR_HOLDER.search(receiver) and
                                              receiver.endswith(_HOLDER_SUFFIX)):
            out.append(f"{receiver}.{method}(")
    return list(dict.fromkeys(out))


def principal(ctx: FileContext, route: Route) -> tuple[str, ...]:
    names = list(_CALLERS)
    if route.handler is not None:
        names.extend(_accessor_calls(ctx.node_text(route.handler)))
    if route.handler is not None and route.handler.type == "method_declaration":
        for param in parameters(ctx, route.handler):
            anns = {a.name for a in param.annotations}
            if _principal_type(param.type) or "AuthenticationPrincipal" in anns or \
                    ("Context" in anns and "Security" in param.type) or \
                    java_custom_principal(anns):
                names.append(param.name)
    return tuple(names)


def _flow(ctx: FileContext, node: Node) -> Flow | None:
    return flow_at(ctx, node, "java", lambda: reads(ctx), skip=frozenset({"lambda_expression"}))


HOOKS = flow_hooks(inventory, lookups, principal, _flow, frozenset(load("java").access.policies))


# -- mass assignment ---------------------------------------------------------------------
def _entities(ctx: FileContext) -> dict[str, Node]:
    found: dict[str, Node] | None = ctx.cache.get("access.java.entities")
    if found is None:
        found = {}
        for node in nodes(ctx, "class_declaration"):
            if node.type == "class_declaration" and any(
                    a.name in ("Entity", "Document", "Table") for a in annotations_of(ctx, node)):
                found[ctx.node_text(node.child_by_field_name("name"))] = node
        ctx.cache["access.java.entities"] = found
    return found


def fields_of(ctx: FileContext, model: str) -> list[str] | None:
    cls = _entities(ctx).get(model)
    if cls is None:
        return None
    out = []
    body = cls.child_by_field_name("body")
    for member in body.named_children if body is not None else ():
        if member.type != "field_declaration":
            continue
        for declarator in member.children_by_field_name("declarator"):
            name = ctx.node_text(declarator.child_by_field_name("name"))
            if sensitive_field(name):
                out.append(name)
    return out


def _restricted_binder(ctx: FileContext, handler: Node) -> bool:
    cls = handler.parent
    while cls is not None and cls.type != "class_declaration":
        cls = cls.parent
    text = ctx.node_text(cls) if cls is not None else ""
    return "@InitBinder" in text and re.search(r"setAllowedFields|setDisallowedFields", text) \
        is not None


def _javalin_saved(ctx: FileContext, call: Node, kind_arg: Node) -> Binding | None:
    """Javalin `User user = ctx.bodyAsClass(User.class); repo.save(user);`: the request body
    bound into an entity that is then saved (https://javalin.io/documentation#context)."""
    kind = ctx.node_text(kind_arg).removesuffix(".class")
    declarator = call.parent
    if declarator is None or declarator.type != "variable_declarator" or \
            _SIMPLE.match(kind) or _DTO.search(kind):
        return None
    name = ctx.node_text(declarator.child_by_field_name("name"))
    method = enclosing_function(ctx, call)
    body = ctx.node_text(method) if method is not None else ""
    if not re.search(rf"\.({'|'.join(_PERSIST)})\(\s*{re.escape(name)}\s*\)", body):
        return None
    return Binding(call, call, kind, "model")


def bindings(ctx: FileContext) -> list[Binding]:
    found: list[Binding] | None = ctx.cache.get("access.java.bindings")
    if found is not None:
        return found
    out: list[Binding] = []
    for route in inventory(ctx).routes:
        handler = route.handler
        if handler is None or handler.type != "method_declaration" or \
                _restricted_binder(ctx, handler):
            continue
        body = ctx.node_text(handler.child_by_field_name("body"))
        # JAX-RS: the one parameter without an annotation is the request entity (the body)
        jaxrs = any(a.name in _JAXRS_VERBS for a in annotations_of(ctx, handler))
        for param in parameters(ctx, handler):
            anns = {a.name for a in param.annotations} - _VALIDATION
            bound = anns & {"RequestBody", "ModelAttribute", "Body"} or (
                not anns and (jaxrs or param.type in _entities(ctx)))
            kind = param.type.split("<")[0]
            if not bound or _SIMPLE.match(param.type) or _DTO.search(kind) or \
                    _principal_type(kind):
                continue
            saved = re.search(rf"\.({'|'.join(_PERSIST)})\(\s*{re.escape(param.name)}\s*\)", body)
            if saved is None and kind not in _entities(ctx):
                continue
            if saved is None:
                continue
            out.append(Binding(param.node, param.node, kind, "model"))
    javalin = "io.javalin" in ctx.text
    for node in nodes(ctx, "method_invocation"):
        if node.type != "method_invocation":
            continue
        receiver, name, args = invocation(ctx, node)
        if javalin and name in ("bodyAsClass", "bodyValidator") and args:
            saved_body = _javalin_saved(ctx, node, args[0])
            if saved_body is not None:
                out.append(saved_body)
            continue
        if name == "populate" and "BeanUtils" in ctx.node_text(receiver) and len(args) == 2:
            # Commons BeanUtils `populate(bean, request.getParameterMap())`: every parameter
            # the request names sets the bean's property of that name
            flow = _flow(ctx, node)
            read = carried(ctx, flow, args[1]) if flow is not None else None
            if read is not None and read.part in ("query", "body") and not read.key:
                out.append(Binding(node, args[1], ctx.node_text(args[0]), "merge"))
            continue
        if name == "copyProperties" and "BeanUtils" in ctx.node_text(receiver) and \
                len(args) >= 2:
            owner = route_of(inventory(ctx), node)
            flow = _flow(ctx, node)
            read = carried(ctx, flow, args[0]) if flow is not None else None
            if owner is None or read is None or read.part != "body":
                continue
            if len(args) > 2:
                # Spring's `copyProperties(body, entity, "id", "username")` names the
                # properties it leaves alone: a denylist, the rest (a role, a flag) is copied
                # unless every sensitive field of the body's type is in it
                ignored = {string_value(ctx, a) for a in args[2:]}
                declared = re.search(rf"\b([A-Z]\w*)\s+{re.escape(ctx.node_text(args[0]))}\b",
                                     ctx.node_text(owner.handler) if owner.handler else "")
                known = fields_of(ctx, declared.group(1)) if declared is not None else None
                if known is not None and set(known) <= ignored:
                    continue
                out.append(Binding(node, args[0], ctx.node_text(args[1]), "merge"))
                continue
            out.append(Binding(node, args[0], ctx.node_text(args[1]), "merge"))
    ctx.cache["access.java.bindings"] = out
    return out
