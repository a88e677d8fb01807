"""The four MCP tools as plain Python: text or paths in, a result model out, or a `Refusal`
whose message is one sentence for the agent.

They call what the command line calls: the prompt guard (`vigilint.prompts.check_prompt`), the
engine (`Engine.analyze`, as the language server does for one document) and the scan
(`vigilint.scan.scan`, as `vigilint scan` and the server's workspace scan do). Settings come
from the workspace's config (`.vigilint.toml` / `pyproject.toml`) and are loaded, with the
rules, on the first call, not at start-up.
"""

from __future__ import annotations

import logging
import threading
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from vigilint.integrations.mcp.results import (
    CodeScan,
    MissingConstraints,
    PathScan,
    PromptCheck,
    ReportedFinding,
    RuleDoc,
    Sla,
)
from vigilint.integrations.mcp.workspace import Refusal, Workspace, shown
from vigilint.integrations.prompt_check import DEFAULT_TIMEOUT
from vigilint.model import PRIORITIES, Finding

if TYPE_CHECKING:
    from vigilint.analyzers.engine import Engine
    from vigilint.config import Settings

log = logging.getLogger(__name__)

MAX_FINDINGS = 50  # listed per answer (~750 bytes each); the rest are counted, and said
MAX_NOTICES = 50
MAX_PATHS = 100  # paths per scan_paths call
MAX_FILES = 2_000  # files per scan_paths call (a whole repository: `vigilint scan`)
MAX_FILENAME = 500


class _TooManyFiles(Exception):
    def __init__(self, total: int) -> None:
        super().__init__(total)
        self.total = total


def _plural(count: int, word: str) -> str:
    return f"{count:,} {word}{'' if count == 1 else 's'}"


def _names_stay_inside(root: Path) -> bool:
    """True when collecting the project's own names reads nothing above `root`: the repository
    it belongs to is `root` itself (or there is none)."""
    from vigilint.analyzers.dependencies.first_party import project_root

    return project_root(root) in (root, None)


