"""One settings model for the CLI, `pyproject.toml`/`.vigilint.toml` and the language server.

Configuration is data: it is read with `tomllib`/JSON and validated with pydantic; nothing from
the scanned tree is imported or run. An invalid key is reported by name and dropped (its
default is used); a setting that would switch off secret detection or a whole SAST category is
refused the same way, because the seed forbids disabling scanning.

The floor: every category (secret detection and each SAST category) keeps at least half of its
rules, whatever `disabled_rules` says; entries past that are refused. In a configuration file a
disabled rule needs a justification, like an inline suppression
(`"VG-PY-DOS-001 -- the parser only reads our own build files"` or
`{rule = "VG-PY-DOS-001", justification = "..."}`); the justifications are shown in the scan's
output and in SARIF. Settings an editor sends (LSP) may name bare rule ids: they change one
person's view, not the gate.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from vigilint import lazyre
from vigilint.config_file import find_config
from vigilint.model import CATEGORIES, PRIORITIES, Priority
from vigilint.paths import DEFAULT_EXCLUDES
from vigilint.records import Field, Record

Edition = Literal["2021", "2025"]


# Keys people reach for to turn scanning off. They are refused with an explanation instead of
# being reported as merely unknown.
_DISABLING_KEYS: dict[str, str] = {
    "secrets": "secret detection",
    "secret_detection": "secret detection",
    "detect_secrets": "secret detection",
    "disable_secrets": "secret detection",
    "enabled": "scanning",
    "enable": "scanning",
    "disable": "scanning",
    "disabled": "scanning",
    "disabled_categories": "whole rule categories",
    "disable_categories": "whole rule categories",
    "ignore_categories": "whole rule categories",
    "skip_categories": "whole rule categories",
    "sast": "the SAST rules",
}


class ServerSettings(Record):
    debounce_ms: int = 100
    ai_heuristic: bool = False
    ai_heuristic_min_lines: int = 5
    security_context: bool = True


class ProvenanceSettings(Record):
    store_prompt_text: bool = False
    ledger: bool = True


class LedgerSettings(Record):
    """Where `vigilint ledger sync` and the SLA reports find the findings ledger, and who
    owns this repository in it. `VIGILINT_LEDGER_URL` (environment) wins over `url`; keep
    passwords out of committed files (libpq's PGPASSWORD or ~/.pgpass work)."""

    url: str | None = Field(default=None, description="postgresql://... or sqlite:///path; "
                            "default: the workspace's .vigilint/vigilint.db")
    team: str | None = None
    repository: str | None = Field(default=None, description="default: the git remote "
                                   "`origin` (host/owner/name), else the folder name")
    branches: list[str] = Field(default_factory=lambda: ["main", "master"],
                                description="branches whose syncs the team ledger records")


DEFAULT_MAX_FILE_SIZE = 2_000_000


class Settings(Record):
    """vigilint settings; every field has a safe default.

    A plain record (vigilint/records.py): the defaults cost no pydantic import. Mappings from
    a configuration file, the editor or the command line are validated by pydantic models of
    the same fields (vigilint/config_schema.py) in `settings_from_mapping`; a `Settings` built
    in code is checked for what the schema's validators check (sizes, roles, the floor of
    `disabled_rules`), not for types."""

    include: list[str] = Field(default_factory=list, description="glob patterns to scan")
    exclude: list[str] = Field(default_factory=list, description="extra glob patterns to skip")
    max_file_size: int = Field(default=DEFAULT_MAX_FILE_SIZE,
                               description="bytes; larger files skipped")
    disabled_rules: list[str] = Field(default_factory=list)
    rule_justifications: dict[str, str] = Field(
        default_factory=dict, description="why each disabled rule is disabled (rule id -> text)")
    fail_on: Priority = "P1"
    owasp_edition: Edition = "2021"
    server: ServerSettings = Field(default_factory=ServerSettings)
    provenance: ProvenanceSettings = Field(default_factory=ProvenanceSettings)
    ledger: LedgerSettings = Field(default_factory=LedgerSettings)
    known_packages: list[str] = Field(
        default_factory=list,
        description="package names the dependency rules treat as known (private and "
                    "first-party packages; a trailing * is a prefix, e.g. @acme/*)")
    project_packages: list[str] = Field(
        default_factory=list,
        description="filled per scan: names the project declares or defines; imports of them "
                    "are not flagged (manifests are still checked)")
    roles: dict[str, list[str]] = Field(
        default_factory=dict,
        description="code roles by glob, e.g. {test = [\"qa/**\"], app = [\"src/testing/**\"]}: "
                    "findings outside app code are demoted (docs/roles.md)")

    def __post_init__(self) -> None:
        super().__post_init__()
        if isinstance(self.max_file_size, str):
            self.max_file_size = parse_size(self.max_file_size)
        if self.roles:
            self.roles = checked_roles(self.roles)
        if self.disabled_rules:
            self.disabled_rules = checked_disabled_rules(self.disabled_rules)


def checked_roles(value: dict[str, list[str]]) -> dict[str, list[str]]:
    from vigilint.analyzers.roles import validate_patterns

    return validate_patterns(value)


def checked_disabled_rules(value: list[str]) -> list[str]:
    """The rule ids upper-cased; a ValueError for a wildcard or past a category's floor."""
    ids = [v.strip().upper() for v in value]
    for rule_id in ids:
        if any(ch in rule_id for ch in "*?[") or rule_id in ("ALL", "VG"):
            raise ValueError(
                f"`{rule_id}` would disable many rules at once; scanning can't be switched "
                "off wholesale: list single rule ids, or suppress findings inline with a "
                "justification")
    for category, members, chosen in _by_category(ids):
        if len(chosen) > len(members) // 2:
            what = "every" if chosen == members else "more than half of the"
            raise ValueError(
                f"it disables {what} `{category}` rule{'s' if what != 'every' else ''}; "
                "secret detection and the SAST categories keep at least half of their "
                "rules whatever the configuration says")
    return ids


def _by_category(ids: Iterable[str]) -> list[tuple[str, set[str], set[str]]]:
    """(category, its rule ids, those of `ids` in it) for every category `ids` touches."""
    chosen = set(ids)
    out: list[tuple[str, set[str], set[str]]] = []
    if not chosen:  # no registry walk (it imports every rule) when nothing is disabled
        return out
    from vigilint.analyzers.registry import all_rules

    for category in CATEGORIES:
        members = {r.id for r in all_rules() if r.category == category}
        if members & chosen:
            out.append((category, members, members & chosen))
    return out


_ENTRY = lazyre.compile(r"^\s*(?P<id>[A-Za-z0-9_*?\[\]-]+)\s*(?:(?:--|—|:)\s*(?P<why>.*))?$", re.DOTALL)


def disabled_entries(value: Any, justifications: Mapping[str, str], origin: str,
                     require_justification: bool) -> tuple[list[str], dict[str, str], list[str]]:
    """`disabled_rules` as written -> (rule ids, their justifications, problems). Entries are
    `"ID"`, `"ID -- why"` or `{rule = "ID", justification = "why"}`. Entries without a valid
    justification (when one is required) and entries past a category's floor are refused: the
    rule stays enabled, and a problem says why."""
    if not isinstance(value, list):
        return [], {}, [f"{origin}: key `disabled_rules`: expected a list; using the default"]
    if not value:  # nothing to check against the registry (its walk imports every rule)
        return [], {}, []
    from vigilint.analyzers.registry import rules_by_id
    from vigilint.analyzers.suppression import justification_problem

    ids: list[str] = []
    whys: dict[str, str] = {}
    problems: list[str] = []
    known = rules_by_id()
    for entry in value:
        if isinstance(entry, Mapping):
            rule = str(entry.get("rule") or entry.get("id") or "").strip().upper()
            why = str(entry.get("justification") or entry.get("why") or "").strip()
        elif isinstance(entry, str) and (match := _ENTRY.match(entry)):
            rule, why = match.group("id").upper(), (match.group("why") or "").strip()
        else:
            problems.append(f"{origin}: `disabled_rules` entry {entry!r} is not a rule id; "
                            "ignored")
            continue
        why = why or justifications.get(rule, "")
        if any(ch in rule for ch in "*?[") or rule in ("ALL", "VG"):
            problems.append(f"{origin}: refused `{rule}` in `disabled_rules`: it would disable "
                            "many rules at once; scanning can't be switched off wholesale: list "
                            "single rule ids, or suppress findings inline with a justification")
            continue
        if rule not in known:
            problems.append(f"{origin}: `disabled_rules`: no rule `{rule}`; ignored")
            continue
        problem = justification_problem(why) if require_justification or why else None
        if problem:
            problems.append(f"{origin}: refused `{rule}` in `disabled_rules`: {problem}; write "
                            f"it as \"{rule} -- <why it does not apply here>\" (the rule stays "
                            "enabled)")
            continue
        if rule not in ids:
            ids.append(rule)
            if why:
                whys[rule] = why
    for category, members, chosen in _by_category(ids):
        room = len(members) // 2
        if len(chosen) > room:
            over = [rule for rule in ids if rule in chosen][room:]
            problems.append(
                f"{origin}: refused disabling {', '.join(f'`{r}`' for r in over)}: the "
                f"`{category}` category keeps at least {len(members) - room} of its "
                f"{len(members)} rules, whatever the configuration says (those stay enabled)")
            ids = [rule for rule in ids if rule not in over]
            for rule in over:
                whys.pop(rule, None)
    return ids, whys, problems


_SIZE = lazyre.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kKmMgG]?)(i?)[bB]?\s*$")


