"""Go statements on the core's control flow: blocks, `if` with its short statement (constant
conditions pruned), expression and type switches, `select`, `for` (clauses and `range`), early
exits (`return`, `panic`, `log.Fatal`, `os.Exit`), `defer`/`go`, and assignments with Go's
multiple results (`v, err := f()`, `v, ok := m[k]`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tree_sitter import Node

from vigilint.analyzers.context import FileContext
from vigilint.analyzers.dataflow.calls import looks_like_guard
from vigilint.analyzers.dataflow.flow import FileFlow, FunctionState
from vigilint.analyzers.dataflow.go.calls import snake
from vigilint.analyzers.dataflow.go.expressions import field_key
from vigilint.analyzers.dataflow.go.guards import GoGuards
from vigilint.analyzers.dataflow.kinds import ALL_KINDS, SOURCE_KINDS
from vigilint.analyzers.dataflow.value import (
    CLEAN,
    LITERAL,
    NOCONST,
    Env,
    Value,
    element_of,
    join,
    merge,
    store,
)
from vigilint.analyzers.syntax.go import specs_of

_SKIPPED = frozenset({"comment", "empty_statement", "type_declaration", "inc_statement",
                      "dec_statement", "fallthrough_statement"})
_CASES = frozenset({"expression_case", "default_case", "type_case", "communication_case"})
_EXTRA_RESULTS = frozenset({"err", "ok", "found", "exists", "_"})
_MAP_TYPES = ("map[", "net/http.Header", "net/url.Values")
_PARSERS = frozenset({"net/url.Parse", "net/url.ParseRequestURI"})
_ERROR_BUILDERS = frozenset({"fmt.Errorf", "errors.New", "errors.Join"})


class GoInterpreter(GoGuards):
    """Interprets one Go function body (or the package-level declarations)."""

    def __init__(self, ctx: FileContext, state: FileFlow, info: FunctionState | None,
                 analyze_function: Callable[[FunctionState], None],
                 captures: dict[int, Env]) -> None:
        super().__init__(ctx, state, info, analyze_function)
        self.captures = captures
        self.parsed_from = {}
        self.err_guards = {}
        self.bool_guards = {}

    # -- statements ---------------------------------------------------------------------
    def stmt(self, node: Node) -> bool:
        t = node.type
        if t in ("block", "statement_list"):
            return self.run_block(node)
        if t in ("short_var_declaration", "assignment_statement"):
            self.assignment(node)
            return False
        if t == "expression_statement":
            child = node.named_children[0] if node.named_children else None
            self.expr(child)
            return child is not None and child.type == "call_expression" and \
                self.calls.is_exit(self.call_names.get(child.start_byte, ""))
        if t == "return_statement":
            values = [self.expr(c) for c in self.flat(node)]
            self.add_return(values[0] if len(values) == 1 else
                            Value(seq=tuple(values)) if values else CLEAN)
            return True
        if t == "if_statement":
            return self.if_stmt(node)
        if t in ("expression_switch_statement", "type_switch_statement", "select_statement"):
            return self.switch(node)
        if t == "for_statement":
            self.for_stmt(node)
            return False
        if t in ("var_declaration", "const_declaration"):
            self.declaration(node)
            return False
        if t == "break_statement":
            self.leave_loop()
            return True
        if t in ("continue_statement", "goto_statement"):
            return True
        if t == "labeled_statement":
            return any(self.stmt(c) for c in node.named_children if c.type != "label_name")
        if t == "send_statement":
            channel = node.child_by_field_name("channel")
            value = self.expr(node.child_by_field_name("value"))
            if channel is not None and channel.type == "identifier":
                name = self.text(channel)
                self.env[name] = store(self.env.get(name, CLEAN), NOCONST, value)
            return False
        if t in _SKIPPED:
            return False
        for child in node.named_children:  # go/defer statements, expressions
            self.expr(child)
        return False

    def add_return(self, value: Value) -> None:
        """Go's multiple results keep their positions across the function's returns
        (`return "", err` and `return where, args` join result by result)."""
        old = self.returns
        if old is not None and old.seq is not None and value.seq is not None and \
                len(old.seq) == len(value.seq):
            self.returns = Value(seq=tuple(join(a, b) for a, b in zip(old.seq, value.seq,
                                                                      strict=True)))
            return
        super().add_return(value)

    @staticmethod
    def flat(node: Node | None) -> list[Node]:
        out: list[Node] = []
        for child in node.named_children if node is not None else []:
            out.extend(child.named_children if child.type == "expression_list" else [child])
        return out

    def if_stmt(self, node: Node) -> bool:
        initializer = node.child_by_field_name("initializer")
        if initializer is not None:
            self.stmt(initializer)
        cond = node.child_by_field_name("condition")
        value = self.expr(cond)
        consequence = node.child_by_field_name("consequence")
        alternative = node.child_by_field_name("alternative")
        if isinstance(value.const, bool):
            taken = consequence if value.const else alternative
            return self.stmt(taken) if taken is not None else False
        envs: list[Env] = []
        saved = dict(self.env)
        self.cond_root = cond
        self.refine(cond, True)
        self.cond_root = None
        if consequence is None or not self.stmt(consequence):
            envs.append(self.env)
        self.env = saved
        self.cond_root = cond
        self.refine(cond, False)
        self.cond_root = None
        if alternative is None or not self.stmt(alternative):
            envs.append(self.env)
        return self.join_paths(envs)

    def switch(self, node: Node) -> bool:
        initializer = node.child_by_field_name("initializer")
        if initializer is not None:
            self.stmt(initializer)
        subject = node.child_by_field_name("value")
        subject_value = self.expr(subject) if subject is not None else None
        alias = node.child_by_field_name("alias")
        start = dict(self.env)
        envs: list[Env] = []
        has_default = False
        for case in node.named_children:
            if case.type not in _CASES:
                continue
            self.env = dict(start)
            if case.type == "default_case":
                has_default = True
            elif case.type == "expression_case":
                self.case_values(case, subject, subject_value)
            elif case.type == "communication_case":
                self.stmt(case.child_by_field_name("communication") or case)
            if alias is not None and subject_value is not None:
                for name in alias.named_children:
                    self.env[self.text(name)] = subject_value
            body = [c for c in case.named_children if c.type == "statement_list"]
            if not body or not self.run_block(body[0]):
                envs.append(self.env)
        if not has_default:
            self.env = start
            self.refine_default(node, subject)
            envs.append(self.env)
        return self.join_paths(envs)

    def case_values(self, case: Node, subject: Node | None, subject_value: Value | None) -> None:
        """`case "a", "b":` on `switch x`: `x` is one of the constants here; `case cond:` of
        a `switch {}` holds here."""
        values = case.child_by_field_name("value")
        exprs = values.named_children if values is not None else []
        results = [self.expr(e) for e in exprs]
        if subject is None:
            for e in exprs:
                self.refine(e, True)
        elif subject_value is not None and results and \
                all(r.const is not NOCONST for r in results):
            self.clean_var(subject, ALL_KINDS)

    def refine_default(self, node: Node, subject: Node | None) -> None:
        """No case matched: in a `switch {}` every case condition was false."""
        if subject is not None or node.type != "expression_switch_statement":
            return
        for case in node.named_children:
            values = case.child_by_field_name("value") if case.type == "expression_case" \
                else None
            for e in values.named_children if values is not None else []:
                self.refine(e, False)

    def for_stmt(self, node: Node) -> None:
        clause = next((c for c in node.named_children
                       if c.type in ("for_clause", "range_clause")), None)
        body = node.child_by_field_name("body")
        if clause is not None and clause.type == "for_clause":
            initializer = clause.child_by_field_name("initializer")
            if initializer is not None:
                self.stmt(initializer)
        element: tuple[Value, Value] | None = None
        if clause is not None and clause.type == "range_clause":
            ranged = clause.child_by_field_name("right")
            value = self.expr(ranged)
            element = (self.range_key(ranged, value), element_of(value) if value.seq is None
                       else merge(list(value.seq)))

        def round_() -> None:
            if clause is not None and clause.type == "range_clause" and element is not None:
                left = clause.child_by_field_name("left")
                targets = left.named_children if left is not None else []
                for target, value in zip(targets, element, strict=False):
                    self.assign(target, value)
            elif clause is not None and clause.type == "for_clause":
                self.expr(clause.child_by_field_name("condition"))
            else:  # `for cond {}`
                for child in node.named_children:
                    if child.type != "block":
                        self.expr(child)
            self.run_block(body)
            update = clause.child_by_field_name("update") \
                if clause is not None and clause.type == "for_clause" else None
            if update is not None:
                self.stmt(update)

        self.loop(round_)

    def range_key(self, ranged: Node | None, value: Value) -> Value:
        """The key of a `range`: an index (a number) over slices and strings, a key over maps
        (request headers and forms have attacker-chosen keys)."""
        typed = value.type or (self.sem.expression_type(ranged) if ranged is not None else "")
        if value.items is not None or typed.startswith(_MAP_TYPES):
            keys = [LITERAL] if value.items is not None else []
            return merge([*keys, Value(labels=value.rest)]) if value.rest else \
                (LITERAL if value.items is not None else element_of(value))
        return LITERAL

    # -- declarations and assignments ---------------------------------------------------
    def declaration(self, node: Node) -> None:
        for spec in specs_of(node):
            names = spec.children_by_field_name("name")
            values_node = spec.child_by_field_name("value")
            typed = self.sem.type_name(spec.child_by_field_name("type"))
            exprs = [] if values_node is None else values_node.named_children \
                if values_node.type == "expression_list" else [values_node]
            values = [self.expr(v) for v in exprs]
            for i, name in enumerate(names):
                if i < len(values):
                    value = values[i]
                elif values:
                    value = self.extra_result(values[0], self.text(name))
                else:
                    value = Value(literal=True, type=typed)  # the zero value
                if typed and not value.type:
                    value = Value(labels=value.labels, clean=value.clean, const=value.const,
                                  items=value.items, seq=value.seq, rest=value.rest,
                                  literal=value.literal, facts=value.facts,
                                  origin=value.origin, type=typed)
                self.assign(name, value)

    def assignment(self, node: Node) -> None:
        left = node.child_by_field_name("left")
        right = node.child_by_field_name("right")
        targets = left.named_children if left is not None else []
        exprs = right.named_children if right is not None and right.type == "expression_list" \
            else ([right] if right is not None else [])
        values = [self.expr(e) for e in exprs]
        operator = node.child_by_field_name("operator")
        op = self.text(operator) if operator is not None else ""
        if op not in ("", "=", ":=") and len(targets) == 1 and values:
            old = self.expr(targets[0])
            self.assign(targets[0], self.binop(old, values[0], op[:-1]))
            return
        if len(values) == len(targets):
            for target, expr, value in zip(targets, exprs, values, strict=True):
                self.assign(target, self.error_value(target, expr, value))
        elif len(values) == 1:
            value = values[0]
            for i, target in enumerate(targets):
                if value.seq is not None and len(value.seq) == len(targets):
                    self.assign(target, value.seq[i])
                else:
                    self.assign(target, value if i == 0 else
                                self.extra_result(value, self.text(target)))
        if len(exprs) == 1:
            self.note_guards(targets, exprs[0])

    def error_value(self, target: Node, expr: Node, value: Value) -> Value:
        """`err := dec.Decode(&v)`: a library's error describes the failure (Go's packages
        quote the input they cite); an error built here (`fmt.Errorf`) or by a function of
        this file keeps what it was built from."""
        if target.type != "identifier" or expr.type != "call_expression" or \
                not value.all_labels():
            return value
        name = self.text(target)
        if name not in ("err", "e") and not name.endswith("Err"):
            return value
        callee = self.call_names.get(expr.start_byte, "")
        if callee in _ERROR_BUILDERS or callee in self.state.functions or \
                callee.rpartition(".")[2] in self.state.functions:
            return value
        return CLEAN

    @staticmethod
    def extra_result(value: Value, name: str) -> Value:
        """A second (third) result of a call without a known tuple: an error or a flag, or
        more of the same input for a source (`file, header, err := r.FormFile("f")`)."""
        if name not in _EXTRA_RESULTS and value.labels & SOURCE_KINDS and value.origin:
            return value
        return LITERAL if value.is_literal else CLEAN

    def assign(self, target: Node | None, value: Value) -> None:
        if target is None:
            return
        t = target.type
        if t == "identifier":
            name = self.text(target)
            if name == "_":
                return
            self.env[name] = value
            self.record(target, value)
            for key in [k for k in self.env if k.startswith(name + ".")]:
                del self.env[key]  # its fields were replaced too
        elif t == "selector_expression":
            base = target.child_by_field_name("operand")
            field = self.text(target.child_by_field_name("field"))
            self.env[self.text(target)] = value
            if base is not None and base.type == "identifier" and self.text(base) in self.env:
                name = self.text(base)
                self.env[name] = store(self.env[name], field_key(field), value)
        elif t == "index_expression":
            base = target.child_by_field_name("operand")
            index = self.expr(target.child_by_field_name("index"))
            if base is not None and base.type == "identifier":
                name = self.text(base)
                self.env[name] = store(self.env.get(name, CLEAN), index.const, value)
        elif t in ("unary_expression", "parenthesized_expression") and target.named_children:
            self.assign(target.named_children[-1], value)

    def note_guards(self, targets: list[Node], right: Node) -> None:
        """Remember what a later condition on an assigned error or flag proves:
        `_, err := strconv.Atoi(x)`, `err := validateName(x)`, `_, ok := allowed[x]`,
        `ok := isAllowed(x)`, `u, err := url.Parse(raw)`, `host := u.Hostname()`."""
        names = [self.text(t) if t.type == "identifier" else "" for t in targets]
        if right.type == "index_expression" and len(names) == 2 and names[1]:
            key = right.child_by_field_name("index")
            table = self.value_of(right.child_by_field_name("operand") or right)
            if key is not None and not table.all_labels():
                self.bool_guards[names[1]] = (key, ALL_KINDS)
            return
        if right.type == "selector_expression" and names and names[0]:
            raw = self.host_of(right)
            if raw is not None:
                self.parsed_from[f"host:{names[0]}"] = raw
            return
        if right.type != "call_expression":
            return
        raw_host = self.host_of(right)
        if raw_host is not None and names and names[0]:
            self.parsed_from[f"host:{names[0]}"] = raw_host
            return
        args = self.sem.arguments(right).positional
        name = self.call_names.get(right.start_byte, "")
        if name in _PARSERS and args and names and names[0]:
            self.parsed_from[names[0]] = self.text(args[0])
        if not args or not names[-1]:
            return
        sanitizer = self.calls.sanitizer(name)
        kinds: Any = sanitizer.kinds if sanitizer is not None and sanitizer.kinds >= ALL_KINDS \
            else None
        if kinds is None and looks_like_guard(snake(name.rsplit(".", 1)[-1])):
            kinds = ALL_KINDS
        if kinds is not None:
            guards = self.err_guards if names[-1] in ("err", "e") or names[-1].endswith("Err") \
                else self.bool_guards
            guards[names[-1]] = (args[0], kinds)
