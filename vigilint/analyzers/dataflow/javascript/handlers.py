"""Which JavaScript/TypeScript functions are request handlers, and what their parameters hold.

All knowledge comes from the models (`routes`, `sources`): a function passed to a routing
call (`app.get(path, fn)`, typed through the receiver or, for receivers of unknown type, by the
method name in a file that imports the framework), an exported handler (`export async function
GET`, `export default` in `pages/api/`), a function whose parameters carry the framework's
conventional names (`(req, res)`, `(request, reply)`, `(ctx, next)`), a decorated controller
method (`@Get()`), or a parameter typed or named as a request object. Request parameters are
values of type "<request type>" so member reads know what is input (`req.query`) and what is
not (`req.user`).
"""

from __future__ import annotations

import functools
from fnmatch import fnmatch

from tree_sitter import Node

from vigilint.analyzers.context import FileContext
from vigilint.analyzers.dataflow.calls import CallModel
from vigilint.analyzers.dataflow.kinds import ALL_KINDS, HTTP, param_label
from vigilint.analyzers.dataflow.value import Origin, Value
from vigilint.analyzers.models import Models, Route, Source, load
from vigilint.analyzers.syntax import FunctionDef, Param
from vigilint.analyzers.syntax.javascript import JavaScriptSemantics

ANNOTATION = "annotation:"  # type prefix of a request object given by a parameter decorator


@functools.cache
def library_modules(language: str) -> dict[str, tuple[str, ...]]:
    """Library name -> its modules (a route or source applies where the file imports one)."""
    return {lib.library: lib.modules for lib in load(language).libraries}


def request_source(calls: CallModel, type_name: str) -> Source | None:
    """The model source of a request object type (a parameter type, a module-level object
    such as `location`, or a decorator's request object)."""
    if not type_name:
        return None
    if type_name.startswith(ANNOTATION):
        return calls.models.source_annotations.get(type_name[len(ANNOTATION):])
    found = calls.models.request_types.get(type_name) or calls.request_object(type_name)
    if found is None and "." in type_name and type_name.endswith(("Request", "Context")):
        found = calls.request_type(type_name)
    return found


def request_value(src_type: str, node: Node, description: str, index: int | None) -> Value:
    labels = frozenset({HTTP}) if index is None else frozenset({HTTP, param_label(index)})
    return Value(labels=labels, origin=Origin(description, node.start_byte, node.end_byte),
                 type=src_type)


