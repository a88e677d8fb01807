"""Python record lookups (SQLAlchemy, Flask-SQLAlchemy, Django ORM, raw SQL through DB-API),
whether each is scoped to the caller, the caller's expressions in a route, and the request
values a lookup key carries."""

from __future__ import annotations

import re

from tree_sitter import Node

from vigilint import lazyre
from vigilint.analyzers.access.localflow import client_identity_value, flow_at
from vigilint.analyzers.access.model import Lookup, Route
from vigilint.analyzers.access.ownership import OwnershipHooks
from vigilint.analyzers.access.python.reads import reads
from vigilint.analyzers.access.python.routes import inventory
from vigilint.analyzers.access.sql import sql_lookup, sql_record
from vigilint.analyzers.access.syntax import nodes
from vigilint.analyzers.access.vocabulary import owner_field
from vigilint.analyzers.context import FileContext
from vigilint.analyzers.dataflow import flow
from vigilint.analyzers.models import load
from vigilint.analyzers.syntax import Arguments, python

_ID_KEYS = lazyre.compile(r"^(id|pk|uuid|slug|key|number|code|token|\w+_id|\w+_pk|\w+_uuid)$")
_QUERYISH = lazyre.compile(r"(\.query\b|\bobjects\b|\bquery\(|\bselect\(|\.filter|\.where|\bsession\b|"
                           r"\bdb\b|_set\b|\.all\(\)|^(sa\.|sqlalchemy\.)?(delete|update)\(\s*[A-Z])")
_CALLER = ("current_user", "request.user", "g.user", "get_jwt_identity", "self.request.user",
           "self.current_user", "session[", "session.get(", "request.auth", "get_current_user",
           "current_identity",
           # aiohttp_security, Falcon's request context, Pyramid's security policy
           "authorized_userid(", "check_authorized(", "req.context.user",
           "req.context[\"user\"]", "request.authenticated_userid", "request.identity")
# `g.api_user = user` in a guard decorator or a `before_request` hook: Flask's request globals
# carry the verified caller under the name the app chose
_G_CALLER = lazyre.compile(r"(?<![\w.])g\.((?!\w*(?:agent|_ip|locale|lang|input|prefs))\w*"
                           r"(?:user|account|member|principal|identity|caller|customer|employee|"
                           r"staff)\w*|me)\s*=[^=]", re.IGNORECASE)


def _callers(ctx: FileContext) -> tuple[str, ...]:
    """The caller's expressions in this file: the usual ones and the request globals its
    guards set."""
    found: tuple[str, ...] | None = ctx.cache.get("access.python.callers")
    if found is None:
        extra = sorted({f"g.{m.group(1)}" for m in _G_CALLER.finditer(ctx.text)} - set(_CALLER))
        found = ctx.cache["access.python.callers"] = (*_CALLER, *extra)
    return found


_LOOKUP_METHODS = frozenset({"get_object_or_404", "get_list_or_404", "get", "get_or_404",
                            "filter_by", "filter", "first_or_404", "where", "execute",
                            "fetchone", "fetchall"})
_OPS = {"delete": "delete", "update": "update", "destroy": "delete", "remove": "delete"}


def _callee(ctx: FileContext, call: Node) -> tuple[Node | None, str]:
    return python(ctx).callee(call)


def _chain_op(ctx: FileContext, call: Node) -> str:
    """`...filter(...).delete()` -> "delete": the operation the chain ends in."""
    cur = call
    while cur.parent is not None and cur.parent.type == "attribute" and \
            cur.parent.parent is not None and cur.parent.parent.type == "call":
        method = ctx.node_text(cur.parent.child_by_field_name("attribute"))
        if method in _OPS:
            return _OPS[method]
        cur = cur.parent.parent
    return "read"


def _model_of(ctx: FileContext, receiver: Node | None) -> str:
    """`Note` of `Note.query`, `Note.objects`, `db.query(Note)`, `select(Note)`."""
    if receiver is None:
        return ""
    text = ctx.node_text(receiver)
    match = re.search(r"\b(?:query|select|delete|update)\(\s*([A-Z]\w*)", text) or \
        re.match(r"^([A-Z]\w*)\.(query|objects)", text) or re.search(r"\.(\w+?)s?(_set)?\.", text)
    return match.group(1) if match else ""


def _scoped(ctx: FileContext, call: Node, receiver: Node | None,
            callers: tuple[str, ...]) -> bool:
    """The call's filters or its receiver (`request.user.orders`) name the caller."""
    text = ctx.node_text(call)
    return any(c in text for c in callers) or (
        receiver is not None and any(c in ctx.node_text(receiver) for c in callers))


