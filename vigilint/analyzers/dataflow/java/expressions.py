"""Java expressions on the core's values: literals (folded with Java's semantics), names and
fields, operators, string concatenation, arrays, casts, conditionals, lambdas (their bodies run
where they are passed), `instanceof` patterns and switch expressions."""

from __future__ import annotations

from typing import Any

from tree_sitter import Node

from vigilint.analyzers.context import FileContext
from vigilint.analyzers.dataflow.flow import FileFlow, FunctionState
from vigilint.analyzers.dataflow.interp import Interpreter
from vigilint.analyzers.dataflow.java.constants import Char, fold, literal
from vigilint.analyzers.dataflow.java.file import JavaFile, retype
from vigilint.analyzers.dataflow.value import (
    CLEAN,
    LITERAL,
    NOCONST,
    Env,
    Value,
    const,
    element_of,
    join,
    merge,
    store,
)

_LITERALS = frozenset({"string_literal", "character_literal", "decimal_integer_literal",
                       "hex_integer_literal", "octal_integer_literal", "binary_integer_literal",
                       "decimal_floating_point_literal", "hex_floating_point_literal"})
_COMPARISONS = frozenset({"<", ">", "<=", ">=", "==", "!="})
# values are immutable: literals and booleans are shared by every file
_LITERAL_VALUES: dict[str, Value] = {}
_TRUE, _FALSE, _NULL = const(True), const(False), const(None)
_NAME_TYPES = ("field_access", "scoped_identifier", "scoped_type_identifier")
_OBJECT_TYPES = frozenset({"java.lang.Object", "java.lang.String", "java.lang.CharSequence"})


