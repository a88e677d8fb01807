"""Hostile inputs for the rules: long single lines built to make a super-linear regex or a
quadratic text scan show itself (long runs of word characters, a rule's own keywords repeated,
runs of separators, unterminated strings, long dotted chains), placed in each language as
code, inside a string and inside a comment.

Shared by `tests/analyzers/test_rule_linear_time.py` (short lines, generous budget) and
`bench/rule_linear_time.py` (1 MB lines, the strict < 1 s per rule measurement).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from vigilint.analyzers.engine import Engine
from vigilint.analyzers.languages import expand
from vigilint.model import Rule

# One file name per language (a rule restricted by `paths` gets a name matching its glob).
PATHS: dict[str, str] = {
    "python": "app.py", "javascript": "app.js", "typescript": "app.ts", "tsx": "app.tsx",
    "go": "main.go", "java": "App.java", "yaml": "config.yaml", "json": "settings.json",
    "toml": "settings.toml", "hcl": "main.tf", "bash": "run.sh", "dockerfile": "Dockerfile",
    "dotenv": ".env", "properties": "app.properties", "text": "notes.txt",
}
# Comment leader and string quote per language: the payload is also placed inside them.
_COMMENT: dict[str, str] = {
    "python": "#", "yaml": "#", "toml": "#", "bash": "#", "dockerfile": "#", "dotenv": "#",
    "properties": "#", "hcl": "#", "javascript": "//", "typescript": "//", "tsx": "//",
    "go": "//", "java": "//", "json": "", "text": "",
}
# Tokens that many rules look for: route and auth words, logging, SQL, URLs, crypto names.
_COMMON_TOKENS: tuple[str, ...] = (
    "auth", "password", "r.HandleFunc(", "Group(", ".Use(", "log.Printf(", "SELECT ",
    "http://", "md5", "admin", "token", "secret", "ignore", "@",
)


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // max(len(unit), 1) + 1))[:size]


SHAPES: dict[str, Callable[[str, int], str]] = {
    "word run": lambda tok, n: _repeat("a", n),
    "token then word run": lambda tok, n: tok + _repeat("a", n),
    "word run then token": lambda tok, n: _repeat("a", n) + tok,
    "token repeated": lambda tok, n: _repeat(tok, n),
    "token and space repeated": lambda tok, n: _repeat(tok + " ", n),
    "token then spaces": lambda tok, n: tok + _repeat(" ", n) + "x",
    "dotted chain": lambda tok, n: tok + _repeat("a.", n),
    "assignments": lambda tok, n: _repeat(f"a{tok}=b,", n),
    "unterminated string": lambda tok, n: tok + '("' + _repeat("a", n),
    "separators": lambda tok, n: tok + _repeat("=:-/", n),
    "backslashes": lambda tok, n: tok + _repeat("\\", n),
    "digits": lambda tok, n: tok + _repeat("1", n),
    "word then paren": lambda tok, n: _repeat("a ", n) + tok + "(",
    # Deep syntax trees: a chain or nesting as long as the line (see DEEP).
    "nested parentheses": lambda tok, n: tok + "(" * (n // 2) + ")" * (n // 2),
    "binary chain": lambda tok, n: tok + _repeat("a+", n) + "a",
    "call chain": lambda tok, n: tok + _repeat("a().", n) + "a()",
}


# Shapes whose syntax tree is as deep as the line is long. tree-sitter's `Node.parent` walks
# down from the root (O(depth)), so every rule that looks at parents is quadratic on them:
# measured in `bench/rule_linear_time.py`, bounded in the server by the analysis budget.
DEEP = frozenset({"dotted chain", "nested parentheses", "binary chain", "call chain"})
LINE_SHAPES = tuple(shape for shape in SHAPES if shape not in DEEP)


def groups() -> dict[tuple[str, str], list[Rule]]:
    """Rules by (language, file name): each group is analysed together on one text."""
    from vigilint.analyzers.registry import all_rules

    out: dict[tuple[str, str], list[Rule]] = {}
    for rule in all_rules():
        for language in languages_for(rule):
            out.setdefault((language, path_for(rule, language)), []).append(rule)
    return out


def group_text(language: str, rules: list[Rule], shape: str, token: str, size: int) -> str:
    """The shape's line in every position, after a line naming every rule's prefilter."""
    prefix = " ".join(sorted({t for rule in rules for t in rule.prefilter}))
    return embed(language, SHAPES[shape](token, size), prefix)


def tokens_for(rule: Rule) -> tuple[str, ...]:
    """The rule's own keywords (its prefilter) and the common ones, without duplicates."""
    return tuple(dict.fromkeys((*rule.prefilter[:4], *_COMMON_TOKENS[:4])))


