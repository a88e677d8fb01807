"""Go record lookups (GORM `First`/`Find`/`Delete`/`Where("id = ?")`, database/sql and sqlx
queries `... WHERE id = $1`), the caller's expressions in a handler, the request values a key
carries, and request bodies bound into a model that is then saved (mass assignment)."""

from __future__ import annotations

import re

from tree_sitter import Node

from vigilint.analyzers.access.go.common import args_of, callee, string_of
from vigilint.analyzers.access.go.reads import reads
from vigilint.analyzers.access.go.routes import inventory
from vigilint.analyzers.access.localflow import Flow, flow_at
from vigilint.analyzers.access.model import Binding, Lookup, Route
from vigilint.analyzers.access.ownership import flow_hooks
from vigilint.analyzers.access.provenance import go_context_reads
from vigilint.analyzers.access.sql import owner_filter, sql_lookup, sql_record
from vigilint.analyzers.access.syntax import descendants, enclosing_function, nodes
from vigilint.analyzers.access.vocabulary import caller_accessors, sensitive_field
from vigilint.analyzers.context import FileContext
from vigilint.analyzers.models import load

_ID_CONDITION = re.compile(r"^\s*\"?(\w+\.)?\"?(id|uuid|slug)\"?\s*=\s*(\?|\$\d+)\s*\"?$|"
                           r"^\s*\"?(\w+\.)?(id|uuid|slug)\s*=\s*(\?|\$\d+)(\s+AND\s+.*)?$",
                           re.IGNORECASE)
_PARENT_CONDITION = re.compile(r"^\s*\"?(\w+\.)?\"?([a-z]+)_id\"?\s*=\s*(\?|\$\d+)\s*\"?$",
                               re.IGNORECASE)
_GORM_FETCH = frozenset({"First", "Find", "Take", "Last", "Delete"})
_SQL_CALLS = frozenset({"QueryRow", "QueryRowContext", "Query", "QueryContext", "Exec",
                        "ExecContext", "Get", "GetContext", "Select", "SelectContext",
                        "QueryRowx", "Queryx"})
# Values the middleware put in the request's context: the server's, never the client's.
CALLERS = ("MustGet(", "c.Get(", "c.GetUint(", "c.GetString(", "c.GetInt(", "c.GetInt64(",
           "c.Locals(", "ctx.Locals(", "Context().Value(", "FromContext(", "currentUser(",
           "CurrentUser(", "userFrom(", "UserFrom(", "claims[\"sub\"]")
_PERSIST = frozenset({"Save", "Create", "Updates", "Update", "Insert", "Upsert"})


def _chain_op(ctx: FileContext, call: Node) -> str:
    cur = call
    while cur.parent is not None and cur.parent.type == "selector_expression" and \
            cur.parent.parent is not None and cur.parent.parent.type == "call_expression":
        _, name = callee(ctx, cur.parent.parent)
        if name == "Delete":
            return "delete"
        if name in ("Update", "Updates", "UpdateColumn", "UpdateColumns", "Save"):
            return "update"
        cur = cur.parent.parent
    return "read"


def _chain_model(ctx: FileContext, call: Node) -> str:
    """The model a `Where(...)` chain fetches into (`.First(&task)`, `.Find(&tasks)`), or the
    `Model(&T{})` it starts from."""
    cur = call
    while cur.parent is not None and cur.parent.type == "selector_expression" and \
            cur.parent.parent is not None and cur.parent.parent.type == "call_expression":
        cur = cur.parent.parent
        _, name = callee(ctx, cur)
        args = args_of(cur)
        if name in _GORM_FETCH and args:
            return _model(ctx, args[0])
    receiver, _ = callee(ctx, call)
    while receiver is not None and receiver.type == "call_expression":
        inner, name = callee(ctx, receiver)
        if name == "Model" and args_of(receiver):
            return _model(ctx, args_of(receiver)[0])
        receiver = inner
    return ""


def _model(ctx: FileContext, node: Node | None) -> str:
    """`Order` of `&order` (`var order Order`), `&Order{}`, `&orders`."""
    if node is None:
        return ""
    text = ctx.node_text(node).lstrip("&")
    name = re.sub(r"\{.*", "", text).strip("[]").split(".")[-1]
    scope = enclosing_function(ctx, node)
    declared = _declared_type(ctx, scope, name) if scope is not None and name.isidentifier() \
        else ""
    return declared or name


