"""Java statements on the core's control flow: blocks, declarations, branches (constant
conditions pruned and their dead branch recorded), loops with `break`/`continue`, `switch`
(fall-through groups and arrow rules, constant selectors), `try`/`catch`/`finally` and
try-with-resources, returns, throws and exits."""

from __future__ import annotations

from typing import Any

from tree_sitter import Node

from vigilint.analyzers.context import FileContext
from vigilint.analyzers.dataflow.flow import FileFlow, FunctionState
from vigilint.analyzers.dataflow.java.file import JavaFile
from vigilint.analyzers.dataflow.java.guards import HOST_READS, URL_PARSERS, JavaGuards
from vigilint.analyzers.dataflow.value import (
    CLEAN,
    NOCONST,
    Env,
    Value,
    element_of,
    join_env,
)

_LOOPS = frozenset({"while_statement", "do_statement", "for_statement", "enhanced_for_statement"})
_SKIPPED = frozenset({"class_declaration", "interface_declaration", "enum_declaration",
                      "record_declaration", "local_class_declaration", "annotation_type_declaration",
                      "line_comment", "block_comment", ";", "empty_statement",
                      "import_declaration", "package_declaration", "module_declaration"})
_LEAVING = frozenset({"return_statement", "throw_statement", "break_statement",
                      "continue_statement", "yield_statement"})