class Handlers:
    """Route facts of one file, computed from its syntax before the dataflow pass."""

    def __init__(self, ctx: FileContext, sem: JavaScriptSemantics, calls: CallModel) -> None:
        self.ctx = ctx
        self.sem = sem
        self.calls = calls
        self.models: Models = calls.models
        self.modules = library_modules(ctx.language)
        # function start -> the route it handles (registrations found during the pass add more)
        self.route_of: dict[int, Route] = {}
        self._exported = self._exports()
        for fn in sem.functions():
            route = self._exported.get(fn.node.start_byte) or self._by_params(fn)
            if route is not None:
                self.route_of[fn.node.start_byte] = route

    # -- which functions --------------------------------------------------------------------
    def imports_library(self, library: str) -> bool:
        return self.sem.imports_any(self.modules.get(library, ()))

    def _exports(self) -> dict[int, Route]:
        """Exported functions whose names a route's `exports` list (and whose file matches)."""
        by_name: dict[str, list[Route]] = {}
        for lib in self.models.libraries:
            for route in lib.routes:
                for name in route.exports:
                    by_name.setdefault(name, []).append(route)
        if not by_name:
            return {}
        path = self.ctx.path.replace("\\", "/")
        out: dict[int, Route] = {}
        for fn in self.sem.functions():
            name = self._export_name(fn)
            for route in by_name.get(name, []) if name else []:
                if not route.files or any(fnmatch(path, g) for g in route.files):
                    out[fn.node.start_byte] = route
                    break
        return out

    def _export_name(self, fn: FunctionDef) -> str:
        node = fn.node
        parent = node.parent
        if parent is None:
            return ""
        if parent.type == "export_statement":
            return "default" if any(c.type == "default" for c in parent.children) else fn.name
        if parent.type == "variable_declarator":
            decl = parent.parent.parent if parent.parent is not None else None
            return fn.name if decl is not None and decl.type == "export_statement" else ""
        if parent.type == "assignment_expression":
            target = self.ctx.node_text(parent.child_by_field_name("left"))
            if target in ("module.exports", "exports.default", "module.exports.default"):
                return "default"
            if target.startswith(("exports.", "module.exports.")):
                return target.rsplit(".", 1)[-1]
        return ""

    def _by_params(self, fn: FunctionDef) -> Route | None:
        """A function named like a framework's handler: `(req, res)`, `(request, h)`, ..."""
        names = [p.name for p in fn.params]
        found: Route | None = None
        for lib in self.models.libraries:
            for route in lib.routes:
                wanted = route.handler_params
                if len(wanted) >= 2 and tuple(names[:len(wanted)]) == wanted:
                    if self.imports_library(route.library):
                        return route
                    found = found or route
        return found

    def registration(self, name: str, method: str, receiver_type: str) -> Route | None:
        """The route a call registers handlers for: by its typed or qualified name, else (a
        receiver of unknown type) by its method name in a file that imports the framework."""
        candidates = self.models.route_registrations.get(method)
        if not candidates:
            return None
        typed = f"{receiver_type}.{method}" if receiver_type else ""
        for route in candidates:
            if name in route.registrations or (typed and typed in route.registrations):
                return route
        if receiver_type:
            return None  # a known type that registers nothing (a Map's get)
        for route in candidates:
            if self.imports_library(route.library):
                return route
        return None

    # -- parameters ---------------------------------------------------------------------
    def seeds(self, fn: FunctionDef) -> list[Value | None]:
        """The value of each parameter when the function runs as a handler or takes request
        objects; None leaves the parameter of unknown origin (`param:N`)."""
        route = self.route_of.get(fn.node.start_byte)
        out: list[Value | None] = []
        # an error-handling middleware takes the error first, then the handler's parameters
        # (Express `(err, req, res, next)`): one parameter more than the handler types
        shift = 1 if route is not None and len(route.handler_types) >= 3 and \
            len(fn.params) == len(route.handler_types) + 1 else 0
        if shift:
            out.append(None)
        for i, param in enumerate(fn.params[shift:], start=shift):
            out.append(self._param_value(fn, param, i, route, shift))
        return out

    def _param_value(self, fn: FunctionDef, param: Param, index: int,
                     route: Route | None, shift: int = 0) -> Value | None:
        label = param.name or self.ctx.node_text(param.node)
        for annotation in param.annotations:
            src = self.models.source_annotations.get(annotation)
            if src is None:
                continue
            if src.attributes:  # @Req(): the request object
                return request_value(ANNOTATION + annotation, param.node, f"`{label}`", index)
            kinds = self._pipe_kinds(param)
            value = request_value("", param.node, f"`@{annotation.rsplit('.', 1)[-1]}() "
                                                  f"{label}`", index)
            return Value(labels=value.labels, clean=kinds, origin=value.origin) if kinds \
                else value
        if route is not None and index - shift < len(route.handler_types):
            src_type = route.handler_types[index - shift]
            if request_source(self.calls, src_type) is not None:
                return request_value(src_type, param.node, f"`{label}`", index)
        if param.type and request_source(self.calls, param.type) is not None:
            return request_value(param.type, param.node, f"`{label}`", index)
        if param.name:
            src = self.calls.request_parameter(param.name)
            if src is not None and src.types:
                return request_value(src.types[0], param.node, f"`{label}`", index)
        return None

    def _pipe_kinds(self, param: Param) -> frozenset[str]:
        """Kinds a parameter decorator's pipe cleans (`@Param('id', ParseIntPipe)`)."""
        wrapper = param.node.parent
        kinds: frozenset[str] = frozenset()
        if wrapper is None:
            return kinds
        for decorator in wrapper.children_by_field_name("decorator"):
            call = decorator.named_children[0] if decorator.named_children else None
            if call is None or call.type != "call_expression":
                continue
            for arg in self.sem.arguments(call).positional:
                target = arg.child_by_field_name("constructor") \
                    if arg.type == "new_expression" else arg
                san = self.calls.sanitizer(self.sem.qualified_name(target) or "")
                if san is not None:
                    kinds = kinds | san.kinds
        return kinds if kinds != ALL_KINDS else ALL_KINDS
