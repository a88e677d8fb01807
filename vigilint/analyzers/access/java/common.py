"""Small Java syntax helpers of the access-control provider: annotations of a declaration,
their arguments, method parameters with their annotations and types, invocation names."""

from __future__ import annotations

from dataclasses import dataclass

from tree_sitter import Node

from vigilint.analyzers.context import FileContext


@dataclass(frozen=True)
class Annotation:
    name: str  # last part (`PreAuthorize`)
    node: Node
    args: Node | None  # annotation_argument_list

    def value(self, ctx: FileContext, *keys: str) -> str | None:
        """The first string of the annotation's value (positional, or one of `keys`)."""
        if self.args is None:
            return None
        for child in self.args.named_children:
            if child.type == "element_value_pair":
                key = ctx.node_text(child.child_by_field_name("key"))
                if key in keys or (not keys and key == "value"):
                    return strings(ctx, child.child_by_field_name("value"))[:1][0] \
                        if strings(ctx, child.child_by_field_name("value")) else None
            elif not keys or "value" in keys:
                found = strings(ctx, child)
                if found:
                    return found[0]
        return None

    def text(self, ctx: FileContext) -> str:
        return ctx.node_text(self.node)


def strings(ctx: FileContext, node: Node | None) -> list[str]:
    """String literals of a node (an element value, an array initializer)."""
    if node is None:
        return []
    if node.type == "string_literal":
        return [ctx.node_text(node)[1:-1]]
    out = []
    for child in node.named_children:
        out.extend(strings(ctx, child))
    return out


def annotations_of(ctx: FileContext, node: Node) -> list[Annotation]:
    out = []
    for child in node.named_children:
        if child.type != "modifiers":
            continue
        for ann in child.named_children:
            if ann.type in ("annotation", "marker_annotation"):
                name = ctx.node_text(ann.child_by_field_name("name")).rsplit(".", 1)[-1]
                out.append(Annotation(name, ann, ann.child_by_field_name("arguments")))
    return out


@dataclass(frozen=True)
class Parameter:
    name: str
    node: Node  # the formal_parameter
    name_node: Node
    type: str
    annotations: tuple[Annotation, ...]


def parameters(ctx: FileContext, method: Node) -> list[Parameter]:
    params = method.child_by_field_name("parameters")
    out = []
    for param in params.named_children if params is not None else ():
        if param.type not in ("formal_parameter", "spread_parameter"):
            continue
        name = param.child_by_field_name("name")
        if name is None:
            continue
        out.append(Parameter(ctx.node_text(name), param, name,
                             ctx.node_text(param.child_by_field_name("type")),
                             tuple(annotations_of(ctx, param))))
    return out


def invocation(ctx: FileContext, node: Node) -> tuple[Node | None, str, list[Node]]:
    """(receiver, method name, arguments) of a method invocation."""
    args = node.child_by_field_name("arguments")
    return (node.child_by_field_name("object"), ctx.node_text(node.child_by_field_name("name")),
            [a for a in (args.named_children if args is not None else []) if "comment" not in
             a.type])


def string_value(ctx: FileContext, node: Node | None) -> str | None:
    if node is None or node.type != "string_literal":
        return None
    return ctx.node_text(node)[1:-1]
