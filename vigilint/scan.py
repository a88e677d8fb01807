"""Scanning files and folders: discovery, reading, and running the engine (in a process pool
when there are many files). Used by `vigilint scan` and the language server's workspace scan.

Reading rules: files over the size limit, binary files, and what the excludes name are
skipped; non-UTF-8 text is decoded with replacement characters; every problem becomes a one-line
notice and the scan goes on.
"""

from __future__ import annotations

import functools
import gc
import os
import re
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from fnmatch import fnmatch, translate
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from vigilint.config import DEFAULT_MAX_FILE_SIZE, Settings, excluded_names
from vigilint.model import Finding, Rule
from vigilint.paths import DEFAULT_EXCLUDES, is_dir, is_file, real
from vigilint.scan_cache import ScanCache, file_key, settings_salt, text_hash
from vigilint.scan_project import CODE_LANGUAGES, ProjectFacts
from vigilint.workspace import workspace_for

if TYPE_CHECKING:  # the engine (tree-sitter, the rules) is imported when a file is analysed:
    from vigilint.analyzers.engine import Engine  # a scan served from the cache needs neither

BINARY_SNIFF = 8192
POOL_THRESHOLD = 24  # below this many files a process pool costs more than it saves
# Files per task sent to a worker: small enough that the workers finish together (a chunk of
# 64 small files is ~0.3 s of one worker running alone at the end), large enough that the
# round trips do not matter.
MAX_CHUNK = 16
# Source bytes whose parsed trees a scan keeps from its project index for its analyses
# (`languages.TreeShare`; the trees take ~25 times as much memory): within this, each code
# file is parsed once, not two to four times; past it, files are parsed as before.
SHARED_TREE_BYTES = 4 * 1024 * 1024
_BINARY_SUFFIXES = frozenset({
    ".png", ".jpg", ".jpeg", ".gif", ".bmp", ".ico", ".webp", ".pdf", ".zip", ".gz", ".tgz",
    ".bz2", ".xz", ".7z", ".rar", ".jar", ".war", ".class", ".so", ".dylib", ".dll", ".exe",
    ".o", ".a", ".pyc", ".pyo", ".whl", ".woff", ".woff2", ".ttf", ".otf", ".eot", ".mp3",
    ".mp4", ".mov", ".avi", ".wav", ".flac", ".ogg", ".sqlite", ".db", ".bin", ".dat", ".npy",
    ".npz", ".pkl", ".parquet", ".onnx", ".pt", ".ckpt", ".safetensors", ".icns", ".psd",
})


class ScanInputError(Exception):
    """A problem with what the user asked to scan (exit 2)."""


@dataclass
class ScanResult:
    root: Path
    findings: list[Finding]
    engine: Engine | None = None  # the engine that analysed files (None: all from the cache)
    files_scanned: int = 0
    notices: list[str] = field(default_factory=list)
    skipped_binary: int = 0
    seconds: float = 0.0
    files_found: int = 0          # files discovery handed to the scan
    skipped_by_config: int = 0    # files left out only because of the configuration
    files: dict[str, str] = field(default_factory=dict)  # display path -> path read (fixing)
    project: Any = None  # the dataflow summaries the engine used (fixing re-analyses with them)

    @property
    def rules(self) -> tuple[Rule, ...]:
        """The rules run (empty when every file came from the cache); asking for them imports
        every rule module, which a scan itself imports only for its files' languages."""
        return self.engine.rules if self.engine is not None else ()

    @property
    def active(self) -> list[Finding]:
        return [f for f in self.findings if not f.suppressed]


def scan_root(paths: Sequence[Path]) -> Path:
    """The folder that reported paths are relative to."""
    resolved = [Path(real(p)) for p in paths]
    folders = [p if is_dir(p) else p.parent for p in resolved]
    if len(folders) == 1:
        return folders[0]
    return Path(os.path.commonpath([str(f) for f in folders]))


def _display(path: Path, root: Path) -> str:
    resolved = Path(real(path))
    try:
        return resolved.relative_to(root).as_posix()
    except ValueError:
        return resolved.as_posix()


def _excluded(rel: str, name: str, patterns: Sequence[str]) -> bool:
    """`fnmatch` of the name against each pattern without a folder part, of the relative path
    against the others (and everything under them), from one regex per kind."""
    by_path, by_name = _exclusion_regexes(tuple(patterns))
    return (by_name is not None and by_name.match(os.path.normcase(name)) is not None) or \
        (by_path is not None and by_path.match(os.path.normcase(rel)) is not None)


