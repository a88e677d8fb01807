"""The structured results of the MCP tools; the SDK publishes their JSON schemas as the tools'
output schemas. A finding has the shape of the JSON report's (`report.json_report`)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from vigilint.model import (
    Category,
    Confidence,
    Fix,
    Impact,
    Likelihood,
    Priority,
    Provenance,
    RelatedLocation,
    Role,
    Suppression,
)
from vigilint.prompts import PromptFinding


class Sla(BaseModel):
    fix: str = Field(description="detection to fix")
    deploy: str = Field(description="detection to deploy")
    escalation: str


# The fields of `vigilint.model.Finding` (a plain record, not a pydantic model), then the
# report's own; tests/test_model_records.py checks that they agree. The docstring is the
# schema's description.
class ReportedFinding(BaseModel):
    """A finding as `vigilint scan --format json` reports it."""

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
    snippet: str = Field(default="", description="the source line(s), secrets masked")
    fix: Fix | None = None
    fingerprint: str = ""
    secret_hash: str = Field(default="", description="secrets only: HMAC-SHA256 of the value "
                             "with the per-install key (never the value)")
    suppression: Suppression | None = None
    provenance: Provenance | None = None
    role: Role = Field(default="app", description="what the code is for: app code, or test, "
                       "fixture, docs, example, generated, vendored or build-script code "
                       "(priority demoted outside app code, secrets excepted)")
    related: tuple[RelatedLocation, ...] = ()
    owasp_names: dict[str, str] = Field(default_factory=dict)
    sla: Sla
    ai_generated: bool = False


class MissingConstraints(BaseModel):
    domain: str = Field(description="a security-sensitive domain the prompt touches")
    owasp: list[str] = Field(description="its OWASP categories")
    missing: list[str] = Field(description="what the prompt lacks for it, one sentence each")


class PromptCheck(BaseModel):
    verdict: Literal["allow", "warn", "block"]
    summary: str
    domains: list[str]
    owasp_expected: list[str]
    owasp_found: list[str]
    constraints_found: list[str]
    missing: list[MissingConstraints] = Field(
        description="per domain, the constraints or OWASP reference the prompt lacks")
    suggestion: str = Field(description="constraint text to add to the prompt (empty if none)")
    findings: list[PromptFinding]


class CodeScan(BaseModel):
    filename: str
    language: str = Field(description='the language the file name selects ("text": only the '
                                      "checks for every file ran)")
    summary: str
    findings: list[ReportedFinding] = Field(description="active findings, highest priority "
                                                        "first")
    by_priority: dict[str, int]
    suppressed: int = Field(description="findings suppressed inline with a justification")
    truncated: bool = Field(description="true when more findings exist than are listed")
    notices: list[str]


class PathScan(BaseModel):
    paths: list[str] = Field(description="the scanned paths, relative to the workspace root")
    summary: str
    files_scanned: int
    findings: list[ReportedFinding] = Field(description="active findings, highest priority "
                                                        "first; paths relative to the root")
    by_priority: dict[str, int]
    suppressed: int
    truncated: bool
    notices: list[str] = Field(description="files skipped and why (size, binary, links out)")


class RuleDoc(BaseModel):
    id: str
    name: str
    category: str
    languages: list[str]
    cwe: list[int]
    owasp: list[str]
    owasp_names: dict[str, str]
    likelihood: str
    impact: str
    priority: str
    sla: Sla
    confidence: str
    fixable: bool
    message: str
    help_uri: str
    docs: str = Field(description="the rule's documentation (Markdown)")
