"""## What it does
Flags XML parsing with external entities enabled: a `xml.sax` parser with
`feature_external_ges`/`feature_external_pes` set to `True`, or an lxml
`XMLParser(resolve_entities=True)` / `XMLParser(no_network=False)`, used to parse a document.
"Very likely" when the document comes from untrusted input; nothing when it is a constant.

## Why is this bad?
An external entity makes the parser read local files (`file:///etc/passwd`) or fetch URLs
(server-side request forgery) and put the result into the document the attacker sees.

## Example
```python
parser = xml.sax.make_parser()
parser.setFeature(xml.sax.handler.feature_external_ges, True)
doc = xml.dom.minidom.parseString(request.data, parser)
```

## Use instead
```python
import defusedxml.minidom
doc = defusedxml.minidom.parseString(request.data)
```

## References
- CWE-611: Improper Restriction of XML External Entity Reference
- OWASP A05:2021 / A02:2025 Security Misconfiguration
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.imports import call_name
from vigilint.analyzers.rules.python._common import (
    arg,
    enclosing_function,
    is_literal_true,
    keyword,
    positional,
    taint_hit,
)
from vigilint.model import Rule

_PARSE = {"xml.dom.minidom.parseString": 1, "xml.dom.minidom.parse": 1,
          "xml.dom.pulldom.parseString": 1, "xml.dom.pulldom.parse": 1,
          "xml.sax.parseString": -1, "xml.sax.parse": -1,
          "lxml.etree.fromstring": 1, "lxml.etree.parse": 1, "lxml.etree.XML": 1}
_PARSER_CTORS = ("lxml.etree.XMLParser", "lxml.etree.XMLPullParser")
_ADVICE = "parse with `defusedxml` or keep external entities disabled"


def _unsafe_parser(ctx: FileContext, call: Node, parser: Node) -> bool:
    """True when `parser` was configured in this scope to resolve external entities."""
    if parser.type == "call":
        return _unsafe_ctor(ctx, parser)
    if parser.type != "identifier":
        return False
    name = ctx.node_text(parser)
    scope = enclosing_function(ctx, call) or (ctx.tree.root_node if ctx.tree else None)
    if scope is None:
        return False
    for node in ctx.walk(scope):
        if node.start_byte >= call.start_byte:
            break
        if node.type == "call":
            function = node.child_by_field_name("function")
            if function is not None and function.type == "attribute" and \
                    ctx.node_text(function.child_by_field_name("object")) == name and \
                    ctx.node_text(function.child_by_field_name("attribute")) == "setFeature":
                args = positional(ctx, node)
                if len(args) == 2 and ctx.node_text(args[0]).endswith(
                        ("external_ges", "external_pes",
                         "http://xml.org/sax/features/external-general-entities")) and \
                        is_literal_true(ctx, args[1]):
                    return True
        elif node.type == "assignment" and ctx.node_text(node.child_by_field_name("left")) == name:
            right = node.child_by_field_name("right")
            if right is not None and right.type == "call" and _unsafe_ctor(ctx, right):
                return True
    if scope.type == "function_definition" and ctx.tree is not None:
        return _unsafe_module_parser(ctx, name)  # a parser configured once, at module level
    return False


def _unsafe_module_parser(ctx: FileContext, name: str) -> bool:
    assert ctx.tree is not None
    for statement in ctx.tree.root_node.named_children:
        assignment = statement.named_children[0] if statement.type == "expression_statement" \
            and statement.named_children else None
        if assignment is None or assignment.type != "assignment" or \
                ctx.node_text(assignment.child_by_field_name("left")) != name:
            continue
        right = assignment.child_by_field_name("right")
        if right is not None and right.type == "call" and _unsafe_ctor(ctx, right):
            return True
    return False


def _unsafe_ctor(ctx: FileContext, call: Node) -> bool:
    if (call_name(ctx, call) or "") not in _PARSER_CTORS:
        return False
    return is_literal_true(ctx, keyword(ctx, call, "resolve_entities")) or \
        ctx.node_text(keyword(ctx, call, "no_network")) == "False"


def _check(ctx: FileContext, call: Node) -> Hit | None:
    name = call_name(ctx, call) or ""
    function = call.child_by_field_name("function")
    if name in _PARSE:
        index = _PARSE[name]
        parser = keyword(ctx, call, "parser")
        if parser is None:
            args = positional(ctx, call)
            parser = args[index] if index >= 0 and len(args) > index else None
        document = arg(ctx, call, 0, "source")
    elif function is not None and function.type == "attribute" and \
            ctx.node_text(function.child_by_field_name("attribute")) in ("parse", "feed"):
        parser = function.child_by_field_name("object")
        document = arg(ctx, call, 0)
    else:
        return None
    if parser is None or document is None or not _unsafe_parser(ctx, call, parser):
        return None
    return taint_hit(ctx, call, document, "xxe", "This XML parser resolves external entities and",
                     _ADVICE)


RULE = Rule(
    id="VG-PY-INJ-009",
    name="xml-external-entities",
    category="injection",
    languages=("python",),
    cwe=(611,),
    likelihood="likely",
    impact="high",
    confidence="medium",
    message="XML is parsed with external entities enabled; parse with `defusedxml` or keep "
            "external entities disabled.",
    prefilter=("XMLParser", "XMLPullParser", "setFeature"),
    node_kinds=("call",),
    check=_check,
)
