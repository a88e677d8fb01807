"""JavaScript/TypeScript record lookups (Mongoose, Sequelize, Prisma, TypeORM, Knex, SQL
drivers), the caller's expressions in a route, the request values a key carries, and the
wholesale bindings of request data into records (mass assignment)."""

from __future__ import annotations

import re

from tree_sitter import Node

from vigilint import lazyre
from vigilint.analyzers.access.javascript.common import call_args, callee, object_props, string_of
from vigilint.analyzers.access.javascript.reads import reads
from vigilint.analyzers.access.javascript.routes import inventory
from vigilint.analyzers.access.localflow import (
    Flow,
    carried,
    flow_at,
    request_key,
)
from vigilint.analyzers.access.model import Binding, Lookup, Read, Route
from vigilint.analyzers.access.ownership import flow_hooks
from vigilint.analyzers.access.provenance import nest_parameters
from vigilint.analyzers.access.sql import sql_lookup, sql_record
from vigilint.analyzers.access.syntax import descendants, nodes
from vigilint.analyzers.access.vocabulary import owner_field, sensitive_field
from vigilint.analyzers.context import FileContext
from vigilint.analyzers.models import load

_BY_KEY = {"findById": "read", "findByPk": "read", "getById": "read",
           "findByIdAndUpdate": "update", "findByIdAndDelete": "delete",
           "findByIdAndRemove": "delete"}
_BY_FILTER = {"findOne": "read", "findUnique": "read", "findUniqueOrThrow": "read",
              "findFirst": "read", "findFirstOrThrow": "read", "findOneBy": "read",
              "findOneByOrFail": "read", "findOneOrFail": "read", "findOneAndUpdate": "update",
              "findOneAndDelete": "delete", "updateOne": "update", "deleteOne": "delete",
              "update": "update", "delete": "delete", "destroy": "delete", "remove": "delete",
              "upsert": "update", "softDelete": "delete"}
# list reads: a lookup only through a parent record's key
_LISTS = frozenset({"find", "findMany", "findAll", "findBy"})
_ID_KEY = re.compile(r"^(_?id|uuid|slug|key|code|number|\w+Id|\w+_id)$")
CALLERS = ("req.user", "req.auth", "request.user", "ctx.state.user", "ctx.session",
           "req.session", "session.user", "session?.user", "res.locals.user", "currentUser",
           "req.oidc.user", "token.sub", "locals.user", "user.id", "userId")
_MAP_PARTS = frozenset({"body", "query"})
_PATH_PARAM = re.compile(r"^(req|request|ctx|ctx\.request)\.params\.\w+$")


def _model(ctx: FileContext, receiver: Node | None) -> str:
    """`Post` of `Post.findById`, `invoice` of `prisma.invoice.findUnique`, `tickets` of
    `this.tickets.findOneBy`, `posts` of `knex("posts").where(...)`."""
    if receiver is None:
        return ""
    text = ctx.node_text(receiver)
    table = re.match(r"^\w+\(\s*[\"'`](\w+)", text) or \
        re.search(r"\.(?:collection|table|from|model)\(\s*[\"'`](\w+)[\"'`]\s*\)$", text)
    if table:
        return table.group(1)
    # `prismaOf(req).recipe`, `db(ctx).orders`: the model follows the client's accessor
    bare = re.sub(r"\([^()]*\)", "", text)
    return bare.split("(")[0].rsplit(".", 1)[-1]


def _filter(ctx: FileContext, node: Node | None) -> dict[str, Node]:
    props = object_props(ctx, node)
    return object_props(ctx, props["where"]) if "where" in props else props


def _filter_keys(ctx: FileContext, node: Node | None) -> list[Node]:
    # an id key, or any field matched with a path parameter (`{ booking: request.params.id }`:
    # a reference to the parent record the URL names)
    return [v for k, v in _filter(ctx, node).items() if not owner_field(k) and (
        _ID_KEY.match(k) or _PATH_PARAM.match(ctx.node_text(v)))] + [
        v for _, v in _relations(ctx, node)]


def _relations(ctx: FileContext, node: Node | None) -> list[tuple[str, Node]]:
    """A filter through a parent record's id (`{ claim: { id: claimId } }`, TypeORM and
    Prisma relation filters): the parent's name and the id's value."""
    out = []
    for k, v in _filter(ctx, node).items():
        if v.type == "object" and not owner_field(k):
            nested = _filter(ctx, v)
            found = next((nested[i] for i in ("id", "_id", "uuid") if i in nested), None)
            if found is not None and len(nested) == 1:
                out.append((k, found))
    return out


