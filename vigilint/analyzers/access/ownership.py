"""Object access without ownership (IDOR, CWE-639), language-neutral.

A lookup (a read, change or delete of records chosen by a key) is reported when
- its key comes from the request (a path parameter, the query, the body),
- it runs in a route that knows its caller (a guard, or the caller is referred to), which is not
  an administrators' route,
- neither the lookup (a filter on an owner field with the caller, a query through the caller's
  own relation, a scoping helper) nor the handler (a condition comparing the record with the
  caller, a policy call such as `authorize`/`check_object_permissions`/`can`) ties the record to
  the caller,
- and the record is per-user data: the route changes or deletes it, its model names personal
  data (orders, invoices, notes, messages, accounts, ...), it is chosen by an owner field
  (`WHERE account_id = ?` with the request's id), or other code of the file scopes the same
  model to the caller.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

from tree_sitter import Node

from vigilint import lazyre
from vigilint.analyzers.access.checks import role_condition, role_gated
from vigilint.analyzers.access.localflow import Flow, client_identity_value, request_key
from vigilint.analyzers.access.model import Inventory, Lookup, Route, route_of
from vigilint.analyzers.access.project import (
    project_caller_helpers,
    registered,
    registered_open,
    store_lookups,
)
from vigilint.analyzers.access.provenance import (
    accessor_calls,
    go_context_reads,
    request_attributes,
)
from vigilint.analyzers.access.siblings import gaps, is_public
from vigilint.analyzers.access.syntax import (
    descendants,
    enclosing_function,
    functions,
    grammar,
    indexed_functions,
    nodes,
    nodes_in,
)
from vigilint.analyzers.access.vocabulary import (
    caller_accessors,
    personal_model,
    policy_call,
    privileged,
    sensitive,
)
from vigilint.analyzers.context import FileContext

_CALLS = frozenset({"call", "call_expression", "method_invocation"})
_WRITE_CALL = lazyre.compile(r"(\.|\b)(save|delete|destroy|remove|update|updateOne|commit|"
                             r"Save|Delete|Updates|Update|merge|persist|set|assign)\s*\(")


@dataclass(frozen=True)
class OwnershipHooks:
    inventory: Callable[[FileContext], Inventory]
    lookups: Callable[[FileContext], list[Lookup]]
    # the request value a key carries (a node to show as the source), or None
    request_source: Callable[[FileContext, Node, Route], Node | None]
    # expressions naming the verified caller inside a route (`current_user`, `req.user`)
    principal: Callable[[FileContext, Route], tuple[str, ...]]
    policies: frozenset[str] = frozenset()  # the models' policy call names
    # a key that is a client-supplied identity (`teacherId` from a header): an owner filter
    # the identity rule reports
    client_identity: Callable[[FileContext, Node, Route], bool] = lambda ctx, node, route: False


def flow_hooks(inventory: Callable[[FileContext], Inventory],
               lookups: Callable[[FileContext], list[Lookup]],
               principal: Callable[[FileContext, Route], tuple[str, ...]],
               flow: Callable[[FileContext, Node], Flow | None],
               policies: frozenset[str]) -> OwnershipHooks:
    """The hooks of a provider whose request values come from the local def-use pass: `flow`
    gives the pass of the function around a node."""
    def request_source(ctx: FileContext, key: Node, route: Route) -> Node | None:
        return request_key(ctx, flow(ctx, key), key)

    def client_identity(ctx: FileContext, key: Node, route: Route) -> bool:
        return client_identity_value(ctx, flow(ctx, key), key)

    return OwnershipHooks(inventory=inventory, lookups=lookups, request_source=request_source,
                          client_identity=client_identity, principal=principal,
                          policies=policies)


@dataclass(frozen=True)
class Unowned:
    lookup: Lookup
    route: Route
    source: Node
    result: str  # the variable the record lands in ("" when none)
    scoped_sibling: Lookup | None  # another lookup of the same model that is scoped


def _result_name(ctx: FileContext, node: Node) -> str:
    """The variable a lookup's result is assigned to (in Go the one whose address the call
    chain is given: `db.First(&note, id)`, `db.GetContext(ctx, &inv, query, id)`)."""
    g = grammar(ctx.language)
    if ctx.language == "go":
        for part in descendants(_chain(node)):
            if part.type == "unary_expression" and ctx.node_text(part).startswith("&") and \
                    part.parent is not None and part.parent.type == "argument_list":
                name = ctx.node_text(part)[1:].strip()
                if re.fullmatch(r"[A-Za-z_]\w*", name):
                    return name
    cur = node
    while cur.parent is not None:
        parent = cur.parent
        fields = g.assignments.get(parent.type) if g is not None else None
        if fields is not None:
            target = parent.child_by_field_name(fields[0]) if fields[0] else None
            if target is None:
                return ""
            if target.type == "expression_list" and target.named_children:
                target = target.named_children[0]
            text = ctx.node_text(target)
            return text if re.fullmatch(r"[A-Za-z_$][\w$]*", text) else ""
        if parent.type in ("block", "statement_block", "module", "program", "if_statement",
                           "return_statement", "expression_statement") and \
                parent.type != "expression_statement":
            return ""
        cur = parent
    return ""


def _caller_names(ctx: FileContext, route: Route, principal: tuple[str, ...]) -> list[str]:
    """The caller's expressions and the local names assigned from them."""
    names = [p for p in principal if p]
    handler = route.handler
    g = grammar(ctx.language)
    if handler is None or g is None or not names:
        return names
    # what a middleware stored on the request or its context, whatever the app named it
    # (`req.account`, `g.staff`, `employee(r)`)
    names.extend(n for n in dict.fromkeys(
        request_attributes(ctx, ctx.node_text(handler)) +
        accessor_calls(ctx, handler, set(_local_functions(ctx)))) if n not in names)
    plain = list(names)
    # helpers that return the caller, matched as whole names (`me()`, not `Document`)
    helpers = [n for n in _caller_helpers(ctx, tuple(names)) +
               caller_accessors(ctx.node_text(handler)) +
               project_caller_helpers(ctx, ctx.node_text(handler)) if n not in names]
    names.extend(dict.fromkeys(helpers))
    derived_set: set[str] = set()
    for node in descendants(handler):
        fields = g.assignments.get(node.type)
        if fields is None or not fields[0]:
            continue
        value = node.child_by_field_name(fields[1])
        target = node.child_by_field_name(fields[0])
        if value is None or target is None:
            continue
        text = ctx.node_text(value)
        client = _CLIENT_FIRST.search(text)
        if client is not None and not any(
                0 <= text.find(n) < client.start() for n in plain + helpers):
            continue  # the client's value, the caller only its default (`GET.get("m", me)`)
        # `session.get(` (the web session) names the caller, `db.session.get(` (an ORM
        # session) does not
        if any(n in text and (not n.startswith("session") or
                              re.search(rf"(?<![\w$.]){re.escape(n)}", text)) and
               re.search(rf"{re.escape(n)}(?![\w$])(?!\s*:(?![:=]))|{re.escape(n)}[\w$]", text)
               for n in plain) or _mentions(text, helpers) or \
                (derived_set and not derived_set.isdisjoint(_IDENT.findall(text))):
            if target.type == "expression_list" and target.named_children:
                target = target.named_children[0]
            name = ctx.node_text(target)
            if re.fullmatch(r"[A-Za-z_$][\w$]*", name) and name not in names:
                names.append(name)
                # `raw, _ := c.Get("principal")` then `p := raw.(*Principal)`
                derived_set.add(name)
    return names


