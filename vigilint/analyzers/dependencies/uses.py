"""Which packages a source file imports and a manifest declares, and whether each is known, a
likely typo-squat, or unverified. Shared by the VG-DEP-* rules; results are memoised per file.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from tree_sitter import Node

from vigilint import lazyre
from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.dependencies import packages
from vigilint.model import Finding

Ecosystem = Literal["pypi", "npm", "go"]
Status = Literal["known", "typo", "unknown"]
LABEL = {"pypi": "PyPI", "npm": "npm", "go": "Go"}
_MESSAGE = lazyre.compile(r"^`([^`]+)` is not (?:a known|in vigilint's index of known) "
                          r"(PyPI|npm|Go) (?:package|module)")


@dataclass(frozen=True)
class PackageUse:
    start: int  # byte range of the name in the file
    end: int
    ecosystem: Ecosystem
    name: str
    status: Status
    near: str | None = None
    tooling: bool = False  # declared for development only (build system, docs, tests, lint)

    def hit(self) -> Hit:
        return Hit(byte_range=(self.start, self.end), message=message(self))


def message(use: PackageUse) -> str:
    label = LABEL[use.ecosystem]
    kind = "module" if use.ecosystem == "go" else "package"
    if use.status == "typo":
        return (f"`{use.name}` is not a known {label} {kind} but is close to the popular "
                f"`{use.near}`, a likely typo-squat; check the name before installing it.")
    return (f"`{use.name}` is not in vigilint's index of known {label} {kind}s; verify that it "
            "exists and is the one you mean before installing it (AI assistants invent names).")


def package_of(finding: Finding) -> tuple[Ecosystem, str] | None:
    """The (ecosystem, name) a VG-DEP finding is about, parsed from its message."""
    match = _MESSAGE.match(finding.message)
    if match is None:
        return None
    ecosystem = {"PyPI": "pypi", "npm": "npm", "Go": "go"}[match.group(2)]
    return ecosystem, match.group(1)  # type: ignore[return-value]


def classify(ecosystem: Ecosystem, name: str, settings: object,
             project: bool = False) -> tuple[Status, str | None]:
    """Known / typo / unknown; `project` also honours the per-scan project names (imports)."""
    if packages.is_project_name(name, settings, project):
        return "known", None
    if (ecosystem == "pypi" and packages.python_dist_known(name)) or \
            (ecosystem == "npm" and packages.npm_known(name)):
        return "known", None
    near = packages.typosquat_of(name, ecosystem)
    return ("typo", near) if near else ("unknown", None)


def _use(ctx: FileContext, node: Node, ecosystem: Ecosystem, name: str,
         status: Status, near: str | None) -> PackageUse:
    return PackageUse(node.start_byte, node.end_byte, ecosystem, name, status, near)


# -- source files ---------------------------------------------------------------------------

def python_import_uses(ctx: FileContext, node: Node) -> list[PackageUse]:
    settings = ctx.cache.get("settings")
    targets: list[Node] = []
    if node.type == "import_statement":
        for child in node.named_children:
            target = child.child_by_field_name("name") if child.type == "aliased_import" \
                else child
            if target is not None and target.type == "dotted_name":
                targets.append(target)
    elif node.type == "import_from_statement":
        module = node.child_by_field_name("module_name")
        if module is not None and module.type == "dotted_name":
            targets.append(module)
    out = []
    for target in targets:
        first = target.named_children[0] if target.named_children else target
        top = ctx.node_text(first)
        if not top or packages.python_import_known(top) or any(
                packages.is_project_name(d, settings, True)
                for d in packages.plugin_distributions(top)):
            continue  # known, or a plugin the project declares (`django-otp-yubikey`)
        status, near = classify("pypi", top, settings, project=True)
        if status == "unknown" and top.lower() in packages.common_local_modules():
            continue  # `import utils`, `from config import ...`: almost always first-party
        if status != "known":
            out.append(_use(ctx, first, "pypi", top, status, near))
    return out


def js_import_uses(ctx: FileContext, node: Node) -> list[PackageUse]:
    source: Node | None = None
    if node.type in ("import_statement", "export_statement"):
        source = node.child_by_field_name("source")
    elif node.type == "call_expression":
        function = node.child_by_field_name("function")
        if function is None or ctx.node_text(function) not in ("require", "import"):
            return []
        args = node.child_by_field_name("arguments")
        if args is None or len(args.named_children) != 1 or \
                args.named_children[0].type != "string":
            return []
        source = args.named_children[0]
    if source is None:
        return []
    specifier = ctx.node_text(source).strip("'\"`")
    name = packages.npm_package_of(specifier)
    if name is None:
        return []
    status, near = classify("npm", name, ctx.cache.get("settings"), project=True)
    if status == "known":
        return []
    return [_use(ctx, source, "npm", name, status, near)]


def source_uses(ctx: FileContext, node: Node) -> list[PackageUse]:
    """The doubtful packages a node imports; each name is reported at its first import only."""
    cache: dict[int, list[PackageUse]] = ctx.cache.setdefault("crypto.package_uses", {})
    found = cache.get(node.id)
    if found is None:
        seen: set[str] = ctx.cache.setdefault("crypto.packages_seen", set())
        found = []
        for use in (python_import_uses(ctx, node) if ctx.language == "python" else
                    js_import_uses(ctx, node)):
            if use.name not in seen:
                seen.add(use.name)
                found.append(use)
        cache[node.id] = found
    return found


SOURCE_NODE_KINDS = ("import_statement", "import_from_statement", "export_statement",
                     "call_expression")