def parse_size(text: str) -> int:
    """'2MB', '512 KiB', '1000' -> bytes."""
    match = _SIZE.match(text)
    if not match:
        raise ValueError(f"not a size: {text!r} (use e.g. 2MB or 500KB)")
    number, unit, binary = float(match.group(1)), match.group(2).lower(), match.group(3)
    base = 1024 if binary else 1000
    return int(number * {"": 1, "k": base, "m": base**2, "g": base**3}[unit])


@dataclass
class LoadedSettings:
    settings: Settings
    source: Path | None = None
    problems: list[str] = field(default_factory=list)


def _describe(error: Mapping[str, Any]) -> str:
    loc = ".".join(str(p) for p in error.get("loc", ()))
    kind = error.get("type", "")
    if kind == "extra_forbidden":
        return f"unknown key `{loc}`"
    msg = str(error.get("msg", "invalid")).removeprefix("Value error, ")
    return f"key `{loc}`: {msg}"


def settings_from_mapping(data: Mapping[str, Any], origin: str,
                          require_justification: bool = False) -> tuple[Settings, list[str]]:
    """Validate a mapping; drop what is invalid (saying so) and keep the rest. With
    `require_justification` (configuration files), a disabled rule needs a justification."""
    problems: list[str] = []
    clean: dict[str, Any] = {}
    for key, value in data.items():
        if key == "disabled_rules":
            given = data.get("rule_justifications")
            ids, whys, more = disabled_entries(
                value, given if isinstance(given, Mapping) else {}, origin,
                require_justification)
            problems.extend(more)
            clean["disabled_rules"], clean["rule_justifications"] = ids, whys
        elif key == "rule_justifications":
            continue
        elif key in _DISABLING_KEYS:
            problems.append(
                f"{origin}: refused `{key}`: {_DISABLING_KEYS[key]} can't be switched off by "
                "configuration; disable single rules with `disabled_rules` or suppress findings "
                "inline with a justification")
        else:
            clean[key] = value
    from pydantic import ValidationError

    from vigilint.config_schema import SettingsSchema

    for _ in range(len(clean) + 1):
        try:
            valid = SettingsSchema.model_validate(clean)
            return Settings.model_validate(valid.model_dump()), problems
        except ValidationError as exc:
            bad_keys: set[str] = set()
            for error in exc.errors():
                problems.append(f"{origin}: {_describe(error)}; using the default")
                loc = error.get("loc", ())
                if loc:
                    bad_keys.add(str(loc[0]))
            if not bad_keys:
                break
            for key in bad_keys:
                clean.pop(key, None)
    return Settings(), problems


