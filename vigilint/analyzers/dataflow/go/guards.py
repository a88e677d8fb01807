"""Go guards: conditions that, once known true or false on a path, make a variable safe for
some sink kinds: allowlist maps (`if !allowed[x]`, `if _, ok := allowed[x]; !ok`), equality to
constants (also `switch` cases, `x != "a" && x != "b"`), conversion errors (`if _, err :=
strconv.Atoi(x); err != nil`), regular expressions, `filepath.IsLocal`, prefix checks of cleaned
paths, `..`/separator checks, URL host checks after `url.Parse`, local redirect paths, and
validation helpers by name. Each cleans only the kinds it really protects."""

from __future__ import annotations

from dataclasses import replace

from tree_sitter import Node

from vigilint.analyzers.dataflow.calls import looks_like_guard
from vigilint.analyzers.dataflow.go.calls import GoCalls, snake
from vigilint.analyzers.dataflow.go.format import URL_KINDS
from vigilint.analyzers.dataflow.guards import fixed_origin, prefix_kinds, regex_guard_kinds
from vigilint.analyzers.dataflow.kinds import ALL_KINDS
from vigilint.analyzers.dataflow.value import NOCONST, NORMALIZED, cleaned, merge

_PATH = frozenset({"path"})
_LINES = frozenset({"log", "header"})
_REDIRECT = frozenset({"redirect"})
_PATH_CHARS = ("..", "/", "\\", "/\\", "\\/", "./", "../")
_LINE_CHARS = ("\n", "\r", "\r\n", "\n\r")
_HOST_MEMBERS = ("Host", "Hostname")
_QUOTES = ("'", '"')
_QUOTED = frozenset({"xpath", "sql", "ldap"})


