"""Python mass assignment: a whole request map copied into a model or object (`Model(**body)`,
`Model.objects.create(**request.data)`, `query.update(body)`, `setattr` over `body.items()`,
`obj.__dict__.update(body)`), and Django `ModelForm`/DRF `ModelSerializer` classes that bind
every field (`fields = "__all__"`) or every field but a denylist that leaves powers writable
(`exclude = ["password", "groups"]` on a user model)."""

from __future__ import annotations

import re
from collections.abc import Callable

from tree_sitter import Node

from vigilint import lazyre
from vigilint.analyzers.access.localflow import Flow, carried, flow_at
from vigilint.analyzers.access.model import Binding, Read
from vigilint.analyzers.access.python.reads import reads
from vigilint.analyzers.access.python.routes import inventory
from vigilint.analyzers.access.syntax import descendants, nodes
from vigilint.analyzers.access.vocabulary import sensitive_field
from vigilint.analyzers.context import FileContext
from vigilint.analyzers.models import short_name
from vigilint.analyzers.syntax import python

_MAP_PARTS = frozenset({"body", "query"})
FlowAt = Callable[[Node], Flow | None]
_ORM_BASES = lazyre.compile(r"(\bdb\.Model|\bModel\b|\bBase\b|DeclarativeBase|SQLModel|Document|"
                        r"models\.Model|AbstractUser|AbstractBaseUser|ormar|Table)")
_NOT_ORM_BASES = lazyre.compile(r"(BaseModel|Schema|TypedDict|NamedTuple|dataclass|Serializer|"
                            r"Form\b|Exception|Enum)")
_NOT_MODELS = frozenset({"dict", "list", "set", "tuple", "Response", "JSONResponse",
                         "HTMLResponse", "HTTPException", "JsonResponse", "HttpResponse",
                         "Exception", "ValueError", "TypeError", "Path", "OrderedDict",
                         "SimpleNamespace", "Counter", "defaultdict", "Markup"})
_MODEL_WRITES = frozenset({"create", "update", "update_or_create", "get_or_create", "values",
                           "bulk_create", "insert"})
_DICT_TYPES = lazyre.compile(r"^(dict|Dict|Dict\[.*\]|dict\[.*\]|Any|typing\.Any|Mapping.*|"
                         r"JSON|Json)$")


def _whole_map(ctx: FileContext, flow: Flow, node: Node | None) -> Read | None:
    """The request map `node` carries as a whole (not one key of it)."""
    if node is None:
        return None
    if node.type == "call":  # `body.model_dump(exclude_unset=True)`, `payload.dict()`
        function = node.child_by_field_name("function")
        if function is not None and function.type == "attribute" and ctx.node_text(
                function.child_by_field_name("attribute")) in _DUMPS:
            found = _whole_map(ctx, flow, function.child_by_field_name("object"))
            if found is not None:
                return found
    if node.type == "dictionary_comprehension":
        # `{k: v for k, v in request.POST.items() if k != "csrfmiddlewaretoken"}`: every key
        # but a denylist (an allowlist, `if k in ALLOWED`, binds only the fields it names)
        clauses = [c for c in node.named_children if c.type == "for_in_clause"]
        tests = " ".join(ctx.node_text(c) for c in node.named_children
                         if c.type == "if_clause")
        words = tests.split()
        if len(clauses) != 1 or any(w == "in" and (i == 0 or words[i - 1] != "not")
                                    for i, w in enumerate(words)):
            return None  # `if k in ALLOWED`: an allowlist
        iterated = clauses[0].child_by_field_name("right")
        if iterated is not None and iterated.type == "call":
            function = iterated.child_by_field_name("function")
            if function is not None and function.type == "attribute" and ctx.node_text(
                    function.child_by_field_name("attribute")) == "items":
                return _whole_map(ctx, flow, function.child_by_field_name("object"))
        return None
    if node.type == "dictionary":  # {**body, "owner_id": uid}
        for child in node.named_children:
            if child.type == "dictionary_splat" and child.named_children:
                found = _whole_map(ctx, flow, child.named_children[0])
                if found is not None:
                    return found
        return None
    read = carried(ctx, flow, node)
    if read is None or read.part not in _MAP_PARTS or read.key:
        return None
    # `body["title"]` carries the body read but is one value, not the map
    if node.type == "subscript" or (node.type == "call" and ctx.node_text(node).rstrip(
            ")").endswith(("get(", "\"", "'"))):
        return None
    return read


