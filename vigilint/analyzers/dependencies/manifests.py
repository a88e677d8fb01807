"""Dependencies declared in manifests: requirements*.txt and go.mod (line formats without a
grammar), pyproject.toml (TOML tree) and package.json (JSON tree). Each declared name is
classified against the package index once per file (memoised in the file context).

Two facts of the manifest itself count: a versioned name declared next to the popular name it
extends (`httpx2` beside `httpx`) is not a typo of it (it stays unverified); and a declaration for
development only (`[build-system]`, npm `devDependencies`, Poetry's dev dependencies, docs, CI,
release, test, lint, typing and dev extras, dependency groups or requirement files) is marked as
tooling, which the unverified rule leaves alone (typos there are still reported): the package's
users never install it (see VG-DEP-004 for the reasoning).
"""

from __future__ import annotations

import re
from dataclasses import replace

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
        cached = _first_of_each(_not_typos_of_neighbours(ctx, cached))
        ctx.cache["crypto.manifest_uses"] = cached
    return cached


def _first_of_each(uses: list[PackageUse]) -> list[PackageUse]:
    """One finding per name and manifest: a name listed in several extras or groups is
    reported where it first appears (a development-only listing counts only if all are)."""
    runtime = {_key(u.name) for u in uses if not u.tooling}
    seen: set[str] = set()
    out = []
    for use in uses:
        key = _key(use.name)
        if key in seen or (use.tooling and key in runtime):
            continue
        seen.add(key)
        out.append(use)
    return out


def _not_typos_of_neighbours(ctx: FileContext, uses: list[PackageUse]) -> list[PackageUse]:
    """A new major version under a new name (`httpx2`), declared beside the popular name it
    extends (`httpx`), is no typo of it. (`expresss` beside `express` still is.)"""
    declared = _declared(ctx)
    return [replace(use, status="unknown", near=None)
            if use.status == "typo" and use.near and _key(use.near) in declared
            and re.fullmatch(rf"{re.escape(_key(use.near))}-?\d+", _key(use.name)) else use
            for use in uses]


def _key(name: str) -> str:
    return packages.normalize(name)


def _declared(ctx: FileContext) -> set[str]:
    """Every name the manifest declares (known ones too), normalised; filled by the readers."""
    found: set[str] = ctx.cache.setdefault("crypto.manifest_declared", set())
    return found


# Groups only the maintainers install: to build the package and its docs, run its automation,
# its tests, linters and type checks, or set up a development checkout.
_TOOLING = re.compile(r"(?:^|[-_.])(?:docs?|documentation|sphinx|mkdocs|build|ci|gha|"
                      r"github-actions|actions|release|publish|pre-commit|tests?|testing|"
                      r"dev|devel|develop|development|lint|linting|linters?|typing|types|"
                      r"mypy|typecheck|type-check|style|coverage|cov|bench|benchmarks?|qa|"
                      r"tox|nox)(?:$|[-_.])")


def is_tooling_group(name: str) -> bool:
    """A dependency group or extra only the maintainers install (docs, build, ci, release,
    test, lint, typing, dev, ...), by its name."""
    return bool(_TOOLING.search(name.lower()))


def _python_use(ctx: FileContext, start: int, name: str,
                tooling: bool = False) -> PackageUse | None:
    _declared(ctx).add(_key(name))
    status, near = classify("pypi", name, ctx.cache.get("settings"))
    if status == "known":
        return None
    return PackageUse(start, start + len(name.encode()), "pypi", name, status, near, tooling)


# What may follow the name on a requirement line (PEP 508): extras, a version, markers, a URL,
# pip's per-requirement options, or a line continuation; anything else is not a requirement.
_REQUIREMENT_REST = re.compile(r"\s*(?:$|[\[(;@<>=!~\\]|--?[a-z])")


# The header pip-tools and uv write on the pinned file they resolve: every name in it was found
# on the index by the resolver (a lock file), so none is unverified; a typo-squat the resolver
# installed is still VG-DEP-003
_RESOLVED = re.compile(r"^#\s*(?:This file (?:is|was) autogenerated by (?:pip-compile|uv)\b|"
                       r"uv pip compile\b)", re.MULTILINE)


def _requirements(ctx: FileContext) -> list[PackageUse]:
    out = []
    file_name = ctx.path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    folder = ctx.path.rsplit("/", 2)[-2] if ctx.path.count("/") else ""
    tooling = is_tooling_group(file_name.removeprefix("requirements").removeprefix(
        "constraints")) or is_tooling_group(file_name.removesuffix("-requirements").removesuffix(
        "_requirements")) or (folder == "requirements" and is_tooling_group(file_name)) \
        or _RESOLVED.search("\n".join(ctx.lines[:12])) is not None
    for index, line in enumerate(ctx.lines):
        text = line.split(" #", 1)[0]
        name = packages.requirement_name(text)
        if name is None:
            continue
        if not _REQUIREMENT_REST.match(text.strip()[len(name):]):
            return []  # prose (a docs page named constraints.txt): not a pip requirements file
        column = len(line[: line.find(name)].encode())
        use = _python_use(ctx, ctx.line_starts[index] + column, name, tooling)
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
        tooling = _string(ctx, key) == "devDependencies"
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
            _declared(ctx).add(_key(name))
            status, near = classify("npm", name, ctx.cache.get("settings"))
            if status != "known":
                out.append(PackageUse(name_node.start_byte, name_node.end_byte, "npm", name,
                                      status, near, tooling))
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
            tooling = (name in ("build-system", "tool.poetry.dev-dependencies")
                       or (is_poetry_group and is_tooling_group(name.split(".")[3]))
                       or (name in ("project.optional-dependencies", "dependency-groups")
                           and is_tooling_group(key_text)))
            if name.startswith("tool.poetry") or is_poetry_group:
                if key_text != "python":
                    use = _python_use(ctx, key.start_byte + (1 if key.type == "quoted_key"
                                                             else 0), key_text, tooling)
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
                    ctx.node_text(item)[:offset].encode()), requirement, tooling)
                if use is not None:
                    out.append(use)
    return out