def _parent(ctx: FileContext, node: Node | None) -> str:
    """The parent record a filter without the record's own id selects by (`recipe` of `{
    recipeId: id }`, `booking` of `{ booking: req.params.id }`)."""
    fields = _filter(ctx, node)
    if any(k in ("id", "_id", "uuid") for k in fields):
        return ""
    parents = [re.sub(r"(Id|_id)$", "", k) for k, v in fields.items() if not owner_field(k) and (
        re.search(r"[a-z](Id|_id)$", k) or _PATH_PARAM.match(ctx.node_text(v)))] + [
        k for k, _ in _relations(ctx, node)]
    return parents[0] if len(parents) == 1 else ""


def _list_parent(ctx: FileContext, node: Node | None) -> str:
    """The parent a list filters by when written as a parent's key (`{ claimId }`, `{ claim:
    { id: claimId } }`) and nothing else: `{ vehicle: req.params.id }` or `{ depot }` may name
    a shared record (a depot, a category) as well as a user's."""
    fields = _filter(ctx, node)
    relations = _relations(ctx, node)
    keyed = [k for k in fields if re.search(r"[a-z](Id|_id)$", k) and not owner_field(k)]
    if len(fields) != 1 or not (relations or keyed):
        return ""
    return relations[0][0] if relations else re.sub(r"(Id|_id)$", "", keyed[0])


def _owner_filtered(ctx: FileContext, call: Node, node: Node | None) -> bool:
    """The filter names an owner field with a value that is not the client's path, query or
    body: the caller's id (scoped), or a client identity (the identity rule's finding)."""
    owners = [v for k, v in _filter(ctx, node).items() if owner_field(k)]
    return bool(owners) and all(request_key(ctx, _flow_at(ctx, call), v) is None
                                for v in owners)


# SvelteKit's `event.locals` (and Express's `res.locals`) is filled by the server's hooks and
# middleware, never by the client: a filter on a field of it (`crewId: locals.rower.crewId`)
# scopes the records to the caller (https://svelte.dev/docs/kit/hooks#Server-hooks-locals);
# Express's `app.locals` is the application's (a database handle), not the caller's
_LOCALS = lazyre.compile(r"(?<![\w$.])(?:event\.|res\.)?locals\.\w+\W*\.\s*\w+")


def _scoped_text(text: str) -> bool:
    return any(c in text for c in CALLERS) or bool(_LOCALS.search(text))


def lookups(ctx: FileContext) -> list[Lookup]:
    found: list[Lookup] | None = ctx.cache.get("access.javascript.lookups")
    if found is not None:
        return found
    out: list[Lookup] = []
    for call in nodes(ctx, "call_expression"):
        if call.type != "call_expression":
            continue
        receiver, name = callee(ctx, call)
        if receiver is None:
            continue
        args = call_args(call)
        if not args:
            continue
        text = ctx.node_text(call)
        if name in _BY_KEY:
            # `findByIdAndUpdate(id, { ..., author: req.user.id })`: the changes name the
            # caller, the record is still chosen by the id alone
            changes = _BY_KEY[name] == "update" and len(args) > 1
            out.append(Lookup(call, _BY_KEY[name], (args[0],), _model(ctx, receiver),
                              _scoped_text(ctx.node_text(args[0]) if changes else text),
                              selector=args[0] if changes else None))
        elif name in _BY_FILTER:
            condition = args[0] if args[0].type == "object" else None
            if name == "update" and len(args) > 1 and args[1].type == "object" and \
                    "where" in object_props(ctx, args[1]):  # Sequelize Model.update(v, {where})
                condition = args[1]
            keys = _filter_keys(ctx, condition)
            if not keys and args[0].type in ("identifier", "member_expression") and \
                    name in ("update", "delete", "softDelete"):  # TypeORM repo.delete(id)
                keys = [args[0]]
            selector = None
            if keys and condition is args[0] and len(args) > 1 and \
                    _BY_FILTER[name] == "update":
                # `reviews.update({ _id: id }, { $set: { author: user.email } })`: the caller
                # written into the changed fields restamps the record, it filters nothing
                selector = args[0]
                text = ctx.node_text(args[0])
            if keys:
                out.append(Lookup(call, _BY_FILTER[name], tuple(keys), _model(ctx, receiver),
                                  _scoped_text(text) or _owner_filtered(ctx, call, condition),
                                  parent=_parent(ctx, condition), selector=selector))
        elif name in _LISTS and args[0].type == "object" and \
                (parent := _list_parent(ctx, args[0])):
            # a parent's records (`docs.find({ where: { claim: { id: claimId } } })`,
            # `findMany({ where: { showId } })`): per-user when the parent is
            keys = _filter_keys(ctx, args[0])
            if keys:
                out.append(Lookup(call, "read", tuple(keys), _model(ctx, receiver),
                                  _scoped_text(text) or _owner_filtered(ctx, call, args[0]),
                                  parent=parent))
        elif name in ("query", "execute", "get", "all", "run", "one", "oneOrNone", "any") and \
                len(args) > 1:
            found_sql = sql_lookup(string_of(ctx, args[0]) or "")
            if found_sql is None:
                continue
            params = list(args[1].named_children) if args[1].type == "array" else args[1:]
            out.append(sql_record(call, found_sql, params))
        elif name == "where":
            keys = _filter_keys(ctx, args[0]) if args[0].type == "object" else \
                [args[1]] if len(args) > 1 and re.fullmatch(
                    r"[\"'](\w+\.)?(id|_id|uuid)[\"']", ctx.node_text(args[0])) else []
            # Knex `where({ id, customer_id: req.session.userId })`: one record by its key and
            # its owner, the file's evidence that the table holds per-user records
            scoped = _scoped_text(text) or (args[0].type == "object" and
                                            _owner_filtered(ctx, call, args[0]))
            if keys:
                out.append(Lookup(call, "read", tuple(keys), _model(ctx, receiver), scoped))
    ctx.cache["access.javascript.lookups"] = out
    return out