@functools.lru_cache(maxsize=64)
def _exclusion_regexes(patterns: tuple[str, ...]) -> tuple[re.Pattern[str] | None,
                                                            re.Pattern[str] | None]:
    """The patterns as `fnmatch` reads them (normcase'd, translated), joined per kind: the
    relative-path patterns (a `/` inside) and the name patterns. Each translation is a
    self-contained `(?s:...)\\Z` with no numbered or named group (Python 3.11+), so an
    alternation matches when one of them does (about 60 patterns against each file found)."""
    by_path: list[str] = []
    by_name: list[str] = []
    for pattern in patterns:
        stripped = pattern.strip("/")
        if "/" in stripped:
            by_path.extend((stripped, stripped + "/*"))
        else:
            by_name.append(stripped)

    def joined(found: list[str]) -> re.Pattern[str] | None:
        if not found:
            return None
        return re.compile("|".join(translate(os.path.normcase(p)) for p in found))

    return joined(by_path), joined(by_name)


def _display_in(folder_real: str, entry: os.DirEntry[str], root: Path) -> str:
    """The reported path of a folder entry: its name under its folder's real path (a symlink
    is reported where it is, not where it leads)."""
    try:
        return Path(folder_real, entry.name).relative_to(root).as_posix()
    except ValueError:
        return Path(folder_real, entry.name).as_posix()


def _inside(path: str, folders: Sequence[str]) -> bool:
    return any(path == f or path.startswith(f.rstrip(os.sep) + os.sep) for f in folders)


def _outside(entry: os.DirEntry[str], confine: str | None) -> bool:
    """True when `confine` is set and the entry is a symlink whose target lies outside it."""
    if confine is None or not entry.is_symlink():
        return False
    target = real(entry.path)
    try:
        return os.path.commonpath([target, confine]) != confine
    except ValueError:  # another drive (Windows)
        return True


@dataclass
class Discovery:
    """What discovery left out because of the configuration (user `exclude` patterns and
    `include`), counted in files, so a scan can tell a configuration that empties it."""

    excluded_by_config: int = 0
    count_cap: int = 100_000


def _count_files(folder: str, defaults: Sequence[str], cap: int) -> int:
    """Files under `folder` (not following symlinks, skipping the default excludes)."""
    count = 0
    for _, dirs, files in os.walk(folder, onerror=lambda _: None):
        dirs[:] = [d for d in dirs if not any(fnmatch(d, p) for p in defaults)]
        count += len(files)
        if count >= cap:
            return cap
    return count


def discover(paths: Sequence[Path], root: Path, settings: Settings,
             notices: list[str], displays: dict[Path, str] | None = None,
             follow_symlinks: bool = False, discovery: Discovery | None = None, *,
             confine: Path | None = None) -> Iterator[Path]:
    """Files to scan under `paths`. `displays`, when given, receives each found file's reported
    path; `discovery` counts what the configuration left out.

    Symlinks: a linked folder whose target is inside the scanned folders is not followed (its
    files are scanned at their real place, once); a linked file there is scanned under its own
    name; a link that leads outside the scanned folders is skipped with a notice unless
    `follow_symlinks`; a loop, a broken link, a folder that can't be read or a file that
    vanished is reported and skipped, and the scan goes on. With `confine` (a resolved folder,
    the MCP server's workspace), links that lead outside it are never followed, whatever
    `follow_symlinks` says (the given `paths` themselves are the caller's to check)."""
    defaults = list(DEFAULT_EXCLUDES)
    patterns = list(excluded_names(settings))
    users = list(settings.exclude)
    counts = discovery if discovery is not None else Discovery()
    roots = [real(p) for p in paths if is_dir(p)]
    fence = str(confine) if confine is not None else None
    for given in paths:
        if not given.exists() and not given.is_symlink():
            raise ScanInputError(f"{given}: no such file or directory")
        if is_file(given):
            yield given
            continue
        if not is_dir(given):
            notices.append(f"{given}: not a regular file or folder; skipped")
            continue
        seen: set[str] = set()
        stack = [given]
        while stack:
            folder = stack.pop()
            folder_real = real(folder)
            if folder_real in seen:
                notices.append(f"{_display(folder, root)}: already scanned through another "
                               "path; skipped")
                continue
            seen.add(folder_real)
            try:
                entries = sorted(os.scandir(folder), key=lambda e: e.name)
            except OSError as exc:
                notices.append(f"{_display(folder, root)}: can't read folder ({exc.strerror}); "
                               "skipped")
                continue
            subfolders = []
            for entry in entries:
                rel = _display_in(folder_real, entry, root)
                if _excluded(rel, entry.name, patterns):
                    if users and not _excluded(rel, entry.name, defaults):
                        counts.excluded_by_config += _entry_files(entry, defaults,
                                                                  counts.count_cap)
                    continue
                try:
                    a_dir = entry.is_dir(follow_symlinks=True)
                    a_file = entry.is_file(follow_symlinks=True)
                except OSError:
                    a_dir = a_file = False
                if _outside(entry, fence):
                    notices.append(f"{rel}: a symlink to outside the workspace; not followed")
                    continue
                if (a_dir or a_file) and entry.is_symlink():
                    target = real(entry.path)
                    if a_dir and _inside(folder_real, [target]):
                        notices.append(f"{rel}: symlink loop; skipped")
                        continue
                    inside = _inside(target, roots)
                    if a_dir and inside:
                        continue  # its files are scanned at their real place
                    if not inside and not follow_symlinks:
                        notices.append(f"{rel}: symlink to {target}, outside the scanned "
                                       "folder; skipped (--follow-symlinks scans it)")
                        continue
                if a_dir:
                    subfolders.append(Path(entry.path))
                elif a_file:
                    if settings.include and not any(
                            fnmatch(rel, p) or fnmatch(entry.name, p) for p in settings.include):
                        counts.excluded_by_config += 1
                        continue
                    found = Path(entry.path)
                    if displays is not None:
                        displays[found] = rel
                    yield found
                elif entry.is_symlink():
                    notices.append(f"{rel}: broken symlink; skipped")
            stack.extend(reversed(subfolders))