class Toolbox:
    """The tools over one workspace. Thread-safe: the server runs each call on one of its tool
    threads (`server.VigilintMCP.in_worker`)."""

    def __init__(self, workspace: Workspace, config: Path | None = None,
                 prompt_timeout: float = DEFAULT_TIMEOUT) -> None:
        self.workspace = workspace
        self.config = config
        self.prompt_timeout = prompt_timeout
        self._settings: Settings | None = None
        self._engine: Engine | None = None
        self._lock = threading.Lock()

    # -- lazy state: loaded on the first call that needs it -------------------------------------
    def settings(self) -> Settings:
        with self._lock:
            if self._settings is None:
                self._settings = self._load_settings()
            return self._settings

    def engine(self) -> Engine:
        settings = self.settings()
        with self._lock:
            if self._engine is None:
                from vigilint.analyzers.engine import Engine

                self._engine = Engine(disabled=settings.disabled_rules, settings=settings)
            return self._engine

    def _load_settings(self) -> Settings:
        from vigilint.analyzers.dependencies.first_party import with_project_names
        from vigilint.config import load_settings

        loaded = load_settings(self.workspace.root, self.config)
        for problem in loaded.problems:
            log.warning("%s", problem)
        if _names_stay_inside(self.workspace.root):
            return with_project_names(loaded.settings, [self.workspace.root])
        return loaded.settings

    # -- check_prompt ------------------------------------------------------------------------
    def check_prompt(self, prompt: str) -> PromptCheck:
        """The guard's verdict within the deadline (`prompt_timeout`); a prompt over the size
        limit, or not checked in time, is a block verdict saying so, never an allow."""
        from vigilint.integrations.prompt_check import verdict_within

        if not prompt.strip():
            raise Refusal("the prompt is empty; there is nothing to check")
        verdict = verdict_within(prompt, self.settings(), self.prompt_timeout)
        by_domain: dict[str, MissingConstraints] = {}
        for finding in verdict.findings:
            if finding.domain is None or finding.severity == "note":
                continue
            entry = by_domain.setdefault(finding.domain, MissingConstraints(
                domain=finding.domain, owasp=[], missing=[]))
            entry.owasp.extend(o for o in finding.owasp if o not in entry.owasp)
            entry.missing.append(finding.message)
        if verdict.verdict == "block":
            reasons = " ".join(f.message for f in verdict.findings if f.severity == "block")
            summary = f"Do not generate code from this prompt: {reasons}"
        elif verdict.verdict == "warn":
            lacking = list(by_domain) or verdict.domains
            summary = (f"Add security constraints before generating: "
                       f"{_plural(len(lacking), 'domain')} ({', '.join(lacking)}) "
                       f"{'lacks' if len(lacking) == 1 else 'lack'} them; `suggestion` holds "
                       "text to add to the prompt.")
        elif verdict.domains:
            summary = (f"The prompt states constraints for every security-sensitive domain it "
                       f"touches ({', '.join(verdict.domains)}).")
        else:
            summary = "The prompt touches no security-sensitive domain; nothing to add."
        return PromptCheck(
            verdict=verdict.verdict, summary=summary, domains=verdict.domains,
            owasp_expected=verdict.owasp_expected, owasp_found=verdict.owasp_found,
            constraints_found=verdict.constraints_found, missing=list(by_domain.values()),
            suggestion=verdict.suggestion, findings=verdict.findings)

    # -- scan_code ---------------------------------------------------------------------------
    def scan_code(self, code: str, filename: str) -> CodeScan:
        name = filename.strip()
        if not name:
            raise Refusal("give the file name the code belongs to (e.g. `app.py`): it selects "
                          "the language and the rules")
        if len(name) > MAX_FILENAME or "\0" in name or "\n" in name:
            raise Refusal(f"`{shown(name)}` is not a usable file name (at most "
                          f"{MAX_FILENAME} characters on one line)")
        limit = self.settings().max_file_size
        size = len(code.encode("utf-8", "surrogatepass"))
        if size > limit:
            raise Refusal(f"the code is {size:,} bytes, over the limit of {limit:,} "
                          "(`max_file_size` in the vigilint config); it was not scanned. Scan "
                          "it in parts")
        if not code.strip():
            raise Refusal("the code is empty; there is nothing to scan")
        analysis = self.engine().analyze(name, code)
        active = [f for f in analysis.findings if not f.suppressed]
        listed, truncated = _listed(active)
        notices = list(analysis.errors)
        if analysis.language == "text":
            notices.append(f"`{shown(name)}` names no language vigilint parses; only the checks "
                           "for every file (secrets, data leakage) ran")
        return CodeScan(
            filename=name, language=analysis.language,
            summary=_summary(active, truncated, "the code"), findings=listed,
            by_priority=_by_priority(active), suppressed=len(analysis.findings) - len(active),
            truncated=truncated, notices=notices)

    # -- scan_paths --------------------------------------------------------------------------
    def scan_paths(self, paths: list[str]) -> PathScan:
        from vigilint.scan import ScanInputError, scan

        if not paths:
            raise Refusal('give at least one file or folder inside the workspace ("." for all '
                          "of it)")
        if len(paths) > MAX_PATHS:
            raise Refusal(f"{len(paths):,} paths were given, more than {MAX_PATHS} for one "
                          "call; give their common folder instead")
        located = _outermost(self.workspace.locate(p) for p in paths)
        settings = self.settings()
        limit = settings.max_file_size
        for path in located:
            if path.is_file() and path.stat().st_size > limit:
                raise Refusal(f"`{self.workspace.relative(path)}` is {path.stat().st_size:,} "
                              f"bytes, over the limit of {limit:,} (`max_file_size` in the "
                              "vigilint config); it was not scanned")

        def guard(done: int, total: int) -> None:
            if total > MAX_FILES:
                raise _TooManyFiles(total)

        try:
            result = scan(located, settings, jobs=1, progress=guard,
                          confine=self.workspace.root)
        except _TooManyFiles as exc:
            raise Refusal(f"the paths hold {exc.total:,} files, more than {MAX_FILES:,} for one "
                          "call; scan smaller folders, or run `vigilint scan` in a terminal for "
                          "the whole tree") from None
        except ScanInputError as exc:
            raise Refusal(str(exc)) from None
        findings = [self._rooted(f, result.root) for f in result.findings]
        active = [f for f in findings if not f.suppressed]
        listed, truncated = _listed(active)
        notices = list(result.notices)
        if result.skipped_binary:
            notices.append(f"skipped {_plural(result.skipped_binary, 'binary file')}")
        if len(notices) > MAX_NOTICES:
            notices = [*notices[:MAX_NOTICES],
                       f"… and {len(notices) - MAX_NOTICES:,} more notices"]
        return PathScan(
            paths=[self.workspace.relative(p) for p in located],
            summary=_summary(active, truncated, _plural(result.files_scanned, "file")),
            files_scanned=result.files_scanned, findings=listed,
            by_priority=_by_priority(active), suppressed=len(findings) - len(active),
            truncated=truncated, notices=notices)

    def _rooted(self, finding: Finding, scan_root: Path) -> Finding:
        """The finding with its path relative to the workspace root (a scan reports paths
        relative to the common folder of what it scanned)."""
        path = Path(finding.path)
        if path.is_absolute():
            return finding
        return finding.model_copy(update={"path": self.workspace.relative(scan_root / path)})

    # -- explain_rule ------------------------------------------------------------------------
    def explain_rule(self, rule_id: str) -> RuleDoc:
        from vigilint.analyzers.registry import get_rule
        from vigilint.integrations.mcp.catalogue import unknown_rule_sentence
        from vigilint.policy import OWASP_NAMES, sla_for
        from vigilint.report.rules import rule_dict

        rule = get_rule(rule_id.strip())
        if rule is None:
            raise Refusal(unknown_rule_sentence(rule_id))
        sla = sla_for(rule.priority)
        data = rule_dict(rule)
        data["docs"] = rule.docs or rule.message
        return RuleDoc(**data, owasp_names={o: OWASP_NAMES[o] for o in rule.owasp},
                       sla=Sla(fix=sla.fix_text, deploy=sla.deploy_text,
                               escalation=sla.escalation_text))


