"""The finding model as plain records (vigilint/model.py, vigilint/records.py): on real
findings (fixes, related locations, a suppression, a secret, provenance, demoted roles) every
dump is what the pydantic models it replaced dumped, field for field and byte for byte in JSON,
and what pydantic validates back; the JSON report and SARIF contract (docs/DESIGN.md) rest on
these dumps. The pydantic declarations below are the former vigilint/model.py's."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

from vigilint.analyzers.engine import Engine
from vigilint.analyzers.registry import all_rules
from vigilint.config import LedgerSettings, ProvenanceSettings, ServerSettings, Settings
from vigilint.config_schema import (
    LedgerSettingsSchema,
    ProvenanceSettingsSchema,
    ServerSettingsSchema,
    SettingsSchema,
)
from vigilint.integrations.mcp.results import ReportedFinding
from vigilint.model import (
    Category,
    Confidence,
    Finding,
    Impact,
    Likelihood,
    Priority,
    Provenance,
    Role,
    Rule,
)
from vigilint.records import RecordValidationError

FIXTURES = Path(__file__).parent / "fixtures" / "rules"
FILES = ["VG-GEN-SUPPRESS-001/app.py", "VG-GO-LOG-002/internal/auth/audit.go",
         "VG-PY-INJ-004/services/pages_mixed.py", "VG-LEAK-002/notify.py",
         "VG-GEN-BYPASS-001/app.py"]


class OldEdit(BaseModel):
    model_config = ConfigDict(frozen=True)

    line: int
    column: int
    end_line: int
    end_column: int
    new_text: str


class OldFix(BaseModel):
    model_config = ConfigDict(frozen=True)

    title: str
    edits: tuple[OldEdit, ...]
    safe: bool = False


class OldSuppression(BaseModel):
    model_config = ConfigDict(frozen=True)

    justification: str
    line: int


class OldProvenance(BaseModel):
    model_config = ConfigDict(frozen=True)

    ai_generated: bool = True
    tool: str | None = None
    model: str | None = None
    inferred: bool = False


class OldRelatedLocation(BaseModel):
    model_config = ConfigDict(frozen=True)

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    message: str


class OldFinding(BaseModel):
    model_config = ConfigDict(frozen=True)

    rule: str
    name: str
    category: Category
    cwe: tuple[int, ...]
    owasp: tuple[str, ...] = Field(description="OWASP ids, 2021 then 2025, e.g. A03:2021")
    likelihood: Likelihood
    impact: Impact
    priority: Priority
    confidence: Confidence
    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    message: str
    snippet: str = ""
    fix: OldFix | None = None
    fingerprint: str = ""
    secret_hash: str = ""
    suppression: OldSuppression | None = None
    provenance: OldProvenance | None = None
    role: Role = "app"
    related: tuple[OldRelatedLocation, ...] = ()


@pytest.fixture(scope="module")
def findings() -> list[Finding]:
    engine = Engine()
    out: list[Finding] = []
    for name in FILES:
        path = FIXTURES / name
        out.extend(engine.analyze(name, path.read_text(encoding="utf-8")).findings)
    out.append(out[0].model_copy(update={"provenance": Provenance(tool="claude-code",
                                                                  model="m", inferred=True)}))
    out.append(out[1].model_copy(update={"role": "test", "priority": "P4"}))
    return out


def test_the_findings_cover_every_optional_part(findings: list[Finding]) -> None:
    assert any(f.fix is not None and f.fix.edits for f in findings)
    assert any(f.related for f in findings)
    assert any(f.suppression is not None for f in findings)
    assert any(f.secret_hash for f in findings)
    assert any(f.provenance is not None for f in findings)
    assert any(f.role != "app" for f in findings)


def test_dumps_are_the_pydantic_models_dumps(findings: list[Finding]) -> None:
    adapter = TypeAdapter(Finding)
    for finding in findings:
        old = OldFinding.model_validate(finding.model_dump())
        assert finding.model_dump(mode="json") == old.model_dump(mode="json")
        assert finding.model_dump_json() == old.model_dump_json()
        assert json.dumps(finding.model_dump(mode="json")) == json.dumps(
            old.model_dump(mode="json"))  # the same key order
        python = finding.model_dump()
        assert python == old.model_dump()
        assert type(python["cwe"]) is tuple and type(python["related"]) is tuple
        # pydantic validates the record's declaration and dumps it the same way
        assert adapter.validate_python(python) == finding
        assert adapter.dump_python(finding, mode="json") == finding.model_dump(mode="json")
        # and the JSON dump reads back (scan cache, ledger, `ledger sync --report`)
        assert Finding.model_validate(old.model_dump(mode="json")) == finding
        assert Finding.model_validate_json(old.model_dump_json()) == finding


def test_findings_are_frozen_and_hashable_by_value(findings: list[Finding]) -> None:
    finding = findings[0]
    again = Finding.model_validate(finding.model_dump(mode="json"))
    assert again == finding and hash(again) == hash(finding) and again is not finding
    assert len({*findings, again}) == len(set(findings))
    with pytest.raises(dataclasses.FrozenInstanceError):
        finding.line = 3  # type: ignore[misc]
    moved = finding.model_copy(update={"line": finding.line + 1})
    assert moved.line == finding.line + 1 and moved != finding
    assert moved.model_dump() == {**finding.model_dump(), "line": finding.line + 1}


def test_values_are_converted_as_pydantic_lax_mode_does(findings: list[Finding]) -> None:
    finding = next(f for f in findings if f.fix is not None and f.related)
    data = json.loads(finding.model_dump_json())  # lists for tuples, dicts for records
    built = Finding(**data)
    assert built == finding
    assert type(built.cwe) is tuple and type(built.fix.edits) is tuple  # type: ignore[union-attr]
    assert built.related == finding.related and type(built.related[0]) is type(
        finding.related[0])


def test_data_that_is_not_a_finding_is_refused_as_pydantic_refused_it(
        findings: list[Finding]) -> None:
    good = findings[0].model_dump(mode="json")
    bad = [{"rule": 1}, {**good, "line": "seven"}, {**good, "category": "nonsense"},
           {**good, "cwe": ["CWE-79"]}, {**good, "fix": {"title": "t"}}, [good],
           {k: v for k, v in good.items() if k != "path"}]
    for item in bad:
        with pytest.raises(ValueError):
            OldFinding.model_validate(item)
        with pytest.raises(RecordValidationError):
            Finding.model_validate(item)
    assert Finding.model_validate({**good, "unknown": 1}) == findings[0]  # ignored, as before


def test_rules_convert_lists_and_fill_their_owasp_ids() -> None:
    rule = all_rules()[0]
    data = {f.name: getattr(rule, f.name) for f in dataclasses.fields(rule)}
    listed = Rule(**{**data, "owasp": (), "languages": list(rule.languages),
                     "cwe": list(rule.cwe)})
    assert listed == rule and type(listed.languages) is tuple and listed.owasp == rule.owasp
    assert hash(listed) == hash(rule)


def test_the_mcp_finding_has_the_findings_fields_in_order() -> None:
    names = [f.name for f in dataclasses.fields(Finding)]
    assert list(ReportedFinding.model_fields)[:len(names)] == names
    assert list(OldFinding.model_fields) == names


@pytest.mark.parametrize(("record", "schema"), [
    (Settings, SettingsSchema), (ServerSettings, ServerSettingsSchema),
    (ProvenanceSettings, ProvenanceSettingsSchema), (LedgerSettings, LedgerSettingsSchema)])
def test_the_settings_schema_has_the_records_fields_and_defaults(record, schema) -> None:
    assert [f.name for f in dataclasses.fields(record)] == list(schema.model_fields)
    assert record().model_dump() == schema().model_dump()
    assert record().model_dump_json() == schema().model_dump_json()
