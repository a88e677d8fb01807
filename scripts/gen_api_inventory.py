"""Generate vigilint/analyzers/crypto/data/api_inventory.json: the real public API of the security
libraries AI code calls, used by the hallucinated-API rules (VG-API-*).

Python entries are introspected from the installed libraries; install them in a scratch venv,
not in vigilint's environment (they are not vigilint dependencies):

    python -m venv /tmp/inv-venv
    /tmp/inv-venv/bin/pip install cryptography bcrypt argon2-cffi passlib PyJWT itsdangerous pynacl
    /tmp/inv-venv/bin/python scripts/gen_api_inventory.py

JavaScript, Go and Java entries are read from the hand-written lists in
vigilint/analyzers/crypto/data/api_sources/*.json (each names its source documentation).

`--packages DATA_DIR` also rebuilds the offline package index of the dependency rules
(VG-DEP-*) from the shared name lists (top-pypi-packages.txt, top-npm-packages.txt):
vigilint/analyzers/dependencies/data/pypi_names.txt.gz (PEP 503-normalised, most downloaded
first) and npm_names.txt.gz.

Format: {"python"|"javascript"|"go"|"java": {namespace: [member, ...]}, "meta": {...}}. A
namespace is a module, package or class path; a member ending in `*` is a prefix.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import json
import pkgutil
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "vigilint" / "analyzers" / "crypto" / "data"
SOURCES = DATA / "api_sources"
OUTPUT = DATA / "api_inventory.json"
PACKAGE_DATA = ROOT / "vigilint" / "analyzers" / "dependencies" / "data"

PYTHON_ROOTS = ("hashlib", "hmac", "secrets", "ssl", "cryptography", "bcrypt", "argon2",
                "passlib", "jwt", "itsdangerous", "nacl")
# Subpackages that are private or whose members are generated at run time: not walked (their
# names are still members of the parent, and nothing under them is checked).
SKIP_PREFIXES = ("cryptography.hazmat.bindings", "cryptography.hazmat.backends.openssl",
                 "passlib.tests", "passlib._", "nacl.bindings", "passlib.ext")
DISTRIBUTIONS = ("cryptography", "bcrypt", "argon2-cffi", "passlib", "PyJWT", "itsdangerous",
                 "PyNaCl")


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


def python_inventory() -> dict[str, list[str]]:
    inventory: dict[str, list[str]] = {}
    for root in PYTHON_ROOTS:
        for module in _modules(root):
            name = module.__name__
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
                except Exception:  # noqa: S112 - passlib backends probe on access
                    continue
    # Submodules are members of their package even when it does not import them (and even
    # when their own members are not inventoried, like the bindings packages).
    for parent, children in SUBMODULES.items():
        if parent in inventory:
            inventory[parent] = sorted(set(inventory[parent]) | {
                c for c in children if not c.startswith("_")})
    return inventory


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--packages", type=Path, metavar="DATA_DIR",
                        help="rebuild the package index from DATA_DIR/top-*-packages.txt")
    parser.add_argument("--packages-only", action="store_true",
                        help="with --packages: do not regenerate the API inventory")
    args = parser.parse_args(argv)
    if args.packages is not None:
        package_index(args.packages)
        if args.packages_only:
            return 0
    inventory = {
        "meta": {"generated_by": "scripts/gen_api_inventory.py", "versions": versions(),
                 "sources": {lang: json.loads((SOURCES / f"{lang}.json").read_text(
                     encoding="utf-8"))["_source"] for lang in ("javascript", "go", "java")}},
        "python": {**python_inventory(), **returned_objects()},
        "javascript": hand_written("javascript"),
        "go": hand_written("go"),
        "java": hand_written("java"),
        "corrections": {k: v for k, v in json.loads((SOURCES / "corrections.json").read_text(
            encoding="utf-8")).items() if not k.startswith("_")},
    }
    text = json.dumps(inventory, sort_keys=True, separators=(",", ":"))
    args.output.write_text(text + "\n", encoding="utf-8")
    counts = {k: len(v) for k, v in inventory.items() if k not in ("meta", "corrections")}
    print(f"wrote {args.output} ({len(text):,} bytes; namespaces {counts})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