def path_for(rule: Rule, language: str) -> str:
    if rule.paths:
        return rule.paths[0].replace("**/", "").replace("*", "x")
    return PATHS.get(language, "notes.txt")


def languages_for(rule: Rule) -> list[str]:
    """One language of each family the rule applies to (JavaScript stands for TS and TSX)."""
    langs = expand(rule.languages)
    if "*" in rule.languages:
        return ["python", "text"]
    chosen = sorted(langs)
    if "javascript" in langs:
        chosen = [lang for lang in chosen if lang not in ("typescript", "tsx")]
    return chosen


def embed(language: str, payload: str, prefix: str = "") -> str:
    """The payload as a line of code, inside a string and inside a comment."""
    leader = _COMMENT.get(language, "")
    lines = [prefix, payload, f'x = "{payload}"']
    if leader:
        lines.append(f"{leader} {payload}")
    return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class Case:
    rule: Rule
    language: str
    path: str
    shape: str
    token: str

    def text(self, size: int) -> str:
        payload = SHAPES[self.shape](self.token, size)
        prefix = " ".join(self.rule.prefilter)  # so the engine does not skip the rule
        return embed(self.language, payload, prefix)

    @property
    def name(self) -> str:
        return f"{self.rule.id} {self.language} {self.shape!r} {self.token!r}"


def cases(rule: Rule, tokens: int = 2) -> Iterator[Case]:
    for language in languages_for(rule):
        path = path_for(rule, language)
        for shape in SHAPES:
            for token in tokens_for(rule)[:tokens]:
                yield Case(rule, language, path, shape, token)


def rule_cpu(engine: Engine, path: str, language: str, text: str, tree: object) -> float:
    started = time.process_time()
    engine.analyze(path, text, language=language, tree=tree)  # type: ignore[arg-type]
    return time.process_time() - started


def best_rule_cpu(engine: Engine, path: str, language: str, text: str, runs: int = 2) -> float:
    """The least CPU time of `runs` analyses of `text` parsed once beforehand (the parse is
    tree-sitter's time, not the rules')."""
    tree = engine.parse(language, text.encode("utf-8", "surrogatepass"))
    return min(rule_cpu(engine, path, language, text, tree) for _ in range(runs))


class Timer:
    """Runs one rule on texts with a parse shared between calls: the time measured is the
    rule's (and the engine's per-file work for it), not tree-sitter's parse."""

    def __init__(self) -> None:
        self._engines: dict[str, Engine] = {}
        self._trees: dict[tuple[str, str], object] = {}
        self._parser = Engine(rules=())

    def engine(self, rule: Rule) -> Engine:
        if rule.id not in self._engines:
            self._engines[rule.id] = Engine(rules=(rule,))
        return self._engines[rule.id]

    def cpu_seconds(self, case: Case, size: int) -> float:
        """CPU seconds of this process for the rule on the case's text of `size`."""
        text = case.text(size)
        key = (case.language, text)
        if key not in self._trees:
            self._trees.clear()
            self._trees[key] = self._parser.parse(case.language,
                                                  text.encode("utf-8", "surrogatepass"))
        tree = self._trees[key]
        engine = self.engine(case.rule)
        started = time.process_time()
        engine.analyze(case.path, text, language=case.language, tree=tree)  # type: ignore[arg-type]
        return time.process_time() - started
