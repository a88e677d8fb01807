"""Every regular expression the analyzers and the prompt guard use, and hostile inputs for each.

The inventory has two sources: compiled patterns held by the modules under `vigilint.analyzers`
and `vigilint.prompts` (module globals, class attributes, tuples and dicts of them), and string
literals passed to `re.compile` / `re.search` / ... anywhere in their source (found with `ast`,
so a pattern written inline in a function is not missed).

Hostile inputs come from each pattern's own parts (`re._parser`): its literal strings repeated
with no separator, each followed by a long run of a character its classes accept, runs of every
character it names, and runs of the usual separators. A backtracking engine goes quadratic (or
worse) on exactly these: a literal prefix followed by an unbounded class that never reaches the
required suffix.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
import re._constants as sre_constants  # type: ignore[import-not-found]
import re._parser as sre_parse  # type: ignore[import-not-found]
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from vigilint.lazyre import LazyPattern

PACKAGES = ("vigilint.analyzers", "vigilint.prompts")
_RE_FUNCTIONS = frozenset({"compile", "search", "match", "fullmatch", "finditer", "findall",
                           "sub", "subn", "split"})
# Characters most classes accept or exclude; every pattern is also tried on runs of these.
SEPARATORS = " \t.,:=-_/\\()[]{}<>\"'@$0aA\u00e9"


@dataclass(frozen=True)
class Pattern:
    where: str  # module:line or module.NAME
    regex: re.Pattern[str]
    anchored: bool = False  # only ever used with `.match` / `.fullmatch` (one start position)

    def __str__(self) -> str:
        return f"{self.where}: {self.regex.pattern[:80]!r}"


def _modules() -> Iterator[object]:
    for name in PACKAGES:
        package = importlib.import_module(name)
        yield package
        for info in sorted(pkgutil.walk_packages(package.__path__, prefix=name + "."),
                           key=lambda i: i.name):
            yield importlib.import_module(info.name)


def _compiled_in(value: object, depth: int = 0, limit: int = 2) -> Iterator[re.Pattern[str]]:
    if isinstance(value, LazyPattern):  # compiled at first use (vigilint/lazyre.py)
        value = value.compiled
    if isinstance(value, re.Pattern):
        if isinstance(value.pattern, str):
            yield value
        return
    if depth > limit:
        return
    if isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            yield from _compiled_in(item, depth + 1, limit)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _compiled_in(item, depth + 1, limit)
    elif hasattr(value, "__dataclass_fields__") or hasattr(type(value), "model_fields"):
        for field in getattr(value, "__dataclass_fields__", None) or getattr(
                type(value), "model_fields", {}):
            yield from _compiled_in(getattr(value, field, None), depth + 1, limit)


def _flags(node: ast.AST | None) -> int:
    """Constant `re.I | re.M`-style flags of a call, 0 when absent or not constant."""
    if node is None:
        return 0
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) \
            and node.value.id == "re":
        value = getattr(re, node.attr, 0)
        return int(value) if isinstance(value, (int, re.RegexFlag)) else 0
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return _flags(node.left) | _flags(node.right)
    return 0


_ANCHORED = frozenset({"match", "fullmatch"})


def _tree(module: object) -> ast.Module | None:
    source_file = getattr(module, "__file__", None)
    if not source_file or not source_file.endswith(".py"):
        return None
    return ast.parse(Path(source_file).read_text(encoding="utf-8"))


def _uses(trees: list[ast.Module]) -> dict[str, set[str]]:
    """The methods called on each name (`_X.search(...)` -> {"_X": {"search"}}); a name also
    used any other way (passed along, iterated) gets "?", which counts as searched."""
    uses: dict[str, set[str]] = {}
    attribute_values: set[int] = set()
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
                uses.setdefault(node.value.id, set()).add(node.attr)
                attribute_values.add(id(node.value))
        for node in ast.walk(tree):
            if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load) \
                    and id(node) not in attribute_values:
                uses.setdefault(node.id, set()).add("?")
    return uses


def _inline(module: object, tree: ast.Module) -> Iterator[Pattern]:
    """Patterns written inline: `re.search(r"...", text)`, or compiled into a local name
    (module-level `X = re.compile(...)` is read from the module itself, with its uses)."""
    top_level = {id(stmt.value) for stmt in tree.body if isinstance(stmt, ast.Assign)}
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name) and node.func.value.id == "re"
                and node.func.attr in _RE_FUNCTIONS and node.args) or id(node) in top_level:
            continue
        first = node.args[0]
        if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
            continue
        flag_node = next((k.value for k in node.keywords if k.arg == "flags"), None)
        if flag_node is None:
            index = 1 if node.func.attr == "compile" else 2 if node.func.attr in (
                "search", "match", "fullmatch", "finditer", "findall", "split") else 4
            flag_node = node.args[index] if len(node.args) > index else None
        try:
            regex = re.compile(first.value, _flags(flag_node))
        except re.error:
            continue
        yield Pattern(f"{module.__name__}:{node.lineno}", regex,  # type: ignore[attr-defined]
                      anchored=node.func.attr in _ANCHORED)


def inventory() -> list[Pattern]:
    """Every distinct pattern (by source and flags), with the first place it was seen. The
    prompt guard's lexicon (regular expressions kept as data) is included."""
    from vigilint.prompts.crypto import _code_signals as crypto_code_signals
    from vigilint.prompts.lexicon import lexicon

    modules = list(_modules())
    trees = {id(m): t for m in modules if (t := _tree(m)) is not None}
    uses = _uses(list(trees.values()))
    seen: dict[tuple[str, int], Pattern] = {}

    def add(pattern: Pattern) -> None:
        key = (pattern.regex.pattern, pattern.regex.flags)
        if key in seen and not pattern.anchored:
            seen[key] = Pattern(seen[key].where, pattern.regex, anchored=False)
        seen.setdefault(key, pattern)

    for module in modules:
        for name, value in vars(module).items():
            if isinstance(value, type):
                candidates = [v for k, v in vars(value).items() if not k.startswith("__")]
            else:
                candidates = [value]
            called = uses.get(name, {"?"})
            for candidate in candidates:
                for regex in _compiled_in(candidate):
                    anchored = (candidate is regex or (isinstance(candidate, LazyPattern)
                                and candidate.compiled is regex)) and called <= _ANCHORED
                    add(Pattern(f"{module.__name__}.{name}", regex, anchored))  # type: ignore[attr-defined]
        tree = trees.get(id(module))
        if tree is not None:
            for pattern in _inline(module, tree):
                add(pattern)
    from vigilint.analyzers.secrets.catalog import DETECTORS

    for detector in DETECTORS:  # compiled on first use (a cached property, not a field)
        add(Pattern(f"vigilint.analyzers.secrets.catalog.{detector.name}", detector.compiled))
    for signal in lexicon().code_signals:
        add(Pattern(f"vigilint/prompts/lexicon.toml ({signal.domain})", signal.pattern))
        add(Pattern(f"vigilint/prompts/lexicon.toml ({signal.domain})", signal.prefilter))
    pasted = crypto_code_signals()  # the guard's pasted-crypto-code patterns ([crypto_code])
    for strength, patterns in (("strong", pasted.strong), ("medium", pasted.medium)):
        for regex in patterns:
            add(Pattern(f"vigilint/prompts/lexicon.toml (crypto_code {strength})", regex))
    return list(seen.values())