def _keys(ctx: FileContext, call: Node) -> list[Node]:
    args = python(ctx).arguments(call)
    out = [v for k, v in args.keywords.items() if _ID_KEYS.match(k.split("__")[0])]
    for arg in args.positional:
        if arg.type == "comparison_operator":  # Model.id == key
            named = arg.named_children
            if len(named) == 2 and re.search(r"\.(id|pk|uuid|\w+_id)$", ctx.node_text(named[0])):
                out.append(named[1])
    return out


def _parent(ctx: FileContext, call: Node) -> str:
    """`ticket` of `Comment.objects.filter(ticket_id=pk)`: the parent record the rows are
    chosen by, when the filter has no id of their own."""
    names = [k.split("__")[0] for k in python(ctx).arguments(call).keywords]
    if any(n in ("id", "pk", "uuid", "slug") for n in names):
        return ""
    parents = [n[:-3] for n in names if n.endswith("_id") and not owner_field(n)]
    return parents[0] if len(parents) == 1 else ""


def _sql_call(ctx: FileContext, call: Node, args: Arguments) -> Lookup | None:
    """`cursor.execute(sql, params)` or any helper called with a SQL string and parameters."""
    if len(args.positional) < 2 or args.positional[0].type != "string":
        return None
    found = sql_lookup(python(ctx).string_value(args.positional[0]) or "")
    if found is None:
        return None
    params = args.positional[1]
    elements = list(params.named_children) if params.type in ("tuple", "list") else [params]
    return sql_record(call, found, elements)


def lookups(ctx: FileContext) -> list[Lookup]:
    found: list[Lookup] | None = ctx.cache.get("access.python.lookups")
    if found is not None:
        return found
    out: list[Lookup] = []
    sem = python(ctx)
    for call in nodes(ctx, "call"):
        if call.type != "call":
            continue
        receiver, method = _callee(ctx, call)
        args = sem.arguments(call)
        if method not in _LOOKUP_METHODS:
            # a helper that runs SQL (`query("SELECT ... WHERE id = ?", (id,))`)
            sql_call = _sql_call(ctx, call, args)
            if sql_call is not None:
                out.append(sql_call)
            continue
        short = method.rsplit(".", 1)[-1]
        if short in ("get_object_or_404", "get_list_or_404") and args.positional:
            target = args.positional[0]
            out.append(Lookup(call, _chain_op(ctx, call), tuple(_keys(ctx, call)),
                              _model_of(ctx, target) or ctx.node_text(target).split(".")[0],
                              _scoped(ctx, call, target, _callers(ctx))))
        elif method in ("get", "get_or_404") and receiver is not None and \
                len(args.positional) == 2 and args.positional[0].type == "identifier" and \
                ctx.node_text(args.positional[0])[:1].isupper():
            out.append(Lookup(call, "read", (args.positional[1],),
                              ctx.node_text(args.positional[0]), False))
        elif method in ("get", "get_or_404", "filter_by", "filter", "first_or_404", "where") \
                and receiver is not None and _QUERYISH.search(ctx.node_text(receiver) + "."):
            keys = _keys(ctx, call)
            if method in ("get", "get_or_404") and args.positional and not keys:
                keys = [args.positional[0]]
            if keys:
                # SQLAlchemy 2.0 statements: `delete(Note).where(...)`, `update(Note).where(...)`
                statement = re.match(r"^(?:sa\.|sqlalchemy\.)?(delete|update)\(",
                                     ctx.node_text(receiver))
                out.append(Lookup(call, statement.group(1) if statement else
                                  _chain_op(ctx, call), tuple(keys),
                                  _model_of(ctx, receiver), _scoped(ctx, call, receiver,
                                                                    _callers(ctx)),
                                  parent=_parent(ctx, call)))
        elif method in ("execute", "fetchone", "fetchall"):
            sql_call = _sql_call(ctx, call, args)
            if sql_call is not None:
                out.append(sql_call)
    out.extend(_generic_views(ctx))
    out.extend(_store_lookups(ctx))
    ctx.cache["access.python.lookups"] = out
    return out


# a module-level dict used as the app's store (`USERS = {1: {...}}`, `orders: dict = {}`)
_STORE = lazyre.compile(r"(?m)^([A-Za-z_]\w*)\s*(?::\s*[\w\[\], .|]+)?=\s*(\{|dict\(|defaultdict\()")


