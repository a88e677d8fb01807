"""`vigilint scan --online`: ask the package registries about the names the dependency rules
could not verify offline. Off by default; never used by the engine or the language server's
keystroke path.

- unverified package that exists on the registry: the finding is dropped;
- unverified package the registry does not have: raised to likely x high ("does not exist: an
  AI assistant probably invented it, and anyone can register it");
- typo-squat: kept either way (a registered typo-squat is the dangerous case).

Registry base URLs default to PyPI's JSON API and the npm registry and can be changed with
`VIGILINT_PYPI_URL` / `VIGILINT_NPM_URL` (or passed to `RegistryClient`), which is how the
tests point it at a local server. Answers are cached on disk for a week
(`$VIGILINT_CACHE_DIR`, else `$XDG_CACHE_HOME/vigilint`, else `~/.cache/vigilint`).
"""

from __future__ import annotations

import json
import os
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Sequence
from pathlib import Path

from vigilint.analyzers.dependencies.packages import normalize
from vigilint.analyzers.dependencies.uses import LABEL, package_of
from vigilint.model import Finding
from vigilint.policy import priority

DEFAULT_URLS = {"pypi": "https://pypi.org/pypi", "npm": "https://registry.npmjs.org"}
UNVERIFIED_RULES = frozenset({"VG-DEP-002", "VG-DEP-004"})
TYPO_RULES = frozenset({"VG-DEP-001", "VG-DEP-003"})
TTL_SECONDS = 7 * 24 * 3600
MAX_LOOKUPS = 200


def default_cache_file() -> Path:
    base = os.environ.get("VIGILINT_CACHE_DIR")
    if base:
        return Path(base) / "registry.json"
    xdg = os.environ.get("XDG_CACHE_HOME")
    root = Path(xdg) if xdg else Path.home() / ".cache"
    return root / "vigilint" / "registry.json"


class RegistryClient:
    """Existence checks against PyPI / npm with a small on-disk cache."""

    def __init__(self, urls: dict[str, str] | None = None, cache_file: Path | None = None,
                 timeout: float = 3.0) -> None:
        self.urls = dict(DEFAULT_URLS)
        self.urls["pypi"] = os.environ.get("VIGILINT_PYPI_URL", self.urls["pypi"])
        self.urls["npm"] = os.environ.get("VIGILINT_NPM_URL", self.urls["npm"])
        self.urls.update(urls or {})
        self.cache_file = cache_file or default_cache_file()
        self.timeout = timeout
        self.lookups = 0
        self.cache_hits = 0
        self.errors = 0
        self._cache: dict[str, dict[str, float | bool]] = self._load()

    def _load(self) -> dict[str, dict[str, float | bool]]:
        try:
            data = json.loads(self.cache_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def save(self) -> None:
        try:
            self.cache_file.parent.mkdir(parents=True, exist_ok=True)
            self.cache_file.write_text(json.dumps(self._cache, sort_keys=True),
                                       encoding="utf-8")
        except OSError:
            pass  # a cache we cannot write only costs a later lookup

    def url(self, ecosystem: str, name: str) -> str:
        base = self.urls[ecosystem].rstrip("/")
        if ecosystem == "pypi":
            return f"{base}/{urllib.parse.quote(normalize(name))}/json"
        return f"{base}/{urllib.parse.quote(name, safe='@')}"

    def exists(self, ecosystem: str, name: str) -> bool | None:
        """True/False from the registry (or the cache); None when it could not be asked."""
        if ecosystem not in self.urls:
            return None
        key = f"{ecosystem}:{normalize(name) if ecosystem == 'pypi' else name.lower()}"
        entry = self._cache.get(key)
        if entry is not None and time.time() - float(entry.get("at", 0)) < TTL_SECONDS:
            self.cache_hits += 1
            return bool(entry["exists"])
        if self.lookups >= MAX_LOOKUPS:
            return None
        self.lookups += 1
        url = self.url(ecosystem, name)
        if not url.startswith(("http://", "https://")):
            return None
        request = urllib.request.Request(  # noqa: S310 - http(s) only, checked above
            url, headers={"Accept": "application/json", "User-Agent": "vigilint"})
        try:  # the scheme was checked above: http(s) only
            with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310
                found = 200 <= response.status < 300
        except urllib.error.HTTPError as exc:
            if exc.code != 404:
                self.errors += 1
                return None
            found = False
        except (urllib.error.URLError, OSError, ValueError):
            self.errors += 1
            return None
        self._cache[key] = {"exists": found, "at": time.time()}
        return found


def verify_online(findings: Sequence[Finding],
                  client: RegistryClient | None = None) -> tuple[list[Finding], list[str]]:
    """Findings after asking the registries, and notices for the user."""
    client = client or RegistryClient()
    out: list[Finding] = []
    for finding in findings:
        if finding.rule not in UNVERIFIED_RULES | TYPO_RULES:
            out.append(finding)
            continue
        package = package_of(finding)
        if package is None or package[0] == "go":
            out.append(finding)
            continue
        ecosystem, name = package
        exists = client.exists(ecosystem, name)
        if exists is None or finding.rule in TYPO_RULES:
            out.append(finding)
        elif exists is False:
            label = LABEL[ecosystem]
            out.append(finding.model_copy(update={
                "likelihood": "likely", "impact": "high", "priority": priority("likely", "high"),
                "confidence": "high",
                "message": f"`{name}` is not in vigilint's index of known {label} packages and "
                           f"does not exist on {label}; an AI assistant probably invented it and "
                           "anyone can register it, so remove it or fix the name."}))
        # exists is True: the package is real; the offline index was merely too small.
    client.save()
    notices = []
    if client.lookups or client.cache_hits:
        notices.append(f"online check: {client.lookups} registry lookup"
                       f"{'s' if client.lookups != 1 else ''}, {client.cache_hits} cached")
    if client.errors:
        notices.append(f"online check: {client.errors} registry lookup"
                       f"{'s' if client.errors != 1 else ''} failed; those findings are kept")
    return out, notices