class JavaExpressions(Interpreter):
    """The expression half of the Java interpreter."""

    def __init__(self, ctx: FileContext, state: FileFlow, info: FunctionState | None,
                 analyze_function: Any, file: JavaFile) -> None:
        super().__init__(ctx, state, info, analyze_function)
        self.file = file
        self.sem = file.sem
        self.calls = file.calls
        self.text = ctx.node_text  # type: ignore[method-assign]
        self.loop_continues: list[Env] = []
        self.yields: list[Value] | None = None
        # the class around the code this interpreter runs (fields are looked up from there)
        self.cls: Node | None = self.sem.class_at(info.node) if info is not None else None

    # defined by the subclasses
    def call(self, node: Node) -> Value:
        raise NotImplementedError

    def new(self, node: Node) -> Value:
        raise NotImplementedError

    def switch(self, node: Node) -> bool:
        raise NotImplementedError

    def run_block(self, block: Node | None) -> bool:
        raise NotImplementedError

    def text(self, node: Node | None) -> str:
        return self.ctx.node_text(node)

    # -- evaluation ---------------------------------------------------------------------
    def dead(self, node: Node | None) -> None:
        """`node` never runs (a branch whose condition folded to a constant)."""
        if node is not None:
            self.state.dead.append((node.start_byte, node.end_byte))

    def _expr(self, node: Node) -> Value:
        t = node.type
        if t == "identifier":
            return self.name(node)
        if t in _LITERALS:
            text = self.text(node)
            found = _LITERAL_VALUES.get(text)
            if found is None:
                value = literal(t, text)
                found = const(value) if value is not NOCONST else LITERAL
                if len(_LITERAL_VALUES) >= 8192:
                    _LITERAL_VALUES.clear()
                _LITERAL_VALUES[text] = found
            return found
        if t == "true":
            return _TRUE
        if t == "false":
            return _FALSE
        if t == "null_literal":
            return _NULL
        if t == "method_invocation":
            return self.call(node)
        if t == "object_creation_expression":
            return self.new(node)
        if t == "binary_expression":
            return self.binary(node)
        if t == "field_access":
            return self.field_access(node)
        if t in ("parenthesized_expression", "expression_statement"):
            inner = node.named_children
            return self.expr(inner[0]) if inner else CLEAN
        if t == "cast_expression":
            value = self.expr(node.child_by_field_name("value"))
            type_node = node.child_by_field_name("type")
            cast = self.file.resolve(self.text(type_node)) if type_node is not None else ""
            if cast and cast not in _OBJECT_TYPES and (not value.type or "$" not in value.type) \
                    and self.file.worth_typing(cast):
                return retype(value, cast)
            return value
        if t == "assignment_expression":
            return self.assignment(node)
        if t == "ternary_expression":
            cond = self.expr(node.child_by_field_name("condition"))
            yes, no = node.child_by_field_name("consequence"), node.child_by_field_name(
                "alternative")
            if isinstance(cond.const, bool):
                self.dead(no if cond.const else yes)
                return self.expr(yes if cond.const else no)
            saved = dict(self.env)
            self.refine_condition(node.child_by_field_name("condition"), True)
            first = self.expr(yes)
            self.env = saved
            return join(first, self.expr(no))
        if t == "unary_expression":
            operand = self.expr(node.child_by_field_name("operand"))
            op = self.text(node.child_by_field_name("operator"))
            if op == "!" and isinstance(operand.const, bool):
                return const(not operand.const)
            if op in ("-", "+") and isinstance(operand.const, (int, float)) and \
                    not isinstance(operand.const, bool):
                return const(-operand.const if op == "-" else operand.const)
            return LITERAL  # a number or a boolean: no text
        if t == "update_expression":
            target = next((c for c in node.named_children), None)
            old = self.expr(target)
            new = fold("+" if "++" in self.text(node) else "-", old.const, 1) \
                if old.has_const else NOCONST
            self.assign(target, const(new) if new is not NOCONST else LITERAL)
            return LITERAL
        if t == "array_access":
            array = self.expr(node.child_by_field_name("array"))
            index = self.expr(node.child_by_field_name("index"))
            if index.has_const:
                item = array.item(index.const)
                if item is not None:
                    return item
            return element_of(array) if array.all_labels() else \
                (LITERAL if array.is_literal else CLEAN)
        if t == "array_creation_expression":
            init = next((c for c in node.named_children if c.type == "array_initializer"), None)
            for child in node.named_children:
                if child is not init and child.type == "dimensions_expr":
                    self.expr(child)
            return self.expr(init) if init is not None else Value(items=())
        if t == "array_initializer":
            return Value(seq=tuple(self.expr(c) for c in node.named_children))
        if t == "instanceof_expression":
            left = self.expr(node.child_by_field_name("left"))
            name = node.child_by_field_name("name")
            if name is not None:
                self.bind(name, left)
            return LITERAL
        if t == "lambda_expression":
            self.lambda_value(node, [])
            return LITERAL
        if t == "switch_expression":
            outer, self.yields = self.yields, []
            self.switch(node)
            yielded, self.yields = self.yields, outer
            return merge(yielded) if len(yielded) != 1 else yielded[0]
        if t in ("this", "super"):
            return CLEAN
        if t in ("class_literal", "method_reference", "array_type", "type_identifier",
                 "generic_type", "scoped_type_identifier"):
            return LITERAL
        if t == "text_block":
            return const(self.text(node)[3:-3])
        return merge([self.expr(c) for c in node.named_children
                      if c.type not in ("line_comment", "block_comment")])

    # -- names and fields ---------------------------------------------------------------
    def name(self, node: Node) -> Value:
        name = self.text(node)
        env = self.env
        if name in env:
            return env[name]
        this_field = env.get("this." + name)
        if this_field is not None:
            return this_field
        found = self.file.field_value(node, name, self.cls)
        if found is not None:
            return found
        if name[:1].isupper():
            return LITERAL  # a class (or a constant of an outer scope)
        return CLEAN

    def static_class(self, node: Node | None) -> str:
        """The qualified class a receiver names (`Paths`, `java.nio.file.Paths`,
        `DatabaseHelper.Inner`), "" for a variable or any other expression."""
        if node is None:
            return ""
        t = node.type
        if t != "identifier" and t not in _NAME_TYPES:
            return ""
        text = self.text(node)
        if t != "identifier":
            if "(" in text:
                return ""
            text = "".join(text.split())
        head = text.split(".", 1)[0]
        env = self.env
        if head in env or "this." + head in env:
            return ""
        key = (self.cls.start_byte if self.cls is not None else -1, text)
        found = self.file.statics.get(key)
        if found is None:
            found = self.file.statics[key] = self._static_class(node, text, head)
        return found

    def _static_class(self, node: Node, text: str, head: str) -> str:
        if head in ("this", "super") or self.file.field_value(node, head, self.cls) is not None:
            return ""
        if "." not in text:
            return self.file.resolve(text) if text[:1].isupper() or \
                text in self.sem.imports() else ""
        parts = text.split(".")
        last = parts[-1]
        # `java.util.UUID` (a package, then a class) or `Outer.Inner`; `Utils.SOME_DIR` and
        # `Helper.field` are fields
        package = all(p[:1].islower() for p in parts[:-1])
        if last[:1].isupper() and (package or not last.isupper()) and \
                not (last.isupper() and "_" in last):
            return self.file.resolve(text)
        return ""

    def field_access(self, node: Node) -> Value:
        obj_node = node.child_by_field_name("object")
        field = self.text(node.child_by_field_name("field"))
        if obj_node is None:
            return CLEAN
        if obj_node.type == "this":
            found = self.env.get("this." + field)
            if found is not None:
                return found
            value = self.file.field_value(node, field, self.cls)
            return value if value is not None else CLEAN
        static = self.static_class(obj_node)
        if static:
            qualified = f"{static}.{field}"
            kind = self.calls.source_kind(qualified)
            if kind:
                return self.source_value(kind, node, f"`{self.text(node)}`")
            if self.file.is_own_class(static):
                cls_value = self.own_static_field(static, field)
                if cls_value is not None:
                    return cls_value
            typed = self.calls.result_type(qualified)
            return Value(literal=True, type=typed) if typed else LITERAL
        if self.static_class(node):
            return LITERAL  # a nested class used as a value (`Outer.Inner`)
        obj = self.expr(obj_node)
        if field == "length":
            return LITERAL
        item = obj.item(("attr", field))
        if item is not None:
            return item
        if obj.all_labels():
            return merge([obj])
        return LITERAL if obj.is_literal or field.isupper() else CLEAN

    def own_static_field(self, owner: str, field: str) -> Value | None:
        """A field of one of the file's classes read as `Owner.FIELD`."""
        start = self.file.class_starts.get(owner)
        values = self.file.fields.get(start) if start is not None else None
        return values.get(field) if values is not None else None

    # -- operators ----------------------------------------------------------------------
    def binary(self, node: Node) -> Value:
        op = self.text(node.child_by_field_name("operator"))
        left_node, right_node = node.child_by_field_name("left"), node.child_by_field_name(
            "right")
        left = self.expr(left_node)
        if op in ("&&", "||") and isinstance(left.const, bool) and \
                left.const == (op == "||"):
            self.dead(right_node)  # false && x, true || x
            return left
        if op == "&&":
            saved = dict(self.env)
            self.refine_condition(left_node, True)
            right = self.expr(right_node)
            self.env = saved
        elif op == "||":
            saved = dict(self.env)
            self.refine_condition(left_node, False)
            right = self.expr(right_node)
            self.env = saved
        else:
            right = self.expr(right_node)
        if left.has_const and right.has_const:
            folded = fold(op, left.const, right.const)
            if folded is not NOCONST:
                return const(folded)
        if op == "+":
            return merge([left, right])
        if op in _COMPARISONS or op in ("&&", "||"):
            return LITERAL
        return LITERAL if not (left.all_labels() or right.all_labels()) and \
            left.is_literal and right.is_literal else merge([left, right]) \
            if op in ("&", "|", "^") else LITERAL

    # -- assignment ---------------------------------------------------------------------
    def assignment(self, node: Node) -> Value:
        left = node.child_by_field_name("left")
        op = self.text(node.child_by_field_name("operator"))
        value = self.expr(node.child_by_field_name("right"))
        if op != "=" and left is not None:
            old = self.expr(left)
            folded = fold(op[:-1], old.const, value.const) \
                if old.has_const and value.has_const else NOCONST
            value = const(folded) if folded is not NOCONST else \
                merge([old, value]) if op == "+=" else LITERAL
        self.assign(left, value)
        return value

    def bind(self, name_node: Node, value: Value, declared: str = "") -> None:
        """A local variable's declaration (or a pattern/loop/catch/lambda variable)."""
        if declared and not value.type and self.file.worth_typing(declared):
            value = retype(value, declared)
        name = self.text(name_node)
        self.env[name] = value
        self.record(name_node, value)

    def assign(self, target: Node | None, value: Value) -> None:
        if target is None:
            return
        t = target.type
        if t == "identifier":
            name = self.text(target)
            old = self.env.get(name)
            if old is not None and old.type and not value.type:
                value = retype(value, old.type)  # the declared type stays
            if name in self.env or self.file.field_value(target, name, self.cls) is None:
                self.env[name] = value
            else:
                self.env["this." + name] = value  # a field of this object
            self.record(target, value)
        elif t == "field_access":
            obj = target.child_by_field_name("object")
            field = self.text(target.child_by_field_name("field"))
            if obj is not None and obj.type == "this":
                self.env["this." + field] = value
            elif obj is not None and obj.type == "identifier" and self.text(obj) in self.env:
                name = self.text(obj)
                self.env[name] = store(self.env[name], ("attr", field), value)
        elif t == "array_access":
            array = target.child_by_field_name("array")
            index = self.expr(target.child_by_field_name("index"))
            if array is not None and array.type == "identifier" and self.text(array) in self.env:
                name = self.text(array)
                self.env[name] = store(self.env[name], index.const, value)
        elif t == "parenthesized_expression" and target.named_children:
            self.assign(target.named_children[0], value)

    # -- lambdas ------------------------------------------------------------------------
    def lambda_value(self, node: Node, params: list[Value]) -> Value:
        """Run a lambda's body where it is passed, its parameters bound to `params` (the
        elements it will see); the value it returns. Its locals and returns stay inside."""
        saved_env, saved_returns = dict(self.env), self.returns
        saved_exits, saved_continues = self.loop_exits, self.loop_continues
        self.returns, self.loop_exits, self.loop_continues = None, [], []
        names = node.child_by_field_name("parameters")
        name_nodes: list[Node] = []
        if names is not None:
            if names.type == "identifier":
                name_nodes = [names]
            else:
                for p in names.named_children:
                    if p.type == "identifier":
                        name_nodes.append(p)
                    elif p.type == "formal_parameter":
                        found = p.child_by_field_name("name")
                        if found is not None:
                            name_nodes.append(found)
        for i, name in enumerate(name_nodes):
            self.bind(name, params[i] if i < len(params) else (params[-1] if params else CLEAN))
        body = node.child_by_field_name("body")
        result = CLEAN
        if body is not None and body.type == "block":
            self.run_block(body)
            result = self.returns or CLEAN
        elif body is not None:
            result = self.expr(body)
        self.env, self.returns = saved_env, saved_returns
        self.loop_exits, self.loop_continues = saved_exits, saved_continues
        return result

    def refine_condition(self, cond: Node | None, truth: bool) -> None:
        """Narrow variables after `cond` is known to be `truth` (guards.py)."""

    @staticmethod
    def char(value: Any) -> bool:
        return isinstance(value, Char)
