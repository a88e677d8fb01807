"""Python guards: conditions that, once known true or false on a path, make a variable safe for
some sink kinds (allowlists, regex full matches, `isdigit`, normalized-path prefix checks, URL
host allowlists, quote checks). Each cleans only the kinds it really protects."""

from __future__ import annotations

from dataclasses import replace

from tree_sitter import Node

from vigilint.analyzers.dataflow.calls import looks_like_guard
from vigilint.analyzers.dataflow.guards import CONFIG_LABELS, prefixes_kinds, regex_guard_kinds
from vigilint.analyzers.dataflow.kinds import ALL_KINDS
from vigilint.analyzers.dataflow.python.calls import PythonCalls
from vigilint.analyzers.dataflow.value import NORMALIZED, Value, join, merge

_PATH_SEPARATORS = ("..", "../", "/", "\\")
_URL_HOST_KINDS = frozenset({"redirect", "ssrf"})
_PATH = frozenset({"path"})
# `hmac.compare_digest(mac(payload), digest)` true: the payload carries the server's own MAC, so
# the server issued it (a signed cookie): no longer request data to a trust boundary (the
# session). Injection sinks still see it as the request's text.
_DIGEST_CHECKS = frozenset({"hmac.compare_digest", "secrets.compare_digest"})
_SERVER_ISSUED = frozenset({"session"})


