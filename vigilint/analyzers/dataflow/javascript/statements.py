"""JavaScript statements on the core's control flow: blocks, declarations and destructuring,
branches (constant conditions pruned), `switch` (each case knows the discriminant's value),
loops, `try`/`catch`/`finally`, early exits (`return`, `throw`, exits from the models,
asserts), and nested function declarations."""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.dataflow.javascript.guards import JSGuards
from vigilint.analyzers.dataflow.kinds import ALL_KINDS
from vigilint.analyzers.dataflow.value import (
    CLEAN,
    NOCONST,
    Env,
    Value,
    join_env,
    merge,
)

_SKIPPED = frozenset({"import_statement", "empty_statement", "comment", "debugger_statement",
                      "class_declaration", "abstract_class_declaration", "interface_declaration",
                      "type_alias_declaration", "enum_declaration", "ambient_declaration",
                      "module", "internal_module", "hash_bang_line"})
_DECLARATIONS = frozenset({"lexical_declaration", "variable_declaration"})
_FUNCTION_DECLARATIONS = frozenset({"function_declaration", "generator_function_declaration"})
_URL_PARSERS = frozenset({"URL", "url.URL", "url.parse"})


class JSInterpreter(JSGuards):
    """Interprets one JavaScript function body (or the module body)."""

    def run_block(self, block: Node | None) -> bool:
        """Interpret statements; True when the block always leaves (return/throw/...)."""
        if block is None:
            return False
        if block.type not in ("statement_block", "program", "class_body", "switch_case",
                              "switch_default", "ERROR"):
            return self.stmt(block)
        return any(self.stmt(child) for child in block.named_children)

    def stmt(self, node: Node) -> bool:
        t = node.type
        if t == "expression_statement":
            inner = node.named_children[0] if node.named_children else None
            if inner is None:
                return False
            self.expr(inner)
            return inner.type == "call_expression" and self.exits(inner)
        if t in _DECLARATIONS:
            for decl in node.named_children:
                if decl.type == "variable_declarator":
                    self.declare(decl)
            return False
        if t == "return_statement":
            return self.return_stmt(node)
        if t == "throw_statement":
            for child in node.named_children:
                self.expr(child)
            return True
        if t == "statement_block":
            return self.run_block(node)
        if t == "if_statement":
            return self.if_stmt(node)
        if t in ("for_statement", "for_in_statement", "while_statement", "do_statement"):
            self.loop_stmt(node)
            return False
        if t == "switch_statement":
            return self.switch_stmt(node)
        if t == "try_statement":
            return self.try_stmt(node)
        if t == "break_statement":
            self.leave_loop()
            return True
        if t == "continue_statement":
            return True
        if t == "labeled_statement":
            return self.stmt(node.child_by_field_name("body") or node)
        if t in _FUNCTION_DECLARATIONS:
            if self.info is not None:
                self.defer(node)
            return False
        if t == "export_statement":
            declaration = node.child_by_field_name("declaration")
            if declaration is not None:
                return self.stmt(declaration)
            exported = node.child_by_field_name("value")
            if exported is not None:
                self.expr(exported)
            return False
        if t in _SKIPPED:
            return False
        for child in node.named_children:
            self.expr(child)
        return False

    def exits(self, call: Node) -> bool:
        """A call that never returns (`process.exit()`, `ctx.throw(400)`), or an assertion
        that proves its condition (`assert(x)`, `ctx.assert(cond, 400)`)."""
        function = call.child_by_field_name("function")
        name = self.qname(function) if function is not None else ""
        if name and self.calls.is_exit(name):
            return True
        short = name.rsplit(".", 1)[-1]
        if short in ("assert", "ok", "strictEqual") and not name.startswith("console.") and \
                (short == "assert" or name.startswith("assert")):
            args = self.shared.sem.arguments(call).positional
            if args and short != "strictEqual":
                self.refine(args[0], True)
        return False

    def declare(self, decl: Node) -> None:
        name = decl.child_by_field_name("name")
        value_node = decl.child_by_field_name("value")
        value = self.expr(value_node) if value_node is not None else Value(const=None)
        if name is not None and name.type == "identifier" and value_node is not None:
            self.note_url(self.text(name), value_node)
        self.bind(name, value, self.text(value_node) if value_node is not None and
                  value_node.type in ("member_expression", "identifier") else "")

    def note_url(self, name: str, value: Node) -> None:
        """`const u = new URL(x)`: a later host check on `u` vouches for `x` too."""
        while value.type in ("await_expression", "parenthesized_expression") and \
                value.named_children:
            value = value.named_children[0]
        if value.type not in ("new_expression", "call_expression"):
            return
        function = value.child_by_field_name("constructor") or \
            value.child_by_field_name("function")
        if self.qname(function) not in _URL_PARSERS:
            return
        args = self.shared.sem.arguments(value).positional
        if args:
            self.parsed_from[name] = self.text(args[0])

    # -- branches -----------------------------------------------------------------------
    def if_stmt(self, node: Node) -> bool:
        cond = node.child_by_field_name("condition")
        consequence = node.child_by_field_name("consequence")
        alternative = node.child_by_field_name("alternative")
        else_body = alternative.named_children[0] if alternative is not None and \
            alternative.named_children else None
        value = self.expr(cond)
        if value.const is not NOCONST:
            return self.stmt(consequence) if value.const and consequence is not None else \
                (self.stmt(else_body) if else_body is not None else False)
        envs: list[Env] = []
        start = dict(self.env)
        self.refine(cond, True)
        if consequence is None or not self.stmt(consequence):
            envs.append(self.env)
        self.env = dict(start)
        self.refine(cond, False)
        if else_body is None or not self.stmt(else_body):
            envs.append(self.env)
        return self.join_paths(envs)

    def switch_stmt(self, node: Node) -> bool:
        discriminant = node.child_by_field_name("value")
        subject = self.expr(discriminant)
        body = node.child_by_field_name("body")
        inner = discriminant
        while inner is not None and inner.type == "parenthesized_expression" and \
                inner.named_children:
            inner = inner.named_children[0]
        start = dict(self.env)
        envs: list[Env] = []
        has_default = False
        falling: Env | None = None
        outer_exits, self.loop_exits = self.loop_exits, []
        for case in body.named_children if body is not None else []:
            if case.type not in ("switch_case", "switch_default"):
                continue
            value_node = case.child_by_field_name("value")
            case_value = self.expr(value_node).const if value_node is not None else NOCONST
            if case.type == "switch_default":
                has_default = True
            elif subject.const is not NOCONST and case_value is not NOCONST and \
                    case_value != subject.const and falling is None:
                continue
            self.env = dict(start) if falling is None else falling
            if case.type == "switch_case" and case_value is not NOCONST and inner is not None:
                self.clean_var(inner, ALL_KINDS)  # here the discriminant is that constant
            leaves = False
            for stmt in case.children_by_field_name("body"):
                if self.stmt(stmt):
                    leaves = True
                    break
            falling = None if leaves else self.env
        if falling is not None:
            envs.append(falling)
        envs.extend(self.loop_exits)  # `break` leaves the switch, not a loop
        self.loop_exits = outer_exits
        if not has_default:
            envs.append(start)
        return self.join_paths(envs)

    # -- loops --------------------------------------------------------------------------
    def loop_stmt(self, node: Node) -> None:
        t = node.type
        body = node.child_by_field_name("body")
        if t == "for_statement":
            self.stmt(node.child_by_field_name("initializer") or node) \
                if node.child_by_field_name("initializer") is not None else None
            condition = node.child_by_field_name("condition")
            increment = node.child_by_field_name("increment")

            def for_body() -> None:
                if condition is not None:
                    self.stmt(condition) if condition.type == "expression_statement" else \
                        self.expr(condition)
                self.stmt(body) if body is not None else None
                self.expr(increment) if increment is not None else None

            self.loop(for_body)
            return
        if t == "for_in_statement":
            right = self.expr(node.child_by_field_name("right"))
            keys = any(c.type == "in" for c in node.children)
            element = merge([right]) if keys and right.all_labels() else \
                (CLEAN if keys else self.element(right))
            left = node.child_by_field_name("left")

            def for_in_body() -> None:
                self.bind(left, element)
                self.stmt(body) if body is not None else None

            self.loop(for_in_body)
            return
        condition = node.child_by_field_name("condition")
        if t == "while_statement":
            value = self.expr(condition)
            if value.const is not NOCONST and not value.const:
                return
        self.loop(lambda: (self.stmt(body) if body is not None else None,
                           self.expr(condition) if condition is not None else None))

    # -- exceptions ---------------------------------------------------------------------
    def try_stmt(self, node: Node) -> bool:
        start = dict(self.env)
        body_leaves = self.stmt(node.child_by_field_name("body") or node)
        after_body = self.env
        envs: list[Env] = [] if body_leaves else [after_body]
        handler = node.child_by_field_name("handler")
        if handler is not None:
            self.env = join_env(start, after_body)  # the body may have run in part
            param = handler.child_by_field_name("parameter")
            if param is not None:
                self.bind(param, CLEAN)
            if not self.stmt(handler.child_by_field_name("body") or handler):
                envs.append(self.env)
        leaves = self.join_paths(envs) if envs else True
        finalizer = node.child_by_field_name("finalizer")
        if finalizer is not None:
            if leaves:
                self.env = dict(start)
            block = finalizer.child_by_field_name("body")
            if self.stmt(block or finalizer):
                return True
        return leaves