# `const user = security.authenticatedUsers.from(req)`, `const me = await auth.currentUser(req)`:
# a local the request's verified caller is taken into by an authentication helper
_CALLER_LOCAL = lazyre.compile(r"\b(?:const|let|var)\s+(\w+)\s*=\s*(?:await\s+)?"
                               r"([\w$.]*(?:[Aa]uth|[Uu]ser|[Ss]ession|[Pp]rincipal|[Cc]urrent|[Mm]ember|[Vv]iewer|"
                               r"[Cc]aller|[Aa]ccount|[Ii]dentity)"
                               r"[\w$.]*)\s*\(\s*(?:req|request|ctx)\s*\)")


def principal(ctx: FileContext, route: Route) -> tuple[str, ...]:
    names = list(CALLERS)
    if route.handler is not None:
        names.extend(m.group(1) for m in _CALLER_LOCAL.finditer(ctx.node_text(route.handler))
                     if m.group(1) not in names)
    handler = route.handler
    if handler is not None:  # NestJS @CurrentUser() user / @Req() req
        for param in descendants(handler.child_by_field_name("parameters") or handler):
            if param.type in ("required_parameter", "optional_parameter"):
                decorators = " ".join(ctx.node_text(d) for d in param.children
                                      if d.type == "decorator")
                pattern = param.child_by_field_name("pattern")
                if pattern is not None and re.search(r"@(CurrentUser|User|AuthUser|GetUser|"
                                                     r"Principal)\b", decorators):
                    names.append(ctx.node_text(pattern))
        # a parameter decorator of the app's own (`@Actor() actor`), whatever its name
        names.extend(n for n in nest_parameters(ctx, handler) if n not in names)
    return tuple(names)


def _flow_at(ctx: FileContext, node: Node, extra: list[Read] | None = None) -> Flow | None:
    """A handler's flow (its inner callbacks share its reads); `extra` reads (NestJS bodies
    that are whole maps) make a flow of their own."""
    return flow_at(ctx, node, "javascript.bindings" if extra else "javascript",
                   lambda: (*(extra or []), *reads(ctx), *_route_params(ctx)), outermost=True)