def _entry_files(entry: os.DirEntry[str], defaults: Sequence[str], cap: int) -> int:
    try:
        if entry.is_symlink():
            return 0
        if entry.is_dir(follow_symlinks=False):
            return _count_files(entry.path, defaults, cap)
        return 1 if entry.is_file(follow_symlinks=False) else 0
    except OSError:
        return 0


@dataclass
class FileOutcome:
    findings: list[Finding]
    notices: list[str]
    binary: bool = False
    scanned: bool = True
    size_skipped: int = 0  # the size of a file skipped for the size limit
    errors: list[str] = field(default_factory=list)  # the analysis's own notices (cached)
    digest: str = ""  # SHA-256 of the text analysed


def read_text(path: Path, display: str, max_size: int, notices: list[str],
              oversize: list[int] | None = None) -> tuple[str | None, bool]:
    """The file's text, or None when it must be skipped (with a notice). The flag says the
    file was skipped as binary; `oversize` receives the size of a file over the limit."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        notices.append(f"{display}: can't read it ({exc.strerror}); skipped")
        return None, False
    if size > max_size:
        if oversize is not None:
            oversize.append(size)
        notices.append(f"{display}: {size:,} bytes is over the size limit of {max_size:,}; "
                       "skipped (see `max_file_size`)")
        return None, False
    if PurePosixPath(display.lower()).suffix in _BINARY_SUFFIXES:
        return None, True
    try:
        data = path.read_bytes()
    except OSError as exc:
        notices.append(f"{display}: can't read it ({exc.strerror}); skipped")
        return None, False
    if b"\0" in data[:BINARY_SNIFF]:
        return None, True
    try:
        return data.decode("utf-8"), False
    except UnicodeDecodeError:
        notices.append(f"{display}: not valid UTF-8; decoded with replacement characters")
        return data.decode("utf-8", "replace"), False


_worker_engine: Engine | None = None
_worker_settings: Settings | None = None
# The scanning process's engine and settings while its pool starts: a forked worker inherits
# them (rules imported, query plans compiled, the project index) instead of building its own;
# a spawned worker (macOS, Windows) starts without them and builds the same engine from the
# settings and the pickled project index.
_parent: tuple[Engine, Settings, str] | None = None


def _init_worker(settings_json: str, project: Any = None, access: Any = None) -> None:
    global _worker_engine, _worker_settings
    if _parent is not None and _parent[2] == settings_json:
        _worker_engine, _worker_settings = _parent[0], _parent[1]
        return
    from vigilint.analyzers.engine import Engine

    _worker_settings = Settings.model_validate_json(settings_json)
    _worker_engine = Engine(disabled=_worker_settings.disabled_rules, settings=_worker_settings,
                            project=project, access=access)


def _warm_plans(engine: Engine, items: Sequence[tuple[str, str]]) -> None:
    """Build the query plans of the languages the files' names show before the pool forks, so
    that every worker shares them (a plan depends only on the rules and the language)."""
    from vigilint.analyzers.languages import language_for

    for language in {language_for(display) for _, display in items}:
        engine.plan(language)


def _scan_in_worker(item: tuple[str, str]) -> FileOutcome:
    assert _worker_engine is not None and _worker_settings is not None
    return scan_file(_worker_engine, Path(item[0]), item[1], _worker_settings.max_file_size)


def scan_file(engine: Engine, path: Path, display: str, max_size: int) -> FileOutcome:
    notices: list[str] = []
    oversize: list[int] = []
    text, binary = read_text(path, display, max_size, notices, oversize)
    if text is None:
        return FileOutcome([], notices, binary=binary, scanned=False,
                           size_skipped=oversize[0] if oversize else 0)
    analysis = engine.analyze(display, text)
    notices.extend(analysis.errors)
    return FileOutcome(analysis.findings, notices, errors=analysis.errors,
                       digest=text_hash(text))


def scan(paths: Sequence[Path], settings: Settings, jobs: int | None = None,
         progress: Callable[[int, int], None] | None = None,
         follow_symlinks: bool = False, *, confine: Path | None = None,
         cache: bool = False) -> ScanResult:
    """Scan files and folders. `jobs` > 1 uses a process pool once there are enough files.
    `follow_symlinks`, `confine`: see `discover`. `cache`: serve unchanged files from the scan
    cache in the workspace's `.vigilint/cache/` (the folder the findings ledger uses: the
    nearest one at or above the scan root holding `.git`, `.vigilint` or `pyproject.toml`, else
    the scan root) and store what was analysed (vigilint.scan_cache); the findings are the same
    either way."""
    from vigilint.analyzers.languages import sharing_trees

    # each code file's tree, parsed for the project index, is handed to its analysis
    with sharing_trees(SHARED_TREE_BYTES):
        return _scan(paths, settings, jobs, progress, follow_symlinks, confine=confine,
                     cache=cache)


def _scan(paths: Sequence[Path], settings: Settings, jobs: int | None,
          progress: Callable[[int, int], None] | None, follow_symlinks: bool, *,
          confine: Path | None, cache: bool) -> ScanResult:
    started = time.perf_counter()
    root = scan_root(paths)
    notices: list[str] = []
    displays: dict[Path, str] = {}
    discovery = Discovery()
    files = list(discover(paths, root, settings, notices, displays, follow_symlinks, discovery,
                          confine=confine))
    explicit = {Path(real(p)) for p in paths if is_file(p)}
    items = [(str(p), displays[p] if p in displays else _display(p, root)) for p in files]
    settings_json = settings.model_dump_json()
    store = _open_cache(workspace_for(root), settings_json) if cache else None
    # The project index (every code file parsed and summarized) allocates as much as the
    # analyses: what is already loaded (modules, the CLI's objects) is frozen out of the cyclic
    # collector meanwhile, so that its full collections do not walk it (~1 % of a one-process
    # scan's CPU); unfrozen at once (the analyses below freeze again, rules and plans included).
    gc.freeze()
    try:
        prepared = _prepare(items, settings, store)
    finally:
        gc.unfreeze()
    notices.extend(prepared.project.errors)
    result = ScanResult(root=root, findings=[], notices=notices,
                        files_found=len(items), skipped_by_config=discovery.excluded_by_config,
                        files={display: path for path, display in items},
                        project=prepared.project.index)
    todo = [item for item in items if item[1] not in prepared.done]
    engine: Engine | None = None
    if todo or store is None:
        from vigilint.analyzers.engine import Engine

        engine = Engine(disabled=settings.disabled_rules, settings=settings,
                        project=prepared.project.index, access=prepared.project.access)
    jobs = jobs if jobs is not None else (os.cpu_count() or 1)
    default_size = DEFAULT_MAX_FILE_SIZE
    fresh: dict[str, FileOutcome] = {}
    outcomes: Iterator[FileOutcome]
    pool = None
    frozen = False
    if engine is None:
        outcomes = iter(())
    elif jobs > 1 and len(todo) >= POOL_THRESHOLD:
        global _parent
        _warm_plans(engine, todo)
        _parent = (engine, settings, settings_json)
        # Forked workers start with the parent's objects (rules, plans, modules) frozen out of
        # the cyclic garbage collector: their collections stay short and do not touch (and so
        # copy) the shared pages. The workers fork on the first task, inside `map`.
        # imported here: concurrent.futures (multiprocessing, logging) is a start-up cost a
        # scan of a few files would pay for nothing
        from concurrent.futures import ProcessPoolExecutor

        gc.freeze()
        try:
            pool = ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker,
                                       initargs=(settings_json, prepared.project.index,
                                                 prepared.project.access))
            chunk = max(1, min(MAX_CHUNK, len(todo) // (jobs * 8) or 1))
            outcomes = pool.map(_scan_in_worker, todo, chunksize=chunk)
        finally:
            gc.unfreeze()
            _parent = None
    else:
        if engine is not None and todo:
            # As for a pool: the rules and plans, built first, are frozen out of the cyclic
            # garbage collector while the files are analysed (its full collections walked them
            # all, ~5 % of a one-process scan's CPU); unfrozen once the scan is done.
            _warm_plans(engine, todo)
            gc.freeze()
            frozen = True
        outcomes = (scan_file(engine, Path(p), d, settings.max_file_size) for p, d in todo)
    pending = iter(zip(todo, outcomes, strict=True))
    try:
        for index, (path, display) in enumerate(items):
            outcome = prepared.done.get(display)
            if outcome is None:
                _, outcome = next(pending)
                fresh[display] = outcome
            result.findings.extend(outcome.findings)
            result.notices.extend(outcome.notices)
            if outcome.scanned:
                result.files_scanned += 1
            elif outcome.size_skipped and outcome.size_skipped <= default_size:
                result.skipped_by_config += 1  # the configuration lowered the size limit
            elif outcome.binary:
                if Path(real(path)) in explicit:
                    result.notices.append(f"{display}: binary file; skipped")
                else:
                    result.skipped_binary += 1
            if progress is not None:
                progress(index + 1, len(items))
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
        if frozen:
            gc.unfreeze()
    if store is not None:
        store.store((display, prepared.keys[display], outcome.findings, outcome.errors)
                    for display, outcome in fresh.items()
                    if outcome.scanned and prepared.digests.get(display) == outcome.digest)
        store.close()
    result.engine = engine
    result.findings.sort(key=Finding.sort_key)
    result.seconds = time.perf_counter() - started
    return result


def _open_cache(root: Path, settings_json: str) -> ScanCache | None:
    """The scan cache, or None when it can't be opened (a read-only tree): the scan then runs
    uncached, without a notice (the cache only saves time)."""
    store = ScanCache(root, settings_salt(settings_json))
    return store if store.open() else None


@dataclass
class _Prepared:
    """What the scan knows before analysing: the project index, and with the cache, each
    file's key and text hash, and the outcomes of the files it need not analyse."""

    project: ProjectFacts
    keys: dict[str, str] = field(default_factory=dict)
    digests: dict[str, str] = field(default_factory=dict)
    done: dict[str, FileOutcome] = field(default_factory=dict)