# Handler and framework method names, never a helper that returns the caller.
_HANDLER_NAMES = frozenset({"get", "post", "put", "patch", "delete", "head", "options", "list",
                            "retrieve", "create", "update", "destroy", "index", "show", "handle",
                            "dispatch", "partial_update"})


# A request part read first in a value (`request.GET.get("member", request.user.pk)`,
# `req.query.userId || req.user.id`): the value is the client's, the caller only its default.
_CLIENT_FIRST = lazyre.compile(
    r"(?<![\w$])(request|req|ctx\.request|ctx|c|r|self\.request)\.(GET|POST|query|params|body|"
    r"args|form|data|query_params|headers|cookies|Query|DefaultQuery|FormValue|PostFormValue|"
    r"Param|getParameter|getHeader)\b")


def caller_helpers(ctx: FileContext, principal: tuple[str, ...]) -> list[str]:
    """The file's helpers that return the caller (for the project's facts)."""
    return _caller_helpers(ctx, principal)


def _caller_helpers(ctx: FileContext, principal: tuple[str, ...]) -> list[str]:
    """Short functions of this file that return the caller (`private String me() { return
    security.getUserPrincipal().getName(); }`, `def me(): return request.user`): a call of
    one names the caller."""
    key = "access.caller_helpers"
    found: list[str] | None = ctx.cache.get(key)
    if found is None:
        found = []
        plain = [p.rstrip("([") for p in principal if p.rstrip("([")]
        g = grammar(ctx.language)
        # the file's assignments and returns, from its node index (document order), each
        # function's found by bisection: no walk of every function's nodes in Python
        assignments = nodes(ctx, *[k for k, f in g.assignments.items() if f[0]]) \
            if g is not None else []
        returns = nodes(ctx, "return_statement") if g is not None else []
        for name, fn in _local_functions(ctx).items():
            if name in plain or name.lower() in _HANDLER_NAMES:
                continue
            text = ctx.node_text(fn)
            if len(text) > 1200:
                continue
            written = [ctx.node_text(r) for r in (_inside(returns, fn) if g is not None else [
                r for r in descendants(fn) if r.type == "return_statement"])]
            if not written:
                continue  # it returns nothing, let alone the caller
            # the caller's sources in the helper: the usual expressions, what a middleware
            # stored on its request or context parameter, and the locals assigned from them
            # (`e, _ := r.Context().Value(key).(*Employee); return e`)
            sources = plain + [s.rstrip("([") for s in request_attributes(ctx, text) +
                               (go_context_reads(ctx, fn) if ctx.language == "go" else [])]
            for node in _inside(assignments, fn):
                fields = g.assignments[node.type] if g is not None else ("", "")
                value = node.child_by_field_name(fields[1])
                target = node.child_by_field_name(fields[0])
                if value is None or target is None:
                    continue
                assigned = ctx.node_text(value)
                if not any(p in assigned for p in sources):
                    continue
                if target.type == "expression_list" and target.named_children:
                    target = target.named_children[0]
                if _IDENT.fullmatch(ctx.node_text(target)):
                    sources.append(ctx.node_text(target))
            if any(p in r and (not _IDENT.fullmatch(p) or _mentions(r, [p]))
                   for r in written for p in sources):
                found.append(name)
        ctx.cache[key] = found
    return found


