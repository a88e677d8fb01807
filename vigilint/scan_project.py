"""A scan's cross-file dataflow: the project index of its files' summaries (docs/dataflow.md 4)
and, for the scan cache, what each file's analysis may depend on in it.

    project = ProjectFacts.build(texts, cache)   # texts: (display path, text) of code files
    engine = Engine(..., project=project.index)  # a helper module's wrapper is a sink for callers
    project.dependencies(text)                   # digest of the summaries this file may use

Which summaries a file may use is over-approximated by its words: the analysis resolves a call
through the file's imports and names, so it can only apply a summary one of whose dotted name
parts (its module's last part, class or function name) is a word of the file; and the engine
wakes sink rules on any wrapper name the text contains. A changed summary therefore invalidates
every cached file that could see it, and perhaps a few that could not (never the reverse).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from vigilint import lazyre
from vigilint.scan_cache import ScanCache, text_hash

if TYPE_CHECKING:
    from vigilint.analyzers.dataflow.project import ProjectIndex

# The languages whose files can hold functions another file calls, and the only ones whose
# analysis reads the index: every dataflow adapter's language must be here (a test checks).
CODE_LANGUAGES = frozenset({"python", "javascript", "typescript", "tsx", "java", "go"})
_WORD = lazyre.compile(r"\w+")
T = TypeVar("T")
_FACTS = "project-facts"
_INDEX = "project-index"


@dataclass
class ProjectFacts:
    """The project index (built on first use from its summaries' records) and the digests
    `dependencies` needs."""

    records: list[dict[str, Any]] = field(default_factory=list)  # Summary.to_dict() each
    # dotted-name part -> digest of the summaries whose qualified name has that part
    parts: dict[str, str] = field(default_factory=dict)
    wrappers: list[tuple[str, str]] = field(default_factory=list)  # (short name, digest)
    # the access-control facts (`access.project.AccessFacts.to_dict()`): guards of
    # registrations and mounts, data-access functions, found in every code file
    access_records: dict[str, Any] = field(default_factory=dict)
    _index: ProjectIndex | None = None
    _access: Any = None
    # files the index could not summarize (notices for the scan; such facts are not cached)
    errors: list[str] = field(default_factory=list)

    @property
    def index(self) -> ProjectIndex | None:
        """The index for `Engine(project=...)`, or None when no file calls into another."""
        if self._index is None and self.records:
            from vigilint.analyzers.dataflow.project import ProjectIndex
            from vigilint.analyzers.dataflow.summary import Summary

            self._index = ProjectIndex(Summary.from_dict(d) for d in self.records)
        return self._index

    @property
    def access(self) -> Any:
        """The access-control facts for `Engine(access=...)`, or None when there are none."""
        if self._access is None and self.access_records:
            from vigilint.analyzers.access.project import AccessFacts

            self._access = AccessFacts.from_dict(self.access_records)
        return self._access

    @classmethod
    def build(cls, texts: Sequence[tuple[str, str]], cache: ScanCache | None) -> ProjectFacts:
        """The facts of the files other files may import. With a cache: served whole when no
        code file changed (no dataflow import, no parsing), else the summaries are reused
        when none of the imported files changed."""
        whole, found = _lookup(cache, _FACTS, texts, lambda d: cls(
            records=list(d["records"]), parts=dict(d["parts"]),
            wrappers=[(str(a), str(b)) for a, b in d["wrappers"]],
            access_records=dict(d["access"])))
        if found is not None:
            return found
        facts = cls._summarize(texts, cache)
        if texts:
            from vigilint.analyzers.access.project import collect

            access = collect(texts)
            facts.access_records = access.to_dict() if access else {}
            facts._access = access if access else None
        if cache is not None and not facts.errors:
            cache.store_meta(_FACTS, whole, {"records": facts.records, "parts": facts.parts,
                                             "wrappers": facts.wrappers,
                                             "access": facts.access_records})
        return facts

    @classmethod
    def _summarize(cls, texts: Sequence[tuple[str, str]], cache: ScanCache | None) -> ProjectFacts:
        from vigilint.analyzers.dataflow.project import ProjectIndex, build_index, imported_files
        from vigilint.analyzers.dataflow.summary import Summary

        imported = imported_files(list(texts))
        if not imported:
            return cls()
        key, index = _lookup(cache, _INDEX, imported,
                             lambda d: ProjectIndex(Summary.from_dict(x) for x in d))
        if index is None:
            index = build_index(imported, only_imported=False)
            if cache is not None and not index.errors:
                cache.store_meta(_INDEX, key, [s.to_dict() for s in index.summaries()])
        if not len(index):
            return cls(errors=list(index.errors))
        facts = cls(records=[s.to_dict() for s in index.summaries()], _index=index,
                    errors=list(index.errors))
        by_part: dict[str, list[str]] = {}
        for summary in index.summaries():
            digest_of = summary.digest()
            for part in set(summary.name.split(".")):
                by_part.setdefault(part, []).append(digest_of)
            if summary.sinks:
                facts.wrappers.append((summary.name.rsplit(".", 1)[-1], digest_of))
        facts.parts = {part: hashlib.sha256("\n".join(sorted(found)).encode()).hexdigest()
                       for part, found in by_part.items()}
        return facts

    def dependencies(self, text: str, display: str = "") -> str:
        """A digest of the summaries and access facts a file with this text (at this path)
        may use ("" without either): equal when the same name parts match and each part names
        the same summaries, so it changes whenever a summary the file may use does; the
        access facts' own digest likewise (`AccessFacts.dependencies`)."""
        access = self.access.dependencies(text, display) if self.access is not None else ""
        if not self.records:
            return f"access:{access}" if access else ""
        parts = sorted(self.parts.keys() & set(_WORD.findall(text)))
        digest = hashlib.sha256()
        for part in parts:
            digest.update(f"{part}:{self.parts[part]}\n".encode("utf-8", "surrogatepass"))
        for name, found in self.wrappers:
            if name in text:
                digest.update(f"wrapper:{found}\n".encode("ascii"))
        if access:
            digest.update(f"access:{access}\n".encode("ascii"))
        return digest.hexdigest()


def _lookup(cache: ScanCache | None, name: str, texts: Sequence[tuple[str, str]],
            read: Callable[[Any], T]) -> tuple[str, T | None]:
    """The key of `texts` for the cached record `name`, and the record read back with `read`
    (None: no cache, not stored, or not readable)."""
    if cache is None:
        return "", None
    key = _key(cache.salt, name, texts)
    stored = cache.meta(name, key)
    if stored is None:
        return key, None
    try:
        return key, read(stored)
    except (KeyError, TypeError, ValueError, AttributeError):
        return key, None


def _key(salt: str, what: str, texts: Sequence[tuple[str, str]]) -> str:
    digest = hashlib.sha256(f"{salt}\0{what}\n".encode())
    for display, text in sorted(texts):
        digest.update(f"{display}\0{text_hash(text)}\n".encode("utf-8", "surrogatepass"))
    return digest.hexdigest()
