"""JavaScript guards: conditions that, once known true or false on a path, make a variable (or
a member expression such as `req.query.next`) safe for some sink kinds. Allow-lists
(`includes`, `has`, `indexOf`), equality with a constant, `typeof`, `isNaN`, anchored regex
tests, normalized-path prefix checks, URL host allow-lists, fixed URL prefixes, and the models'
validators (validator.js); each cleans only the kinds it really protects."""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.dataflow.calls import looks_like_guard
from vigilint.analyzers.dataflow.guards import (
    CONFIG_LABELS,
    URL_HOST,
    kept_chars_kinds,
    prefix_kinds,
    regex_guard_kinds,
)
from vigilint.analyzers.dataflow.javascript.calls import _NEGATED_CLASS, JSCalls, _class_chars
from vigilint.analyzers.dataflow.kinds import ALL_KINDS, SOURCE_KINDS
from vigilint.analyzers.dataflow.value import NORMALIZED, cleaned

_PATH = frozenset({"path"})
_NOSQL = frozenset({"nosql"})
_HOST_MEMBERS = frozenset({"hostname", "host", "origin"})
_EQUAL = frozenset({"===", "=="})
_UNEQUAL = frozenset({"!==", "!="})
_NUMBER_TYPES = frozenset({"number", "boolean", "bigint"})
_MEMBERSHIP = frozenset({"includes", "has"})