class JavaInterpreter(JavaGuards):
    """Interprets one Java method body (or a class's field initializers, or top-level
    statements of a snippet)."""

    def __init__(self, ctx: FileContext, state: FileFlow, info: FunctionState | None,
                 analyze_function: Any, file: JavaFile) -> None:
        super().__init__(ctx, state, info, analyze_function, file)
        self.parsed_from = {}

    # -- blocks -------------------------------------------------------------------------
    def run_block(self, block: Node | None) -> bool:
        """Interpret a block's statements; True when it always leaves (return, throw, ...)."""
        if block is None:
            return False
        return any(self.stmt(statement) for statement in block.named_children)

    def stmt(self, node: Node | None) -> bool:
        if node is None:
            return False
        t = node.type
        if t == "expression_statement":
            inner = node.named_children[0] if node.named_children else None
            self.expr(inner)
            return inner is not None and inner.type == "method_invocation" and self.exits(inner)
        if t == "local_variable_declaration":
            self.declare(node)
            return False
        if t in ("block", "constructor_body"):
            return self.run_block(node)
        if t == "if_statement":
            return self.if_stmt(node)
        if t in _LEAVING:
            return self.leave(node)
        if t in _LOOPS:
            self.loop_stmt(node)
            return False
        if t in ("switch_expression", "switch_statement"):
            return self.switch(node)
        if t in ("try_statement", "try_with_resources_statement"):
            return self.try_stmt(node)
        if t == "synchronized_statement":
            for child in node.named_children:
                if child.type == "block":
                    return self.run_block(child)
                self.expr(child)
            return False
        if t == "labeled_statement":
            inner = node.named_children[-1] if node.named_children else None
            return self.stmt(inner) if inner is not None and inner.type != "identifier" else False
        if t == "explicit_constructor_invocation":
            args = node.child_by_field_name("arguments")
            for arg in args.named_children if args is not None else ():
                self.expr(arg)
            return False
        if t in _SKIPPED:
            return False
        for child in node.named_children:
            self.expr(child)
        return False

    def exits(self, call: Node) -> bool:
        """A call that never returns (`System.exit(1)`, a helper named `fail`)."""
        name = self.text(call.child_by_field_name("name"))
        obj = call.child_by_field_name("object")
        static = self.static_class(obj) if obj is not None else ""
        if obj is not None and not static:
            return False
        qualified = f"{static}.{name}" if static else name
        found = self.file.exits.get(qualified)
        if found is None:
            found = self.file.exits[qualified] = self.calls.is_exit(qualified)
        return found

    def leave(self, node: Node) -> bool:
        t = node.type
        value_node = None if t in ("break_statement", "continue_statement") else next(
            (c for c in node.named_children if c.type not in ("line_comment", "block_comment")),
            None)
        if t == "return_statement":
            self.add_return(self.expr(value_node) if value_node is not None else CLEAN)
        elif t == "throw_statement":
            self.expr(value_node)
        elif t == "break_statement":
            self.leave_loop()
        elif t == "continue_statement":
            self.loop_continues.append(dict(self.env))
        elif t == "yield_statement":
            value = self.expr(value_node)
            if self.yields is not None:
                self.yields.append(value)
            self.leave_loop()
        return True

    # -- declarations -------------------------------------------------------------------
    def declare(self, node: Node) -> None:
        type_node = node.child_by_field_name("type")
        type_text = self.text(type_node) if type_node is not None else ""
        declared = "" if type_text in ("", "var") else self.file.resolve(type_text)
        for decl in node.children_by_field_name("declarator"):
            name = decl.child_by_field_name("name")
            value_node = decl.child_by_field_name("value")
            if name is None:
                continue
            value = self.expr(value_node) if value_node is not None else CLEAN
            if value_node is not None:
                self.track_url(self.text(name), value_node)
            self.bind(name, value, declared)

    def track_url(self, name: str, value_node: Node) -> None:
        """Remember `uri = new URI(x)` / `host = uri.getHost()`: a host check of `uri` or
        `host` vouches for `x` (guards.py)."""
        source: Node | None = None
        if value_node.type == "object_creation_expression":
            type_node = value_node.child_by_field_name("type")
            if type_node is not None and self.file.resolve(self.text(type_node)) in URL_PARSERS:
                args = self.argument_nodes(value_node)
                source = args[0] if args else None
        elif value_node.type == "method_invocation":
            method = self.text(value_node.child_by_field_name("name"))
            obj = value_node.child_by_field_name("object")
            if method in HOST_READS:
                source = obj
            elif obj is not None and f"{self.static_class(obj)}.{method}" in URL_PARSERS:
                args = self.argument_nodes(value_node)
                source = args[0] if args else None
        if source is not None and source.type == "identifier":
            self.parsed_from[name] = self.text(source)

    # -- branches -----------------------------------------------------------------------
    def if_stmt(self, node: Node) -> bool:
        cond = node.child_by_field_name("condition")
        yes = node.child_by_field_name("consequence")
        no = node.child_by_field_name("alternative")
        value = self.expr(cond)
        if isinstance(value.const, bool):
            self.dead(no if value.const else yes)
            return self.stmt(yes if value.const else no)
        start = dict(self.env)
        self.refine_condition(cond, True)
        yes_leaves = self.stmt(yes)
        yes_env = self.env
        self.env = dict(start)
        self.refine_condition(cond, False)
        no_leaves = self.stmt(no)
        envs = [env for env, leaves in ((yes_env, yes_leaves), (self.env, no_leaves))
                if not leaves]
        return self.join_paths(envs)

    # -- loops --------------------------------------------------------------------------
    def loop_stmt(self, node: Node) -> None:
        t = node.type
        if t == "for_statement":
            for init in node.children_by_field_name("init"):
                if init.type == "local_variable_declaration":
                    self.declare(init)
                else:
                    self.expr(init)
        cond = node.child_by_field_name("condition")
        body = node.child_by_field_name("body")
        if cond is not None and t != "do_statement":
            first = self.expr(cond)
            if first.const is False:
                self.dead(body)
                return
        element: Value = CLEAN
        if t == "enhanced_for_statement":
            element = element_of(self.expr(node.child_by_field_name("value")))
        outer_continues, self.loop_continues = self.loop_continues, []

        def one_round() -> None:
            if t == "enhanced_for_statement":
                name = node.child_by_field_name("name")
                type_node = node.child_by_field_name("type")
                type_text = self.text(type_node) if type_node is not None else ""
                if name is not None:
                    self.bind(name, element, "" if type_text in ("", "var")
                              else self.file.resolve(type_text))
            elif cond is not None and t != "do_statement":
                self.refine_condition(cond, True)
            self.stmt(body)
            for env in self.loop_continues:
                self.env = join_env(self.env, env)
            self.loop_continues = []
            for update in node.children_by_field_name("update"):
                self.expr(update)
            if cond is not None and t == "do_statement":
                self.expr(cond)

        self.loop(one_round)
        self.loop_continues = outer_continues

    # -- switch -------------------------------------------------------------------------
    def switch(self, node: Node) -> bool:
        """A switch statement or expression; True when every path leaves it by a return or
        throw. Arrow rules and `yield`s give a switch expression its values (`self.yields`)."""
        selector = self.expr(node.child_by_field_name("condition"))
        body = node.child_by_field_name("body")
        if body is None:
            return False
        groups = [g for g in body.named_children
                  if g.type in ("switch_block_statement_group", "switch_rule")]
        labels: list[tuple[list[Any], bool]] = []
        for group in groups:
            values: list[Any] = []
            default = False
            for label in (c for c in group.named_children if c.type == "switch_label"):
                if not label.named_children or self.text(label).startswith("default"):
                    default = True
                for case in label.named_children:
                    values.append(self.expr(case).const)
            labels.append((values, default))
        starts = list(range(len(groups)))
        has_default = any(default for _, default in labels)
        if selector.has_const and all(v is not NOCONST for values, _ in labels for v in values):
            match = next((i for i, (values, _) in enumerate(labels)
                          if selector.const in values), None)
            if match is None:
                match = next((i for i, (_, default) in enumerate(labels) if default), None)
            starts = [] if match is None else [match]
            for i, group in enumerate(groups):
                if not starts or i < starts[0]:
                    self.dead(group)
            has_default = True
        start_env = dict(self.env)
        outer_exits, self.loop_exits = self.loop_exits, []
        outs: list[Env] = []
        for start in starts:
            self.env = dict(start_env)
            leaves = False
            for group in groups[start:]:
                leaves = self.run_group(group)
                if leaves or group.type == "switch_rule":
                    break
            if not leaves:
                outs.append(self.env)
        outs.extend(self.loop_exits)  # `break` (and `yield`) leave the switch, not the loop
        self.loop_exits = outer_exits
        if not has_default:
            outs.append(start_env)
        return self.join_paths(outs)

    def run_group(self, group: Node) -> bool:
        for child in group.named_children:
            if child.type == "switch_label":
                continue
            if group.type == "switch_rule" and child.type == "expression_statement":
                value = self.expr(child.named_children[0] if child.named_children else None)
                if self.yields is not None:
                    self.yields.append(value)
                return False
            if self.stmt(child):
                return True
        return False

    # -- try ----------------------------------------------------------------------------
    def try_stmt(self, node: Node) -> bool:
        resources = node.child_by_field_name("resources")
        for resource in resources.named_children if resources is not None else ():
            name = resource.child_by_field_name("name")
            value_node = resource.child_by_field_name("value")
            if name is not None and value_node is not None:
                type_node = resource.child_by_field_name("type")
                type_text = self.text(type_node) if type_node is not None else ""
                self.bind(name, self.expr(value_node), "" if type_text in ("", "var")
                          else self.file.resolve(type_text))
            elif resource.named_children:
                self.expr(resource.named_children[0])
        before = dict(self.env)
        leaves = self.run_block(node.child_by_field_name("body"))
        after = self.env
        envs: list[Env] = [] if leaves else [after]
        for clause in node.named_children:
            if clause.type != "catch_clause":
                continue
            self.env = join_env(before, after)
            for part in clause.named_children:
                if part.type == "catch_formal_parameter":
                    name = part.child_by_field_name("name")
                    if name is not None:
                        self.bind(name, CLEAN)
            if not self.run_block(clause.child_by_field_name("body")):
                envs.append(self.env)
        if envs:
            self.join_paths(envs)
        else:
            self.env = join_env(before, after)
        for clause in node.named_children:
            if clause.type == "finally_clause":
                block = next((c for c in clause.named_children if c.type == "block"), None)
                if self.run_block(block):
                    return True
        return not envs
