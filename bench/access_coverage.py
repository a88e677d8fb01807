"""Access-control fixture coverage: inline `ruleid:`/`ok:` annotations per class and language,
and per class and web framework.

    python bench/access_coverage.py [--out FILE.md]

Reads the fixtures of every `access-control` rule (`tests/fixtures/rules/<RULE>/`), maps each
rule to one of the classes of issue 24 (by its name), each fixture file to its language (by
extension) and to the web frameworks it imports, and counts the annotations. A framework cell
counts only the annotations in files that import that framework (a multi-file fixture's models
or helpers, and handler modules that take `req, res` without importing Express, count under
their language only); net/http and servlets count only in files that import no other framework.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "rules"
sys.path.insert(0, str(ROOT))

CLASSES = ("missing-guard", "client-identity", "idor", "mass-assignment", "protection-off")
_CLASS_OF = (
    (re.compile(r"route-|missing-authori[sz]ation"), "missing-guard"),
    (re.compile(r"client-controlled-identity|untrusted-data-in-session"), "client-identity"),
    (re.compile(r"idor|direct-object"), "idor"),
    (re.compile(r"mass-assignment"), "mass-assignment"),
    (re.compile(r"csrf|open-access|open-constraint|actuator|rbac"), "protection-off"),
)
LANGUAGES = {".py": "python", ".js": "javascript", ".mjs": "javascript", ".cjs": "javascript",
             ".ts": "typescript", ".tsx": "typescript", ".java": "java", ".go": "go",
             ".xml": "config", ".properties": "config", ".yml": "config", ".yaml": "config"}
FRAMEWORKS: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {
    "python": (("Flask", re.compile(r"^\s*(from|import) flask\b", re.M)),
               ("FastAPI", re.compile(r"^\s*(from|import) (fastapi|starlette)\b", re.M)),
               ("Django/DRF", re.compile(r"^\s*(from|import) (django|rest_framework)\b", re.M)),
               ("Tornado", re.compile(r"^\s*(from|import) tornado\b", re.M))),
    "javascript": (("Express", re.compile(r"""(require\(|from )\s*["']express["']""")),
                   ("Koa", re.compile(r"""(require\(|from )\s*["']koa(-router)?["']|@koa/""")),
                   ("Fastify", re.compile(r"""(require\(|from )\s*["']fastify["']""")),
                   ("Hapi", re.compile(r"""["']@hapi/hapi["']""")),
                   ("NestJS", re.compile(r"""["']@nestjs/""")),
                   ("Next.js", re.compile(r"""["']next(/server|-auth)?["']"""))),
    "java": (("Spring", re.compile(r"^import org\.springframework\.", re.M)),
             ("JAX-RS", re.compile(r"^import (javax|jakarta)\.ws\.rs\.", re.M)),
             ("Servlet", re.compile(r"^import (javax|jakarta)\.servlet\.", re.M))),
    "go": (("Gin", re.compile(r'"github\.com/gin-gonic/gin"')),
           ("Echo", re.compile(r'"github\.com/labstack/echo')),
           ("Fiber", re.compile(r'"github\.com/gofiber/fiber')),
           ("chi", re.compile(r'"github\.com/go-chi/chi')),
           ("gorilla/mux", re.compile(r'"github\.com/gorilla/mux"')),
           ("net/http", re.compile(r'"net/http"'))),
}
FRAMEWORKS["typescript"] = FRAMEWORKS["javascript"]
_ONLY_ALONE = frozenset({"net/http", "Servlet"})  # counted when no other framework is imported
_ANNOTATION = re.compile(r"\b(ruleid|ok|todoruleid|todook):\s*([A-Z0-9-]+(?:\s*,\s*[A-Z0-9-]+)*)")


def class_of(name: str) -> str:
    return next((cls for pattern, cls in _CLASS_OF if pattern.search(name)), "")


def collect() -> tuple[dict[tuple[str, str], Counter[str]], dict[tuple[str, str, str],
                                                                 Counter[str]]]:
    from vigilint.analyzers.registry import all_rules

    by_language: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    by_framework: dict[tuple[str, str, str], Counter[str]] = defaultdict(Counter)
    for rule in all_rules():
        cls = class_of(rule.name) if rule.category == "access-control" else ""
        folder = FIXTURES / rule.id
        if not cls or not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*")):
            language = LANGUAGES.get(path.suffix)
            if language is None or not path.is_file():
                continue
            text = path.read_text(encoding="utf-8", errors="replace")
            counts: Counter[str] = Counter()
            for match in _ANNOTATION.finditer(text):
                if rule.id in re.split(r"\s*,\s*", match.group(2)):
                    counts[match.group(1)] += 1
            if not counts:
                continue
            by_language[(cls, language)].update(counts)
            by_language[(cls, language)]["rules:" + rule.id] += 1
            matched = [name for name, pattern in FRAMEWORKS.get(language, ())
                       if pattern.search(text)]
            if len(matched) > 1 and matched[-1] in _ONLY_ALONE:
                matched.pop()  # a Gin file that imports net/http for its status codes
            for framework in matched:
                by_framework[(cls, language, framework)].update(counts)
    return by_language, by_framework


def _cell(c: Counter[str]) -> str:
    if not c:
        return "–"
    todo = c["todoruleid"] + c["todook"]
    return f"{c['ruleid']} / {c['ok']}" + (f" (+{todo} todo)" if todo else "")


def markdown() -> str:
    by_language, by_framework = collect()
    languages = ("python", "javascript", "typescript", "java", "go", "config")
    lines = ["Annotations `ruleid` / `ok` per class and fixture language (rules in the last "
             "column):", "",
             "| class | " + " | ".join(languages) + " | rules |",
             "|---|" + "---|" * (len(languages) + 1)]
    for cls in CLASSES:
        rules = sorted({k[6:] for lang in languages for k in by_language[(cls, lang)]
                        if k.startswith("rules:")})
        lines.append(f"| {cls} | " + " | ".join(_cell(by_language[(cls, lang)])
                                                 for lang in languages)
                     + f" | {', '.join(rules)} |")
    lines += ["", "Annotations `ruleid` / `ok` per class and web framework (files that import "
              "the framework):", ""]
    for language in ("python", "javascript", "typescript", "java", "go"):
        names = [name for name, _ in FRAMEWORKS[language]]
        lines += [f"| {language} | " + " | ".join(names) + " |",
                  "|---|" + "---|" * len(names)]
        for cls in CLASSES:
            lines.append(f"| {cls} | " + " | ".join(
                _cell(by_framework[(cls, language, name)]) for name in names) + " |")
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--out", type=Path, help="write the markdown tables here")
    args = parser.parse_args(argv)
    text = markdown()
    print(text)
    if args.out is not None:
        args.out.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