def _inside(found: list[Node], scope: Node) -> list[Node]:
    """The nodes of `found` (in document order) that start inside `scope`."""
    low = bisect.bisect_left(found, scope.start_byte, key=lambda n: n.start_byte)
    high = bisect.bisect_left(found, scope.end_byte, key=lambda n: n.start_byte)
    return found[low:high]


_IDENT = lazyre.compile(r"[A-Za-z_$][\w$]*")


def _mentions(text: str, names: list[str]) -> bool:
    return any(re.search(rf"(?<![\w$]){re.escape(n)}(?![\w$])", text) for n in names)


def _refers(text: str, names: list[str]) -> bool:
    """`_mentions`, but a name written as an object's key (`include: { member: {...} }`, a
    relation to load) is no reference to the caller."""
    return any(re.search(rf"(?<![\w$]){re.escape(n)}(?![\w$])(?!\s*:(?![:=]))", text)
               for n in names)


_CHAIN = frozenset({"call", "call_expression", "method_invocation", "attribute",
                    "member_expression", "field_access", "selector_expression", "await",
                    "await_expression"})


def _chain(node: Node) -> Node:
    """The call chain a lookup starts (`repo.findById(id).filter(...).orElseThrow()`)."""
    cur = node
    while cur.parent is not None and cur.parent.type in _CHAIN and \
            cur.parent.child_by_field_name("arguments") is not cur and \
            not _is_argument(cur):
        cur = cur.parent
    return cur


def _is_argument(node: Node) -> bool:
    parent = node.parent
    return parent is not None and parent.type in ("argument_list", "arguments")


def _local_functions(ctx: FileContext) -> dict[str, Node]:
    found: dict[str, Node] | None = ctx.cache.get("access.local_functions")
    if found is None:
        found = {}
        for fn in indexed_functions(ctx):
            name = fn.child_by_field_name("name")
            if name is not None:
                found.setdefault(ctx.node_text(name), fn)
        ctx.cache["access.local_functions"] = found
    return found


def _checking_helper(ctx: FileContext, call: Node, name: str, keys: list[str],
                     callers: list[str], result: str = "", tested: bool = False) -> bool:
    """A call of a function of this file, given the lookup's key, that compares something
    with the caller (`get_post(id, check_author=True)` that aborts with 403); or, when the call
    is itself a condition (`if !a.isMember(r, inv.AccountID)`), given the record or one of
    its fields, that asks anything about the caller (a membership query)."""
    helper = _local_functions(ctx).get(name)
    args = call.child_by_field_name("arguments")
    if helper is None or args is None:
        return False
    text = ctx.node_text(args)
    if tested and _mentions(text, keys + ([result] if result else [])):
        body = ctx.node_text(helper)
        if _mentions(body, callers + caller_accessors(body)) or any(
                c.endswith(("(", "[")) and c in body for c in callers):
            return True
    if not _mentions(text, keys):
        return False
    g = grammar(ctx.language)
    for node in descendants(helper):
        field = g.conditions.get(node.type) if g is not None else None
        if field is None:
            continue
        condition = node.child_by_field_name(field) if field else node
        if _mentions(ctx.node_text(condition), callers):
            return True
    return False


# A filter that limits a lookup to records everyone may see (`published=True`,
# `{ isPublic: true }`, `status = 'published'`, `.eq("visibility", "public")`).
_PUBLIC_STATE = lazyre.compile(
    r"""\b(is_?published|published|is_?public|public|is_?listed|listed)["']?\s*(==?|:|,)\s*"""
    r"""(True|true|1)\b|\b(status|state|visibility)["']?\s*(==?|:|,)\s*["'](published|"""
    r"""public|live|listed)["']""", re.IGNORECASE)


def _collection(path: str, keys: list[str]) -> str:
    """The literal segment before the path parameter that keys the lookup (`drafts` of
    `/drafts/<int:draft_id>` for a lookup by `draft_id`): what the route says it serves when
    the model's name does not (`Revision`)."""
    segments = [p for p in path.split("/") if p]
    names = {k.rsplit(".", 1)[-1] for k in keys}
    for before, segment in pairwise(segments):
        name = re.sub(r"^[<{:]|[>}]$", "", segment).rsplit(":", 1)[-1]
        if segment[:1] in "<{:" and name in names and before[:1] not in "<{:":
            return before
    return ""


def _scope(ctx: FileContext, route: Route, lookup: Lookup) -> Node | None:
    """The handler code around a lookup: the route's handler, or in a class of handler
    methods (Tornado handlers, Django class-based views) the lookup's own method."""
    handler = route.handler
    if handler is not None and handler.type in ("class_definition", "class_declaration",
                                                 "class"):
        handler = enclosing_function(ctx, lookup.node) or handler
    return handler