def _classes(ctx: FileContext) -> dict[str, Node]:
    found: dict[str, Node] | None = ctx.cache.get("access.python.classes")
    if found is None:
        found = {}
        for node in nodes(ctx, "class_definition"):
            if node.type == "class_definition":
                found[ctx.node_text(node.child_by_field_name("name"))] = node
        ctx.cache["access.python.classes"] = found
    return found


def _is_model(ctx: FileContext, name: str) -> bool | None:
    """True for an ORM model, False for a schema or other class, None when unknown."""
    if name in _NOT_MODELS or not name[:1].isupper():
        return False
    cls = _classes(ctx).get(name)
    if cls is not None:
        bases = ctx.node_text(cls.child_by_field_name("superclasses"))
        if _NOT_ORM_BASES.search(bases):
            return False
        return bool(_ORM_BASES.search(bases)) or None
    imported = python(ctx).imports().get(name, "")
    if re.search(r"(schemas?|serializers?|forms?|dto|pydantic|requests?)\b", imported):
        return False
    return True if re.search(r"\bmodels?\b|\bentities\b|\bdb\b|\borm\b", imported) else None


def fields_of(ctx: FileContext, model: str) -> list[str] | None:
    """The sensitive fields a model declared in this file has (None when it is elsewhere)."""
    cls = _classes(ctx).get(model)
    if cls is None:
        return None
    body = cls.child_by_field_name("body")
    out = []
    for statement in body.named_children if body is not None else ():
        node = statement.named_children[0] if statement.type == "expression_statement" and \
            statement.named_children else None
        if node is not None and node.type == "assignment":
            name = ctx.node_text(node.child_by_field_name("left")).split(":")[0].strip()
            if sensitive_field(name):
                out.append(name)
    return out


_DUMPS = frozenset({"model_dump", "dict", "to_dict", "as_dict"})
# Fields of a request schema that give power or ownership when a client sets them
_POWER_FIELD = lazyre.compile(
    r"^(is_?)?(admin|staff|superuser|role|roles|permissions?|perms|groups?|owner|owner_?id|"
    r"user_?id|author_?id|creator|created_?by|account_?id|tenant_?id|org_?id|customer_?id|"
    r"member_?id|verified|approved|plan|tier|balance|credits?|trusted|privileged|banned)$|"
    r"_verified$", re.IGNORECASE)
_SCHEMA_BASES = lazyre.compile(r"\b(BaseModel|Schema|SQLModel)\b")


def _powered_schemas(ctx: FileContext, owned: bool = False) -> frozenset[str]:
    """Request schemas of this file that declare a field giving power or ownership
    (`class PetPatch(BaseModel): owner_id: int | None`): a client may send it. `owned`: also
    a column the file ties to the caller (`gardener_id`), whatever it is called."""
    out = set()
    owners = _owner_columns(ctx)
    for name, cls in _classes(ctx).items():
        if not _SCHEMA_BASES.search(ctx.node_text(cls.child_by_field_name("superclasses"))):
            continue
        body = cls.child_by_field_name("body")
        for statement in body.named_children if body is not None else ():
            node = statement.named_children[0] if statement.type == "expression_statement" \
                and statement.named_children else None
            field = ctx.node_text(node.child_by_field_name("left")).split(":")[0].strip() \
                if node is not None and node.type == "assignment" else ""
            if field and (_POWER_FIELD.search(field) or (owned and field in owners)):
                out.add(name)
                break
    return frozenset(out)