def _store_lookups(ctx: FileContext) -> list[Lookup]:
    """Records kept in a module-level dict and picked by a key: `USERS[user_id]`,
    `ORDERS.get(order_id)`, `del NOTES[note_id]`, `ORDERS.pop(order_id)`."""
    stores = {m.group(1) for m in _STORE.finditer(ctx.text)}
    if not stores:
        return []
    out: list[Lookup] = []
    for node in nodes(ctx, "subscript", "call"):
        if node.type == "subscript":
            value = node.child_by_field_name("value")
            if value is None or value.type != "identifier" or ctx.node_text(value) not in stores:
                continue
            key = node.child_by_field_name("subscript")
            if key is None or key.type in ("string", "integer", "slice"):
                continue
            parent = node.parent
            op = "delete" if parent is not None and parent.type == "delete_statement" else (
                "update" if parent is not None and parent.type == "assignment" and
                parent.child_by_field_name("left") == node else "read")
            out.append(Lookup(node, op, (key,), ctx.node_text(value), False))
        else:
            receiver, method = _callee(ctx, node)
            if receiver is None or receiver.type != "identifier" or \
                    ctx.node_text(receiver) not in stores or \
                    method.rsplit(".", 1)[-1] not in ("get", "pop"):
                continue
            args = python(ctx).arguments(node)
            if not args.positional or args.positional[0].type in ("string", "integer"):
                continue
            out.append(Lookup(node, "delete" if method.endswith("pop") else "read",
                              (args.positional[0],), ctx.node_text(receiver), False))
    return out


# Generic views that fetch one object by the URL's key (`pk`, `slug`) from their queryset:
# Django's detail/update/delete views, DRF's retrieve/update/destroy views and viewsets.
_SINGLE_OBJECT = lazyre.compile(
    r"^(DetailView|UpdateView|DeleteView|BaseDetailView|BaseUpdateView|BaseDeleteView|"
    r"Retrieve\w*APIView|UpdateAPIView|DestroyAPIView|ModelViewSet|ReadOnlyModelViewSet|"
    r"RetrieveModelMixin|UpdateModelMixin|DestroyModelMixin)$")
_CHANGES = lazyre.compile(r"(Update|Destroy|Delete)")
# Hooks that only run for a new object or the serializer (`perform_create` saving the
# author): naming the caller there checks nothing about the objects fetched by key
_NEW_OBJECT_HOOKS = frozenset({"perform_create", "create", "list", "get_serializer_context",
                               "get_serializer_class", "get_serializer"})
# DRF permission classes that check no object (a custom class may: `has_object_permission`)
_PLAIN_PERMISSIONS = frozenset({"IsAuthenticated", "IsAuthenticatedOrReadOnly"})


def _generic_views(ctx: FileContext) -> list[Lookup]:
    """A generic single-object view whose queryset (`model = Loan`, `queryset =
    Loan.objects.all()`) is not limited to the caller: any signed-in user reaches any record
    by changing the URL's key. Views that override `get_queryset`/`get_object`, or whose
    permission classes may check the object, are left alone."""
    out: list[Lookup] = []
    keys: set[tuple[int, int]] = ctx.cache.setdefault("access.python.url_keys", set())
    for cls in nodes(ctx, "class_definition"):
        if cls.type != "class_definition":
            continue
        bases = cls.child_by_field_name("superclasses")
        kinds = [ctx.node_text(b).rsplit(".", 1)[-1] for b in
                 (bases.named_children if bases is not None else ())]
        body = cls.child_by_field_name("body")
        if body is None or not any(_SINGLE_OBJECT.match(k) for k in kinds):
            continue
        source: Node | None = None
        model = ""
        plain = True
        for statement in body.named_children:
            fn = statement.child_by_field_name("definition") if statement.type == \
                "decorated_definition" else statement
            fn_name = ctx.node_text(fn.child_by_field_name("name")) if fn is not None and \
                fn.type == "function_definition" else ""
            if fn is not None and fn_name == "get_queryset":
                unscoped = _unscoped_queryset(ctx, fn)
                if unscoped is not None:  # `return Invoice.objects.all()`: every caller's
                    source, model = unscoped
                    continue
            if fn is not None and fn.type == "function_definition" and (
                    fn_name in ("get_queryset", "get_object") or (
                        fn_name not in _NEW_OBJECT_HOOKS and
                        any(c in ctx.node_text(fn) for c in _CALLER))):
                # its own queryset or object, or a check of the caller (`test_func`
                # comparing the object's organiser with `self.request.user`)
                source = None
                break
            assignment = statement.named_children[0] if statement.type == \
                "expression_statement" and statement.named_children else None
            if assignment is None or assignment.type != "assignment":
                continue
            left = ctx.node_text(assignment.child_by_field_name("left"))
            right = assignment.child_by_field_name("right")
            if right is None:
                continue
            if left == "permission_classes":
                plain = all(ctx.node_text(c).rsplit(".", 1)[-1] in _PLAIN_PERMISSIONS
                            for c in right.named_children)
            elif left == "model" and right.type in ("identifier", "attribute"):
                source, model = assignment, ctx.node_text(right).rsplit(".", 1)[-1]
            elif left == "queryset":
                found = re.match(r"^([A-Z]\w*)\.objects\b", ctx.node_text(right))
                if found is not None and not any(c in ctx.node_text(right) for c in _CALLER):
                    source, model = assignment, found.group(1)
        else:
            if source is None or not plain:
                continue
            changes = [k for k in kinds if _CHANGES.search(k)]
            op = "delete" if any("Delete" in k or "Destroy" in k for k in changes) and \
                not any("Update" in k for k in changes) else ("update" if changes else "read")
            if any(k == "ModelViewSet" for k in kinds):
                op = "update"
            keys.add((source.start_byte, source.end_byte))
            out.append(Lookup(source, op, (source,), model, False))
    return out