# The caller handed to the database's row-level security before the query
# (`SELECT set_config('app.user_id', $1, true)`, `SET LOCAL app.current_user = ...`): the
# database's policies filter every row the handler reads by owner.
_ROW_SECURITY = lazyre.compile(r"\bset_config\s*\(\s*'[\w.]+'|\bSET\s+(LOCAL\s+|SESSION\s+)?"
                               r"(app|request\.jwt|rls|myapp|current)\.[\w.]+\s*(=|TO)\b",
                               re.IGNORECASE)


# short names of dotted policy calls that other calls share (CASL `ForbiddenError.from`, not
# `Buffer.from` or `authenticatedUsers.from(req)`): a policy only under the dotted name
_GENERIC_SHORTS = frozenset({"from", "of", "get", "all"})


def _checked_in_handler(ctx: FileContext, route: Route, lookup: Lookup, result: str,
                        callers: list[str], policies: frozenset[str], keys: list[str]) -> bool:
    handler = _scope(ctx, route, lookup)
    g = grammar(ctx.language)
    if handler is None or g is None:
        return False
    text = ctx.node_text(handler)
    # `const allowed = comment && comment.authorId === req.user.id` then `if (!allowed)`
    derived = _derived_checks(ctx, handler, result, callers) if result else []
    security = _ROW_SECURITY.search(text)
    if security is not None and security.start() < lookup.node.start_byte - handler.start_byte \
            and _mentions(text[security.start():security.start() + 300], callers):
        return True
    skipped = _creation_hooks(ctx, handler) if handler.type in (
        "class_definition", "class_declaration", "class") else []
    for node in descendants(handler):
        if any(h.start_byte <= node.start_byte < h.end_byte for h in skipped):
            continue
        if node.type in _CALLS:
            function = node.child_by_field_name("function") or node.child_by_field_name("name")
            name = ctx.node_text(function).rsplit(".", 1)[-1] if function is not None else ""
            full = ctx.node_text(function) if function is not None else ""
            generic = name in _GENERIC_SHORTS and not any(
                full.endswith(p) for p in policies if "." in p)
            if policy_call(name) or (name in policies and not generic) or \
                    _checking_helper(ctx, node, name, keys, callers, result,
                                     _in_condition(ctx, node)):
                return True
        field = g.conditions.get(node.type)
        if field is None:
            continue
        if _apart(node, lookup.node, handler):
            continue  # a check in another branch (`if (req.method === 'DELETE') {...}`)
        condition = node.child_by_field_name(field) if field else node
        text = ctx.node_text(condition)
        with_record = (bool(result) and _mentions(text, [result])) or _mentions(text, derived)
        if _mentions(text, callers + derived) and (with_record or not result) and \
                (with_record or not role_condition(text)):
            # (a role check of the caller alone, `if (request.user.role !== 'admin')`, says
            # nothing about who owns the record)
            return True
    return False


_BRANCHING = frozenset({"if_statement", "else_clause", "elif_clause", "switch_case",
                        "switch_default", "case_clause", "expression_case", "default_case",
                        "switch_block_statement_group", "switch_rule", "case_statement"})


def _branch(node: Node, stop: Node) -> Node | None:
    """The innermost branch body (`if`'s consequence, an `else`, a `case`) holding `node`
    below `stop`."""
    cur = node
    while cur.parent is not None and cur != stop:
        parent = cur.parent
        if parent.type in _BRANCHING and cur != parent.child_by_field_name("condition"):
            return cur
        cur = parent
    return None


def _apart(check: Node, lookup: Node, handler: Node) -> bool:
    """`check` and `lookup` sit in two branches of the handler, neither inside the other
    (one handler serving GET and DELETE): the check never sees the lookup's record."""
    mine, theirs = _branch(lookup, handler), _branch(check, handler)
    if mine is None or theirs is None:
        return False
    inside = (mine.start_byte <= theirs.start_byte and theirs.end_byte <= mine.end_byte) or \
        (theirs.start_byte <= mine.start_byte and mine.end_byte <= theirs.end_byte)
    return not inside


# Methods of a class of handlers that only run for a new object (DRF's `perform_create`): a
# check of the caller there says nothing about the objects the class fetches by key.
_CREATION_HOOKS = frozenset({"perform_create", "get_serializer_context", "create"})


def _creation_hooks(ctx: FileContext, cls: Node) -> list[Node]:
    out = []
    for fn in functions(ctx):
        name = fn.child_by_field_name("name")
        if name is not None and ctx.node_text(name) in _CREATION_HOOKS and \
                cls.start_byte <= fn.start_byte < cls.end_byte:
            out.append(fn)
    return out


def _derived_checks(ctx: FileContext, handler: Node, result: str,
                    callers: list[str]) -> list[str]:
    """Local names assigned a comparison of the record with the caller (`allowed =
    comment.authorId === req.user.id || ...`): a condition on one checks the owner."""
    g = grammar(ctx.language)
    out: list[str] = []
    if g is None:
        return out
    for node in descendants(handler):
        fields = g.assignments.get(node.type)
        if fields is None or not fields[0]:
            continue
        target = node.child_by_field_name(fields[0])
        value = node.child_by_field_name(fields[1])
        if target is None or value is None:
            continue
        text = ctx.node_text(value)
        name = ctx.node_text(target)
        if re.fullmatch(r"[A-Za-z_$][\w$]*", name) and name != result and \
                _mentions(text, [result]) and _mentions(text, callers) and \
                re.search(r"[!=]==?|\bequals\w*\(|\bis\b", text):
            out.append(name)
    return out


