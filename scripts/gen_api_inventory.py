"""Generate vigilint/analyzers/apis/data/api_inventory.json: the real public API of the security
libraries AI code calls, used by the hallucinated-API rules (VG-API-*): per language, namespaces
(modules, packages, classes, types) with their members, and what calls return (so that the
rules know the type of `x` in `x = PasswordHasher()`, `const h = createHash(...)`,
`gcm, err := cipher.NewGCM(block)`, `MessageDigest md = MessageDigest.getInstance(...)`).

Every language is generated from the installed libraries; the tools are not vigilint
dependencies, install them in scratch folders:

    # Python: introspection of the installed packages
    python -m venv /tmp/inv-venv
    /tmp/inv-venv/bin/pip install cryptography bcrypt argon2-cffi passlib PyJWT python-jose \
        itsdangerous pynacl django flask flask-wtf werkzeug
    # JavaScript/TypeScript: the packages' declaration files, read by the TypeScript compiler
    mkdir /tmp/inv-npm && cd /tmp/inv-npm && npm init -y && npm install --ignore-scripts \
        typescript@5 @types/node bcrypt @types/bcrypt bcryptjs argon2 jsonwebtoken \
        @types/jsonwebtoken jose dompurify helmet express-validator validator @types/validator
    # Java: javap over the JDK and BouncyCastle (Debian: libbcprov-java)
    # Go: the standard library and golang.org/x/crypto sources (Debian: golang-go,
    #     golang-golang-x-crypto-dev)
    /tmp/inv-venv/bin/python scripts/gen_api_inventory.py --npm /tmp/inv-npm \
        --bcprov /usr/share/java/bcprov.jar --goroot /usr/lib/go --gopath /usr/share/gocode

The hand-written lists in vigilint/analyzers/apis/data/api_sources/*.json (each names the
documentation it was written from) are merged in (`--merge-hand-written` merges them into the
existing file without regenerating it): names of newer releases than the installed
ones (Go 1.24+, Java 24+), Spring Security and jjwt (not packaged), and WebCrypto.

`--packages DATA_DIR` also rebuilds the offline package index of the dependency rules
(VG-DEP-*) from the shared name lists (top-pypi-packages.txt, top-npm-packages.txt):
vigilint/analyzers/dependencies/data/pypi_names.txt.gz (PEP 503-normalised, most downloaded
first) and npm_names.txt.gz.

Format: {"python"|"javascript"|"go"|"java": {namespace: [member, ...]}, "returns": {language:
{callable: [type, ...]}}, "open": {language: [namespace, ...]}, "corrections": {...}, "meta":
{...}}. A namespace is a module, package, class or type path; a member ending in `*` is a
prefix; an `open` namespace has members the generator could not list (never checked).
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import json
import pkgutil
import sys
import typing
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "vigilint" / "analyzers" / "apis" / "data"
SOURCES = DATA / "api_sources"
OUTPUT = DATA / "api_inventory.json"
PACKAGE_DATA = ROOT / "vigilint" / "analyzers" / "dependencies" / "data"

PYTHON_ROOTS = ("hashlib", "hmac", "secrets", "ssl", "shlex", "subprocess", "cryptography",
                "bcrypt", "argon2", "passlib", "jwt", "jose", "itsdangerous", "nacl")
# Security helpers of web frameworks: these modules only, not their whole packages.
PYTHON_MODULES = ("django.contrib.auth.hashers", "django.utils.crypto", "django.core.signing",
                  "django.middleware.csrf", "werkzeug.security", "flask_wtf.csrf")
# Subpackages that are private or whose members are generated at run time: not walked (their
# names are still members of the parent, and nothing under them is checked).
SKIP_PREFIXES = ("cryptography.hazmat.bindings", "cryptography.hazmat.backends.openssl",
                 "passlib.tests", "passlib._", "nacl.bindings", "passlib.ext")
DISTRIBUTIONS = ("cryptography", "bcrypt", "argon2-cffi", "passlib", "PyJWT", "python-jose",
                 "itsdangerous", "PyNaCl", "Django", "Flask", "Flask-WTF", "Werkzeug")


def _public(names: list[str]) -> list[str]:
    return sorted({n for n in names if not n.startswith("_") or n in ("__version__",)})


def _skipped(name: str) -> bool:
    return any(name == p or name.startswith(p + ".") or (name.startswith(p) and p.endswith("_"))
               for p in SKIP_PREFIXES)


SUBMODULES: dict[str, set[str]] = {}  # parent module -> every submodule name, walked or not


def _modules(root: str) -> list[ModuleType]:
    module = importlib.import_module(root)
    out = [module]
    paths = getattr(module, "__path__", None)
    if paths is None:
        return out
    for info in pkgutil.walk_packages(paths, prefix=root + "."):
        name = info.name
        parent, _, child = name.rpartition(".")
        SUBMODULES.setdefault(parent, set()).add(child)
        if _skipped(name) or any(part.startswith("_") for part in name.split(".")[1:]) \
                or ".tests" in name:
            continue
        try:
            out.append(importlib.import_module(name))
        except Exception as exc:
            print(f"skip {name}: {type(exc).__name__}: {exc}", file=sys.stderr)
    return out


def _own(root: str, cls: type) -> bool:
    """Classes defined by the library (or its C modules), not re-exported datetime & co."""
    origin = (getattr(cls, "__module__", "") or "").split(".")[0].lstrip("_")
    return origin == root or origin in ("hashlib", "blake2", "ssl", "hmac", "openssl", "rust")


def _setup_django() -> None:
    import django
    from django.conf import settings

    if not settings.configured:
        settings.configure()
        django.setup()


def _return_type(value: object, public: dict[int, str]) -> str:
    """The inventoried class a callable's return annotation names, if any."""
    try:
        hints = typing.get_type_hints(value)
    except Exception:
        return ""
    returned = hints.get("return")
    return public.get(id(returned), "") if returned is not None else ""


