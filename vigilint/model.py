"""The finding model shared by every part of vigilint.

A `Finding` is what an analyzer reports; it carries the rule's security metadata (category,
CWE, OWASP 2021 and 2025 ids, likelihood, impact, priority) and the place it was found.
Secrets never reach this model unredacted: analyzers mask them before building a finding.
The classes are plain frozen records (vigilint/records.py), not pydantic models: a one-file scan
would spend more on importing pydantic and building the schemas than on the analysis. Their
dumps are what pydantic's were (tests/test_model_records.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from vigilint.records import Field, Record

Category = Literal[
    "injection",
    "access-control",
    "hallucinated-api",
    "insecure-default",
    "secret",
    "outdated-crypto",
    "error-handling",
    "resource-exhaustion",
    "deserialization",
    "ssrf",
    "sensitive-logging",
    "crypto-implementation",
    "data-leakage",
    "vulnerable-dependency",
    "scanner-bypass",
]
CATEGORIES: tuple[Category, ...] = Category.__args__  # type: ignore[attr-defined]

Likelihood = Literal["very-likely", "likely", "possible", "unlikely"]
LIKELIHOODS: tuple[Likelihood, ...] = Likelihood.__args__  # type: ignore[attr-defined]

Impact = Literal["critical", "high", "medium", "low"]
IMPACTS: tuple[Impact, ...] = Impact.__args__  # type: ignore[attr-defined]

Confidence = Literal["high", "medium", "low"]
CONFIDENCES: tuple[Confidence, ...] = Confidence.__args__  # type: ignore[attr-defined]

Priority = Literal["P0", "P1", "P2", "P3", "P4"]
PRIORITIES: tuple[Priority, ...] = Priority.__args__  # type: ignore[attr-defined]

# What the code under a finding is for (see vigilint/analyzers/roles.py): findings outside app
# code are kept but demoted (docs/roles.md).
Role = Literal["app", "test", "fixture", "docs", "example", "generated", "vendored", "build"]
ROLES: tuple[Role, ...] = Role.__args__  # type: ignore[attr-defined]


class Edit(Record, frozen=True):
    """Replace the text between two positions (1-based lines, 1-based code-point columns,
    end exclusive) with `new_text`."""

    line: int
    column: int
    end_line: int
    end_column: int
    new_text: str


class Fix(Record, frozen=True):
    """A rewrite that removes the finding. `safe` fixes keep behaviour for correct callers and
    may be applied without review; unsafe ones need a human to check them."""

    title: str
    edits: tuple[Edit, ...]
    safe: bool = False


class Suppression(Record, frozen=True):
    justification: str
    line: int


class Provenance(Record, frozen=True):
    """Where the code under a finding came from, when it was written by an AI tool."""

    ai_generated: bool = True
    tool: str | None = None
    model: str | None = None
    inferred: bool = False


class RelatedLocation(Record, frozen=True):
    """Evidence of a finding at another place: the source of a flow, an inner sink, a sibling
    route (SARIF `relatedLocations`, LSP `relatedInformation`)."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    message: str


class Finding(Record, frozen=True):
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

    @property
    def suppressed(self) -> bool:
        return self.suppression is not None

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.line, self.column, self.rule)


RuleCheck = Callable[..., Any]


class Rule(Record, frozen=True):
    """A security rule: metadata plus how it matches.

    A rule matches in one of three ways, chosen by which field it sets:
    - `query`: a tree-sitter query; every match is a finding, or `check(ctx, captures)` decides
      (returning None/False to drop it, True to keep it, or one or more `Hit`s);
    - `node_kinds` with `check(ctx, node)`: called for every node of those kinds, from the one
      shared tree walk;
    - `check_file(ctx)`: whole-file analysis (text rules, cross-function rules).
    `docs` is the module docstring: the single source for `vigilint rule ID`, hover and SARIF help.
    """

    id: str
    name: str
    category: Category
    languages: tuple[str, ...]
    cwe: tuple[int, ...]
    likelihood: Likelihood
    impact: Impact
    confidence: Confidence
    message: str
    owasp: tuple[str, ...] = ()
    docs: str = ""
    query: str | None = None
    node_kinds: tuple[str, ...] = ()
    check: RuleCheck | None = None
    check_file: RuleCheck | None = None
    fix: RuleCheck | None = None
    # File rules only: `file_gate(ctx)` gives, once per file, the ids of the rules sharing
    # this gate that can report in the file (a superset); the engine runs no other rule of
    # the group there (each would return nothing). A gate that fails runs them all.
    file_gate: RuleCheck | None = None
    paths: tuple[str, ...] = Field(
        default=(), description="glob patterns the file path must match (any), e.g. Dockerfile"
    )
    fixable: bool = False
    prefilter: tuple[str, ...] = Field(
        default=(),
        description="the rule can only match in files containing one of these substrings "
                    "(case-sensitive); the engine skips it elsewhere. Keep it a superset.")
    sink_kinds: tuple[str, ...] = Field(
        default=(),
        description="dataflow sink kinds the rule reports (docs/dataflow.md): with a project "
                    "index, a file calling another file's wrapper of one of these kinds runs "
                    "the rule even without its prefilter substrings")

    def __post_init__(self) -> None:
        super().__post_init__()
        if not self.owasp:
            from vigilint.policy import owasp_for

            object.__setattr__(self, "owasp", owasp_for(self.cwe, self.category))
        if self.fix is not None:
            object.__setattr__(self, "fixable", True)

    @property
    def priority(self) -> Priority:
        from vigilint.policy import priority

        return priority(self.likelihood, self.impact)

    @property
    def help_uri(self) -> str:
        return f"{DOCS_BASE}/{self.id}.md"

    @property
    def short_doc(self) -> str:
        """The 'What it does' paragraph of the docs, or the message."""
        text = self.docs.split("## Why", 1)[0]
        text = text.replace("## What it does", "").strip()
        return " ".join(text.split()) or self.message


DOCS_BASE = "https://github.com/vigilint/vigilint/blob/main/docs/rules"