def load_settings(start: Path, explicit: Path | None = None) -> LoadedSettings:
    """Settings for a scan rooted at `start` (or from an explicit file)."""
    if explicit is not None:
        path: Path | None = explicit
    else:
        path = find_config(start)
    if path is None:
        return LoadedSettings(Settings())
    import tomllib

    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8", errors="replace"))
    except OSError as exc:
        return LoadedSettings(Settings(), path, [f"{path}: can't read it ({exc.strerror}); "
                                                 "using the defaults"])
    except tomllib.TOMLDecodeError as exc:
        return LoadedSettings(Settings(), path, [f"{path}: invalid TOML ({exc}); using the "
                                                 "defaults"])
    if path.name == "pyproject.toml":
        table = raw.get("tool", {}).get("vigilint", {}) if isinstance(raw.get("tool"), dict) \
            else {}
        origin = f"{path} [tool.vigilint]"
    else:
        table = raw.get("tool", {}).get("vigilint", raw) if isinstance(raw.get("tool"), dict) \
            else raw
        origin = str(path)
    if not isinstance(table, dict):
        return LoadedSettings(Settings(), path, [f"{origin}: expected a table; using the "
                                                 "defaults"])
    settings, problems = settings_from_mapping(table, origin, require_justification=True)
    return LoadedSettings(settings, path, problems)


def merged(settings: Settings, overrides: Mapping[str, Any]) -> Settings:
    """Settings with CLI or LSP overrides applied (overrides validated the same way). Overrides
    the command line has already checked (`--fail-on`, `--exclude`, an edition) and none at all
    need no schema: a record is made of them directly (no pydantic import)."""
    given = {k: v for k, v in overrides.items() if v is not None}
    data = settings.model_dump()
    data.update(given)
    if all(_plainly_valid(key, value) for key, value in given.items()):
        return Settings.model_validate(data)
    result, _ = settings_from_mapping(data, "overrides")
    return result


def _plainly_valid(key: str, value: Any) -> bool:
    """Whether the schema would take `value` for `key` as it is (no problem to report)."""
    if key == "fail_on":
        return value in PRIORITIES
    if key == "owasp_edition":
        return value in ("2021", "2025")
    if key in ("include", "exclude"):
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    return False


def excluded_names(settings: Settings) -> Iterable[str]:
    return (*DEFAULT_EXCLUDES, *settings.exclude)