def lookups(ctx: FileContext) -> list[Lookup]:
    found: list[Lookup] | None = ctx.cache.get("access.go.lookups")
    if found is not None:
        return found
    out: list[Lookup] = []
    for call in nodes(ctx, "call_expression"):
        if call.type != "call_expression":
            continue
        receiver, name = callee(ctx, call)
        args = args_of(call)
        if receiver is None or not args:
            continue
        text = ctx.node_text(call)
        scoped = any(c in text for c in CALLERS)
        if name == "Where":
            condition = string_of(ctx, args[0]) or ""
            if _ID_CONDITION.match(condition) and len(args) > 1:
                out.append(Lookup(call, _chain_op(ctx, call), tuple(args[1:2]),
                                  _chain_model(ctx, call),
                                  scoped or bool(owner_filter(condition))))
            elif owner_filter(condition) and scoped:  # a list scoped to the caller
                out.append(Lookup(call, "read", (), _chain_model(ctx, call), True))
            elif len(args) > 1 and (parent := _PARENT_CONDITION.match(condition)) is not None \
                    and not owner_filter(condition):
                # `Where("note_id = ?", c.Param("id")).Find(&shares)`: a note's shares
                out.append(Lookup(call, _chain_op(ctx, call), tuple(args[1:2]),
                                  _chain_model(ctx, call), scoped, parent=parent.group(2)))
        elif name in _GORM_FETCH and len(args) >= 2:
            inline = string_of(ctx, args[1])
            if inline is not None:  # db.First(&x, "id = ? AND owner_id = ?", id, uid)
                if _ID_CONDITION.match(inline) and len(args) > 2:
                    out.append(Lookup(call, "delete" if name == "Delete" else "read",
                                      tuple(args[2:3]), _model(ctx, args[0]),
                                      scoped or bool(owner_filter(inline))))
            else:  # db.First(&order, id)
                out.append(Lookup(call, "delete" if name == "Delete" else "read",
                                  (args[1],), _model(ctx, args[0]), scoped))
        elif name in _SQL_CALLS:
            position = 1 if name.endswith("Context") or name in ("Get", "Select") else 0
            if name in ("Get", "Select", "GetContext", "SelectContext"):
                position += 1
            if position == 0 and len(args) > 2 and _sql_text(ctx, args[0]) is None and \
                    _sql_text(ctx, args[1]) is not None:
                position = 1  # pgx: `db.QueryRow(ctx, sql, args...)`, a context first
            if len(args) <= position + 1:
                continue
            found_sql = sql_lookup(_sql_text(ctx, args[position]) or "")
            if found_sql is None:
                continue
            out.append(sql_record(call, found_sql, args[position + 1:]))
    ctx.cache["access.go.lookups"] = out
    return out


def _sql_text(ctx: FileContext, node: Node) -> str | None:
    """A query as written, its literal parts joined where it is concatenated with a
    constant (`"SELECT " + ticketCols + " FROM tickets WHERE id = $1"`)."""
    if node.type == "binary_expression" and ctx.node_text(node.child_by_field_name(
            "operator") or node).strip() == "+":
        parts = [node.child_by_field_name("left"), node.child_by_field_name("right")]
        texts = [_sql_text(ctx, p) if p is not None and p.type != "identifier" else " x "
                 for p in parts]
        if any(t is None for t in texts) or not any(
                p is not None and p.type != "identifier" for p in parts):
            return None
        return "".join(t or "" for t in texts)
    return string_of(ctx, node)


_CONTEXT_LOCAL = re.compile(r"\b(\w+)\s*:?=\s*\w+(?:\.Request\(\))?\.Context\(\)")


def principal(ctx: FileContext, route: Route) -> tuple[str, ...]:
    """The usual expressions, and the reads of what a middleware stored in the handler's own
    context parameter, whatever it is called (`ec.Get(`, `req.Context().Value(`)."""
    if route.handler is None or route.handler.child_by_field_name("parameters") is None:
        return CALLERS
    extra = [e for e in go_context_reads(ctx, route.handler) if e not in CALLERS]
    # `ctx := r.Context()` then `ctx.Value(key)`
    extra += [f"{m.group(1)}.Value(" for m in _CONTEXT_LOCAL.finditer(ctx.node_text(route.handler))]
    return (*CALLERS, *extra) if extra else CALLERS


