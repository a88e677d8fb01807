"""## What it does
Flags exception details sent back to the client: inside an `except ... as e` block of a web view,
a `return`/`jsonify`/`Response`/`HttpResponse`/`HTTPException(detail=...)` whose value contains
`str(e)`, `repr(e)`, `e` itself, `e.args` or `traceback.format_exc()`. The exception handed
as it is to the project's error handler (`return self.handle_error_response(error)`,
`return await self.handle_exception(e)`, `response_for_exception(request, e)`) is not reported:
that handler decides what to show. Nor are errors raised on what the client sent, whose text is
written for the client (validation and parse errors, a malformed header, an unsatisfiable range,
a form body that does not parse, a not-found, RFC 6749's OAuth errors), nor details shown only
while a debug switch is on (`traceback.format_exc() if settings.DEBUG else "Server Error"`), nor
the project's own exceptions (defined in the file or imported from the package it belongs to),
which carry the text or the response the project wrote for the client.

## Why is this bad?
Exception text reveals file paths, SQL statements, library versions and sometimes secrets: a map
for the next attack.

## Example
```python
except Exception as e:
    return jsonify(error=str(e)), 500
```

## Use instead
```python
except Exception:
    logger.exception("export failed")
    return jsonify(error="internal error"), 500
```

## References
- CWE-209: Generation of Error Message Containing Sensitive Information
- OWASP A04:2021 / A06:2025 Insecure Design
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint import lazyre
from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.dataflow.python import is_route_handler
from vigilint.analyzers.imports import aliases, call_name
from vigilint.analyzers.rules.python._common import enclosing, enclosing_function
from vigilint.analyzers.rules.python._error_fix import error_fix
from vigilint.model import Rule

_RESPONSES = ("jsonify", "Response", "HttpResponse", "JsonResponse", "JSONResponse",
              "HTMLResponse", "PlainTextResponse", "make_response", "HTTPException",
              "HttpResponseServerError", "HttpResponseBadRequest", "abort")
# Errors raised on what the client sent, whose text is written for the client: parse and
# validation errors, a malformed header, an unsatisfiable range, a form body that does not parse,
# a not-found, and the OAuth errors (RFC 6749 section 5.2 returns their code and description).
_CLIENT_ERRORS = lazyre.compile(r"(ValueError|ValidationError|YAMLError|JSONDecodeError|DecodeError|"
                            r"ParseError|BadRequest|InvalidToken|ExpiredSignature|Malformed\w*|"
                            r"NotSatisfiable|Multi[Pp]art(?:Exception|Error)|Http404|NotFound|"
                            r"OAuth\w*Error|FatalClientError)")
# The project's own error handler, given the exception object: it decides what the client sees
# (an OAuth error's documented code and description, a framework's 500 page).
_HANDLER = lazyre.compile(r"^(?:handle_\w*(?:error|exception)\w*|\w*(?:error|exception)_response|"
                          r"response_for_\w*(?:error|exception)|"
                          r"render_\w*(?:error|exception)\w*|\w*(?:error|exception)_handler)$")
# A debug switch: what its true branch shows is for the developer of a development server.
_DEBUG = lazyre.compile(r"(?:^|[.\s(])(?:DEBUG|debug|is_debug|debug_mode)\b")
_TRACEBACK = ("traceback.format_exc", "traceback.format_exception", "traceback.format_tb")


def _exception_name(ctx: FileContext, node: Node) -> tuple[Node, str | None] | None:
    clause = enclosing(ctx, node, "except_clause")
    if clause is None:
        return None
    for child in clause.named_children:
        if child.type == "as_pattern":
            alias = child.child_by_field_name("alias")
            return clause, ctx.node_text(alias).strip() if alias is not None else None
    return clause, None


def _leaks(ctx: FileContext, value: Node, name: str | None) -> list[Node]:
    """The nodes of `value` that show the exception (its name, a formatted traceback)."""
    found: list[Node] = []
    for sub in ctx.walk(value):
        if sub.type == "call" and (call_name(ctx, sub) or "") in _TRACEBACK:
            found.append(sub)
        if name and sub.type == "identifier" and ctx.node_text(sub) == name:
            parent = sub.parent
            if parent is not None and parent.type == "attribute" and \
                    ctx.node_text(parent.child_by_field_name("attribute")) in (
                        "__class__", "__name__", "status_code", "code"):
                continue
            if _handed_to_handler(ctx, sub):
                continue
            found.append(sub)
    return [leak for leak in found if not _debug_only(ctx, leak)]


def _debug_only(ctx: FileContext, node: Node) -> bool:
    """`traceback.format_exc() if settings.DEBUG else "Internal Server Error"`, or a return in
    `if app.debug:`: shown only while the debug switch is on (a development server)."""
    child, parent = node, node.parent
    while parent is not None and parent.type not in ("function_definition", "module"):
        if parent.type == "conditional_expression" and parent.named_children and \
                parent.named_children[0] == child and len(parent.named_children) > 1:
            text = ctx.node_text(parent.named_children[1])
            if _DEBUG.search(text) and not text.lstrip().startswith("not "):
                return True
        if parent.type == "if_statement" and parent.child_by_field_name("consequence") == child:
            condition = parent.child_by_field_name("condition")
            if condition is not None and _DEBUG.search(ctx.node_text(condition)) and \
                    not ctx.node_text(condition).lstrip().startswith("not "):
                return True
        child, parent = parent, parent.parent
    return False


def _handed_to_handler(ctx: FileContext, name: Node) -> bool:
    """`return self.handle_error_response(error)`: the exception itself, as an argument."""
    args = name.parent
    if args is None or args.type != "argument_list" or args.parent is None:
        return False
    function = args.parent.child_by_field_name("function")
    if function is not None and function.type == "call":  # sync_to_async(handler, ...)(request, e)
        wrapped = function.child_by_field_name("arguments")
        function = wrapped.named_children[0] if wrapped is not None and \
            wrapped.named_children else None
    return function is not None and \
        bool(_HANDLER.match(ctx.node_text(function).rsplit(".", 1)[-1]))


def _is_web(ctx: FileContext, fn: Node | None) -> bool:
    if fn is None:
        return False
    if is_route_handler(ctx, fn):
        return True
    params = fn.child_by_field_name("parameters")
    return params is not None and any(ctx.node_text(p).split(":")[0].strip() == "request"
                                      for p in params.named_children)


_CAUGHT = lazyre.compile(r"[A-Za-z_][\w.]*")


def _own_exceptions(ctx: FileContext, clause: Node) -> bool:
    """Every class the clause catches is the project's own: defined in this file, or imported
    from the package the file belongs to (`from fastapi_users import exceptions` in
    `fastapi_users/router/register.py`, `from .errors import Rejected`). The project raises
    those with the text and the response it chose for the client (`InvalidPasswordException(
    reason=...)`, `ImmediateHttpResponse(response)`); a library's or the runtime's exceptions
    (`DatabaseError`, `Exception`) carry what the project did not write."""
    head = ctx.node_text(clause).split(":", 1)[0].strip()
    head = head[len("except"):].split(" as ", 1)[0].strip(" ()*")
    names = _CAUGHT.findall(head)
    if not names:
        return False
    imported = aliases(ctx)
    folders = set(ctx.path.replace("\\", "/").split("/")[:-1])
    for caught in names:
        first, _, rest = caught.partition(".")
        module = imported.get(first)
        if module is None:
            text = "\n" + ctx.text
            if rest or not (f"\nclass {first}(" in text or f"\nclass {first}:" in text):
                return False  # a builtin or an undefined name
            continue
        if module.split(".", 1)[0] not in folders:
            return False
    return True


def _check(ctx: FileContext, node: Node) -> Hit | None:
    found = _exception_name(ctx, node)
    if found is None:
        return None
    clause, name = found
    if _CLIENT_ERRORS.search(ctx.node_text(clause).split(":", 1)[0]):
        return None  # validation errors are meant for the caller
    if _own_exceptions(ctx, clause):
        return None  # the project wrote what its own exceptions carry
    if node.type == "return_statement":
        value = node.named_children[0] if node.named_children else None
        if value is None or not _is_web(ctx, enclosing_function(ctx, node)):
            return None
    else:
        callee = ctx.node_text(node.child_by_field_name("function")).rsplit(".", 1)[-1]
        if callee not in _RESPONSES:
            return None
        value = node.child_by_field_name("arguments")
        if value is None:
            return None
        parent = node.parent
        if parent is not None and parent.type in ("return_statement", "expression_list"):
            return None  # reported on the return
    leaks = _leaks(ctx, value, name)
    if not leaks:
        return None
    return Hit(node=node, fix=error_fix(ctx, node, value, leaks))


RULE = Rule(
    id="VG-PY-ERR-001",
    name="exception-details-to-client",
    category="error-handling",
    languages=("python",),
    cwe=(209,),
    likelihood="likely",
    impact="medium",
    confidence="medium",
    message="Exception details are returned to the client; log them and return a generic error "
            "message.",
    prefilter=("except",),
    node_kinds=("return_statement", "call"),
    check=_check,
    fixable=True,
)