def _literals(parsed: object, out: list[str], chars: set[str]) -> None:
    """Collect the literal runs and the named characters of a parsed pattern."""
    run: list[str] = []

    def flush() -> None:
        if run:
            out.append("".join(run))
            run.clear()

    for op, arg in parsed:  # type: ignore[attr-defined]
        if op is sre_constants.LITERAL:
            run.append(chr(arg))
            chars.add(chr(arg))
            continue
        flush()
        if op is sre_constants.IN:
            for item_op, item in arg:
                if item_op is sre_constants.LITERAL:
                    chars.add(chr(item))
                elif item_op is sre_constants.RANGE:
                    chars.update((chr(item[0]), chr(item[1])))
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT,
                    sre_constants.POSSESSIVE_REPEAT):
            _literals(arg[2], out, chars)
        elif op is sre_constants.SUBPATTERN:
            _literals(arg[-1], out, chars)
        elif op is sre_constants.BRANCH:
            for branch in arg[1]:
                _literals(branch, out, chars)
        elif op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            _literals(arg[1], out, chars)
        elif op is sre_constants.ATOMIC_GROUP:
            _literals(arg, out, chars)
    flush()


def parts(regex: re.Pattern[str]) -> tuple[list[str], set[str]]:
    literals: list[str] = []
    chars: set[str] = set()
    _literals(sre_parse.parse(regex.pattern, regex.flags), literals, chars)
    literals = list(dict.fromkeys(lit for lit in literals if lit.strip()))
    return literals, chars


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // max(len(unit), 1) + 1))[:size]


def hostile(regex: re.Pattern[str], size: int) -> Iterator[tuple[str, str]]:
    """(name, text) pairs of about `size` characters aimed at this pattern."""
    literals, chars = parts(regex)
    fillers = sorted(set(SEPARATORS) | {c for c in chars if c.isprintable() or c == "\t"})
    for ch in fillers:
        yield f"run of {ch!r}", ch * size
    joined = "".join(literals)
    if joined:
        yield "all literals repeated", _repeat(joined, size)
    for lit in literals[:12]:
        variants = [lit, lit.upper()] if regex.flags & re.IGNORECASE else [lit]
        for variant in dict.fromkeys(variants):
            yield f"{variant!r} repeated", _repeat(variant, size)
            yield f"{variant!r} and space repeated", _repeat(variant + " ", size)
            for ch in ("a", " ", "0"):
                yield f"{variant!r} then run of {ch!r}", variant + ch * size