# the caller in a Python handler: a parameter filled by a `current_*` dependency (`me: Gardener
# = Depends(current_gardener)`), Flask-Login's `current_user`, Django's `request.user`
_CALLER_PARAM = lazyre.compile(r"\b(\w+)\s*(?::\s*[\w.\[\]| ]{1,80})?=\s*(?:Depends|Security)\("
                               r"\s*(?:get_)?current_\w*\)")


def _owner_columns(ctx: FileContext) -> frozenset[str]:
    """Columns the file ties to the caller, whatever they are called: compared with it
    (`HarvestLog.gardener_id == me.id`) or set from it (`gardener_id=me.id`). A request
    schema declaring one lets the client choose whose record it is."""
    found: frozenset[str] | None = ctx.cache.get("access.python.owner_columns")
    if found is not None:
        return found
    callers = {"current_user", "request.user", "g.user", "self.request.user",
               *(m.group(1) for m in _CALLER_PARAM.finditer(ctx.text))}
    alternatives = "|".join(re.escape(c) for c in sorted(callers, key=len, reverse=True))
    pattern = re.compile(rf"\b(\w+)\s*(?:==|=(?!=))\s*(?:{alternatives})(?:\.(?:id|pk))?\b")
    found = frozenset(m.group(1) for m in pattern.finditer(ctx.text)
                      if m.group(1) not in callers and m.group(1) not in ("id", "pk"))
    ctx.cache["access.python.owner_columns"] = found
    return found


def _dict_params(ctx: FileContext) -> list[Read]:
    """Handler parameters that are a raw JSON object (`changes: dict = Body(...)`)."""
    out = []
    powered = _powered_schemas(ctx)
    owned = _powered_schemas(ctx, owned=True) - powered
    routes = inventory(ctx).routes if owned else []
    for fn in python(ctx).functions():
        # a schema whose only power is the owner's column: the client chooses whose record it
        # is, unless a role chooses for others by design (staff filing a patient's record)
        by_role = any(route.handler is not None and
                      route.handler.start_byte <= fn.node.start_byte < route.handler.end_byte
                      and any(g.role for g in route.guards) for route in routes)
        for param in fn.params:
            annotation = param.node.child_by_field_name("type")
            text = ctx.node_text(annotation).strip() if annotation is not None else ""
            if annotation is None or not (_DICT_TYPES.match(text) or text in powered or
                                          (text in owned and not by_role)):
                continue
            default = ctx.node_text(param.default) if param.default is not None else ""
            if default and not re.match(r"^(fastapi\.)?Body\(", default):
                continue
            name = param.node.child_by_field_name("name") or next(
                (c for c in param.node.named_children if c.type == "identifier"), param.node)
            if name.type == "identifier" and any(
                    short_name(d.name) in ("get", "post", "put", "patch", "delete", "api_route",
                                           "route") for d in fn.decorators):
                out.append(Read(name, "body", ""))
    return out


def bindings(ctx: FileContext) -> list[Binding]:
    found: list[Binding] | None = ctx.cache.get("access.python.bindings")
    if found is not None:
        return found
    out: list[Binding] = []
    all_reads = [*_dict_params(ctx), *reads(ctx)]  # a dict body is a whole map
    if "__all__" not in ctx.text and "exclude" not in ctx.text and not any(r.part in _MAP_PARTS and not r.key
                                             for r in all_reads):
        ctx.cache["access.python.bindings"] = out
        return out
    def at(node: Node) -> Flow | None:
        return flow_at(ctx, node, "python.bindings", lambda: all_reads)

    sem = python(ctx)
    for node in nodes(ctx, "call", "for_statement", "assignment"):
        if node.type == "call":
            out.extend(_call_binding(ctx, node, at))
        elif node.type == "for_statement":
            found_loop = _setattr_loop(ctx, node, at)
            if found_loop is not None:
                out.append(found_loop)
        elif node.type == "assignment" and ctx.node_text(node.child_by_field_name("left")) \
                == "fields" and sem.string_value(node.child_by_field_name("right")) == "__all__":
            meta, outer = _meta_and_owner(node)
            view = _edit_view(ctx, node)
            if view is not None:
                # `class MembershipUpdateView(UpdateView): fields = "__all__"`: the view's
                # form binds every field of the model, ownership and roles included
                model = re.search(r"\bmodel\s*=\s*([\w.]+)", ctx.node_text(view))
                out.append(Binding(node, node, model.group(1).rsplit(".", 1)[-1] if model else
                                   ctx.node_text(view.child_by_field_name("name")),
                                   "declaration"))
            elif meta is not None and outer is not None and re.search(
                    r"Model(Serializer|Form)|HyperlinkedModelSerializer",
                    ctx.node_text(outer.child_by_field_name("superclasses"))):
                model = re.search(r"\bmodel\s*=\s*([\w.]+)", ctx.node_text(meta))
                out.append(Binding(node, node, model.group(1).rsplit(".", 1)[-1] if model else
                                   ctx.node_text(outer.child_by_field_name("name")),
                                   "declaration"))
        elif node.type == "assignment" and ctx.node_text(node.child_by_field_name("left")) \
                == "exclude":
            found_exclude = _denylist(ctx, node)
            if found_exclude is not None:
                out.append(found_exclude)
    ctx.cache["access.python.bindings"] = out
    return out


