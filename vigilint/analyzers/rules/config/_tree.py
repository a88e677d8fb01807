"""Structured views of YAML and HCL syntax trees, for the configuration rules.

`yaml_documents(ctx)` turns each YAML document into nested `YNode`s (mappings as dicts, sequences
as lists, scalars as Python values) that keep their tree-sitter nodes, so rules can reason about
the data and still report exact positions. `hcl_blocks(ctx)` does the same for Terraform/HCL
blocks and attributes. Both are computed once per file (iteratively) and memoised.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from tree_sitter import Node

from vigilint.analyzers.context import FileContext

Scalar = str | bool | int | float | None


@dataclass
class YNode:
    node: Node
    value: Any  # dict[str, YNode] | list[YNode] | Scalar
    key_node: Node | None = None

    @property
    def is_map(self) -> bool:
        return isinstance(self.value, dict)

    @property
    def is_list(self) -> bool:
        return isinstance(self.value, list)

    def get(self, *path: str) -> YNode | None:
        current: YNode | None = self
        for part in path:
            if current is None or not isinstance(current.value, dict):
                return None
            current = current.value.get(part)
        return current

    def scalar(self, *path: str) -> Scalar:
        target = self.get(*path) if path else self
        if target is None or isinstance(target.value, dict | list):
            return None
        value: Scalar = target.value
        return value

    def items(self) -> list[YNode]:
        return self.value if isinstance(self.value, list) else []

    def walk(self) -> Iterator[tuple[str | None, YNode]]:
        """Every (key, node) below this one, without recursion."""
        stack: list[tuple[str | None, YNode]] = [(None, self)]
        while stack:
            key, current = stack.pop()
            yield key, current
            if isinstance(current.value, dict):
                stack.extend(reversed(list(current.value.items())))
            elif isinstance(current.value, list):
                stack.extend((None, item) for item in reversed(current.value))


_CONTAINERS = ("block_node", "flow_node", "block_sequence_item", "document")


def _scalar(ctx: FileContext, node: Node) -> Scalar:
    text = ctx.node_text(node)
    kind = node.type
    if kind == "plain_scalar" and node.named_child_count:
        inner = node.named_children[0]
        kind, text = inner.type, ctx.node_text(inner)
        if kind == "boolean_scalar":
            return text.lower() in ("true", "yes", "on")
        if kind == "null_scalar":
            return None
        if kind == "integer_scalar":
            try:
                return int(text, 0)
            except ValueError:
                return text
        return text
    if kind == "double_quote_scalar":
        return text[1:-1].replace('\\"', '"').replace("\\\\", "\\")
    if kind == "single_quote_scalar":
        return text[1:-1].replace("''", "'")
    if kind == "block_scalar":
        lines = text.split("\n")[1:]
        return "\n".join(line.strip() for line in lines)
    return text


def _convert(ctx: FileContext, root: Node) -> YNode:
    """Convert iteratively: a work stack of (tree node, setter) pairs."""
    result: list[YNode] = []
    stack: list[tuple[Node, Any]] = [(root, result.append)]
    while stack:
        node, put = stack.pop()
        while node.type in _CONTAINERS or node.type in ("tag", "anchor"):
            children = [c for c in node.named_children if c.type not in ("tag", "anchor",
                                                                         "comment")]
            if not children:
                break
            node = children[0]
        if node.type in ("block_mapping", "flow_mapping"):
            mapping: dict[str, YNode] = {}
            ynode = YNode(node, mapping)
            put(ynode)
            for pair in reversed(node.named_children):
                if pair.type not in ("block_mapping_pair", "flow_pair"):
                    continue
                key = pair.child_by_field_name("key")
                value = pair.child_by_field_name("value")
                key_text = str(_scalar(ctx, _leaf(key))) if key is not None else ""
                if value is None:
                    mapping[key_text] = YNode(pair, None, key)
                    continue
                stack.append((value, _setter(mapping, key_text, key)))
        elif node.type in ("block_sequence", "flow_sequence"):
            items: list[YNode] = []
            put(YNode(node, items))
            for child in reversed(node.named_children):
                if child.type == "comment":
                    continue
                stack.append((child, _appender(items)))
        else:
            put(YNode(node, _scalar(ctx, node)))
    return result[0] if result else YNode(root, None)


def _leaf(node: Node) -> Node:
    while node.type in _CONTAINERS and node.named_child_count:
        node = node.named_children[0]
    return node


def _setter(mapping: dict[str, YNode], key: str, key_node: Node | None) -> Any:
    def put(value: YNode) -> None:
        value.key_node = key_node
        mapping[key] = value
    return put


def _appender(items: list[YNode]) -> Any:
    def put(value: YNode) -> None:
        items.append(value)
    return put


def yaml_documents(ctx: FileContext) -> list[YNode]:
    cached: list[YNode] | None = ctx.cache.get("yaml_documents")
    if cached is not None:
        return cached
    docs: list[YNode] = []
    if ctx.tree is not None and ctx.language == "yaml":
        for document in ctx.tree.root_node.named_children:
            if document.type == "document":
                docs.append(_convert(ctx, document))
    ctx.cache["yaml_documents"] = docs
    return docs


@dataclass
class HclBlock:
    node: Node
    type: str
    labels: list[str]
    attributes: dict[str, tuple[Any, Node]] = field(default_factory=dict)
    blocks: list[HclBlock] = field(default_factory=list)

    def attr(self, name: str) -> Any:
        found = self.attributes.get(name)
        return None if found is None else found[0]

    def attr_node(self, name: str) -> Node | None:
        found = self.attributes.get(name)
        return None if found is None else found[1]


def _hcl_value(ctx: FileContext, expr: Node) -> Any:
    node = expr
    while node.type in ("expression", "literal_value") and node.named_child_count == 1:
        node = node.named_children[0]
    if node.type == "string_lit":
        parts = [c for c in node.named_children if c.type == "template_literal"]
        if len(parts) == len([c for c in node.named_children
                              if c.type not in ("quoted_template_start", "quoted_template_end")]):
            return "".join(ctx.node_text(p) for p in parts)
        return ctx.node_text(node)
    if node.type == "numeric_lit":
        text = ctx.node_text(node)
        try:
            return int(text)
        except ValueError:
            return text
    if node.type == "bool_lit":
        return ctx.node_text(node) == "true"
    if node.type == "collection_value" and node.named_child_count:
        inner = node.named_children[0]
        if inner.type == "tuple":
            return [_hcl_value(ctx, c) for c in inner.named_children if c.type == "expression"]
    return ctx.node_text(node)


def hcl_blocks(ctx: FileContext) -> list[HclBlock]:
    cached: list[HclBlock] | None = ctx.cache.get("hcl_blocks")
    if cached is not None:
        return cached
    top: list[HclBlock] = []
    if ctx.tree is not None and ctx.language == "hcl":
        root_body = next((c for c in ctx.tree.root_node.named_children if c.type == "body"), None)
        stack: list[tuple[Node, list[HclBlock]]] = []
        if root_body is not None:
            stack.append((root_body, top))
        while stack:
            body, sink = stack.pop()
            for child in body.named_children:
                if child.type != "block":
                    continue
                ident = child.named_children[0] if child.named_child_count else None
                labels = [ctx.node_text(c).strip('"') for c in child.named_children
                          if c.type in ("string_lit", "identifier") and c is not ident]
                block = HclBlock(child, ctx.node_text(ident), labels)
                sink.append(block)
                inner = next((c for c in child.named_children if c.type == "body"), None)
                if inner is None:
                    continue
                for attr in inner.named_children:
                    if attr.type == "attribute" and attr.named_child_count >= 2:
                        name = ctx.node_text(attr.named_children[0])
                        block.attributes[name] = (_hcl_value(ctx, attr.named_children[1]), attr)
                stack.append((inner, block.blocks))
    ctx.cache["hcl_blocks"] = top
    return top


def walk_blocks(blocks: list[HclBlock]) -> Iterator[HclBlock]:
    stack = list(reversed(blocks))
    while stack:
        block = stack.pop()
        yield block
        stack.extend(reversed(block.blocks))
