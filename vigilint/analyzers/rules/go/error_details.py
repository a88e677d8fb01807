"""## What it does
Flags error details sent to the HTTP client: `http.Error(w, err.Error(), ...)`,
`fmt.Fprint*(w, err)` / `w.Write([]byte(err.Error()))` on a `http.ResponseWriter`, and a
server error's text written through a gin, echo or fiber handler context
(`c.String(500, err.Error())`, `c.Status(500).SendString(err.Error())`). A package-level
string constant or sentinel error (`var errBusy = errors.New("busy")`) is a message the program
chose, not a detail, and is not reported.

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
    enclosing_function,
    is_response_writer,
    method_name,
    receiver_of,
)
from vigilint.analyzers.syntax import semantics
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


# Handler contexts of the web frameworks and their methods that write a response body.
_CONTEXTS = frozenset({"github.com/gin-gonic/gin.Context", "github.com/labstack/echo.Context",
                       "github.com/gofiber/fiber.Ctx"})
_WRITERS = frozenset({"String", "JSON", "IndentedJSON", "PureJSON", "XML", "HTML", "Data",
                      "AbortWithStatusJSON", "JSONPretty", "Blob", "SendString", "Send"})
_SERVER_ERROR = re.compile(r"^(5\d\d|(\w+\.)?Status(InternalServerError|BadGateway|"
                           r"ServiceUnavailable|GatewayTimeout|NotImplemented))$")


def _context_response(ctx: FileContext, call: Node) -> bool:
    """`c.String(500, err.Error())`, `c.JSON(http.StatusInternalServerError, gin.H{"error":
    err.Error()})`, `c.Status(500).SendString(err.Error())`: a server error's text written by a
    framework's handler context (gin, echo, fiber)."""
    if method_name(ctx, call) not in _WRITERS:
        return False
    receiver = receiver_of(ctx, call)
    args = args_of(ctx, call)
    status = args[0] if args else None
    if receiver is not None and receiver.type == "call_expression" and \
            method_name(ctx, receiver) == "Status":
        status = (args_of(ctx, receiver) or [None])[0]
        receiver = receiver_of(ctx, receiver)
    if receiver is None or semantics(ctx).declared_type(receiver) not in _CONTEXTS or \
            status is None or not _SERVER_ERROR.match(ctx.node_text(status)):
        return False
    return any("err.Error()" in ctx.node_text(a) or _ERR.match(ctx.node_text(a))
               for a in args if a is not status)


def _generic_text_fix(ctx: FileContext, call: Node) -> Fix | None:
    """Each error value a framework response writes (`err.Error()`, `err`) -> the text
    `"internal server error"`. Unsafe: a client reading the details breaks; log them."""
    args = list(args_of(ctx, call))
    receiver = receiver_of(ctx, call)
    status = args[0] if args else None
    if receiver is not None and receiver.type == "call_expression" and \
            method_name(ctx, receiver) == "Status":
        status = None
    return _replace_errors(ctx, [a for a in args if status is None or a.id != status.id])


def _used_elsewhere(ctx: FileContext, name: Node) -> bool:
    """The variable appears at least twice more in its function (its declaration and a use)."""
    function = enclosing_function(ctx, name)
    text = ctx.node_text(function) if function is not None else ctx.text
    return len(re.findall(rf"\b{re.escape(ctx.node_text(name))}\b", text)) >= 3


def _replace_errors(ctx: FileContext, args: list[Node]) -> Fix | None:
    edits = []
    for arg in args:
        stack = [arg]
        while stack:
            node = stack.pop()
            text = ctx.node_text(node)
            if node.type in ("identifier", "call_expression") and _ERR.match(text) and \
                    text != "errors":
                if node.type == "identifier" and not _used_elsewhere(ctx, node):
                    return None  # the variable would be declared and not used
                edits.append(ctx.edit_node(node, '"internal server error"'))
            elif node.type not in ("func_literal",):
                stack.extend(node.named_children)
    if not edits:
        return None
    return Fix(title="Send a generic message (log the error on the server)", safe=False,
               edits=tuple(sorted(edits, key=lambda e: (e.line, e.column))))


def _check(ctx: FileContext, call: Node) -> Hit | None:
    if _context_response(ctx, call):
        return Hit(node=call, fix=_generic_text_fix(ctx, call))
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
            return Hit(node=call, fix=_replace_errors(ctx, list(args[1:])))
        return None
    if method_name(ctx, call) == "Write" and args and "err.Error()" in ctx.node_text(args[0]) \
            and is_response_writer(ctx, receiver_of(ctx, call)):
        return Hit(node=call, fix=_replace_errors(ctx, [args[0]]))
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
