"""## What it does
Flags Java deserialization of untrusted data: `new ObjectInputStream(...)` in a method that sets
no `ObjectInputFilter`, in a class that overrides no `resolveClass`, `XMLDecoder.readObject`,
XStream `fromXML` without `allowTypes`/`addPermission`, Jackson `enableDefaultTyping()` /
`activateDefaultTyping(...)`, and SnakeYAML `new Yaml()` without a `SafeConstructor`.

## Why is this bad?
Deserializing attacker-controlled bytes instantiates attacker-chosen classes; gadget chains in
common libraries turn that into remote code execution (CWE-502).

## Example
```java
Object o = new ObjectInputStream(request.getInputStream()).readObject();
```

## Use instead
```java
ObjectInputStream in = new ObjectInputStream(stream);
in.setObjectInputFilter(ObjectInputFilter.Config.createFilter("com.example.dto.*;!*"));
// better: exchange JSON bound to specific classes
```

## References
- CWE-502: Deserialization of Untrusted Data
- OWASP A08:2021 / A08:2025 Software and Data Integrity Failures
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.dataflow import flow
from vigilint.analyzers.rules._edits import remove_lines
from vigilint.analyzers.rules.java._common import (
    arguments,
    enclosing_method,
    name_of,
    receiver_text,
    type_name,
)
from vigilint.model import Fix, Rule


def _scope_text(ctx: FileContext, node: Node) -> str:
    cur = node.parent
    while cur is not None and cur.type != "class_body":
        cur = cur.parent
    return ctx.node_text(cur) if cur is not None else ctx.text


# Any expression position takes an anonymous subclass whose initializer sets the filter; the
# filter admits `java.base` types only, so a reviewer adds the application's own classes.
_FILTER = (" {{ setObjectInputFilter(java.io.ObjectInputFilter.Config.createFilter("
           "\"java.base/*;!*\")); }}")
_SAFE_YAML = ("(new org.yaml.snakeyaml.constructor.SafeConstructor("
              "new org.yaml.snakeyaml.LoaderOptions()))")


def _filter_fix(ctx: FileContext, creation: Node) -> Fix | None:
    if creation.child_by_field_name("arguments") is None or any(
            c.type == "class_body" for c in creation.named_children):
        return None
    return Fix(title="Accept only `java.base` classes (`ObjectInputFilter`; add your own types)",
               safe=False, edits=(ctx.insert_at(creation.end_byte, _FILTER),))


def _check(ctx: FileContext, node: Node) -> Hit | None:
    if node.type == "object_creation_expression":
        if type_name(ctx, node) == "ObjectInputStream" and arguments(ctx, node):
            creator = enclosing_method(ctx, node)
            creator_text = ctx.node_text(creator) if creator is not None else ctx.text
            if "setObjectInputFilter" in creator_text or "resolveClass" in _scope_text(ctx, node):
                return None
            tainted = flow(ctx).verdict(arguments(ctx, node)[0], "deserialization").level \
                == "tainted"
            return Hit(node=node, likelihood="very-likely" if tainted else None,
                       fix=_filter_fix(ctx, node))
        if type_name(ctx, node) == "Yaml" and not arguments(ctx, node) and \
                "SafeConstructor" not in _scope_text(ctx, node):
            listing = node.child_by_field_name("arguments")
            fix = None if listing is None else Fix(
                title="Construct only plain YAML types (`SafeConstructor`)", safe=False,
                edits=(ctx.edit_node(listing, _SAFE_YAML),))
            return Hit(node=node, likelihood="possible", fix=fix, message=(
                "`new Yaml()` can construct arbitrary classes; use "
                "`new Yaml(new SafeConstructor(new LoaderOptions()))`."))
        return None
    name = name_of(ctx, node)
    receiver = receiver_text(ctx, node)
    if name in ("enableDefaultTyping", "activateDefaultTyping",
                "enableDefaultTypingAsProperty"):
        statement = node.parent
        fix = None
        if statement is not None and statement.type == "expression_statement":
            fix = Fix(title="Remove default typing (bind to concrete types)", safe=False,
                      edits=(remove_lines(ctx, statement),))
        return Hit(node=node, fix=fix, message=(
            "Jackson default typing lets JSON choose classes to instantiate; bind to concrete "
            "types or use a `PolymorphicTypeValidator` allow-list."))
    if name == "fromXML":
        scope = _scope_text(ctx, node)
        if "allowTypes" in scope or "addPermission" in scope or "setupDefaultSecurity" in scope:
            return None
        args = arguments(ctx, node)
        tainted = bool(args) and \
            flow(ctx).verdict(args[0], "deserialization").level == "tainted"
        return Hit(node=node, likelihood="very-likely" if tainted else None,
                   message="XStream `fromXML` without an allow-list can instantiate any class; "
                           "call `allowTypes`/`addPermission` first.")
    if name not in ("readObject", "readUnshared"):
        return None
    lower = receiver.lower()
    method = enclosing_method(ctx, node)
    method_text = ctx.node_text(method) if method is not None else ctx.text
    if "decoder" not in lower and f"XMLDecoder {receiver}" not in method_text:
        return None  # ObjectInputStream is reported where it is created
    receiver_node = node.child_by_field_name("object")
    if flow(ctx).verdict(receiver_node, "deserialization").level == "tainted":
        return Hit(node=node, likelihood="very-likely")
    return Hit(node=node)


RULE = Rule(
    id="VG-JAVA-DESER-001",
    name="unsafe-deserialization",
    category="deserialization",
    languages=("java",),
    cwe=(502,),
    likelihood="likely",
    impact="critical",
    confidence="medium",
    message="Untrusted data is deserialized into arbitrary classes; use an "
            "`ObjectInputFilter` allow-list or a data format bound to specific types.",
    prefilter=("ObjectInputStream", "Yaml", "enableDefaultTyping", "activateDefaultTyping",
               "fromXML", "readObject", "readUnshared"),
    node_kinds=("method_invocation", "object_creation_expression"),
    check=_check,
    fixable=True,
)
