"""JavaScript/TypeScript part of the API inventory: the packages' declaration files read by the
TypeScript compiler (dts_inventory.cjs, run with node in a folder whose node_modules holds
`typescript@5` and the packages)."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

MODULES = ("crypto", "bcrypt", "bcryptjs", "argon2", "jsonwebtoken", "jose", "dompurify",
           "helmet", "express-validator", "validator")
_TYPE_PARAMETER = re.compile(r"\.[A-Z]$")


def javascript_inventory(npm: Path) -> tuple[dict[str, list[str]], dict[str, list[str]],
                                             list[str]]:
    script = Path(__file__).with_name("dts_inventory.cjs")
    out = subprocess.run(["node", str(script), *MODULES], cwd=npm, check=True,
                         capture_output=True, text=True).stdout
    data = json.loads(out)
    namespaces = {k: v for k, v in data["namespaces"].items() if not _TYPE_PARAMETER.search(k)}
    returns = {k: v for k, v in data["returns"].items()
               if not _TYPE_PARAMETER.search(k) and all(t in namespaces for t in v)}
    return namespaces, returns, sorted(set(data["open"]) & set(namespaces))


def versions(npm: Path) -> dict[str, str]:
    out = {}
    for name in ("typescript", "@types/node", *MODULES):
        manifest = npm / "node_modules" / name / "package.json"
        if manifest.is_file():
            out[name] = json.loads(manifest.read_text(encoding="utf-8")).get("version", "?")
    return out