def python_inventory() -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    _setup_django()
    inventory: dict[str, list[str]] = {}
    classes: dict[str, type] = {}
    modules = [m for root in PYTHON_ROOTS for m in _modules(root)]
    modules += [importlib.import_module(name) for name in PYTHON_MODULES]
    for module in modules:
        name = module.__name__
        root = name.split(".", 1)[0]
        members = _public(dir(module))
        inventory[name] = members
        for member in members:
            try:
                value = getattr(module, member)
            except Exception:  # noqa: S112 - lazy proxies may refuse
                continue
            try:
                if inspect.isclass(value) and _own(root, value):
                    inventory[f"{name}.{member}"] = _public(dir(value))
                    classes.setdefault(f"{name}.{member}", value)
            except Exception:  # noqa: S112 - passlib backends probe on access
                continue
    # Submodules are members of their package even when it does not import them (and even
    # when their own members are not inventoried, like the bindings packages).
    for parent, children in SUBMODULES.items():
        if parent in inventory:
            inventory[parent] = sorted(set(inventory[parent]) | {
                c for c in children if not c.startswith("_")})
    public: dict[int, str] = {}
    for key in sorted(classes, key=lambda k: (k.count("."), len(k))):
        public.setdefault(id(classes[key]), key)
    returns: dict[str, list[str]] = {}
    for key, cls in classes.items():
        for member in inventory[key]:
            returned = _return_type(getattr(cls, member, None), public)
            if returned:
                returns[f"{key}.{member}"] = [returned]
    for module in modules:
        for member in inventory.get(module.__name__, []):
            value = getattr(module, member, None)
            if callable(value) and not inspect.isclass(value):
                returned = _return_type(value, public)
                if returned:
                    returns[f"{module.__name__}.{member}"] = [returned]
    return inventory, returns


def returned_objects() -> dict[str, list[str]]:
    """Objects that constructors return without a public class name (hashlib's hash objects)."""
    import hashlib

    members = set(dir(hashlib.sha256())) | set(dir(hashlib.shake_128()))
    return {"hashlib.HASH": _public(sorted(members))}


def hand_written(language: str) -> dict[str, list[str]]:
    data = json.loads((SOURCES / f"{language}.json").read_text(encoding="utf-8"))
    return {k: sorted(set(v)) for k, v in data.items() if not k.startswith("_")}


def versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    out = {"python": ".".join(map(str, sys.version_info[:3]))}
    for dist in DISTRIBUTIONS:
        try:
            out[dist] = version(dist)
        except PackageNotFoundError:
            out[dist] = "missing"
    return out


def _names(path: Path) -> list[str]:
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def package_index(source: Path) -> None:
    """Write the compact, rank-ordered name lists the dependency rules ship with."""
    import gzip
    import re

    pypi: list[str] = []
    for name in _names(source / "top-pypi-packages.txt"):
        normal = re.sub(r"[-_.]+", "-", name).lower()
        if normal not in pypi:
            pypi.append(normal)
    npm = list(dict.fromkeys(_names(source / "top-npm-packages.txt")))
    for filename, names in (("pypi_names.txt.gz", pypi), ("npm_names.txt.gz", npm)):
        data = gzip.compress(("\n".join(names) + "\n").encode(), mtime=0)
        (PACKAGE_DATA / filename).write_bytes(data)
        print(f"wrote {PACKAGE_DATA / filename} ({len(names):,} names, {len(data):,} bytes)")