# Fields only a user model has: a form or serializer excluding them binds a user model
_USER_MODEL_FIELDS = frozenset({"password", "groups", "user_permissions", "last_login"})
_POWER_FIELDS = ("is_staff", "is_superuser")


def _denylist(ctx: FileContext, node: Node) -> Binding | None:
    """`exclude = ["password", "groups"]` in the `Meta` of a `ModelSerializer`/`ModelForm` of
    a user model: every other field is writable, `is_staff` and `is_superuser` included
    (or, for a model of this file, its sensitive fields that are neither excluded nor
    read-only)."""
    meta, outer = _meta_and_owner(node)
    if meta is None or outer is None or not re.search(
            r"Model(Serializer|Form)|HyperlinkedModelSerializer",
            ctx.node_text(outer.child_by_field_name("superclasses"))):
        return None
    right = node.child_by_field_name("right")
    excluded = {python(ctx).string_value(n) for n in (right.named_children if right is not
                                                      None else ())}
    meta_text = ctx.node_text(meta)
    read_only = re.search(r"read_only_fields\s*=\s*[\[(]([^\])]*)", meta_text)
    protected = excluded | set(re.findall(r"[\"'](\w+)[\"']", read_only.group(1) if
                                          read_only else ""))
    found = re.search(r"\bmodel\s*=\s*([\w.]+)", meta_text)
    model = found.group(1).rsplit(".", 1)[-1] if found else ""
    known = fields_of(ctx, model) if model else None
    if known is not None:
        open_fields = [f for f in known if f not in protected]
    elif excluded & _USER_MODEL_FIELDS:
        open_fields = [f for f in _POWER_FIELDS if f not in protected]
    else:
        return None
    if not open_fields:
        return None
    return Binding(node, node, model or ctx.node_text(outer.child_by_field_name("name")),
                   "denylist")


def _call_binding(ctx: FileContext, call: Node, flow_at: FlowAt) -> list[Binding]:
    sem = python(ctx)
    receiver, method = sem.callee(call)
    args = sem.arguments(call)
    splats = [a.named_children[0] for a in args.nodes
              if a.type == "dictionary_splat" and a.named_children]
    flow = flow_at(call)
    if flow is None:
        return []
    function = call.child_by_field_name("function")
    callee = ctx.node_text(function)
    if splats:
        source = next((s for s in splats if _whole_map(ctx, flow, s) is not None), None)
        if source is None:
            return []
        if receiver is None and _is_model(ctx, callee) is not False and \
                callee not in _NOT_MODELS and callee[:1].isupper():
            return [Binding(call, source, callee, "model")]
        if method in _MODEL_WRITES:
            model = re.match(r"^([A-Z]\w*)", ctx.node_text(receiver)) if receiver else None
            return [Binding(call, source, model.group(1) if model else "", "model")]
        return []
    if method == "update" and receiver is not None and args.positional:
        source = args.positional[0]
        if _whole_map(ctx, flow, source) is None:
            return []
        target = ctx.node_text(receiver)
        if target.endswith("__dict__") or re.match(r"^vars\(", target):
            return [Binding(call, source, target.removesuffix(".__dict__"), "merge")]
        if re.search(r"\.(query|objects)\b|filter(_by)?\(|\bupdate\(", target):
            model = re.match(r"^([A-Z]\w*)", target)
            return [Binding(call, source, model.group(1) if model else "", "model")]
    if callee == "setattr" and len(args.positional) == 3:
        key = carried(ctx, flow, args.positional[1])
        if key is not None and key.part in _MAP_PARTS and not _in_items_loop(ctx, call):
            return [Binding(call, args.positional[1], ctx.node_text(args.positional[0]),
                            "merge")]
    return []