def _flow(ctx: FileContext, node: Node) -> Flow | None:
    return flow_at(ctx, node, "go", lambda: reads(ctx))


HOOKS = flow_hooks(inventory, lookups, principal, _flow, frozenset(load("go").access.policies))


# -- mass assignment ---------------------------------------------------------------------
def _structs(ctx: FileContext) -> dict[str, Node]:
    found: dict[str, Node] | None = ctx.cache.get("access.go.structs")
    if found is None:
        found = {}
        for node in nodes(ctx, "type_spec"):
            kind = node.child_by_field_name("type") if node.type == "type_spec" else None
            if kind is not None and kind.type == "struct_type":
                found[ctx.node_text(node.child_by_field_name("name"))] = node
        ctx.cache["access.go.structs"] = found
    return found


def fields_of(ctx: FileContext, model: str) -> list[str] | None:
    spec = _structs(ctx).get(model)
    if spec is None:
        return None
    out = []
    for field in descendants(spec):
        if field.type != "field_declaration":
            continue
        tag = field.child_by_field_name("tag")
        if tag is not None and re.search(r"json:\"-\"", ctx.node_text(tag)):
            continue  # never bound from JSON
        for name in field.children_by_field_name("name"):
            if sensitive_field(ctx.node_text(name)):
                out.append(ctx.node_text(name))
    return out


def _declared_type(ctx: FileContext, scope: Node, name: str) -> str:
    """`User` of `var user User` / `user := User{}` / `var users []models.User` in a function."""
    match = re.search(rf"\bvar\s+{re.escape(name)}\s+\[?\]?\*?([\w.]+)|\b{re.escape(name)}\s*:="
                      rf"\s*&?([\w.]+)\{{", ctx.node_text(scope))
    if match is None:
        return ""
    return (match.group(1) or match.group(2)).rsplit(".", 1)[-1]


def _persist_call(ctx: FileContext, scope: Node, offset: int) -> Node | None:
    """The call in `scope` whose `.Updates(`/`.Save(` text starts at `offset` of its text."""
    start = scope.start_byte + len(ctx.node_text(scope)[:offset].encode("utf-8"))
    for call in nodes(ctx, "call_expression"):
        function = call.child_by_field_name("function")
        field = function.child_by_field_name("field") if function is not None else None
        if field is not None and field.start_byte == start + 1:
            return call
    return None


_SQL_WRITE = re.compile(r"\.(Exec|ExecContext|QueryRow|QueryRowContext|Query|QueryContext|"
                        r"NamedExec|NamedExecContext)\(\s*(ctx|r\.Context\(\)|req\.Context\(\)|"
                        r"\w+\.Context\(\)|context\.\w+\(\))?\s*,?\s*[`\"]\s*(INSERT|UPDATE)\b",
                        re.IGNORECASE)


def _written_by_sql(ctx: FileContext, scope: Node, variable: str) -> bool:
    """The body's struct goes into an INSERT/UPDATE with a field the client should not choose
    (`n.OwnerID`, `u.Role`) that the handler never sets itself: the client picks its owner or
    role."""
    text = ctx.node_text(scope)
    for match in _SQL_WRITE.finditer(text):
        depth, start = 0, text.index("(", match.start())
        end = min(len(text), start + 2000)  # a bounded walk: no run to the end per call
        for index in range(start, end):  # the call's arguments
            depth += {"(": 1, ")": -1}.get(text[index], 0)
            if depth == 0:
                end = index
                break
        statement = text[match.start():end]
        for field in re.findall(rf"\b{re.escape(variable)}\.(\w+)", statement):
            if sensitive_field(field) and not re.search(
                    rf"\b{re.escape(variable)}\.{field}\s*=[^=]", text):
                return True
    return False


def _the_callers(ctx: FileContext, scope: Node, variable: str) -> bool:
    """`u := userFrom(r)`: the variable holds the caller's own record."""
    match = re.search(rf"\b{re.escape(variable)}\s*:?=\s*([^\n]+)", ctx.node_text(scope))
    return match is not None and (any(c in match.group(1) for c in CALLERS) or
                                  bool(caller_accessors(match.group(1))))