class GoGuards(GoCalls):
    cond_root: Node | None = None
    parsed_from: dict[str, str]  # url variable -> the string variable it was parsed from
    err_guards: dict[str, tuple[Node, frozenset[str]]]  # err -> (checked value, kinds)
    bool_guards: dict[str, tuple[Node, frozenset[str]]]  # ok -> (checked value, kinds)

    def refine(self, cond: Node | None, truth: bool) -> None:
        """Narrow variables after a condition is known to be `truth`."""
        while cond is not None and cond.type == "parenthesized_expression" and \
                cond.named_children:
            cond = cond.named_children[0]
        if cond is None:
            return
        kind = cond.type
        if kind == "unary_expression" and self.text(cond.child_by_field_name("operator")) == "!":
            self.refine(cond.child_by_field_name("operand"), not truth)
        elif kind == "binary_expression":
            op = self.text(cond.child_by_field_name("operator"))
            left, right = cond.child_by_field_name("left"), cond.child_by_field_name("right")
            if op in ("&&", "||"):
                if (op == "&&") == truth:
                    self.refine(left, truth)
                    self.refine(right, truth)
                else:  # `x != "a" && x != "b"` false, `x == "a" || x == "b"` true
                    self.refine_members(cond, op)
            elif op in ("==", "!=") and left is not None and right is not None:
                self.refine_equality(left, right, (op == "==") == truth)
        elif kind == "identifier" and truth:
            guard = self.bool_guards.get(self.text(cond))
            if guard is not None:
                self.clean_var(*guard)
        elif kind == "index_expression" and truth:
            self.refine_membership(cond.child_by_field_name("operand"),
                                   cond.child_by_field_name("index"))
        elif kind == "call_expression":
            self.refine_call(cond, truth)

    def refine_members(self, cond: Node, op: str) -> None:
        """Every side of a chain of `op` compares one variable with a constant: the variable
        is one of those constants."""
        sides: list[Node] = []
        stack = [cond]
        while stack:
            node = stack.pop()
            while node.type == "parenthesized_expression" and node.named_children:
                node = node.named_children[0]
            if node.type == "binary_expression" and \
                    self.text(node.child_by_field_name("operator")) == op:
                stack.extend(n for n in (node.child_by_field_name("left"),
                                         node.child_by_field_name("right")) if n is not None)
            else:
                sides.append(node)
        wanted = "!=" if op == "&&" else "=="
        names: set[str] = set()
        for side in sides:
            left = side.child_by_field_name("left")
            right = side.child_by_field_name("right")
            if side.type != "binary_expression" or left is None or right is None or \
                    self.text(side.child_by_field_name("operator")) != wanted or \
                    self.value_of(right).const is NOCONST:
                return
            names.add(self.text(left))
        if len(names) == 1:
            left = sides[0].child_by_field_name("left")
            if left is not None and self.host_of(left) is not None:
                self.clean_url(left, URL_KINDS)  # the host is one of the constants
            elif left is not None:
                self.clean_var(left, ALL_KINDS)

    def refine_equality(self, left: Node, right: Node, equal: bool) -> None:
        right_value = self.value_of(right)
        if right_value.const is None and left.type == "identifier":
            guard = self.err_guards.get(self.text(left))
            if guard is not None and equal:  # `err == nil`: the conversion succeeded
                self.clean_var(*guard)
            return
        if not equal or right_value.const is NOCONST:
            return
        if self.host_of(left) is not None:
            kinds = _REDIRECT if right_value.const == "" else URL_KINDS
            self.clean_url(left, kinds)
        elif left.type in ("identifier", "selector_expression"):
            self.clean_var(left, ALL_KINDS)

    def refine_membership(self, container: Node | None, key: Node | None) -> None:
        """`allowed[x]` true, with `allowed` a map that is no input: `x` is one of its keys."""
        if container is None or key is None:
            return
        table = self.value_of(container)
        if table.all_labels():
            return
        if self.host_of(key) is not None:
            self.clean_url(key, URL_KINDS)
        else:
            self.clean_var(key, ALL_KINDS)

    def refine_call(self, cond: Node, truth: bool) -> None:
        function = cond.child_by_field_name("function")
        args = self.sem.arguments(cond).positional
        name = self.call_names.get(cond.start_byte) or self.qname(function)
        short = name.rsplit(".", 1)[-1]
        receiver = function.child_by_field_name("operand") \
            if function is not None and function.type == "selector_expression" else None
        if not truth:
            self.refine_absence(name, args)
            return
        validator = self.calls.validator(name)
        if validator is not None and len(args) > validator.arg:
            kinds = validator.kinds
            if name == "regexp.MatchString":
                kinds = regex_guard_kinds(self.value_of(args[0]).const, False)
            if kinds:
                self.clean_var(args[validator.arg], kinds)
            return
        if receiver is not None and short in ("MatchString", "Match") and args:
            pattern = self.value_of(receiver)
            if pattern.type == "regexp.Regexp":
                kinds = regex_guard_kinds(pattern.const, False)
                if kinds:
                    self.clean_var(args[0], kinds)
            return
        if name == "strings.HasPrefix" and len(args) == 2:
            self.refine_prefix(args[0], self.value_of(args[1]).const)
            return
        if name == "strings.HasSuffix" and len(args) == 2 and self.host_of(args[0]):
            suffix = self.value_of(args[1]).const
            if isinstance(suffix, str) and suffix.startswith(".") and suffix.count(".") >= 2:
                self.clean_url(args[0], URL_KINDS)  # a host under one registered domain
            return
        if looks_like_guard(snake(short)) and args:
            self.clean_var(args[0], ALL_KINDS)

    def refine_absence(self, name: str, args: tuple[Node, ...]) -> None:
        """`strings.Contains(x, "..")` false: no parent step; `ContainsAny(x, "\\r\\n")` false:
        no line break; `ContainsAny(x, "'\\"")` false: no quote."""
        if name not in ("strings.Contains", "strings.ContainsAny") or len(args) != 2:
            return
        needle = self.value_of(args[1]).const
        if needle in _PATH_CHARS or (name == "strings.ContainsAny" and isinstance(needle, str)
                                     and ("/" in needle or "." in needle)):
            self.clean_var(args[0], _PATH)
        elif needle in _LINE_CHARS or (isinstance(needle, str) and "\n" in needle and
                                       "\r" in needle):
            self.clean_var(args[0], _LINES)
        elif needle in _QUOTES or (name == "strings.ContainsAny" and isinstance(needle, str)
                                   and "'" in needle and '"' in needle):
            self.clean_var(args[0], _QUOTED)  # no quote can close a string literal

    def refine_prefix(self, subject: Node, prefix: object) -> None:
        """A normalized path with a checked prefix stays under that directory (path only); a
        URL starting with a fixed origin goes there (redirect, SSRF); a path starting with
        `/` but not `//` stays on this site (redirect)."""
        value = self.value_of(subject)
        if NORMALIZED in value.facts:
            self.clean_var(subject, _PATH)
            inner = subject
            if inner.type == "call_expression":
                args = self.sem.arguments(inner).positional
                if args:
                    self.clean_var(args[-1], _PATH)
        if fixed_origin(prefix):
            self.clean_var(subject, URL_KINDS)
        elif isinstance(prefix, str) and prefix_kinds(prefix) == _REDIRECT:
            self.clean_var(subject, _REDIRECT)  # `/app/`: a local path (not `//`, not `/\`)
        elif prefix == "/" and self.cond_root is not None and \
                f'{self.text(subject)}, "//")' in self.text(self.cond_root):
            self.clean_var(subject, _REDIRECT)

    # -- URLs ---------------------------------------------------------------------------
    def host_of(self, node: Node) -> str | None:
        """The string variable a host expression comes from: `u.Host`, `u.Hostname()` with
        `u, err := url.Parse(raw)`, or a `host` variable assigned from one."""
        if node.type == "call_expression":
            function = node.child_by_field_name("function")
            if function is None or function.type != "selector_expression" or \
                    self.text(function.child_by_field_name("field")) != "Hostname":
                return None
            node = function.child_by_field_name("operand") or node
            return self.parsed_from.get(self.text(node))
        if node.type == "selector_expression" and \
                self.text(node.child_by_field_name("field")) in _HOST_MEMBERS:
            operand = node.child_by_field_name("operand")
            return self.parsed_from.get(self.text(operand)) if operand is not None else None
        if node.type == "identifier":
            return self.parsed_from.get(f"host:{self.text(node)}")
        return None

    def clean_url(self, host: Node, kinds: frozenset[str]) -> None:
        """The host of a parsed URL was checked: the URL (and the string it was parsed from)
        goes where the check allows."""
        raw = self.host_of(host)
        if raw is None:
            return
        for name in (raw, *[u for u, r in self.parsed_from.items() if r == raw]):
            old = self.env.get(name)
            if old is not None and old.all_labels():
                self.env[name] = replace(merge([old]), clean=old.clean | kinds,
                                         type=old.type)

    def clean_var(self, node: Node, kinds: frozenset[str]) -> None:
        while node.type in ("parenthesized_expression", "unary_expression") and \
                node.named_children:
            node = node.named_children[-1]
        if node.type == "identifier":
            self.clean_name(self.text(node), kinds)
        elif node.type == "selector_expression":
            text = self.text(node)
            value = self.env.get(text) or self.value_of(node)
            if value.all_labels():
                self.env[text] = cleaned(value, kinds)