def _prepare(items: Sequence[tuple[str, str]], settings: Settings,
             store: ScanCache | None) -> _Prepared:
    """Read the files once in this process: the code files' texts build the project index
    (docs/dataflow.md 4); with a cache, every file's key is computed and looked up, and files
    that can't be read or are skipped get their outcome here (workers read them again only
    to analyse them)."""
    from vigilint.analyzers.languages import language_for

    texts: list[tuple[str, str]] = []
    read: dict[str, tuple[str, list[str]]] = {}
    prepared = _Prepared(ProjectFacts())
    for path, display in items:
        by_name = language_for(display)
        if store is None and by_name not in CODE_LANGUAGES and by_name != "text":
            continue
        notices: list[str] = []
        oversize: list[int] = []
        text, binary = read_text(Path(path), display, settings.max_file_size, notices,
                                 oversize)
        if text is None:
            if store is not None:
                prepared.done[display] = FileOutcome(
                    [], notices, binary=binary, scanned=False,
                    size_skipped=oversize[0] if oversize else 0)
            continue
        # as the engine decides it: by name, else by a shebang line
        code = language_for(display, text[:200].encode("utf-8", "replace")) in CODE_LANGUAGES
        if code:
            texts.append((display, text))
        if store is not None:
            read[display] = (text if code else "", notices)
            prepared.digests[display] = text_hash(text)
    prepared.project = ProjectFacts.build(texts, store)
    if store is None:
        return prepared
    for display, (text, _) in read.items():
        prepared.keys[display] = file_key(store.salt, display, prepared.digests[display],
                                          prepared.project.dependencies(text, display) if text else "")
    hits = store.lookup_many(list(prepared.keys.items()))
    for display, cached in hits.items():
        prepared.done[display] = FileOutcome(cached.findings,
                                             [*read[display][1], *cached.notices],
                                             errors=cached.notices)
    return prepared