def _fetched(ctx: FileContext, route: Route, lookup: Lookup) -> str:
    """The variable a DB-API cursor's row lands in after `cur.execute(sql, (id,))`: the next
    `row = cur.fetchone()` of the same cursor."""
    function = lookup.node.child_by_field_name("function")
    if function is None or function.type != "attribute" or \
            ctx.node_text(function.child_by_field_name("attribute")) != "execute":
        return ""
    cursor = re.escape(ctx.node_text(function.child_by_field_name("object")))
    handler = _scope(ctx, route, lookup)
    if handler is None:
        return ""
    after = ctx.node_text(handler)[lookup.node.end_byte - handler.start_byte:] \
        if ctx.text.isascii() else ctx.source[lookup.node.end_byte:handler.end_byte].decode(
            "utf-8", "replace")
    found = re.search(rf"\b([A-Za-z_]\w*)\s*=\s*(await\s+)?{cursor}\.fetch(one|all|many)\(", after)
    return found.group(1) if found else ""


def _in_condition(ctx: FileContext, node: Node) -> bool:
    """`node` is (part of) the condition of an `if` (`if !a.isMember(r, inv.AccountID)`)."""
    g = grammar(ctx.language)
    cur = node
    while g is not None and cur.parent is not None:
        parent = cur.parent
        field = g.conditions.get(parent.type)
        if field is not None:
            return parent.child_by_field_name(field) == cur if field else True
        if parent.type in ("block", "statement_block", "module", "program",
                           "expression_statement", "function_definition"):
            return False
        cur = parent
    return False


def _writes(ctx: FileContext, route: Route, lookup: Lookup, result: str) -> bool:
    if lookup.op in ("update", "delete"):
        return True
    if not result or route.handler is None:
        return False
    body = ctx.node_text(_scope(ctx, route, lookup) or route.handler)
    name = re.escape(result)
    return bool(re.search(rf"(?<![\w$]){name}\.[\w$]+\s*=[^=]", body)) or bool(
        # `label.destroy()`, `await item.deleteOne()`, `attachment.save()`
        re.search(rf"(?<![\w$.]){name}\s*\.\s*(save|delete\w*|destroy|remove|update\w*|"
                  rf"Save|Delete|Update\w*|set)\s*\(", body)) or any(
        _mentions(m.group(0) + body[m.end():m.end() + 80], [result])
        for m in _WRITE_CALL.finditer(body))


def _authenticated(ctx: FileContext, route: Route, callers: list[str],
                   inventory: Inventory,
                   principal: Callable[[FileContext, Route], tuple[str, ...]]) -> str:
    """"own" when the route knows its caller (a guard, or it names the caller), "group" when
    only its siblings do through a guard of their own (the route may be public on purpose),
    "elsewhere" when no route of the group has a guard here but its siblings use the caller
    (a router mounted behind a guard, a filter chain in another file), "" otherwise."""
    if route.guarded:
        return "own"
    if route.handler is not None and _mentions(ctx.node_text(route.handler), callers):
        return "own"
    if registered(ctx, route):
        # registered in another file without a guard that names its caller: the handlers
        # beside it in this file are no router group of its
        return ""
    siblings = [r for r in inventory.routes if r.group == route.group and r is not route]
    # a check in a sibling's own body (`if header != "yes" { 403 }`) says nothing of a guard
    # the group shares: the siblings' use of the caller decides then
    if any(any(g.kind != "check" or not g.local for g in r.guards) for r in siblings):
        return "group"
    # no route of the group is guarded here (a filter chain or a mount elsewhere guards them
    # all) and a sibling names its caller, through its own parameters (`Principal principal`)
    # too: this route sits behind the same guard
    if any(r.handler is not None and _mentions(
            ctx.node_text(r.handler), _caller_names(ctx, r, principal(ctx, r)))
           for r in siblings):
        return "elsewhere"
    return ""


def _same_model(a: str, b: str) -> bool:
    """`tasks` and `Task`, `orders` and `order`: one model."""
    def norm(name: str) -> str:
        name = name.rsplit(".", 1)[-1].lower()
        return name[:-1] if name.endswith("s") else name
    return bool(a) and norm(a) == norm(b)


_PEOPLE_ADMIN = lazyre.compile(r"^(delete|remove|destroy|ban|unban|block|unblock|disable|enable|"
                               r"promote|demote|suspend|unsuspend|reinstate|deactivate|reactivate|"
                               r"approve|reject|verify|impersonate|lock|unlock|offboard)_?"
                               r"(user|member|staff|employee|customer|tenant|account|organi[sz]ation|"
                               r"org|tutor|teacher|instructor|student|vendor|seller|merchant|"
                               r"driver|host|partner|agent|contractor|applicant|volunteer|"
                               r"subscriber|client|patient|doctor|courier|provider)s?$",
                               re.IGNORECASE)
# An administrators' area: a path segment, or the router, blueprint or controller it belongs
# to (`/admin/...`, `admin_bp`, `FleetAdminController`, `staffRouter`, `backoffice`).
_ADMIN_AREA_PATH = lazyre.compile(r"(^|/)(admin|administration|staff|backoffice|back-office|"
                                  r"internal|manage|management|moderation|ops|superuser|"
                                  r"console|hr)(/|$)", re.IGNORECASE)
