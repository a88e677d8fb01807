"""Python statements on the core's control flow: blocks, branches (constant conditions pruned),
`match`, loops, `try`, `with`, early exits, assignments and unpacking."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tree_sitter import Node

from vigilint.analyzers.context import FileContext
from vigilint.analyzers.dataflow.flow import FileFlow, FunctionState
from vigilint.analyzers.dataflow.python.guards import PythonGuards
from vigilint.analyzers.dataflow.value import (
    CLEAN,
    NOCONST,
    Env,
    Value,
    element_of,
    join_env,
    merge,
    store,
)

_LITERAL_PATTERNS = ("string", "integer", "float", "true", "false", "none")
_SKIPPED = frozenset({"import_statement", "import_from_statement", "pass_statement",
                      "global_statement", "nonlocal_statement", "delete_statement"})
_SEQUENCES = ("pattern_list", "tuple_pattern", "list_pattern", "expression_list", "tuple", "list")


class PythonInterpreter(PythonGuards):
    """Interprets one Python function body (or the module body)."""

    def __init__(self, ctx: FileContext, state: FileFlow, info: FunctionState | None,
                 analyze_function: Callable[[FunctionState], None]) -> None:
        super().__init__(ctx, state, info, analyze_function)
        self.cond_root = None
        self.parsed_from = {}
        self.checks = {}

    # -- statements ---------------------------------------------------------------------
    def stmt(self, node: Node) -> bool:
        t = node.type
        if t == "expression_statement":
            for child in node.named_children:
                self.expr_stmt(child)
            if node.named_child_count == 1:
                child = node.named_children[0]
                if child.type == "call":
                    name = self.qname(child.child_by_field_name("function")) or ""
                    if self.calls.is_exit(name):
                        return True
            return False
        if t == "return_statement":
            return self.return_stmt(node)
        if t == "raise_statement":
            for child in node.named_children:
                self.expr(child)
            return True
        if t == "continue_statement":
            return True
        if t == "break_statement":
            self.leave_loop()
            return True
        if t == "if_statement":
            return self.if_stmt(node)
        if t == "match_statement":
            return self.match_stmt(node)
        if t == "for_statement":
            elem = element_of(self.expr(node.child_by_field_name("right")))

            def body() -> None:
                self.assign(node.child_by_field_name("left"), elem)
                self.run_block(node.child_by_field_name("body"))

            self.loop_with_else(body, node.child_by_field_name("alternative"))
            return False
        if t == "while_statement":
            cond = self.expr(node.child_by_field_name("condition"))
            if cond.const is not NOCONST and not cond.const:
                self.run_block(node.child_by_field_name("alternative"))
                return False
            self.loop(lambda: self.run_block(node.child_by_field_name("body")))
            return False
        if t == "try_statement":
            return self.try_stmt(node)
        if t == "with_statement":
            return self.with_stmt(node)
        if t in ("function_definition", "class_definition", "decorated_definition"):
            if t == "class_definition":
                self.run_block(node.child_by_field_name("body"))
            return False
        if t in _SKIPPED:
            return False
        for child in node.named_children:
            if child.type not in ("block", "comment"):
                self.expr(child)
        return False

    def loop_with_else(self, body: Callable[[], None], alternative: Node | None) -> None:
        """A `for` loop: the `else` block runs after the rounds, before the `break` exits
        join in (as Python runs it only when the loop did not break)."""
        before = dict(self.env)
        outer_exits, self.loop_exits = self.loop_exits, []
        for _ in range(2):
            body()
            self.env = join_env(before, self.env)
        self.run_block(alternative)
        for exit_env in self.loop_exits:
            self.env = join_env(self.env, exit_env)
        self.loop_exits = outer_exits

    def try_stmt(self, node: Node) -> bool:
        before = dict(self.env)
        exits = self.run_block(node.child_by_field_name("body"))
        after_body = self.env
        envs: list[Env] = [] if exits else [after_body]
        for child in node.named_children:
            if child.type in ("except_clause", "except_group_clause"):
                self.env = join_env(before, after_body)
                block = child.named_children[-1] if child.named_children else None
                for sub in child.named_children:
                    if sub.type == "as_pattern":
                        alias = sub.child_by_field_name("alias")
                        if alias is not None:
                            self.assign(alias, CLEAN)
                if not self.run_block(block):
                    envs.append(self.env)
            elif child.type == "else_clause":
                self.env = after_body
                if not exits and not self.run_block(child.child_by_field_name("body")):
                    envs[0:1] = [self.env]
        if envs:
            self.join_paths(envs)
        else:
            self.env = join_env(before, after_body)
        for child in node.named_children:
            if child.type == "finally_clause":
                self.run_block(child.named_children[-1] if child.named_children else None)
        return not envs

    def with_stmt(self, node: Node) -> bool:
        for clause in node.named_children:
            if clause.type != "with_clause":
                continue
            for item in clause.named_children:
                item_value = item.child_by_field_name("value")
                if item_value is None:
                    continue
                if item_value.type == "as_pattern":
                    v = self.expr(item_value.named_children[0])
                    alias = item_value.child_by_field_name("alias")
                    if alias is not None:
                        self.assign(alias.named_children[0] if alias.named_children else alias, v)
                else:
                    self.expr(item_value)
        return self.run_block(node.child_by_field_name("body"))

    def if_stmt(self, node: Node) -> bool:
        branches: list[tuple[Node | None, Node | None]] = [
            (node.child_by_field_name("condition"), node.child_by_field_name("consequence"))]
        for alt in node.children_by_field_name("alternative"):
            if alt.type == "elif_clause":
                branches.append((alt.child_by_field_name("condition"),
                                 alt.child_by_field_name("consequence")))
            else:
                branches.append((None, alt.child_by_field_name("body")))
        if branches[-1][0] is not None:
            branches.append((None, None))
        envs: list[Env] = []
        for cond, body in branches:
            if cond is None:
                if not self.run_block(body):
                    envs.append(self.env)
                break
            value = self.expr(cond)
            if value.const is not NOCONST:
                if value.const:
                    if not self.run_block(body):
                        envs.append(self.env)
                    break
                continue
            saved = dict(self.env)
            self.cond_root = cond
            self.refine(cond, True)
            if not self.run_block(body):
                envs.append(self.env)
            self.env = saved
            self.cond_root = cond
            self.refine(cond, False)
            self.cond_root = None
        return self.join_paths(envs)

    def match_stmt(self, node: Node) -> bool:
        subject = self.expr(node.child_by_field_name("subject"))
        body = node.child_by_field_name("body")
        envs: list[Env] = []
        start = dict(self.env)
        matched_all = False
        for clause in body.named_children if body is not None else []:
            if clause.type != "case_clause":
                continue
            pattern = next((c for c in clause.named_children if c.type == "case_pattern"), None)
            consts = self.pattern_consts(pattern)
            if subject.const is not NOCONST and consts is not None and subject.const not in consts:
                continue
            self.env = dict(start)
            if not self.run_block(clause.child_by_field_name("consequence")):
                envs.append(self.env)
            if consts is None or subject.const is not NOCONST:
                if consts is None and (pattern is None or not pattern.named_children
                                       or self.text(pattern).strip() == "_"):
                    matched_all = True
                if subject.const is not NOCONST:
                    matched_all = True
                    break
        if not matched_all:
            envs.append(start)
        return self.join_paths(envs)

    def pattern_consts(self, pattern: Node | None) -> list[Any] | None:
        """The constants a case pattern matches, or None when it is not all literals."""
        if pattern is None:
            return None
        out: list[Any] = []
        stack = list(pattern.named_children)
        if not stack:
            return None
        while stack:
            n = stack.pop()
            if n.type == "union_pattern":
                stack.extend(n.named_children)
            elif n.type in _LITERAL_PATTERNS:
                v = self.expr(n)
                if v.const is NOCONST:
                    return None
                out.append(v.const)
            else:
                return None
        return out

    # -- assignment ---------------------------------------------------------------------
    def expr_stmt(self, node: Node) -> None:
        t = node.type
        if t == "assignment":
            right = node.child_by_field_name("right")
            value = self.expr(right) if right is not None else CLEAN
            left = node.child_by_field_name("left")
            if right is not None and right.type == "call" and left is not None and \
                    left.type == "identifier":
                callee = self.qname(right.child_by_field_name("function")) or ""
                args = right.child_by_field_name("arguments")
                first = args.named_children[0] if args is not None and args.named_children else None
                if callee.endswith(("urlparse", "urlsplit")) and first is not None and \
                        first.type == "identifier":
                    self.parsed_from[self.text(left)] = self.text(first)
                if self.is_check(right):
                    self.checks[self.text(left)] = right  # `ok = is_safe_url(url)`
                else:
                    self.checks.pop(self.text(left), None)
            elif left is not None and left.type == "identifier":
                self.checks.pop(self.text(left), None)
            if right is not None and right.type == "attribute" and left is not None and \
                    left.type == "identifier":
                origin = self.url_of_host(right)
                if origin is not None:
                    self.parsed_from[self.text(left)] = origin  # host = urlparse(url).hostname
            self.assign(left, value)
        elif t == "augmented_assignment":
            target = node.child_by_field_name("left")
            addend = self.expr(node.child_by_field_name("right"))
            old = self.expr(target) if target is not None else CLEAN
            op = self.text(node.child_by_field_name("operator"))
            self.assign(target, self.binop(old, addend, op[:-1]))
        else:
            self.expr(node)

    def assign(self, target: Node | None, value: Value) -> None:
        if target is None:
            return
        t = target.type
        if t == "identifier":
            self.env[self.text(target)] = value
            self.record(target, value)
        elif t in _SEQUENCES:
            for i, elem in enumerate(target.named_children):
                part = value.item(i) if value.seq is not None else None
                if elem.type == "list_splat_pattern":
                    self.assign(elem.named_children[0] if elem.named_children else None,
                                merge([value]))
                    continue
                self.assign(elem, part if part is not None else element_of(value))
        elif t == "subscript":
            obj = target.child_by_field_name("value")
            key_node = target.child_by_field_name("subscript")
            key = self.expr(key_node).const if key_node is not None else NOCONST
            if obj is not None and obj.type == "identifier":
                name = self.text(obj)
                self.env[name] = store(self.env.get(name, CLEAN), key, value)
        elif t == "attribute":
            obj = target.child_by_field_name("object")
            if obj is not None and obj.type == "identifier":
                name = self.text(obj)
                key = ("attr", self.text(target.child_by_field_name("attribute")))
                self.env[name] = store(self.env.get(name, CLEAN), key, value)
            self.env[self.text(target)] = value
        elif t == "parenthesized_expression" and target.named_children:
            self.assign(target.named_children[0], value)

