"""## What it does
Flags error details sent to the HTTP client: `http.Error(w, err.Error(), ...)`,
`fmt.Fprint*(w, err)` / `w.Write([]byte(err.Error()))` on a `http.ResponseWriter`. A
package-level string constant or sentinel error (`var errBusy = errors.New("busy")`) is a message
the program chose, not a detail, and is not reported.

## Why is this bad?
Error strings carry SQL fragments, file paths, host names and library versions that help an
attacker map the system (CWE-209).

## Example
```go
if err != nil { http.Error(w, err.Error(), http.StatusInternalServerError) }
```

## Use instead
```go
if err != nil {
    log.Printf("load user: %v", err)
    http.Error(w, http.StatusText(http.StatusInternalServerError), http.StatusInternalServerError)
}
```

## References
- CWE-209: Generation of Error Message Containing Sensitive Information
- OWASP A04:2021 / A10:2025
"""

from __future__ import annotations

import re

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.rules.go._common import (
    args_of,
    call_name,
    is_response_writer,
    method_name,
    receiver_of,
)
from vigilint.model import Fix, Rule

_ERR = re.compile(r"^\w*[eE]rr\w*(\.Error\(\))?$")
_FIXED_ERROR = re.compile(r'^(?:errors\.New|fmt\.Errorf)\(\s*"[^"%\\]*"\s*\)$')


def _fixed_messages(ctx: FileContext) -> frozenset[str]:
    """Package-level names whose text the program chose: string constants and sentinel errors
    (`var errTimeout = errors.New("timed out")`). Sending one tells the client nothing
    internal."""
    cached: frozenset[str] | None = ctx.cache.get("go.fixed_messages")
    if cached is not None:
        return cached
    found: set[str] = set()
    root = ctx.tree.root_node if ctx.tree is not None else None
    for declaration in root.named_children if root is not None else ():
        if declaration.type not in ("const_declaration", "var_declaration"):
            continue
        specs = [c for c in declaration.named_children if c.type.endswith("_spec")]
        for group in declaration.named_children:
            if group.type == "var_spec_list":
                specs += [c for c in group.named_children if c.type == "var_spec"]
        for spec in specs:
            names = [c for c in spec.named_children if c.type == "identifier"]
            values = spec.child_by_field_name("value")
            if values is None or len(values.named_children) != len(names):
                continue
            for name, value in zip(names, values.named_children, strict=True):
                text = ctx.node_text(value)
                if value.type in ("interpreted_string_literal", "raw_string_literal") or \
                        _FIXED_ERROR.match(text):
                    found.add(ctx.node_text(name))
    result = frozenset(found)
    ctx.cache["go.fixed_messages"] = result
    return result


def _detail(ctx: FileContext, message: Node) -> bool:
    """The message is an error's text that may carry internal details."""
    text = ctx.node_text(message)
    if not _ERR.match(text) and "err.Error()" not in text:
        return False
    return text.removesuffix(".Error()") not in _fixed_messages(ctx)


def _check(ctx: FileContext, call: Node) -> Hit | None:
    name = call_name(ctx, call)
    args = args_of(ctx, call)
    if name == "net/http.Error" and len(args) == 3:
        message = args[1]
        if not _detail(ctx, message):
            return None
        status = ctx.node_text(args[2])
        return Hit(node=call, fix=Fix(
            title="Send the generic status text", safe=False,
            edits=(ctx.edit_node(message, f"http.StatusText({status})"),)))
    if name in ("fmt.Fprint", "fmt.Fprintf", "fmt.Fprintln") and args and \
            is_response_writer(ctx, args[0]):
        if any(_ERR.match(ctx.node_text(a)) and ctx.node_text(a) != "errors"
               for a in args[1:]):
            return Hit(node=call)
        return None
    if method_name(ctx, call) == "Write" and args and "err.Error()" in ctx.node_text(args[0]) \
            and is_response_writer(ctx, receiver_of(ctx, call)):
        return Hit(node=call)
    return None


RULE = Rule(
    id="VG-GO-ERR-001",
    name="error-details-in-response",
    category="error-handling",
    languages=("go",),
    cwe=(209,),
    likelihood="likely",
    impact="low",
    confidence="high",
    message="The error's text is sent to the client; log it and send "
            "`http.StatusText(code)` instead.",
    prefilter=("Error", "Fprint", "Write"),
    node_kinds=("call_expression",),
    check=_check,
    fixable=True,
)