def _route_params(ctx: FileContext) -> list[Read]:
    """Next.js `{ params }` of a route handler: `params.id` is the URL path."""
    found: list[Read] | None = ctx.cache.get("access.javascript.params")
    if found is not None:
        return found
    found = []
    for node in nodes(ctx, "member_expression"):
        if node.type == "member_expression" and ctx.node_text(
                node.child_by_field_name("object")) in ("params", "context.params",
                                                          "(await params)"):
            found.append(Read(node, "path", ctx.node_text(node.child_by_field_name("property"))))
    # `const { id } = await params` (Next.js 15 passes `params` as a promise), `const { id } =
    # context.params`: the names destructured are the URL's path
    for declarator in nodes(ctx, "variable_declarator"):
        pattern = declarator.child_by_field_name("name")
        if declarator.type != "variable_declarator" or pattern is None or \
                pattern.type != "object_pattern":
            continue
        value = declarator.child_by_field_name("value")
        if value is not None and re.fullmatch(r"(await\s+)?(\w+\.)?params", ctx.node_text(value)):
            found.append(Read(value, "path", ""))
    ctx.cache["access.javascript.params"] = found
    return found


HOOKS = flow_hooks(inventory, lookups, principal, _flow_at,
                   frozenset(load("javascript").access.policies))


# -- mass assignment ---------------------------------------------------------------------
_MERGES = frozenset({"assign", "merge", "extend", "defaults", "mergeWith", "defaultsDeep"})
_MODEL_FIRST = frozenset({"create", "build", "insertMany", "bulkCreate", "set", "save",
                          "insert", "new"})
_MODEL_SECOND = frozenset({"findByIdAndUpdate", "findOneAndUpdate", "updateOne", "updateMany",
                           "merge"})
_DTO_FREE = re.compile(r"^(any|object|Object|Record<.*>|Partial<.*>|\{.*\}|unknown)$")


def _body_params(ctx: FileContext) -> list[Read]:
    """NestJS `@Body() body` parameters without a DTO class type (`any`, `Record`, none)."""
    out = []
    for read in reads(ctx):
        if read.part != "body" or read.key or read.node.type != "identifier":
            continue
        param = read.node.parent
        annotation = param.child_by_field_name("type") if param is not None else None
        text = ctx.node_text(annotation).lstrip(":").strip() if annotation is not None else ""
        if not text or _DTO_FREE.match(text):
            out.append(Read(read.node, "body", ""))
    return out


def _typed_dto(ctx: FileContext, read: Read) -> bool:
    """A NestJS `@Body() dto: UpdateContactDto` parameter: a class the pipe validates."""
    param = read.node.parent if read.node.type == "identifier" else None
    if param is None or param.type not in ("required_parameter", "optional_parameter"):
        return False
    annotation = param.child_by_field_name("type")
    text = ctx.node_text(annotation).lstrip(":").strip() if annotation is not None else ""
    return bool(text) and not _DTO_FREE.match(text)


def _whole(ctx: FileContext, flow: Flow, node: Node | None) -> Node | None:
    """The request map `node` is or spreads (`req.body`, `{...req.body, ownerId}`)."""
    if node is None:
        return None
    if node.type == "object":
        for child in node.named_children:
            if child.type == "spread_element" and child.named_children:
                found = _whole(ctx, flow, child.named_children[0])
                if found is not None:
                    return found
        props = object_props(ctx, node)
        for key in ("data", "create", "update", "$set"):
            if key in props:
                found = _whole(ctx, flow, props[key])
                if found is not None:
                    return found
        return None
    read = carried(ctx, flow, node)
    if read is None or read.part not in _MAP_PARTS or read.key or _typed_dto(ctx, read):
        return None
    if node.type in ("subscript_expression",) or (
            node.type == "member_expression" and ctx.node_text(node).rsplit(".", 1)[-1]
            not in ("body", "query", "payload")):
        return None
    return node