def _outermost(paths: Iterable[Path]) -> list[Path]:
    """The paths without repeats and without those inside another given folder (which the
    scan of that folder covers), in the order given."""
    unique = list(dict.fromkeys(paths))
    folders = [p for p in unique if p.is_dir()]
    return [p for p in unique if not any(f != p and p.is_relative_to(f) for f in folders)]


def _listed(active: list[Finding]) -> tuple[list[ReportedFinding], bool]:
    """The findings to list (highest priority first, at most `MAX_FINDINGS`) in the JSON
    report's shape, and whether some were left out."""
    from vigilint.report.json_report import finding_dict

    ordered = sorted(active, key=lambda f: (PRIORITIES.index(f.priority), *f.sort_key()))
    return ([ReportedFinding.model_validate(finding_dict(f)) for f in ordered[:MAX_FINDINGS]],
            len(ordered) > MAX_FINDINGS)


def _by_priority(active: list[Finding]) -> dict[str, int]:
    counts = Counter(f.priority for f in active)
    return {p: counts.get(p, 0) for p in PRIORITIES}


def _summary(active: list[Finding], truncated: bool, what: str) -> str:
    if not active:
        return f"No security findings in {what}."
    counts = Counter(f.priority for f in active)
    parts = ", ".join(f"{counts[p]} {p}" for p in PRIORITIES if counts.get(p))
    text = f"{_plural(len(active), 'finding')} in {what} ({parts}); fix the P0/P1 ones first."
    if truncated:
        text += (f" Only the first {MAX_FINDINGS} (highest priority) are listed; scan smaller "
                 "parts to see the rest.")
    return text