class PythonGuards(PythonCalls):
    cond_root: Node | None = None
    parsed_from: dict[str, str]  # url variable -> the variable it was parsed from
    checks: dict[str, Node]  # boolean variable -> the check call it holds (`ok = is_safe(u)`)

    def refine(self, cond: Node, truth: bool) -> None:
        """Narrow variables after a condition is known to be `truth`."""
        while cond.type == "parenthesized_expression" and cond.named_children:
            cond = cond.named_children[0]
        if cond.type == "not_operator":
            arg = cond.child_by_field_name("argument")
            if arg is not None:
                self.refine(arg, not truth)
            return
        if cond.type == "boolean_operator":
            op = self.text(cond.child_by_field_name("operator"))
            left, right = cond.child_by_field_name("left"), cond.child_by_field_name("right")
            if (op == "and" and truth) or (op == "or" and not truth):
                for side in (left, right):
                    if side is not None:
                        self.refine(side, truth)
            elif left is not None and right is not None:
                self.refine_either(left, right, truth)
            return
        if cond.type == "identifier" and not truth and self.text(cond) not in self.checks:
            # `x` false: x is None, "" or empty, so it holds no attacker text
            self.clean_var(cond, ALL_KINDS)
            return
        if cond.type == "comparison_operator":
            self.refine_comparison(cond, truth)
        elif cond.type == "call" and truth:
            self.refine_call(cond)
        elif cond.type == "identifier" and truth and self.text(cond) in self.checks:
            self.refine_call(self.checks[self.text(cond)])

    def refine_either(self, left: Node, right: Node, truth: bool) -> None:
        """`A and B` false or `A or B` true: A or B is `truth`, not both known. A variable
        both narrowings make safe is safe, for the kinds both vouch for (`if (next or html)
        and not url_has_allowed_host_and_scheme(next): ...` else: `next` is empty or
        checked)."""
        start = dict(self.env)
        narrowed: list[dict[str, Value]] = []
        for side in (left, right):
            self.env = dict(start)
            self.refine(side, truth)
            narrowed.append(self.env)
        self.env = start
        for name, old in start.items():
            one, two = narrowed[0].get(name), narrowed[1].get(name)
            if one is not None and two is not None and one is not old and two is not old:
                self.env[name] = join(one, two)

    def checked_arguments(self, call: Node) -> list[Node]:
        """The positional arguments of a check, else its keyword arguments' values in order
        (`url_has_allowed_host_and_scheme(url=target, allowed_hosts=...)`)."""
        args = call.child_by_field_name("arguments")
        named = [a for a in (args.named_children if args else []) if a.type != "comment"]
        positional = [a for a in named if a.type != "keyword_argument"]
        if positional:
            return positional
        values = [a.child_by_field_name("value") for a in named]
        return [v for v in values if v is not None]

    def is_check(self, call: Node) -> bool:
        """A call a condition may test: a validator the models know or a guard by its name."""
        name = self.qname(call.child_by_field_name("function")) or ""
        return self.calls.validator(name) is not None or \
            looks_like_guard(self.guard_short(call.child_by_field_name("function"), name))

    def guard_short(self, function: Node | None, name: str) -> str:
        """The last name of a check's callee, also when its receiver is a call
        (`get_adapter().is_safe_url(url)`: the project's adapter checking the host)."""
        if function is not None and function.type == "attribute":
            return self.text(function.child_by_field_name("attribute"))
        return name.rsplit(".", 1)[-1]

    def refine_comparison(self, cond: Node, truth: bool) -> None:
        ops = [self.text(c) for c in cond.children if not c.is_named]
        operands = cond.named_children
        if len(operands) != 2 or not ops:
            return
        left, right = operands
        op = " ".join(ops)
        if op in ("in", "not in") and left.type in ("identifier", "attribute"):
            if self.value_of(right).all_labels() - CONFIG_LABELS or right.type == "string":
                return  # a tainted collection, or a substring test: no allowlist
            # (a list from the environment is the deployment's own allowlist)
            if (op == "in") == truth:
                self.clean_var(left, ALL_KINDS)
                self.clean_parsed_url(left)
        elif op in ("==", "!=") and left.type == "attribute" and (op == "==") == truth and \
                self.value_of(right).has_const:
            self.clean_parsed_url(left)
        elif op in ("in", "not in") and left.type == "string":
            needle = self.expr(left).const
            target = right
            if target.type == "subscript":
                target = target.child_by_field_name("value") or target
            if target.type != "identifier" or (op == "in") == truth:
                return
            if isinstance(needle, str) and needle in _PATH_SEPARATORS:
                self.clean_var(target, _PATH)
            elif isinstance(needle, str) and needle in ("'", '"'):
                kinds = {"xpath", "sql", "ldap"}
                text = self.text(self.cond_root or cond)
                if "startswith" in text and "endswith" in text:
                    kinds.add("code")
                self.clean_var(target, frozenset(kinds))
        elif op in ("==", "is") and truth and left.type in ("identifier", "attribute") and \
                self.value_of(right).has_const:
            self.clean_var(left, ALL_KINDS)

    def refine_call(self, cond: Node) -> None:
        function = cond.child_by_field_name("function")
        name = self.qname(function) or ""
        if name in _DIGEST_CHECKS:
            for arg in self.checked_arguments(cond):
                self.clean_operands(arg, _SERVER_ISSUED)
            return
        validator = self.calls.validator(name)
        arg_nodes = self.checked_arguments(cond) if validator is None else \
            [a for a in (cond.child_by_field_name("arguments") or cond).named_children
             if a.type not in ("keyword_argument", "comment")]
        if validator is not None and len(arg_nodes) > validator.arg:
            pattern = self.value_of(arg_nodes[0]).const if validator.arg == 1 else None
            kinds = regex_guard_kinds(pattern, name.endswith("fullmatch")) \
                if validator.arg == 1 and "match" in name else validator.kinds
            if kinds:
                self.clean_var(arg_nodes[validator.arg], kinds)
            return
        if looks_like_guard(self.guard_short(function, name)) and arg_nodes:
            self.clean_var(arg_nodes[0], ALL_KINDS)
            return
        if function is None or function.type != "attribute":
            return
        method = self.text(function.child_by_field_name("attribute"))
        obj = function.child_by_field_name("object")
        if obj is None:
            return
        checker = self.calls.validator_method(method)
        if checker is not None:
            self.clean_var(obj, checker.kinds)
        elif method == "issubset" and obj.type == "call" and \
                self.text(obj.child_by_field_name("function")) in ("set", "frozenset"):
            inner = obj.child_by_field_name("arguments")
            if inner is not None and inner.named_children:
                self.clean_var(inner.named_children[0], ALL_KINDS)  # allowed characters
        elif method == "fullmatch" and arg_nodes:
            self.clean_var(arg_nodes[0], ALL_KINDS)
        elif method in ("startswith", "is_relative_to"):
            kinds = prefixes_kinds(self.value_of(arg_nodes[0]).const) \
                if method == "startswith" and arg_nodes else frozenset()
            if kinds:
                self.clean_var(obj, kinds)  # a fixed origin or a local path
            self.refine_prefix(obj)

    def clean_operands(self, node: Node, kinds: frozenset[str]) -> None:
        """`node` and the names it is computed from through calls (`mac(payload, key=k)`,
        `sign(payload).hexdigest()`)."""
        if node.type == "identifier":
            self.clean_var(node, kinds)
        elif node.type == "call":
            function = node.child_by_field_name("function")
            if function is not None and function.type == "attribute":
                self.clean_operands(function.child_by_field_name("object") or function, kinds)
            for arg in (node.child_by_field_name("arguments") or node).named_children:
                if arg.type == "keyword_argument":
                    arg = arg.child_by_field_name("value") or arg
                self.clean_operands(arg, kinds)
        elif node.type in ("attribute", "parenthesized_expression"):
            inner = node.child_by_field_name("object") if node.type == "attribute" else \
                (node.named_children[0] if node.named_children else None)
            if inner is not None:
                self.clean_operands(inner, kinds)

    def refine_prefix(self, obj: Node) -> None:
        """`realpath(p).startswith(base)`: a normalized path checked against a prefix stays
        under that directory (clean for path sinks only)."""
        if obj.type == "call" and self.qname(obj.child_by_field_name("function")) in (
                "str", "os.fspath"):
            wrapped = (obj.child_by_field_name("arguments") or obj).named_children
            obj = wrapped[0] if wrapped else obj
        if NORMALIZED not in self.value_of(obj).facts:
            return
        self.clean_var(obj, _PATH)
        if obj.type == "call":
            inner_args = obj.child_by_field_name("arguments")
            first = inner_args.named_children[0] if inner_args is not None and \
                inner_args.named_children else None
            if first is not None:
                self.clean_var(first, _PATH)

    def url_of_host(self, node: Node) -> str | None:
        """The URL variable whose host `node` reads: `urlparse(url).hostname`, `p.netloc`."""
        if node.type != "attribute":
            return None
        attr = self.text(node.child_by_field_name("attribute"))
        obj = node.child_by_field_name("object")
        if attr not in ("netloc", "hostname", "host") or obj is None:
            return None
        origin = self.parsed_from.get(self.text(obj))
        if obj.type == "call" and (self.qname(obj.child_by_field_name("function")) or "").endswith(
                ("urlparse", "urlsplit")):
            args = obj.child_by_field_name("arguments")
            first = args.named_children[0] if args is not None and args.named_children else None
            origin = self.text(first) if first is not None and first.type == "identifier" else None
        return origin

    def clean_parsed_url(self, node: Node) -> None:
        """`urlparse(x).netloc in ALLOWED` (or `host in ALLOWED` after `host =
        urlparse(x).hostname`) vouches for `x` as a redirect/fetch target."""
        origin = self.url_of_host(node) if node.type == "attribute" else \
            self.parsed_from.get(self.text(node)) if node.type == "identifier" else None
        if origin is not None and origin in self.env:
            old = self.env[origin]
            if old.all_labels():
                self.env[origin] = replace(merge([old]), clean=old.clean | _URL_HOST_KINDS)

    def clean_var(self, node: Node, kinds: frozenset[str]) -> None:
        if node.type == "identifier":
            self.clean_name(self.text(node), kinds)
