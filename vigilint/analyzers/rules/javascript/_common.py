"""Small syntax helpers shared by the JavaScript/TypeScript rules (no rule lives here)."""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext
from vigilint.analyzers.imports import aliases, call_name, dotted

SERVER_MODULES = ("express", "http", "https", "koa", "fastify", "@hapi/hapi", "hapi", "restify",
                  "next", "next/server", "fs", "child_process", "net", "@nestjs/common",
                  "node:http", "node:https", "node:fs", "node:child_process", "hono")


WEB_MODULES = ("express", "koa", "fastify", "@hapi/hapi", "hapi", "restify", "next",
               "next/server", "http", "https", "node:http", "node:https", "@nestjs/common",
               "hono", "multer", "formidable", "busboy")


def call_args(call: Node) -> list[Node]:
    args = call.child_by_field_name("arguments")
    if args is None:
        return []
    return [a for a in args.named_children if a.type != "comment"]


def string_value(ctx: FileContext, node: Node | None) -> str | None:
    """The value of a string literal or a template literal without substitutions."""
    if node is None:
        return None
    if node.type == "string":
        return ctx.node_text(node)[1:-1]
    if node.type == "template_string" and not any(
            c.type == "template_substitution" for c in node.named_children):
        return ctx.node_text(node)[1:-1]
    return None


def object_props(ctx: FileContext, node: Node | None) -> dict[str, Node]:
    """Key -> value node of an object literal (shorthand properties map to themselves)."""
    out: dict[str, Node] = {}
    if node is None or node.type != "object":
        return out
    for child in node.named_children:
        if child.type == "pair":
            key = child.child_by_field_name("key")
            value = child.child_by_field_name("value")
            if key is not None and value is not None:
                out[ctx.node_text(key).strip("'\"`")] = value
        elif child.type == "shorthand_property_identifier":
            out[ctx.node_text(child)] = child
    return out


def method_of(ctx: FileContext, call: Node) -> tuple[Node | None, str]:
    """(receiver, method name) of `receiver.method(...)`, or (None, callee text).
    Memoised per node: every call-expression rule asks for it."""
    memo: dict[int, tuple[Node | None, str]] = ctx.cache.setdefault("js.method_of", {})
    key = call.id
    if key not in memo:
        callee = call.child_by_field_name("function")
        if callee is not None and callee.type == "member_expression":
            memo[key] = (callee.child_by_field_name("object"),
                         ctx.node_text(callee.child_by_field_name("property")))
        else:
            memo[key] = (None, ctx.node_text(callee))
    return memo[key]


def name_of(ctx: FileContext, call: Node) -> str:
    """The import-resolved name of the called function (memoised per node)."""
    memo: dict[int, str] = ctx.cache.setdefault("js.name_of", {})
    key = call.id
    if key not in memo:
        memo[key] = call_name(ctx, call) or ""
    return memo[key]


def imports_any(ctx: FileContext, modules: tuple[str, ...]) -> bool:
    """True when the file imports or requires one of `modules`."""
    key = "js.imports_any." + ",".join(modules)
    if key not in ctx.cache:
        values = {v.split(".")[0] if not v.startswith("@") else v for v in aliases(ctx).values()}
        values |= set(aliases(ctx).values())
        found = any(m in values for m in modules)
        if not found:
            found = any(f"require('{m}')" in ctx.text or f'require("{m}")' in ctx.text
                        or f"from '{m}'" in ctx.text or f'from "{m}"' in ctx.text
                        for m in modules)
        ctx.cache[key] = found
    return bool(ctx.cache[key])


def is_server_file(ctx: FileContext) -> bool:
    return imports_any(ctx, SERVER_MODULES)


def text_of(ctx: FileContext, node: Node | None) -> str:
    return dotted(ctx, node) or ctx.node_text(node)


def first_arg(call: Node) -> Node | None:
    args = call_args(call)
    return args[0] if args else None
