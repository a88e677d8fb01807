"""The summaries of the files of one scan, keyed by qualified name (docs/dataflow.md 4).

    index = build_index([(path, text), ...])       # every file's function summaries
    engine.analyze(path, text, project=index)       # a call of a wrapper is a sink there

`build_index` runs the dataflow pass over each file once per round; a second round lets a
wrapper of a wrapper through (its callee's summary is known by then). The index is pure data:
it can be built in a worker, pickled, or rebuilt from `Summary.to_dict()` records of a cache.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable

from vigilint import lazyre
from vigilint.analyzers.context import FileContext
from vigilint.analyzers.dataflow.flow import adapter_languages, flow
from vigilint.analyzers.dataflow.import_lines import PATTERNS as IMPORT_LINES
from vigilint.analyzers.dataflow.interp import PROJECT_KEY
from vigilint.analyzers.dataflow.summary import Summary
from vigilint.analyzers.languages import language_for, parser_for
from vigilint.analyzers.syntax import module_name

# the places a qualified name can be cut: modules and members (`.`), path elements (`/`)
_BOUNDARY = lazyre.compile(r"[./]")


class ProjectIndex:
    """Qualified name -> Summary, with suffix resolution for scan roots above the package."""

    def __init__(self, summaries: Iterable[Summary] = ()) -> None:
        self._by_name: dict[str, Summary] = {}
        self._by_suffix: dict[str, list[str]] = {}
        self._wrappers: dict[str, set[str]] = {}  # short name -> sink kinds
        # files whose summary failed (`build_index`): reported as notices, never cached
        self.errors: list[str] = []
        self.add(summaries)

    def add(self, summaries: Iterable[Summary]) -> None:
        for summary in summaries:
            self._by_name[summary.name] = summary
            for suffix in _suffixes(summary.name):
                self._by_suffix.setdefault(suffix, []).append(summary.name)
            if summary.sinks:
                short = summary.name.rsplit(".", 1)[-1]
                self._wrappers.setdefault(short, set()).update(s.kind for s in summary.sinks)

    def __len__(self) -> int:
        return len(self._by_name)

    def get(self, name: str) -> Summary | None:
        return self._by_name.get(name)

    def resolve(self, name: str) -> Summary | None:
        """The summary of `name`: exact, else the one summary whose qualified name ends with
        it at a `.` or `/` boundary (`app.db.run` finds `src.app.db.run`), else the one that
        is such a suffix of it (`example.com/app/internal/db.Find` finds `internal/db.Find`:
        the importer's root may be deeper than ours), else None."""
        found = self._by_name.get(name)
        if found is not None:
            return found
        if "." not in name:
            return None
        candidates = self._by_suffix.get(name, [])
        if len(candidates) == 1:
            return self._by_name[candidates[0]]
        for suffix in _suffixes(name):
            if "." not in suffix:
                break  # a bare function name is never enough
            found_names = set(self._by_suffix.get(suffix, ()))
            if suffix in self._by_name:
                found_names.add(suffix)
            if len(found_names) == 1:
                return self._by_name[found_names.pop()]
        return None

    @property
    def wrapper_names(self) -> frozenset[str]:
        """Short names of the functions whose summary reaches a sink."""
        return frozenset(self._wrappers)

    def mentions(self, text: str, kinds: Iterable[str]) -> bool:
        """True when `text` names a wrapper that reaches a sink of one of `kinds`."""
        wanted = set(kinds)
        return any(name in text and found & wanted for name, found in self._wrappers.items())

    def summaries(self) -> list[Summary]:
        return [self._by_name[k] for k in sorted(self._by_name)]

    def digest(self) -> str:
        digest = hashlib.sha256()
        for summary in self.summaries():
            digest.update(summary.digest().encode("ascii"))
        return digest.hexdigest()


def summarize(path: str, text: str, language: str | None = None,
              project: ProjectIndex | None = None) -> list[Summary]:
    """The function summaries of one file (empty for languages without an adapter)."""
    language = language or language_for(path, text[:200].encode("utf-8", "replace"))
    if language not in adapter_languages():
        return []
    ctx = FileContext(path=path, language=language, text=text)
    ctx.tree = parser_for(language).parse(ctx.source)
    if project is not None:
        ctx.cache[PROJECT_KEY] = project
    return list(flow(ctx).summaries().values())


def imported_files(files: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The files some other file of the list may import (by the last part of its module name
    in an import line): only their summaries can matter to another file. A cheap superset."""
    names: set[bytes] = set()
    folders: set[bytes] = set()  # last elements of imported paths (a Go package's folder)
    patterns = IMPORT_LINES  # every adapter's, without importing the adapters
    for _, text in files:
        raw = text.encode("utf-8", "replace")
        for pattern in patterns:
            for match in pattern.finditer(raw):
                for group in match.groups():
                    if group:
                        names.update(re.findall(rb"\w+", group))
                if "path" in pattern.groupindex and match.group("path"):
                    folders.add(match.group("path").rpartition(b"/")[2])
    same_package = _same_package_uses(files)
    out = []
    for path, text in files:
        module = module_name(path)
        last = module.rsplit(".", 1)[-1].encode() if module else b""
        folder = path.replace("\\", "/").rpartition("/")[0].rpartition("/")[2].encode()
        if (last and last in names) or (folder and folder in folders) or path in same_package:
            out.append((path, text))
    return out


_JAVA_PACKAGE = lazyre.compile(rb"^\s*package\s+([\w.]+)\s*;", re.MULTILINE)
_JAVA_TYPE_NAME = lazyre.compile(rb"\b[A-Z]\w*")


def _same_package_uses(files: list[tuple[str, str]]) -> set[str]:
    """Java files whose class another file of the same package names (no import needed)."""
    seen: dict[bytes, Counter[bytes]] = {}
    own: list[tuple[str, bytes, bytes, bool]] = []
    for path, text in files:
        if not path.endswith(".java"):
            continue
        raw = text.encode("utf-8", "replace")
        package = _JAVA_PACKAGE.search(raw)
        key = package.group(1) if package else b""
        stem = path.replace("\\", "/").rpartition("/")[2][:-5].encode()
        words = set(_JAVA_TYPE_NAME.findall(raw))
        seen.setdefault(key, Counter()).update(words)
        own.append((path, key, stem, stem in words))
    return {path for path, key, stem, mentions in own if seen[key][stem] > int(mentions)}


def _suffixes(name: str) -> list[str]:
    """Every proper suffix of a qualified name that starts after a `.` or a `/`, longest
    first."""
    return [name[m.end():] for m in _BOUNDARY.finditer(name)]


def build_index(files: Iterable[tuple[str, str]], rounds: int = 2,
                only_imported: bool = True) -> ProjectIndex:
    """The index of a scan's files (`(scan-relative path, text)` pairs). With
    `only_imported`, only files another file may import are summarized (the others cannot be
    called from elsewhere), so a scan of unrelated files costs one regex pass. The index does
    not depend on the files' order: when two files define the same qualified name (a class
    copied into two folders of one package), the one later by path is kept, whatever order
    the scan's arguments gave (the scan cache keys the index by the set of files)."""
    items = sorted(files, key=lambda item: item[0])
    if only_imported:
        items = imported_files(items)
    index = ProjectIndex()
    failed: dict[str, str] = {}
    for _ in range(max(1, rounds)):
        summaries: list[Summary] = []
        for path, text in items:
            if path in failed:
                continue
            try:
                summaries.extend(summarize(path, text, project=index if len(index) else None))
            except Exception as exc:  # one file must not stop the whole scan
                failed[path] = (f"{path}: its functions could not be summarized for other "
                                f"files ({type(exc).__name__}); calls into them from other "
                                f"files are not followed")
        index = ProjectIndex(summaries)
    index.errors = list(failed.values())
    return index