_ADMIN_AREA_GROUP = lazyre.compile(r"(^|[^a-z])(admin|staff|backoffice|moderation|superuser)|"
                                   r"(admin|staff|backoffice|moderation|superuser)"
                                   r"(_?(bp|blueprint|router|routes|api|group|controller|views?|"
                                   r"resource|handler|app)?)$|^(Admin|Staff|Backoffice|Moderation)",
                                   re.IGNORECASE)


def _role_scoped(ctx: FileContext, inventory: Inventory, lookup: Lookup) -> bool:
    """A lookup scoped to the caller inside a route a privileged role guards (or a role no
    ordinary account holds: an organiser, an instructor)."""
    route = route_of(inventory, lookup.node)
    return route is not None and (
        any(g.role and privileged(g.name) for g in route.guards) or
        role_gated(ctx, route.guards, route.handler, lookup.node.start_byte))


def _admin_only(route: Route) -> bool:
    return any(g.role and privileged(g.name) for g in route.guards) or _admin_by_name(route)


# A file of administrators' handlers (`admin.go`, `handlers/admin_users.py`, `staff/`): its
# handlers registered elsewhere are mounted behind the administrators' guard.
_ADMIN_FILE = lazyre.compile(r"(^|/)(admin|administration|staff|backoffice|moderation|superuser)"
                             r"([_./-][^/]*)?(/[^/]*)?$", re.IGNORECASE)


def _admin_area(route: Route) -> bool:
    """A guarded route of an administrators' area (its path, or its router, blueprint or
    controller named for administrators or staff): a lookup by id there is the staff's work
    on anyone's record, by design, not a user reaching another's object."""
    if not any(not g.local for g in route.guards):
        return False
    return bool(_ADMIN_AREA_PATH.search(route.path)) or bool(
        _ADMIN_AREA_GROUP.search(route.group.rsplit(".", 1)[-1]))


