"""## What it does
Flags TLS certificate checks turned off: `verify=False` on `requests`/`httpx` calls and clients,
`ssl._create_unverified_context()`, `ssl.CERT_NONE`, `check_hostname = False`, and
`urllib3.disable_warnings` used to hide the resulting warning. Where the checks are turned off
only in a branch on the function's own option (`if not verify:`, `if self.insecure:`), the
insecure mode is the caller's choice: reported as unlikely (the callers that pass the option are
reported where they pass it). `check_hostname = False` right before `CERT_NONE` is one finding.

## Why is this bad?
Without certificate verification anyone on the network path can impersonate the server and read
or change the traffic, including credentials and tokens.

## Example
```python
requests.get(url, verify=False)
```

## Use instead
```python
requests.get(url)  # or verify="/path/to/internal-ca.pem"
```

## References
- CWE-295: Improper Certificate Validation
- OWASP A07:2021 / A02:2025
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.imports import call_name, qualified_name
from vigilint.analyzers.rules.python._common import args_of, keyword_arg
from vigilint.analyzers.syntax import python
from vigilint.model import Fix, Rule

_CLIENT_PREFIXES = ("requests.", "httpx.", "aiohttp.")


def _removal(ctx: FileContext, call: Node, kwarg: Node) -> Fix | None:
    args = args_of(ctx, call)
    index = next((i for i, a in enumerate(args) if a == kwarg), -1)
    if index < 0:
        return None
    start = args[index - 1].end_byte if index > 0 else kwarg.start_byte
    end = kwarg.end_byte if index > 0 else (args[1].start_byte if len(args) > 1 else kwarg.end_byte)
    return Fix(title="Remove `verify=False`", safe=True, edits=(ctx.edit_bytes(start, end, ""),))


_OPT_IN = ("The function turns TLS certificate verification off when its caller asks; make sure "
           "no caller asks outside tests.")


def _condition(node: Node) -> Node | None:
    if node.type in ("if_statement", "elif_clause", "while_statement"):
        return node.child_by_field_name("condition")
    if node.type == "conditional_expression" and len(node.named_children) == 3:
        return node.named_children[1]
    return None


def _opt_in(ctx: FileContext, node: Node) -> bool:
    """`node` runs only in a branch on the enclosing function's own option: a parameter or an
    attribute of `self` (`if not verify:`, `if self.insecure:`)."""
    fn = python(ctx).function_at(node)
    if fn is None:
        return False
    options = {p.name for p in fn.params if p.name not in ("self", "cls")}
    cur = node.parent
    while cur is not None and cur != fn.node:
        condition = _condition(cur)
        if condition is not None and not (condition.start_byte <= node.start_byte
                                          < condition.end_byte):
            stack = [condition]
            while stack:
                part = stack.pop()
                if part.type == "identifier" and ctx.node_text(part) in options:
                    return True
                if part.type == "attribute" and ctx.node_text(part).startswith("self."):
                    return True
                stack.extend(part.named_children)
        cur = cur.parent
    return False


def _before_cert_none(ctx: FileContext, node: Node) -> bool:
    """`check_hostname = False` followed in its block by `... = ssl.CERT_NONE` (which needs it):
    one flaw, reported at `CERT_NONE`."""
    statement = node.parent
    following = statement.next_named_sibling if statement is not None else None
    while following is not None and following.type == "comment":
        following = following.next_named_sibling
    return following is not None and "CERT_NONE" in ctx.node_text(following)


def _hit(ctx: FileContext, node: Node) -> Hit:
    return Hit(node=node, likelihood="unlikely", message=_OPT_IN) if _opt_in(ctx, node) \
        else Hit(node=node)


def _check(ctx: FileContext, node: Node) -> Hit | None:
    if node.type == "call":
        name = call_name(ctx, node) or ""
        if name in ("ssl._create_unverified_context", "ssl._create_stdlib_context"):
            return Hit(node=node)
        kwarg = keyword_arg(ctx, node, "verify")
        if kwarg is not None and ctx.node_text(kwarg.child_by_field_name("value")) == "False":
            function = node.child_by_field_name("function")
            receiver = ctx.node_text(function)
            if name.startswith(_CLIENT_PREFIXES) or receiver.split(".")[0] in (
                    "session", "s", "client", "http", "sess") or \
                    receiver.rsplit(".", 1)[-1] in ("get", "post", "put", "patch", "delete",
                                                     "head", "request", "options"):
                return Hit(node=kwarg, fix=_removal(ctx, node, kwarg),
                           message="`verify=False` turns off certificate checks; remove it "
                                   "(or pass the path of a CA bundle).")
        return None
    if node.type == "attribute":
        if qualified_name(ctx, node) == "ssl.CERT_NONE" and (
                node.parent is None or node.parent.type != "comparison_operator"):
            return _hit(ctx, node)
        return None
    left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
    if left is not None and left.type == "attribute" and \
            ctx.node_text(left.child_by_field_name("attribute")) in ("check_hostname", "verify") and \
            ctx.node_text(right) == "False" and not _before_cert_none(ctx, node):
        return _hit(ctx, node)
    return None


RULE = Rule(
    id="VG-PY-DEF-002",
    name="tls-verification-disabled",
    category="insecure-default",
    languages=("python",),
    cwe=(295,),
    likelihood="likely",
    impact="high",
    confidence="high",
    message="TLS certificate verification is disabled; keep the default verification (or pass a "
            "CA bundle).",
    prefilter=("_create_unverified_context", "_create_stdlib_context", "verify", "CERT_NONE",
               "check_hostname"),
    node_kinds=("call", "attribute", "assignment"),
    check=_check,
    fixable=True,
)