def _all_reset(ctx: FileContext, scope: Node, variable: str, declared: str,
               call: Node) -> bool:
    """Every sensitive field of the model, and its `ID`, is set by the handler after the bind
    (`s.ID = 0`, `s.CustomerID = currentClaims(c).CustomerID`): the client's values for them
    are overwritten."""
    fields = fields_of(ctx, declared) if declared else None
    if not fields:
        return False
    spec = _structs(ctx).get(declared)
    if spec is not None and re.search(r"^\s*ID\b(?![^\n]*json:\"-\")", ctx.node_text(spec),
                                      re.MULTILINE):
        fields = [*fields, "ID"]  # a client-chosen key would write over another record
    after = ctx.node_text(scope)[call.end_byte - scope.start_byte:]
    return all(re.search(rf"\b{re.escape(variable)}\.{re.escape(f)}\s*=[^=]", after)
               for f in fields)


def _saved_by_store(ctx: FileContext, scope: Node, variable: str,
                    bind: Node) -> re.Match[str] | None:
    """`store.SaveTicket(r.Context(), t)` after the body was decoded over `t`, a record the
    handler loaded (`t, err := s.store.OwnedTicket(...)`): the app's own store method writes
    every field back, whatever it is called after its verb."""
    text = ctx.node_text(scope)
    loaded = re.search(rf"\b{re.escape(variable)}\s*(?:,\s*\w+\s*)?:?=\s*[\w.]+\.[A-Z]\w*\(",
                       text)
    # or a fresh value of the model the store method is named for (`var m Member` decoded,
    # then `store.SaveMember(ctx, &m)`): every field the client sent is written
    declared = _declared_type(ctx, scope, variable)
    noun = re.escape(declared) if declared and declared[0].isupper() else ""
    if loaded is None and not noun:
        return None
    after = bind.end_byte - scope.start_byte
    method = r"[A-Z]\w*" if loaded is not None else noun
    return re.compile(rf"\.(Save|Update|Store|Put|Persist|Upsert){method}\(\s*"
                      rf"(?:[\w.]+(?:\(\))?(?:\.\w+\(\))*\s*,\s*)?&?{re.escape(variable)}\s*[,)]").search(
        text, after if 0 <= after <= len(text) else 0)


def bindings(ctx: FileContext) -> list[Binding]:
    found: list[Binding] | None = ctx.cache.get("access.go.bindings")
    if found is not None:
        return found
    tables = load("go").access
    out: list[Binding] = []
    for read in reads(ctx):
        if read.part != "body" or read.node.type != "identifier":
            continue
        call = read.node.parent
        while call is not None and call.type != "call_expression":
            call = call.parent
        scope = enclosing_function(ctx, read.node)
        if call is None or scope is None:
            continue
        _, name = callee(ctx, call)
        if tables.binding(name) is None:
            continue
        variable = ctx.node_text(read.node)
        saved = re.search(rf"\.({'|'.join(_PERSIST)})\(\s*&?{re.escape(variable)}\s*[,)]",
                          ctx.node_text(scope)) or _saved_by_store(ctx, scope, variable, call)
        if saved is None:
            # a named model (not an inline request struct) whose owner or role field goes
            # into the INSERT/UPDATE as the client sent it
            declared = _declared_type(ctx, scope, variable)
            if (declared not in ("", "struct", "map") or _the_callers(ctx, scope, variable)) \
                    and _written_by_sql(ctx, scope, variable):
                out.append(Binding(call, read.node, declared, "bind"))
            continue
        declared = _declared_type(ctx, scope, variable)
        if declared == "map" or re.search(rf"\b{re.escape(variable)}\s+map\[",
                                          ctx.node_text(scope)):
            # a map of the body's keys, saved into a model: report where it is saved
            persist = _persist_call(ctx, scope, saved.start())
            if persist is not None:
                out.append(Binding(persist, read.node, _chain_model(ctx, persist), "merge"))
            continue
        if _all_reset(ctx, scope, variable, declared, call):
            continue
        out.append(Binding(call, read.node, declared, "bind"))
    ctx.cache["access.go.bindings"] = out
    return out