class JSGuards(JSCalls):
    def refine(self, cond: Node | None, truth: bool) -> None:
        """Narrow variables after `cond` is known to be `truth`."""
        while cond is not None and cond.type == "parenthesized_expression" and \
                cond.named_children:
            cond = cond.named_children[-1]
        if cond is None:
            return
        t = cond.type
        if t == "unary_expression" and self.text(cond.child_by_field_name("operator")) == "!":
            self.refine(cond.child_by_field_name("argument"), not truth)
        elif t == "binary_expression":
            op = self.text(cond.child_by_field_name("operator"))
            left, right = cond.child_by_field_name("left"), cond.child_by_field_name("right")
            if (op == "&&" and truth) or (op == "||" and not truth):
                self.refine(left, truth)
                self.refine(right, truth)
            elif op in _EQUAL or op in _UNEQUAL:
                self.refine_equality(left, right, (op in _EQUAL) == truth)
            elif op in (">", ">=", "<", "<=") and left is not None and right is not None:
                self.refine_index_of(left, right, op, truth)
        elif t == "call_expression" and truth:
            self.refine_call(cond)
        elif t == "call_expression":
            self.refine_false_call(cond)

    def refine_equality(self, left: Node | None, right: Node | None, equal: bool) -> None:
        if left is None or right is None:
            return
        if left.type not in ("unary_expression", "call_expression", "identifier",
                             "member_expression", "subscript_expression"):
            left, right = right, left
        if left.type == "unary_expression" and \
                self.text(left.child_by_field_name("operator")) == "typeof":
            kind = self.expr(right).const
            target = left.child_by_field_name("argument")
            if equal and kind == "string":
                self.clean_var(target, _NOSQL)
            elif equal and kind in _NUMBER_TYPES:
                self.clean_var(target, ALL_KINDS)
            return
        if left.type == "call_expression" and equal is False:
            self.refine_index_of(left, right, "!==", True)
            return
        if not equal or not self.value_of(right).has_const:
            return
        if left.type == "member_expression" and self.text(
                left.child_by_field_name("property")) in _HOST_MEMBERS:
            self.clean_parsed_url(left)
        self.clean_var(left, ALL_KINDS)

    def refine_index_of(self, left: Node, right: Node, op: str, truth: bool) -> None:
        """`ALLOWED.indexOf(x) !== -1` / `>= 0` / `> -1`: membership."""
        if left.type != "call_expression":
            return
        receiver, method = self.shared.sem.callee(left)
        bound = self.value_of(right).const
        found = (op in ("!==", "!=") and bound == -1) or (op == ">=" and bound == 0) or \
            (op == ">" and bound == -1)
        if method == "indexOf" and found and truth and receiver is not None:
            args = self.shared.sem.arguments(left).positional
            if args and not self.value_of(receiver).all_labels() and \
                    receiver.type != "string":
                self.clean_var(args[0], ALL_KINDS)

    def refine_call(self, cond: Node) -> None:
        sem = self.shared.sem
        receiver, method = sem.callee(cond)
        args = sem.arguments(cond).positional
        function = cond.child_by_field_name("function")
        name = self.qname(function) if function is not None else ""
        validator = self.calls.validator(name)
        if validator is not None and len(args) > validator.arg:
            self.clean_var(args[validator.arg], validator.kinds)
            return
        if receiver is None:
            if looks_like_guard(method) and args:
                self.clean_var(args[0], ALL_KINDS)
            return
        if method in _MEMBERSHIP and args:
            collection = self.value_of(receiver)
            # (a list from the environment is the deployment's own allow-list)
            if collection.all_labels() - CONFIG_LABELS or \
                    receiver.type in ("string", "template_string") or \
                    isinstance(collection.const, str):
                return  # a tainted collection, or a substring test: no allow-list
            self.clean_var(args[0], ALL_KINDS)
            if args[0].type == "member_expression":
                self.clean_parsed_url(args[0])
            return
        if method == "test" and args:
            pattern = self.regex_pattern(receiver)
            if pattern is not None:
                self.clean_var(args[0], regex_guard_kinds(pattern, False))
            elif self.anchored_at_base(receiver):
                self.refine_anchored(args[0])
            return
        if method == "match" and args:
            pattern = self.regex_pattern(args[0])
            if pattern is not None:
                self.clean_var(receiver, regex_guard_kinds(pattern, False))
            return
        if method == "startsWith" and args:
            self.refine_prefix(receiver, args[0])
            return
        checker = self.calls.validator_method(method)
        if checker is not None:
            self.clean_var(receiver, checker.kinds)
        elif looks_like_guard(method) and args:
            self.clean_var(args[0], ALL_KINDS)

    def refine_false_call(self, cond: Node) -> None:
        """`isNaN(x)` false: x converts to a number; `/[^0-9]/.test(x)` false: x holds only
        the characters of the class."""
        receiver, method = self.shared.sem.callee(cond)
        if method == "test" and receiver is not None:
            pattern = self.regex_pattern(receiver)
            negated = _NEGATED_CLASS.match(pattern) if pattern is not None else None
            args = self.shared.sem.arguments(cond).positional
            if negated and args:
                self.clean_var(args[0], kept_chars_kinds(_class_chars(negated.group(1))))
            return
        name = self.qname(cond.child_by_field_name("function"))
        if name not in ("isNaN", "Number.isNaN"):
            return
        args = self.shared.sem.arguments(cond).positional
        target = args[0] if args else None
        if target is not None and target.type == "call_expression" and \
                self.qname(target.child_by_field_name("function")) in ("Number", "parseInt",
                                                                        "parseFloat"):
            inner = self.shared.sem.arguments(target).positional
            target = inner[0] if inner else None
        self.clean_var(target, ALL_KINDS)

    def refine_prefix(self, obj: Node, prefix_node: Node) -> None:
        """`resolved.startsWith(base)` on a normalized path stays under base (path sinks);
        `url.startsWith("https://api.example.com/")` fixes the URL's host."""
        value = self.value_of(obj)
        if NORMALIZED in value.facts:
            self.clean_var(obj, _PATH)
            return
        prefix = self.value_of(prefix_node).const
        if isinstance(prefix, str):
            kinds = prefix_kinds(prefix)
            if kinds:
                self.clean_var(obj, kinds)

    def anchored_at_base(self, node: Node) -> bool:
        """`new RegExp("^" + base ...)` (directly, or the one a local name holds): a pattern
        anchored at a value of the program's (the served folder), as `startsWith(base)` is."""
        if node.type == "identifier":
            values = self.shared.sem.assigned_values(node)
            if len(values) != 1:
                return False
            node = values[0]
        if node.type != "new_expression":
            return False
        constructor = node.child_by_field_name("constructor")
        args = self.shared.sem.arguments(node).positional
        if constructor is None or self.text(constructor) != "RegExp" or not args:
            return False
        first = args[0]
        while first.type == "binary_expression":
            left = first.child_by_field_name("left")
            if left is None:
                return False
            first = left
        start = self.value_of(first).const
        if not (isinstance(start, str) and start.startswith("^")):
            return False
        # the base is the program's (a parameter or setting), not the request's
        return not self.value_of(args[0]).all_labels() & SOURCE_KINDS

    def refine_anchored(self, tested: Node) -> None:
        """A normalized path (`path.join`, `path.resolve`) that matches a pattern anchored at
        the base folder stays under it; `p.replace(/\\/g, "/")` tests `p` itself."""
        while tested.type == "call_expression":
            receiver, method = self.shared.sem.callee(tested)
            if method != "replace" or receiver is None:
                return
            tested = receiver
        if NORMALIZED in self.value_of(tested).facts:
            self.clean_var(tested, _PATH)

    def regex_pattern(self, node: Node) -> str | None:
        """The source of a regex literal (directly, or the one a local name holds)."""
        if node.type == "regex":
            return self.text(node.child_by_field_name("pattern"))
        if node.type == "identifier":
            values = self.shared.sem.assigned_values(node)
            if len(values) == 1 and values[0].type == "regex":
                return self.text(values[0].child_by_field_name("pattern"))
        return None

    def clean_parsed_url(self, node: Node) -> None:
        """`new URL(x).hostname` (or `u.hostname` after `u = new URL(x)`) checked against an
        allow-list vouches for `x` as a redirect/fetch target."""
        obj = node.child_by_field_name("object")
        if obj is None:
            return
        origin = self.parsed_from.get(self.text(obj))
        if obj.type == "new_expression":
            args = self.shared.sem.arguments(obj).positional
            origin = self.text(args[0]) if args else None
        for name in (self.text(obj), origin):
            if name and name in self.env:
                self.env[name] = cleaned(self.env[name], URL_HOST) \
                    if self.env[name].all_labels() else self.env[name]

    def clean_var(self, node: Node | None, kinds: frozenset[str]) -> None:
        while node is not None and node.type in ("parenthesized_expression",
                                                 "non_null_expression", "as_expression") and \
                node.named_children:
            node = node.named_children[0]
        if node is None or not kinds:
            return
        if node.type == "identifier":
            self.clean_name(self.text(node), kinds)
        elif node.type in ("member_expression", "subscript_expression"):
            text = self.shared.sem.dotted(node) or self.text(node)
            value = self.value_of(node)
            if value.all_labels():
                self.env[text] = cleaned(value, kinds)
