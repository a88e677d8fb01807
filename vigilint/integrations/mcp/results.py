"""The structured results of the MCP tools; the SDK publishes their JSON schemas as the tools'
output schemas. A finding has the shape of the JSON report's (`report.json_report`)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from vigilint.model import Finding
from vigilint.prompts import PromptFinding


class Sla(BaseModel):
    fix: str = Field(description="detection to fix")
    deploy: str = Field(description="detection to deploy")
    escalation: str


class ReportedFinding(Finding):
    """A finding as `vigilint scan --format json` reports it."""

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