def _merge(*tables: dict[str, list[str]]) -> dict[str, list[str]]:
    out: dict[str, set[str]] = {}
    for table in tables:
        for name, members in table.items():
            out.setdefault(name, set()).update(members)
    return {name: sorted(members) for name, members in out.items()}


HAND_WRITTEN = ("javascript", "go", "java", "python_returns", "javascript_returns",
                "java_returns")


def merge_hand_written(path: Path) -> None:
    """Merge the hand-written lists into an inventory generated earlier (the same merge as a
    full run, without the libraries and tools a full run needs)."""
    inventory = json.loads(path.read_text(encoding="utf-8"))
    for lang in ("javascript", "go", "java"):
        inventory[lang] = _merge(inventory[lang], hand_written(lang))
    for lang in ("python", "javascript", "java"):
        inventory["returns"][lang] = _merge(inventory["returns"][lang],
                                            hand_written(f"{lang}_returns"))
    inventory["meta"]["sources"] = {lang: json.loads((SOURCES / f"{lang}.json").read_text(
        encoding="utf-8"))["_source"] for lang in HAND_WRITTEN}
    text = json.dumps(inventory, sort_keys=True, separators=(",", ":"))
    path.write_text(text + "\n", encoding="utf-8")
    print(f"merged the hand-written lists into {path}")


def main(argv: list[str] | None = None) -> int:
    if argv is None:
        argv = sys.argv[1:]
    if "--merge-hand-written" in argv:
        merge_hand_written(OUTPUT)
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--merge-hand-written", action="store_true",
                        help="only merge api_sources/*.json into the existing inventory")
    parser.add_argument("--npm", type=Path, required=True,
                        help="folder whose node_modules holds typescript@5 and the packages")
    parser.add_argument("--bcprov", type=Path, help="BouncyCastle provider jar")
    parser.add_argument("--goroot", type=Path, required=True, help="GOROOT with src/crypto")
    parser.add_argument("--gopath", type=Path, help="GOPATH with src/golang.org/x/crypto")
    parser.add_argument("--packages", type=Path, metavar="DATA_DIR",
                        help="rebuild the package index from DATA_DIR/top-*-packages.txt")
    parser.add_argument("--packages-only", action="store_true",
                        help="with --packages: do not regenerate the API inventory")
    args = parser.parse_args(argv)
    if args.packages is not None:
        package_index(args.packages)
        if args.packages_only:
            return 0
    sys.path.insert(0, str(Path(__file__).parent))
    import inventory_go
    import inventory_java
    import inventory_javascript

    python, python_returns = python_inventory()
    javascript, javascript_returns, javascript_open = inventory_javascript.javascript_inventory(
        args.npm)
    java, java_returns = inventory_java.java_inventory(args.bcprov)
    go, go_returns, go_open = inventory_go.go_inventory(args.goroot, args.gopath)
    sources = {lang: json.loads((SOURCES / f"{lang}.json").read_text(encoding="utf-8"))[
        "_source"] for lang in HAND_WRITTEN}
    inventory = {
        "meta": {"generated_by": "scripts/gen_api_inventory.py",
                 "versions": {**versions(), **inventory_javascript.versions(args.npm),
                              **inventory_java.versions(args.bcprov),
                              "go": (args.goroot / "VERSION").read_text().split()[0]
                              if (args.goroot / "VERSION").is_file() else "?"},
                 "sources": sources},
        "python": _merge(python, returned_objects()),
        "javascript": _merge(javascript, hand_written("javascript")),
        "go": _merge(go, hand_written("go")),
        "java": _merge(java, hand_written("java")),
        "returns": {"python": _merge(python_returns, hand_written("python_returns")),
                    "javascript": _merge(javascript_returns, hand_written("javascript_returns")),
                    "go": go_returns, "java": _merge(java_returns, hand_written("java_returns"))},
        "open": {"javascript": javascript_open, "go": go_open},
        "corrections": {k: v for k, v in json.loads((SOURCES / "corrections.json").read_text(
            encoding="utf-8")).items() if not k.startswith("_")},
    }
    text = json.dumps(inventory, sort_keys=True, separators=(",", ":"))
    args.output.write_text(text + "\n", encoding="utf-8")
    counts = {k: len(v) for k, v in inventory.items() if k in ("python", "javascript", "go",
                                                              "java")}
    print(f"wrote {args.output} ({len(text):,} bytes; namespaces {counts})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