def _in_items_loop(ctx: FileContext, call: Node) -> bool:
    cur = call.parent
    while cur is not None and cur.type not in ("function_definition", "module"):
        if cur.type == "for_statement" and ".items()" in ctx.node_text(
                cur.child_by_field_name("right")):
            return True
        cur = cur.parent
    return False


def _setattr_loop(ctx: FileContext, loop: Node, flow_at: FlowAt) -> Binding | None:
    """`for key, value in body.items(): setattr(obj, key, value)`."""
    right = loop.child_by_field_name("right")
    body = loop.child_by_field_name("body")
    flow = flow_at(loop)
    if right is None or body is None or flow is None or right.type != "call":
        return None
    function = right.child_by_field_name("function")
    if function is None or function.type != "attribute" or \
            ctx.node_text(function.child_by_field_name("attribute")) != "items":
        return None
    source = function.child_by_field_name("object")
    if source is None or _whole_map(ctx, flow, source) is None:
        return None
    left = loop.child_by_field_name("left")
    key = left.named_children[0] if left is not None and left.type in (
        "pattern_list", "tuple_pattern") and left.named_children else None
    if key is not None and _allow_listed(ctx, body, ctx.node_text(key)):
        return None
    for node in descendants(body):
        if node.type == "call" and ctx.node_text(node.child_by_field_name("function")) == \
                "setattr":
            args = python(ctx).arguments(node).positional
            # reported at the `setattr`, where each client-chosen field is written
            return Binding(node, source, ctx.node_text(args[0]) if args else "", "merge")
    return None


def _allow_listed(ctx: FileContext, body: Node, key: str) -> bool:
    """The loop checks each key against an allow-list before it sets it (`if key not in
    ALLOWED: raise ...` / `continue`, or `if key in ALLOWED: setattr(...)`)."""
    for node in descendants(body):
        if node.type != "if_statement":
            continue
        condition = node.child_by_field_name("condition")
        if condition is None or condition.type != "comparison_operator":
            continue
        operands = condition.named_children
        operators = [c.type for c in condition.children if not c.is_named]
        if not operands or ctx.node_text(operands[0]) != key:
            continue
        if operators == ["in"]:
            return True
        consequence = ctx.node_text(node.child_by_field_name("consequence"))
        if operators in (["not", "in"], ["not in"]) and re.search(r"^\s*(raise|continue|return)\b",
                                                    consequence):
            return True
    return False


def _edit_view(ctx: FileContext, node: Node) -> Node | None:
    """The Django generic create or update view whose class body holds `node` directly."""
    cls = node.parent
    while cls is not None and cls.type not in ("class_definition", "function_definition"):
        cls = cls.parent
    if cls is None or cls.type != "class_definition":
        return None
    bases = ctx.node_text(cls.child_by_field_name("superclasses"))
    return cls if re.search(r"\b(CreateView|UpdateView)\b", bases) else None


def _meta_and_owner(node: Node) -> tuple[Node | None, Node | None]:
    """The class around `node` (a form's or serializer's `Meta`) and the class around that."""
    meta = node.parent
    while meta is not None and meta.type != "class_definition":
        meta = meta.parent
    outer = meta.parent if meta is not None else None
    while outer is not None and outer.type != "class_definition":
        outer = outer.parent
    return meta, outer