_MANAGER_RETURN = lazyre.compile(r"^return\s+([A-Z]\w*)\.objects\b")


def _unscoped_queryset(ctx: FileContext, fn: Node) -> tuple[Node, str] | None:
    """A `get_queryset` whose only statement returns a model's records with no mention of
    the caller (`return Invoice.objects.select_related("customer")`)."""
    body = fn.child_by_field_name("body")
    statements = [c for c in (body.named_children if body is not None else ())
                  if c.type != "comment" and not (c.type == "expression_statement" and
                                                  c.named_children and
                                                  c.named_children[0].type == "string")]
    if len(statements) != 1 or statements[0].type != "return_statement":
        return None
    text = ctx.node_text(statements[0])
    found = _MANAGER_RETURN.match(text)
    if found is None or any(c in text for c in _CALLER):
        return None
    return statements[0], found.group(1)


def principal(ctx: FileContext, route: Route) -> tuple[str, ...]:
    names = list(_callers(ctx))
    for guard in route.guards:
        if guard.kind == "dependency" and guard.node.type != "call":
            names.append(ctx.node_text(guard.node).split(":")[0].split("=")[0].strip())
    return tuple(names)


def request_source(ctx: FileContext, key: Node, route: Route) -> Node | None:
    """The request value a key carries: tainted by the dataflow, or a handler parameter of a
    view (Django URL keyword arguments)."""
    if (key.start_byte, key.end_byte) in ctx.cache.get("access.python.url_keys", ()):
        return key  # a generic view's object, chosen by the URL's key
    nodes = list(key.named_children) if key.type in ("tuple", "list") else [key]
    for node in nodes:
        verdict = flow(ctx).verdict(node)
        if verdict.level == "tainted":
            return node
        if node.type == "identifier" and route.handler is not None:
            # a view's URL keyword arguments: `def detail(request, pk)`, and in a class-based
            # view `def post(self, request, pk)`
            fn = python(ctx).function(route.handler) if route.handler.type == \
                "function_definition" else python(ctx).function_at(node)
            params = [p.name for p in fn.params if p.name not in ("self", "request", "cls")] \
                if fn is not None and fn.params and fn.params[0].name in ("request", "self") \
                else []
            if ctx.node_text(node) in params:
                return node
            # a path parameter the route converts (`<int:user_id>`, FastAPI `{user_id}`): the
            # converter checks the type, and the client still chooses the value
            if re.search(rf"[<{{](?:\w+:)?{re.escape(ctx.node_text(node))}[>}}]", route.path or ""):
                return node
    return None


def client_identity(ctx: FileContext, key: Node, route: Route) -> bool:
    """A filter value that is a client-supplied identity (`customer_id` from a header)."""
    flow = flow_at(ctx, key, "python.reads", lambda: reads(ctx))
    return client_identity_value(ctx, flow, key)


HOOKS = OwnershipHooks(inventory=inventory, lookups=lookups, request_source=request_source,
                       principal=principal, policies=frozenset(load("python").access.policies),
                       client_identity=client_identity)