def _admin_by_name(route: Route) -> bool:
    # a handler registered in another file, whose guard is unknown, that manages people or
    # does administrative work is an administrators' route, not a user's own object
    return route.unregistered and (
        sensitive(route.path, route.name) or
        _PEOPLE_ADMIN.match(re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", route.name)) is not None)


# a key that is itself the capability to the record (a share link's token, an invitation's
# code): whoever holds it may read the record, by design
_CAPABILITY_KEY = re.compile(r"(?i)(token|secret|signature|share|invite|invitation|magic)")


def unowned(ctx: FileContext, hooks: OwnershipHooks) -> list[Unowned]:
    found: list[Unowned] | None = ctx.cache.get("access.ownership")
    if found is not None:
        return found
    out: list[Unowned] = []
    inventory = hooks.inventory(ctx)
    # with the calls of other files' data-access functions (`s.store.TicketByID(ctx, id)`)
    lookups = [*hooks.lookups(ctx), *store_lookups(ctx, inventory, hooks.lookups(ctx))]
    scoped = [lk for lk in lookups if lk.scoped and lk.model]  # evidence of per-user data
    missing_guard = {id(g.route) for g in gaps(inventory)}  # that flaw is reported already
    candidates: list[tuple[Lookup, Route, Node, str, str, list[str]]] = []
    checked: set[int] = set()  # scoped by a check in the handler that names no record
    verified: set[int] = set()  # a record loaded and compared with the caller
    for lookup in lookups:
        if lookup.scoped or not lookup.keys or _PUBLIC_STATE.search(ctx.node_text(lookup.node)):
            continue  # owned, keyless, or limited to published records
        route = route_of(inventory, lookup.node)
        if route is None or _admin_by_name(route) or is_public(route) or \
                id(route) in missing_guard:
            continue
        source = next((s for s in (hooks.request_source(ctx, k, route) for k in lookup.keys)
                       if s is not None), None)
        if source is None:
            if lookup.owner_keyed or any(
                    _mentions(ctx.node_text(k), _caller_names(ctx, route,
                                                              hooks.principal(ctx, route)))
                    for k in lookup.keys):
                # `WHERE owner_id = ?` with the caller's id, or any column compared with the
                # caller (`HarvestLog.gardener_id == me.id`): the model is per-user data
                scoped.append(lookup)
            continue
        callers = _caller_names(ctx, route, hooks.principal(ctx, route))
        known = _authenticated(ctx, route, callers, inventory, hooks.principal)
        chosen = lookup.selector or lookup.node
        if _refers(ctx.node_text(chosen), callers) or (
                lookup.selector is None and _refers(ctx.node_text(_chain(lookup.node)),
                                                    callers)):
            # filtered by the caller, in the query or in the chain after it
            # (`findById(id).filter(p -> p.getOwner().equals(me))`): per-user records
            scoped.append(lookup)
            continue
        if not known or any(hooks.client_identity(ctx, k, route) for k in lookup.keys):
            continue  # a filter on a client-supplied identity is the identity rule's finding
        if registered_open(ctx, route):
            continue  # registered with no guard in another file: that file's finding
        result = _result_name(ctx, lookup.node) or _fetched(ctx, route, lookup)
        keys = [ctx.node_text(k) for k in lookup.keys if re.fullmatch(r"[\w$.]+",
                                                                      ctx.node_text(k))]
        if _checked_in_handler(ctx, route, lookup, result, callers, hooks.policies, keys):
            scoped.append(lookup)  # the file checks who owns these records: per-user data
            if not result:
                checked.add(id(lookup))  # a condition on the caller, maybe not on this record
            else:
                verified.add(id(lookup))  # its result compared with the caller
            continue
        if _scoped_in_handler(ctx, route, lookup, lookups, keys, verified):
            continue
        candidates.append((lookup, route, source, result, known, keys))
    for lookup, route, source, result, known, keys in candidates:
        sibling = next((s for s in scoped if s is not lookup and
                        _same_model(s.model, lookup.model)), None) or next(
            (s for s in scoped if lookup.parent and s is not lookup and
             _same_model(s.model, lookup.parent)), None)
        if _admin_area(route) or (route.unregistered and _ADMIN_FILE.search(ctx.path)):
            continue  # the staff's work on anyone's record, by design
        if _admin_only(route) or role_gated(ctx, route.guards, route.handler,
                                            lookup.node.start_byte):
            # a role guard lets its holders at every record unless the file scopes the same
            # model to the caller under a role guard too (a tenant's managers, a course's
            # instructors): then this lookup forgot the scope its siblings keep
            sibling = next((s for s in scoped if s is not lookup and id(s) not in checked and
                            _same_model(s.model, lookup.model) and
                            _role_scoped(ctx, inventory, s)), None)
            if sibling is None:
                continue
        writes = _writes(ctx, route, lookup, result)
        if known == "group" and not writes and not (
                sibling is not None and personal_model(lookup.model) and
                not _CAPABILITY_KEY.search(ctx.node_text(source))):
            # an open read beside guarded routes is most often public on purpose, unless
            # the file ties the same personal records to their owner elsewhere (`GET
            # /orders/:id` beside a refund that checks `order.userId`)
            continue
        if known == "elsewhere" and not writes and sibling is None:
            continue  # an open read of a model the file never scopes: public on purpose
        if known == "elsewhere" and route.unregistered and sibling is None and \
                not personal_model(lookup.model) and not lookup.owner_keyed and \
                not lookup.parent and not personal_model(_collection(route.path, keys)) and \
                (route.handler is None or not _mentions(ctx.node_text(route.handler), callers)) \
                and not any(_same_model(lookup.model, n)
                            for n in _created_by_caller(ctx, inventory, hooks.principal)):
            # a handler registered in another file (its guard unknown) that changes a record
            # (not a parent's records: `DELETE FROM items WHERE shelf_id = $1`) nobody owns as
            # far as the file shows (a bike of the fleet, a station): it never
            # names its caller, the file never ties the model to one, and the model names no
            # personal data. Its registration decides (an operators' group), not an owner
            continue
        if not (writes or personal_model(lookup.model) or lookup.owner_keyed or
                sibling is not None or personal_model(_collection(route.path, keys))):
            continue
        out.append(Unowned(lookup, route, source, result, sibling))
    ctx.cache["access.ownership"] = out
    return out


# the records a call creates: `INSERT INTO comments`, `&Comment{...}`, `Comment.create(`,
# `Comment(author=...)`
_CREATED = lazyre.compile(r"\bINSERT\s+INTO\s+[\"`]?(\w+)|\b([A-Z]\w*)\s*\{|"
                          r"\b([A-Z]\w*)(?:\.objects)?\.(?:create|insert\w*|build)\s*\(|"
                          r"(?<![\w.])([A-Z]\w*)\s*\(", re.IGNORECASE)


def _created_by_caller(ctx: FileContext, inventory: Inventory,
                       principal: Callable[[FileContext, Route], tuple[str, ...]]) -> set[str]:
    """The models a handler of the file creates with its caller among the values (`INSERT INTO
    comments (ticket_id, author_id, body) VALUES ($1, $2, $3)` given `userFrom(r).ID`,
    `Comment.create({ authorId: req.user.id })`): records the file ties to their owner, the
    names as the file writes them and as lookups name them."""
    found: set[str] | None = ctx.cache.get("access.created_by_caller")
    if found is not None:
        return found
    found = set()
    for route in inventory.routes:
        if route.handler is None:
            continue
        callers: list[str] | None = None
        for call in nodes_in(ctx, route.handler, *_CALLS):
            text = ctx.node_text(call)
            if len(text) > 2000:
                continue
            names = {n for m in _CREATED.finditer(text) for n in m.groups() if n}
            if not names or names <= found:
                continue
            if callers is None:
                callers = _caller_names(ctx, route, principal(ctx, route))
            if _mentions(text, callers):
                found |= names
    ctx.cache["access.created_by_caller"] = found
    return found


def _scoped_in_handler(ctx: FileContext, route: Route, lookup: Lookup, lookups: list[Lookup],
                       keys: list[str], verified: set[int] | None = None) -> bool:
    """Another lookup of the same handler, with the same key, filters by the caller (an
    update scoped to the owner, then a re-read of the record), or loaded the record and
    compared it with the caller before (`if (existing.memberId !== member.id)`, then
    `update({ where: { id } })`)."""
    handler = _scope(ctx, route, lookup)
    if handler is None:
        return False
    texts = {ctx.node_text(k) for k in lookup.keys}
    return any(other is not lookup and (other.scoped or (
                   verified is not None and id(other) in verified and
                   other.node.start_byte < lookup.node.start_byte)) and
               handler.start_byte <= other.node.start_byte < handler.end_byte and
               any(_mentions(ctx.node_text(k), keys) or ctx.node_text(k) in texts
                   for k in other.keys)
               for other in lookups)


# -- services: a method that forgot the owner its siblings take ----------------------------
_OWNER_PARAM = lazyre.compile(r"^(owner|user|account|tenant|member|author|customer|org|"
                              r"organization|team|caller|principal|actor|employee|patient|"
                              r"requester|seller|buyer)_?(id|uid|login|name)?$", re.IGNORECASE)
_KEY_PARAM = lazyre.compile(r"^(id|_id|uuid|pk|[a-z]\w*Id|[a-z]\w*_id|[a-z]\w*ID)$")
_UNSCOPED_NAME = lazyre.compile(r"(?i)(admin|all|internal|system|any|unscoped|staff|public|"
                                r"published|sync|job|cron|migrat|seed|backfill)")
_PARAM_NAME = lazyre.compile(r"[A-Za-z_$][\w$]*")
# a statement written in SQL: the data-access layer itself (`pool.query("SELECT ... WHERE id =
# $1")`), whose named queries are primitives its callers choose between
_RAW_SQL = lazyre.compile(r"\b(SELECT|UPDATE|DELETE)\b[^;]{0,400}?\bWHERE\b")


@dataclass(frozen=True)
class ServiceGap:
    lookup: Lookup
    key: str  # the parameter that alone chooses the record
    sibling: Lookup  # a lookup of the same model that also filters by an owner parameter
    owner: str  # that parameter


def _params(ctx: FileContext, fn: Node) -> list[str]:
    params = fn.child_by_field_name("parameters")
    return _PARAM_NAME.findall(ctx.node_text(params)) if params is not None else []


def _fn_name(ctx: FileContext, fn: Node) -> str:
    name = fn.child_by_field_name("name")
    return ctx.node_text(name) if name is not None else ""


# a method whose decorator or annotation names the roles that may call it (type-graphql
# `@Authorized("pharmacist")`, `@Roles(...)`, `@RolesAllowed`, `@Secured`, `@PreAuthorize`):
# its role holders work on any record by design
_ROLE_DECLARED = lazyre.compile(r"@(Authorized|Roles|RolesAllowed|Secured|PreAuthorize|HasRoles|"
                                r"Permissions|RequirePermissions)\s*\(\s*[^)\s]")


def _role_declared(ctx: FileContext, fn: Node) -> bool:
    sibling = fn.prev_named_sibling
    texts = []
    while sibling is not None and sibling.type in ("decorator", "comment"):
        texts.append(ctx.node_text(sibling))
        sibling = sibling.prev_named_sibling
    texts += [ctx.node_text(c) for c in fn.children if c.type in ("decorator", "modifiers")]
    if fn.parent is not None and fn.parent.type == "decorated_definition":
        texts += [ctx.node_text(c) for c in fn.parent.children if c.type == "decorator"]
    return any(_ROLE_DECLARED.search(t) for t in texts)


def service_gaps(ctx: FileContext, hooks: OwnershipHooks) -> list[ServiceGap]:
    """Lookups outside any route (a service or repository class) that choose a record by an id
    parameter alone, while another function of the file reads or changes the same model
    filtered by an owner parameter as well (`findOwned(id, ownerId)` beside `findOne(id)`):
    the callers of this one can reach anyone's records."""
    found: list[ServiceGap] | None = ctx.cache.get("access.service_gaps")
    if found is not None:
        return found
    found = []
    inventory = hooks.inventory(ctx)
    if inventory.routes:
        ctx.cache["access.service_gaps"] = found
        return found
    lookups = [lk for lk in hooks.lookups(ctx) if lk.model]
    owned: list[tuple[Lookup, str]] = []
    plain: list[tuple[Lookup, str]] = []
    for lookup in lookups:
        fn = enclosing_function(ctx, lookup.node)
        if fn is None or _RAW_SQL.search(ctx.node_text(lookup.node)):
            # a repository issuing SQL offers unscoped primitives on purpose: which one a
            # route calls is decided in the route's file, not here
            continue
        params = _params(ctx, fn)
        owners = [p for p in params if _OWNER_PARAM.match(p)]
        text = ctx.node_text(_chain(lookup.node))
        owner = next((p for p in owners if _mentions(text, [p])), "")
        if owner:
            owned.append((lookup, owner))
            continue
        keys = [ctx.node_text(k) for k in lookup.keys]
        key = next((k for k in keys if k in params and _KEY_PARAM.match(k) and
                    not _OWNER_PARAM.match(k)), "")
        if key and not owners and not _UNSCOPED_NAME.search(_fn_name(ctx, fn)) and \
                not _role_declared(ctx, fn):
            plain.append((lookup, key))
    for lookup, key in plain:
        sibling = next(((s, o) for s, o in owned if _same_model(s.model, lookup.model)), None)
        if sibling is not None:
            found.append(ServiceGap(lookup, key, sibling[0], sibling[1]))
    ctx.cache["access.service_gaps"] = found
    return found
