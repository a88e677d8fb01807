"""Java guards: conditions that, once known true or false on a path, make a variable safe for
some sink kinds: allowlist membership (`ALLOWED.contains(x)`), equality to a constant, regex
full matches (`x.matches(re)`, `P.matcher(x).matches()`), the tables' validators,
normalized-path prefix checks, URL host allowlists, and substring tests that exclude `..` or
quotes. Each cleans only the kinds it protects."""

from __future__ import annotations

from dataclasses import replace

from tree_sitter import Node

from vigilint.analyzers.dataflow.calls import looks_like_guard
from vigilint.analyzers.dataflow.guards import CONFIG_LABELS, URL_HOST
from vigilint.analyzers.dataflow.java.calls import JavaCalls, snake
from vigilint.analyzers.dataflow.kinds import ALL_KINDS
from vigilint.analyzers.dataflow.value import NORMALIZED, merge

_PATH = frozenset({"path"})
_QUOTE_KINDS = frozenset({"xpath", "sql", "ldap"})
_PATH_SEPARATORS = ("..", "../", "..\\", "/", "\\")
_EQUALS = frozenset({"equals", "equalsIgnoreCase", "contentEquals"})
_MEMBERSHIP = frozenset({"contains", "containsKey", "containsValue"})
_STRING_TYPES = frozenset({"java.lang.String", "java.lang.StringBuilder", "java.lang.CharSequence"})
_LOCAL_PATH = "path.rooted"  # starts with one "/"
_NO_AUTHORITY = "path.no-authority"  # does not start with "//"
# how URLs are parsed and their host read (java.net; the URL allowlist idiom)
URL_PARSERS = frozenset({"java.net.URI", "java.net.URL", "java.net.URI.create"})
HOST_READS = frozenset({"getHost", "getAuthority", "host"})


