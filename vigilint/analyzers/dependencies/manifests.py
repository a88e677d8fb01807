"""Dependencies declared in manifests: requirements*.txt and go.mod (line formats without a
grammar), pyproject.toml (TOML tree) and package.json (JSON tree). Each declared name is
classified against the package index once per file (memoised in the file context).
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext
from vigilint.analyzers.dependencies import packages
from vigilint.analyzers.dependencies.uses import PackageUse, classify

MANIFEST_PATHS = ("requirements*.txt", "requirements*.in", "requirements/*.txt",
                  "constraints*.txt", "pyproject.toml", "package.json", "go.mod")
_NPM_DEPENDENCY_KEYS = ("dependencies", "devDependencies", "peerDependencies",
                        "optionalDependencies")
_NPM_NON_REGISTRY = ("file:", "link:", "workspace:", "portal:", "git+", "git:", "github:",
                     "gitlab:", "bitbucket:", "http:", "https:", "patch:")
_PYPROJECT_TABLES = ("project", "project.optional-dependencies", "dependency-groups",
                     "build-system", "tool.poetry.dependencies", "tool.poetry.dev-dependencies")


def manifest_uses(ctx: FileContext) -> list[PackageUse]:
    cached = ctx.cache.get("crypto.manifest_uses")
    if cached is None:
        name = ctx.path.rsplit("/", 1)[-1].lower()
        if name == "package.json":
            cached = _package_json(ctx)
        elif name == "pyproject.toml":
            cached = _pyproject(ctx)
        elif name == "go.mod":
            cached = _go_mod(ctx)
        else:
            cached = _requirements(ctx)
        ctx.cache["crypto.manifest_uses"] = cached
    return cached


def _python_use(ctx: FileContext, start: int, name: str) -> PackageUse | None:
    status, near = classify("pypi", name, ctx.cache.get("settings"))
    if status == "known":
        return None
    return PackageUse(start, start + len(name.encode()), "pypi", name, status, near)


def _requirements(ctx: FileContext) -> list[PackageUse]:
    out = []
    for index, line in enumerate(ctx.lines):
        text = line.split(" #", 1)[0]
        name = packages.requirement_name(text)
        if name is None:
            continue
        column = len(line[: line.find(name)].encode())
        use = _python_use(ctx, ctx.line_starts[index] + column, name)
        if use is not None:
            out.append(use)
    return out


def _go_mod(ctx: FileContext) -> list[PackageUse]:
    out = []
    in_block = False
    for index, line in enumerate(ctx.lines):
        text = line.split("//", 1)[0].strip()
        if text.startswith("require ("):
            in_block = True
            continue
        if in_block and text.startswith(")"):
            in_block = False
            continue
        if text.startswith("require "):
            text = text[len("require "):].strip()
        elif not in_block:
            continue
        parts = text.split()
        if len(parts) < 2:
            continue
        path = parts[0].strip('"')
        problem = packages.go_module_problem(path)
        if problem is None or packages.is_project_name(path, ctx.cache.get("settings")):
            continue
        kind, near = problem
        start = ctx.line_starts[index] + len(line[: line.find(path)].encode())
        out.append(PackageUse(start, start + len(path.encode()), "go", path,
                              "typo" if kind == "typo" else "unknown", near))
    return out


def _string(ctx: FileContext, node: Node) -> str:
    return ctx.node_text(node).strip("'\"")


def _package_json(ctx: FileContext) -> list[PackageUse]:
    if ctx.tree is None:
        return []
    root = next((c for c in ctx.tree.root_node.named_children if c.type == "object"), None)
    if root is None:
        return []
    out = []
    for pair in root.named_children:
        key = pair.child_by_field_name("key")
        value = pair.child_by_field_name("value")
        if pair.type != "pair" or key is None or value is None or value.type != "object" \
                or _string(ctx, key) not in _NPM_DEPENDENCY_KEYS:
            continue
        for dep in value.named_children:
            name_node, spec_node = dep.child_by_field_name("key"), dep.child_by_field_name(
                "value")
            if dep.type != "pair" or name_node is None:
                continue
            name = _string(ctx, name_node)
            spec = _string(ctx, spec_node) if spec_node is not None else ""
            if spec.startswith(_NPM_NON_REGISTRY) or ("/" in spec and not spec.startswith(
                    ("npm:", "@"))):
                continue
            if spec.startswith("npm:"):  # alias: the real package is in the version
                target = spec[4:].rsplit("@", 1)[0] if spec[4:].rfind("@") > 0 else spec[4:]
                name = target
            if packages.npm_package_of(name) is None:
                continue
            status, near = classify("npm", name, ctx.cache.get("settings"))
            if status != "known":
                out.append(PackageUse(name_node.start_byte, name_node.end_byte, "npm", name,
                                      status, near))
    return out


def _table_name(ctx: FileContext, table: Node) -> str:
    key = next((c for c in table.named_children if c.type in ("bare_key", "dotted_key",
                                                               "quoted_key")), None)
    return "".join(ctx.node_text(key).split()).replace('"', "") if key is not None else ""


def _pyproject(ctx: FileContext) -> list[PackageUse]:
    if ctx.tree is None:
        return []
    out: list[PackageUse] = []
    for table in ctx.tree.root_node.named_children:
        if table.type not in ("table", "table_array_element"):
            continue
        name = _table_name(ctx, table)
        is_poetry_group = name.startswith("tool.poetry.group.") and name.endswith(".dependencies")
        if name not in _PYPROJECT_TABLES and not is_poetry_group:
            continue
        for pair in table.named_children:
            if pair.type != "pair" or not pair.named_children:
                continue
            key = pair.named_children[0]
            value = pair.named_children[-1]
            key_text = _string(ctx, key)
            if name.startswith("tool.poetry") or is_poetry_group:
                if key_text != "python":
                    use = _python_use(ctx, key.start_byte + (1 if key.type == "quoted_key"
                                                             else 0), key_text)
                    if use is not None:
                        out.append(use)
                continue
            if name == "project" and key_text != "dependencies":
                continue
            if name == "build-system" and key_text != "requires":
                continue
            if value.type != "array":
                continue
            for item in value.named_children:
                if item.type != "string":
                    continue
                requirement = packages.requirement_name(_string(ctx, item))
                if requirement is None:
                    continue
                offset = ctx.node_text(item).find(requirement)
                use = _python_use(ctx, item.start_byte + len(
                    ctx.node_text(item)[:offset].encode()), requirement)
                if use is not None:
                    out.append(use)
    return out