def bindings(ctx: FileContext) -> list[Binding]:
    found: list[Binding] | None = ctx.cache.get("access.javascript.bindings")
    if found is not None:
        return found
    out: list[Binding] = []
    extra = _body_params(ctx)
    if not extra and not any(r.part in _MAP_PARTS and not r.key for r in reads(ctx)):
        ctx.cache["access.javascript.bindings"] = out
        return out
    for call in nodes(ctx, "call_expression", "new_expression"):
        if call.type not in ("call_expression", "new_expression"):
            continue
        flow = _flow_at(ctx, call, extra)
        if flow is None:
            continue
        args = call_args(call)
        if call.type == "new_expression":
            constructor = call.child_by_field_name("constructor")
            name = ctx.node_text(constructor)
            if args and name[:1].isupper() and name not in ("URL", "Error", "Date", "Map",
                                                            "Set", "Response", "Request"):
                source = _whole(ctx, flow, args[0])
                if source is not None:
                    out.append(Binding(call, source, name, "model"))
            continue
        receiver, name = callee(ctx, call)
        text = ctx.node_text(receiver) if receiver is not None else ""
        if _HASHING.search(text) or _validated_payload(ctx, call):
            continue  # `createHmac(...).update(body)` hashes; a hapi route's Joi schema
        picks: list[tuple[int, str]] = []
        if name in _MERGES and (text in ("Object", "_", "lodash", "") or receiver is None):
            picks = [(i, "merge") for i in range(1, len(args))]
        elif receiver is not None and name in _MODEL_FIRST:
            picks = [(0, "model")]
        elif receiver is not None and name in _MODEL_SECOND:
            # Prisma takes one options object (`updateMany({ where, data: request.body })`)
            picks = [(0, "model")] if len(args) == 1 and args[0].type == "object" \
                else [(1, "model")]
        elif receiver is not None and name in ("update", "upsert"):
            picks = [(0, "model"), (1, "model")]
        if picks and any(_allowlisted(ctx, a) for a in args[1:]):
            continue  # `user.update(body, { fields: ["name", "phone"] })`: Sequelize's allowlist
        for index, kind in picks:
            if index >= len(args):
                continue
            source = _whole(ctx, flow, args[index])
            if source is not None:
                target = ctx.node_text(args[0]) if kind == "merge" else _model_name(ctx, receiver)
                out.append(Binding(call, source, target, kind))
                break
    ctx.cache["access.javascript.bindings"] = out
    return out


# A hash, HMAC, cipher or signer: its `update(data)` digests the data, it writes no record.
_HASHING = re.compile(r"(create(Hmac|Hash|Cipheriv|Decipheriv|Sign|Verify)\(|\b(hash|hmac|"
                      r"hasher|digest|cipher|signer|sha\d*|md5)$)", re.IGNORECASE)


def _validated_payload(ctx: FileContext, call: Node) -> bool:
    """The call is in a hapi route whose options validate the payload against a schema
    (`options: { validate: { payload: schema } }`), which rejects unknown keys, or in a
    Fastify route whose body schema forbids additional properties."""
    cur = call.parent
    while cur is not None:
        if cur.type == "pair" and ctx.node_text(cur.child_by_field_name("key")) == "handler":
            route = cur.parent
            if route is None or route.type != "object":
                return False
            props = object_props(ctx, route)
            options = props.get("options") or props.get("config")
            holder = object_props(ctx, options) if options is not None and \
                options.type == "object" else props
            validate = holder.get("validate")
            if validate is not None and validate.type == "object" and \
                    "payload" in object_props(ctx, validate):
                return True
            schema = holder.get("schema") or props.get("schema")
            return schema is not None and bool(re.search(
                r"additionalProperties\s*:\s*false", ctx.node_text(schema)))
        cur = cur.parent
    return False


def _allowlisted(ctx: FileContext, options: Node) -> bool:
    """An options object that limits the columns written (`fields: [...]`, Sequelize)."""
    if options.type != "object":
        return False
    value = object_props(ctx, options).get("fields")
    return value is not None and value.type == "array" and bool(value.named_children)


def _model_name(ctx: FileContext, receiver: Node | None) -> str:
    if receiver is None:
        return ""
    return ctx.node_text(receiver).split("(")[0].rsplit(".", 1)[-1]


def fields_of(ctx: FileContext, model: str) -> list[str] | None:
    """Sensitive fields of a Mongoose schema, Sequelize model or TypeORM entity declared in
    this file under `model`'s name (None when it is declared elsewhere)."""
    name = model[:1].upper() + model[1:]
    schema = re.search(rf"(class\s+{re.escape(name)}\b[^{{]*\{{|{re.escape(name)}\w*\s*=\s*new\s+"
                       rf"(mongoose\.)?Schema\(\s*\{{|define\(\s*[\"']{re.escape(name)}[\"']"
                       rf"\s*,\s*\{{)", ctx.text, re.IGNORECASE)
    if schema is None:
        return None
    body = ctx.text[schema.end(): schema.end() + 4000]
    depth, end = 1, 0
    for index, char in enumerate(body):
        depth += {"{": 1, "}": -1}.get(char, 0)
        if depth == 0:
            end = index
            break
    fields = re.findall(r"^\s*(?:@\w+\([^)]*\)\s*)*(?:readonly\s+|private\s+|public\s+)?"
                        r"(\w+)\s*[:?!]", body[:end], re.MULTILINE)
    return [f for f in fields if sensitive_field(f)]
