"""## What it does
Flags XML parser factories (`DocumentBuilderFactory`, `SAXParserFactory`, `XMLInputFactory`,
`TransformerFactory`, `SchemaFactory`, `SAXReader`, `SAXBuilder`, `XMLReaderFactory`) created in
a class that never hardens them: no `disallow-doctype-decl` feature,
`FEATURE_SECURE_PROCESSING`, `ACCESS_EXTERNAL_DTD`/`ACCESS_EXTERNAL_STYLESHEET` attribute,
or `IS_SUPPORTING_EXTERNAL_ENTITIES`/`SUPPORT_DTD` set to false.

## Why is this bad?
By default these parsers resolve external entities: a document can read local files
(`file:///etc/passwd`), reach internal URLs (SSRF) or expand entities exponentially
(billion laughs) (CWE-611).

## Example
```java
DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
Document doc = dbf.newDocumentBuilder().parse(input);
```

## Use instead
```java
DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
dbf.setXIncludeAware(false);
dbf.setExpandEntityReferences(false);
```

## References
- CWE-611: Improper Restriction of XML External Entity Reference
- OWASP XXE Prevention Cheat Sheet
"""

from __future__ import annotations

import re

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.rules.java._common import name_of, receiver_text, type_name
from vigilint.analyzers.syntax import semantics
from vigilint.model import Fix, Rule

_FACTORIES = frozenset({"DocumentBuilderFactory", "SAXParserFactory", "XMLInputFactory",
                        "TransformerFactory", "SchemaFactory", "XMLReaderFactory",
                        "SAXTransformerFactory", "Validator"})
_READERS = frozenset({"SAXReader", "SAXBuilder"})
_HARDENING = ("disallow-doctype-decl", "FEATURE_SECURE_PROCESSING", "ACCESS_EXTERNAL_DTD",
              "ACCESS_EXTERNAL_STYLESHEET", "ACCESS_EXTERNAL_SCHEMA",
              "IS_SUPPORTING_EXTERNAL_ENTITIES", "SUPPORT_DTD", "external-general-entities",
              "load-external-dtd")


def _scope(ctx: FileContext, node: Node) -> Node | None:
    """Where the factory's hardening must be: the method that creates it into a local
    variable (or uses it without one) and does not hand it out; else its class."""
    method = semantics(ctx).function_at(node)
    holder = node.parent
    if method is None or holder is None:
        return None
    if holder.type == "variable_declarator":
        name = ctx.node_text(holder.child_by_field_name("name"))
        if re.search(rf"\breturn\s+{re.escape(name)}\s*;", ctx.node_text(method.node)):
            return None  # a factory method: the caller may harden it
        return method.node
    if holder.type in ("assignment_expression", "return_statement"):
        return None  # a field, or handed to the caller
    return method.node


def _hardened(ctx: FileContext, node: Node) -> bool:
    cur = _scope(ctx, node)
    if cur is None:
        cur = node.parent
        while cur is not None and cur.type not in ("class_body", "program"):
            cur = cur.parent
    text = ctx.node_text(cur) if cur is not None else ctx.text
    return any(h in text for h in _HARDENING)


def _check(ctx: FileContext, node: Node) -> Hit | None:
    if node.type == "object_creation_expression":
        if type_name(ctx, node) not in _READERS:
            return None
    elif name_of(ctx, node) not in ("newInstance", "newFactory", "newDefaultFactory",
                                    "createXMLReader", "newDefaultInstance") or \
            receiver_text(ctx, node).rsplit(".", 1)[-1] not in _FACTORIES:
        return None
    if _hardened(ctx, node):
        return None
    return Hit(node=node, fix=_hardening_fix(ctx, node))


# settings that throw no checked exception (setFeature does), so any method can take them
_SETTINGS = {
    "DocumentBuilderFactory": ('setAttribute(javax.xml.XMLConstants.ACCESS_EXTERNAL_DTD, "")',
                               'setAttribute(javax.xml.XMLConstants.ACCESS_EXTERNAL_SCHEMA, "")'),
    "TransformerFactory": ('setAttribute(javax.xml.XMLConstants.ACCESS_EXTERNAL_DTD, "")',
                           'setAttribute(javax.xml.XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "")'),
    "XMLInputFactory": ("setProperty(javax.xml.stream.XMLInputFactory.SUPPORT_DTD, false)",),
}


def _hardening_fix(ctx: FileContext, node: Node) -> Fix | None:
    """After `X factory = X.newInstance();`, switch off external DTDs and schemas on the
    factory. Unsafe: documents that need a DTD stop parsing."""
    settings = _SETTINGS.get(receiver_text(ctx, node).rsplit(".", 1)[-1]) \
        if node.type == "method_invocation" else None
    declarator = node.parent
    statement = declarator.parent if declarator is not None else None
    if settings is None or declarator is None or statement is None or \
            declarator.type != "variable_declarator" or \
            statement.type != "local_variable_declaration":
        return None
    name = ctx.node_text(declarator.child_by_field_name("name"))
    end = ctx.source.find(b"\n", statement.end_byte)
    if end == -1:
        return None
    line = ctx.lines[statement.start_point[0]]
    indent = line[:len(line) - len(line.lstrip())]
    text = "".join(f"{indent}{name}.{setting};\n" for setting in settings)
    return Fix(title="Refuse external DTDs and schemas", safe=False,
               edits=(ctx.insert_at(end + 1, text),))


RULE = Rule(
    id="VG-JAVA-INJ-007",
    name="xxe",
    category="injection",
    languages=("java",),
    cwe=(611,),
    likelihood="likely",
    impact="high",
    confidence="medium",
    message="The XML parser resolves external entities; set the `disallow-doctype-decl` "
            "feature (or `FEATURE_SECURE_PROCESSING`) before parsing.",
    prefilter=("Factory", "Validator", "SAXReader", "SAXBuilder"),
    node_kinds=("method_invocation", "object_creation_expression"),
    check=_check,
    fixable=True,
)