class JavaGuards(JavaCalls):
    parsed_from: dict[str, str]  # URI/URL/host variable -> the variable it was parsed from

    def refine_condition(self, cond: Node | None, truth: bool) -> None:
        if cond is not None:
            self.refine(cond, truth)

    def refine(self, cond: Node, truth: bool) -> None:
        while cond.type == "parenthesized_expression" and cond.named_children:
            cond = cond.named_children[0]
        t = cond.type
        if t == "unary_expression" and self.text(cond.child_by_field_name("operator")) == "!":
            operand = cond.child_by_field_name("operand")
            if operand is not None:
                self.refine(operand, not truth)
            return
        if t == "binary_expression":
            op = self.text(cond.child_by_field_name("operator"))
            left, right = cond.child_by_field_name("left"), cond.child_by_field_name("right")
            if (op == "&&" and truth) or (op == "||" and not truth):
                for side in (left, right):
                    if side is not None:
                        self.refine(side, truth)
            elif op in ("==", "!=") and (op == "==") == truth and left is not None and \
                    right is not None:
                for var, other in ((left, right), (right, left)):
                    if var.type == "identifier" and self.value_of(other).has_const and \
                            self.value_of(other).const is not None:
                        self.clean_var(var, ALL_KINDS)
            return
        if t == "method_invocation":
            self.refine_call(cond, truth)

    def refine_call(self, cond: Node, truth: bool) -> None:
        name = self.text(cond.child_by_field_name("name"))
        obj = cond.child_by_field_name("object")
        args = self.argument_nodes(cond)
        static = self.static_class(obj) if obj is not None else ""
        owner = static or (self.value_of(obj).type if obj is not None else "")
        validator = self.calls.validator(f"{owner}.{name}") if owner else None
        if validator is not None:
            if truth and validator.arg < len(args):
                self.clean_var(args[validator.arg], validator.kinds)
            return
        if name in _EQUALS and obj is not None and args:
            if static == "java.util.Objects" and len(args) == 2:
                pairs = [(args[0], args[1]), (args[1], args[0])]
            else:
                pairs = [(obj, args[0]), (args[0], obj)]
            for var, other in pairs:
                if truth and self.value_of(other).has_const:
                    self.clean_var(var, ALL_KINDS)
                    self.clean_url_host(var)
            return
        if name in _MEMBERSHIP and obj is not None and args:
            self.refine_membership(obj, args[0], truth)
            return
        if name in ("matches",) and truth:
            if static == "java.util.regex.Pattern" and len(args) == 2:
                self.clean_var(args[1], ALL_KINDS)
            elif obj is not None and obj.type == "method_invocation" and self.text(
                    obj.child_by_field_name("name")) == "matcher":
                inner = self.argument_nodes(obj)
                if inner:
                    self.clean_var(inner[0], ALL_KINDS)
            elif obj is not None and args:
                self.clean_var(obj, ALL_KINDS)  # String.matches: the whole string
            return
        if name == "startsWith" and obj is not None and args:
            self.refine_local_path(obj, args[0], truth)
        if name in ("startsWith", "endsWith") and obj is not None and truth:
            self.refine_prefix(obj, args, name)
            return
        if truth and looks_like_guard(snake(name)) and (args or obj is not None):
            self.clean_var(args[0] if args else obj, ALL_KINDS)  # type: ignore[arg-type]

    def refine_membership(self, collection: Node, member: Node, truth: bool) -> None:
        """`ALLOWED.contains(x)` (an allowlist) or `x.contains("..")` (a substring test)."""
        holder = self.value_of(collection)
        needle = self.value_of(member)
        if holder.type in _STRING_TYPES or isinstance(holder.const, str):
            if truth or not isinstance(needle.const, str):
                return
            if needle.const in _PATH_SEPARATORS:
                self.clean_var(collection, _PATH)
            elif needle.const in ("'", '"'):
                self.clean_var(collection, _QUOTE_KINDS)
            return
        if not truth or holder.all_labels() - CONFIG_LABELS:
            return  # a collection the client fills is no allowlist (the environment's is one)
        self.clean_var(member, ALL_KINDS)
        self.clean_url_host(member)

    def refine_prefix(self, obj: Node, args: list[Node], name: str) -> None:
        """`path.normalize().startsWith(base)`: a normalized path checked against a prefix
        stays under it (path only); `url.startsWith("https://host/")` fixes scheme and host
        (redirect, SSRF)."""
        value = self.value_of(obj)
        if NORMALIZED in value.facts and name == "startsWith":
            self.clean_var(obj, _PATH)
            if obj.type == "method_invocation":
                inner = obj.child_by_field_name("object")
                if inner is not None:
                    self.clean_var(inner, _PATH)
            return
        prefix = self.value_of(args[0]).const if args else None
        if name == "startsWith" and isinstance(prefix, str) and "://" in prefix and \
                "/" in prefix.split("://", 1)[1]:
            self.clean_var(obj, URL_HOST)

    def refine_local_path(self, obj: Node, prefix_node: Node, truth: bool) -> None:
        """`x.startsWith("/") && !x.startsWith("//")`: a path on this server (no scheme, no
        host), safe to redirect to. The two halves are separate conditions: each leaves a
        fact on the variable, both make it clean."""
        prefix = self.value_of(prefix_node).const
        if obj.type != "identifier" or not isinstance(prefix, str):
            return
        if truth and prefix.startswith("/") and not prefix.startswith("//"):
            fact = _LOCAL_PATH
        elif not truth and prefix == "//":
            fact = _NO_AUTHORITY
        else:
            return
        name = self.text(obj)
        old = self.env.get(name)
        if old is None or not old.all_labels():
            return
        facts = old.facts | {fact}
        if {_LOCAL_PATH, _NO_AUTHORITY} <= facts:
            self.env[name] = replace(old, clean=old.clean | {"redirect"}, facts=facts)
        else:
            self.env[name] = replace(old, facts=facts)

    def clean_url_host(self, node: Node) -> None:
        """`ALLOWED_HOSTS.contains(uri.getHost())` (or of `host = uri.getHost()`) vouches for
        the URL and the text it was parsed from, as a redirect or fetch target."""
        origin = ""
        if node.type == "method_invocation" and self.text(
                node.child_by_field_name("name")) in HOST_READS:
            inner = node.child_by_field_name("object")
            if inner is not None and inner.type == "identifier":
                origin = self.text(inner)
        elif node.type == "identifier":
            origin = self.parsed_from.get(self.text(node), "")
        seen: set[str] = set()
        while origin and origin not in seen:
            seen.add(origin)
            old = self.env.get(origin)
            if old is not None and old.all_labels():
                self.env[origin] = replace(merge([old]), clean=old.clean | URL_HOST,
                                           type=old.type)
            origin = self.parsed_from.get(origin, "")

    def clean_var(self, node: Node, kinds: frozenset[str]) -> None:
        while node.type == "parenthesized_expression" and node.named_children:
            node = node.named_children[0]
        if node.type == "identifier":
            name = self.text(node)
            if name not in self.env and "this." + name in self.env:
                name = "this." + name
            old = self.env.get(name)
            if old is not None and old.all_labels():
                self.clean_name(name, kinds)
                if old.type and not self.env[name].type:
                    self.env[name] = replace(self.env[name], type=old.type)
        elif node.type == "method_invocation" and self.text(
                node.child_by_field_name("name")) in ("trim", "strip", "toLowerCase",
                                                      "toUpperCase", "toString"):
            inner = node.child_by_field_name("object")
            if inner is not None:
                self.clean_var(inner, kinds)  # `x.trim().equals("a")` checks x
