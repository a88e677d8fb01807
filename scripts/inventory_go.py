"""Go part of the API inventory: exported identifiers, method sets (promoted and embedded
interface methods included) and first result types, read with tree-sitter from the sources of
the standard library's crypto packages (and `hash`, `io`) and of golang.org/x/crypto."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from tree_sitter import Node

from vigilint.analyzers.languages import parser_for

STD = ("crypto", "hash", "io")
_SKIP = ("internal", "testdata", "boring", "vendor")


def _packages(root: Path, prefix: str) -> dict[str, list[Path]]:
    out: dict[str, list[Path]] = defaultdict(list)
    for path in sorted(root.rglob("*.go")):
        rel = path.parent.relative_to(root.parent).as_posix()
        if path.name.endswith("_test.go") or any(p in _SKIP for p in rel.split("/")):
            continue
        out[prefix + rel].append(path)
    return out


def _text(source: bytes, node: Node | None) -> str:
    return source[node.start_byte:node.end_byte].decode() if node is not None else ""


class _Package:
    def __init__(self, path: str) -> None:
        self.path = path
        self.names: set[str] = set()
        self.members: dict[str, set[str]] = defaultdict(set)
        self.embedded: dict[str, set[str]] = defaultdict(set)  # type -> qualified embedded types
        self.returns: dict[str, str] = {}
        self.types: set[str] = set()


def _qualify(type_text: str, package: str, imports: dict[str, str]) -> str:
    text = type_text.strip().lstrip("*").strip()
    if not text or any(c in text for c in "[](){} ,"):
        return ""
    if "." in text:
        head, _, name = text.partition(".")
        return f"{imports[head]}.{name}" if head in imports else ""
    return f"{package}.{text}" if text[:1].isupper() else ""


def _first_result(source: bytes, fn: Node) -> str:
    result = fn.child_by_field_name("result")
    if result is None:
        return ""
    if result.type == "parameter_list":
        first = next((c for c in result.named_children if c.type == "parameter_declaration"), None)
        return _text(source, first.child_by_field_name("type")) if first is not None else ""
    return _text(source, result)


def _imports(source: bytes, root: Node) -> dict[str, str]:
    out = {}
    for node in root.named_children:
        if node.type != "import_declaration":
            continue
        for spec in (n for n in _walk(node) if n.type == "import_spec"):
            path = _text(source, spec.child_by_field_name("path")).strip('"')
            name = spec.child_by_field_name("name")
            out[_text(source, name) if name is not None else path.rsplit("/", 1)[-1]] = path
    return out


def _walk(node: Node) -> list[Node]:
    out, stack = [], [node]
    while stack:
        n = stack.pop()
        out.append(n)
        stack.extend(reversed(n.named_children))
    return out


def _read(package: _Package, files: list[Path]) -> None:
    parser = parser_for("go")
    for path in files:
        source = path.read_bytes()
        root = parser.parse(source).root_node
        imports = _imports(source, root)
        for node in root.named_children:
            if node.type == "function_declaration":
                name = _text(source, node.child_by_field_name("name"))
                if name[:1].isupper():
                    package.names.add(name)
                    returned = _qualify(_first_result(source, node), package.path, imports)
                    if returned:
                        package.returns[name] = returned
            elif node.type == "method_declaration":
                name = _text(source, node.child_by_field_name("name"))
                receiver = node.child_by_field_name("receiver")
                decl = next((c for c in receiver.named_children), None) if receiver else None
                owner = _text(source, decl.child_by_field_name("type")).lstrip("*").split("[")[0] \
                    if decl is not None else ""
                if name[:1].isupper() and owner:
                    package.members[owner].add(name)
                    returned = _qualify(_first_result(source, node), package.path, imports)
                    if returned:
                        package.returns[f"{owner}.{name}"] = returned
            elif node.type in ("const_declaration", "var_declaration"):
                for spec in _walk(node):
                    if spec.type in ("const_spec", "var_spec"):
                        for n in spec.children_by_field_name("name"):
                            if _text(source, n)[:1].isupper():
                                package.names.add(_text(source, n))
            elif node.type == "type_declaration":
                for spec in node.named_children:
                    if spec.type not in ("type_spec", "type_alias"):
                        continue
                    name = _text(source, spec.child_by_field_name("name"))
                    if not name[:1].isupper():
                        continue
                    package.names.add(name)
                    package.types.add(name)
                    _type_members(package, name, spec.child_by_field_name("type"), source,
                                  imports)


def _type_members(package: _Package, name: str, body: Node | None, source: bytes,
                  imports: dict[str, str]) -> None:
    if body is None:
        return
    if body.type == "interface_type":
        for elem in body.named_children:
            if elem.type in ("method_elem", "method_spec"):
                method = _text(source, elem.child_by_field_name("name"))
                package.members[name].add(method)
                returned = _qualify(_first_result(source, elem), package.path, imports)
                if returned:
                    package.returns[f"{name}.{method}"] = returned
            elif elem.type in ("type_elem", "constraint_elem", "type_identifier",
                               "qualified_type"):
                embedded = _qualify(_text(source, elem), package.path, imports)
                if embedded:
                    package.embedded[name].add(embedded)
    elif body.type == "struct_type":
        for field in _walk(body):
            if field.type != "field_declaration":
                continue
            names = field.children_by_field_name("name")
            if names:
                package.members[name] |= {_text(source, n) for n in names
                                          if _text(source, n)[:1].isupper()}
            else:  # embedded: promoted members
                embedded = _qualify(_text(source, field.child_by_field_name("type")),
                                    package.path, imports)
                if embedded:
                    package.embedded[name].add(embedded)
                else:
                    package.embedded[name].add("?")
    elif body.type in ("type_identifier", "qualified_type"):
        pass  # a defined type over another named type: its own methods only


def go_inventory(goroot: Path, gopath: Path | None) -> tuple[dict[str, list[str]],
                                                            dict[str, list[str]], list[str]]:
    sources: dict[str, list[Path]] = {}
    for top in STD:
        sources.update(_packages(goroot / "src" / top, ""))
    if gopath is not None:
        sources.update(_packages(gopath / "src" / "golang.org" / "x" / "crypto",
                                 "golang.org/x/"))
    packages = {}
    for path, files in sources.items():
        package = packages[path] = _Package(path)
        _read(package, files)
    namespaces: dict[str, list[str]] = {}
    open_types: list[str] = []

    def members(qualified: str, depth: int = 0) -> set[str] | None:
        path, _, name = qualified.rpartition(".")
        package = packages.get(path)
        if package is None or name not in package.types or depth > 8:
            return None
        out = set(package.members.get(name, set()))
        for embedded in package.embedded.get(name, set()):
            inner = members(embedded, depth + 1) if embedded != "?" else None
            if inner is None:
                return None
            out |= inner
        return out

    returns: dict[str, list[str]] = {}
    for path, package in packages.items():
        namespaces[path] = sorted(package.names)
        for name in package.types:
            found = members(f"{path}.{name}")
            if found is None:
                open_types.append(f"{path}.{name}")
                found = set(package.members.get(name, set()))
            namespaces[f"{path}.{name}"] = sorted(found)
        for callable_name, returned in package.returns.items():
            returns[f"{path}.{callable_name}"] = [returned]
    return namespaces, returns, sorted(open_types)
