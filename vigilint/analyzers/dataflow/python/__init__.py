"""The Python adapter of the dataflow core: route handlers and request parameters from the
models, then every function (and the module body) interpreted once per file.

Labels: request data, `sys.argv`, `input()` and the environment are sources (their kinds in
`dataflow.kinds`); a function's i-th parameter carries `param:i`, so its return value says
which parameters reach it (an in-file summary applied at each call site).
"""

from __future__ import annotations

import functools
import re

from tree_sitter import Node

from vigilint import lazyre
from vigilint.analyzers.context import FileContext
from vigilint.analyzers.dataflow import import_lines
from vigilint.analyzers.dataflow.calls import call_model
from vigilint.analyzers.dataflow.flow import FileFlow, FunctionState, register
from vigilint.analyzers.dataflow.kinds import ALL_KINDS, HTTP, param_label
from vigilint.analyzers.dataflow.python.statements import PythonInterpreter
from vigilint.analyzers.dataflow.value import CLEAN, REQUEST, Env, Origin, Value
from vigilint.analyzers.models import load, short_name
from vigilint.analyzers.syntax import FunctionDef, python

__all__ = ["PythonInterpreter", "analyze", "is_route_handler", "serialized_returns"]


# Parameter types a framework converts the input to (or rejects it): no attacker text survives.
_NON_TEXT_TYPES = frozenset({"int", "float", "bool", "complex", "uuid.UUID", "UUID",
                             "datetime.date", "datetime.datetime", "datetime.time", "date",
                             "datetime", "time", "decimal.Decimal", "Decimal", "pydantic.UUID4",
                             "pydantic.PositiveInt", "pydantic.conint", "PositiveInt"})
_CONVERTER = lazyre.compile(r"<(int|float|uuid):(\w+)>")


def _converted_params(ctx: FileContext, fn: FunctionDef) -> set[str]:
    """Route parameters the route's converters make numbers or UUIDs (`/<int:order_id>`)."""
    out: set[str] = set()
    for decorator in fn.decorators:
        if decorator.call is not None and "<" in ctx.node_text(decorator.call):
            out.update(m.group(2) for m in _CONVERTER.finditer(ctx.node_text(decorator.call)))
    return out


@functools.cache
def _not_input() -> re.Pattern[str] | None:
    names = sorted(load("python").not_input_types)
    return re.compile(r"\b(" + "|".join(map(re.escape, names)) + r")\b") if names else None


def _type_aliases(ctx: FileContext) -> dict[str, str]:
    """Module-level names bound to a type expression (`SessionDep = Annotated[Session,
    Depends(get_session)]`, `type UserDep = ...`): name -> the expression's text."""
    found: dict[str, str] | None = ctx.cache.get("dataflow.python.aliases")
    if found is None:
        found = {}
        for statement in ctx.tree.root_node.named_children if ctx.tree is not None else ():
            node = statement.named_children[0] if statement.type == "expression_statement" \
                and statement.named_children else statement
            if node.type not in ("assignment", "type_alias_statement"):
                continue
            left = node.child_by_field_name("left") or (
                node.named_children[0] if node.named_children else None)
            right = node.child_by_field_name("right") or (
                node.named_children[-1] if node.named_children else None)
            if left is not None and right is not None and right != left:
                found[ctx.node_text(left).removeprefix("type ").strip()] = ctx.node_text(right)
        ctx.cache["dataflow.python.aliases"] = found
    return found


def route_decorator(fn: FunctionDef) -> bool:
    """True when a decorator declares a route (by the models: `flask.Flask.route`, or a route
    method name such as `app.get` on a receiver of unknown type)."""
    models = load("python")
    for decorator in fn.decorators:
        if decorator.name in models.route_decorators or \
                short_name(decorator.name) in models.route_methods:
            return True
    return False


