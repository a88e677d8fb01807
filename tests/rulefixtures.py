"""Inline-annotated rule fixtures (semgrep style).

`tests/fixtures/rules/<RULE-ID>/<path>` holds a rule's fixture files; the path inside the folder
is the path the engine sees (so `Dockerfile` or `.github/workflows/ci.yml` work). A comment
`ruleid: ID` marks the next code line as one the rule must flag, `ok: ID` one it must not;
`todoruleid:` marks a known gap (not flagged yet), `todook:` a known false positive. A `ruleid:`
mark may end with the likelihood the finding must carry (`ruleid: VG-PY-INJ-001 very-likely`),
which with the rule's impact decides its priority, the exit code and the SARIF level; every
taint rule's marks carry one. A file named
`<stem>.fixed<suffix>` is the expected text after applying the rule's fixes to `<stem><suffix>`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures" / "rules"
_ANNOTATION = re.compile(r"\b(todoruleid|todook|ruleid|ok)\s*:\s*([A-Z0-9][A-Z0-9, -]*[A-Z0-9])"
                         r"(?:\s+(very-likely|likely|possible|unlikely)\b)?")


@dataclass
class Fixture:
    rule_id: str
    path: Path
    display: str
    text: str
    expected: set[int] = field(default_factory=set)  # lines that must be flagged
    clean: set[int] = field(default_factory=set)  # lines that must not be flagged
    ruleid_lines: set[int] = field(default_factory=set)  # lines marked `ruleid:`
    likelihoods: dict[int, str] = field(default_factory=dict)  # line -> pinned likelihood
    ruleid_count: int = 0
    ok_count: int = 0

    @property
    def fixed_path(self) -> Path:
        name = self.path.name
        if "." in name.lstrip("."):
            stem, _, suffix = name.rpartition(".")
            return self.path.with_name(f"{stem}.fixed.{suffix}")
        return self.path.with_name(f"{name}.fixed")


def is_fixed_file(path: Path) -> bool:
    return ".fixed." in path.name or path.name.endswith(".fixed")


def fixture_files(rule_id: str) -> list[Path]:
    folder = FIXTURES / rule_id
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.rglob("*") if p.is_file() and not is_fixed_file(p))


def load_fixture(rule_id: str, path: Path, root: Path = FIXTURES) -> Fixture:
    text = path.read_text(encoding="utf-8")
    fixture = Fixture(rule_id, path, path.relative_to(root / rule_id).as_posix(), text)
    lines = text.split("\n")
    pending: list[tuple[str, str]] = []
    for number, line in enumerate(lines, start=1):
        marks = [(kind, likelihood) for kind, ids, likelihood in _ANNOTATION.findall(line)
                 if rule_id in [i.strip() for i in ids.split(",")]]
        if marks:
            pending.extend(marks)
            continue
        if not line.strip() or not pending:
            continue
        for kind, likelihood in pending:
            if kind == "ruleid":
                fixture.ruleid_lines.add(number)
                if likelihood:
                    fixture.likelihoods[number] = likelihood
            if kind in ("ruleid", "todook"):
                fixture.expected.add(number)
            else:
                fixture.clean.add(number)
            if kind == "ruleid":
                fixture.ruleid_count += 1
            if kind == "ok":
                fixture.ok_count += 1
        pending = []
    return fixture
