"""Dockerfile instructions as (kind, node, text) with their build stages, for the Dockerfile rules."""

from __future__ import annotations

from dataclasses import dataclass, field

from tree_sitter import Node

from vigilint.analyzers.context import FileContext


@dataclass
class Stage:
    from_node: Node
    image: str  # name[:tag][@digest] as written
    alias: str | None
    instructions: list[Node] = field(default_factory=list)


def stages(ctx: FileContext) -> list[Stage]:
    cached: list[Stage] | None = ctx.cache.get("docker_stages")
    if cached is not None:
        return cached
    out: list[Stage] = []
    if ctx.tree is not None and ctx.language == "dockerfile":
        for node in ctx.tree.root_node.named_children:
            if node.type == "from_instruction":
                spec = next((c for c in node.named_children if c.type == "image_spec"), None)
                alias = node.child_by_field_name("as")
                out.append(Stage(node, ctx.node_text(spec).strip(),
                                 ctx.node_text(alias).strip() if alias else None))
            elif out:
                out[-1].instructions.append(node)
    ctx.cache["docker_stages"] = out
    return out