def serialized_returns(ctx: FileContext, fn: Node) -> bool:
    """True when the framework serializes the handler's return value (FastAPI path operations
    send it as JSON): the route is known by its full decorator name, and neither the route nor
    the file names another response class (`response_class=`, `default_response_class=`)."""
    found = python(ctx).function(fn)
    if found is None:
        return False
    for decorator in found.decorators:
        route = load("python").route_decorator(decorator.name)
        if route is None or route.returns != "json":
            continue
        keyword = route.response_keyword
        named = decorator.call is not None and keyword in ctx.node_text(decorator.call)
        return not keyword or not (named or f"default_{keyword}" in ctx.text)
    return False


def is_route_handler(ctx: FileContext, fn: Node) -> bool:
    found = python(ctx).function(fn)
    return found is not None and route_decorator(found)


# HTTP clients' request types: a `request: httpx.Request` parameter is a request the program
# sends (a transport, an auth flow, an event hook), not one it serves
_CLIENT_REQUEST_MODULES = ("httpx.", "requests.", "urllib.request.", "urllib3.", "http.client.",
                           "aiohttp.client", "aiohttp.ClientRequest", "botocore.awsrequest.")


def analyze(ctx: FileContext) -> FileFlow:
    """The dataflow facts of a Python file."""
    state = FileFlow(ctx)
    sem = python(ctx)
    calls = call_model("python")
    defs = sem.functions()
    infos: list[tuple[FunctionState, FunctionDef]] = []
    for fn in defs:
        info = FunctionState(node=fn.node, name=fn.name, qualified_name=fn.qualified_name,
                             params=[p.name for p in fn.params])
        state.functions[fn.name] = info
        state.by_node[fn.node.start_byte] = info
        infos.append((info, fn))
    by_start = {info.node.start_byte: fn for info, fn in infos}
    module_env: Env = {}
    not_input = _not_input()

    def run(info: FunctionState) -> None:
        if info.done or info.running:
            return
        info.running = True
        fn = by_start[info.node.start_byte]
        interp = PythonInterpreter(ctx, state, info, run)
        interp.env.update(module_env)  # module-level names (constants, argv-derived values)
        interp.declared = {p.name: p.type for p in fn.params if p.type}
        route = route_decorator(fn)
        converted = _converted_params(ctx, fn) if route else set()
        for i, param in enumerate(fn.params):
            pname = param.name
            if pname in ("self", "cls"):
                interp.env[pname] = CLEAN
                continue
            # an HTTP client's request (one the program builds and sends) is not one it serves
            outgoing = param.type.startswith(_CLIENT_REQUEST_MODULES) and not route
            src = calls.request_type(param.type) if param.type and not outgoing else None
            if not outgoing and (
                    src is not None or pname in ("request",) or
                    calls.request_parameter(pname) is not None or param.type.endswith("Request")):
                state.request_names[pname] = src or calls.request_parameter(pname)
                interp.env[pname] = Value(labels=frozenset({HTTP}), origin=Origin(
                    f"`{pname}`", param.node.start_byte, param.node.end_byte), type=REQUEST)
                continue
            label = param_label(i)
            alias = _type_aliases(ctx).get(param.type, "") if param.type else ""
            if route and not (not_input and (not_input.search(ctx.node_text(param.node))
                                             or not_input.search(alias))):
                # a number or UUID the framework converted is still the client's choice (an
                # object id), but no text of it reaches an injection sink
                typed = param.type in _NON_TEXT_TYPES or pname in converted
                interp.env[pname] = Value(
                    labels=frozenset({HTTP, label}), clean=ALL_KINDS if typed else frozenset(),
                    origin=Origin(f"route parameter `{pname}`", param.node.start_byte,
                                  param.node.end_byte))
            else:
                interp.env[pname] = Value(labels=frozenset({label}))
        interp.run_block(fn.body)
        info.returns = interp.returns or CLEAN
        info.done = True
        info.running = False

    if ctx.tree is not None:
        module = PythonInterpreter(ctx, state, None, run)
        module_env = module.env  # filled while the module body runs
        module.run_block(ctx.tree.root_node)
        for info, _ in infos:
            run(info)
    return state


register(("python",), analyze, import_lines.PYTHON)
