"""The pydantic schema that validates settings given as data (configuration files, the
editor's settings, command-line overrides) before `vigilint.config.settings_from_mapping`
makes a `Settings` record of them.

Imported only when there is such data: pydantic and the schema build cost a one-file scan or
a prompt hook more than its work. The fields, defaults and order are those of the records in
vigilint/config.py (tests/test_config.py checks that they agree); the error messages people
see for a bad key are pydantic's, as before.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from vigilint.config import (
    DEFAULT_MAX_FILE_SIZE,
    Edition,
    checked_disabled_rules,
    checked_roles,
    parse_size,
)
from vigilint.model import Priority


class ServerSettingsSchema(BaseModel):
    model_config = ConfigDict(extra="forbid")

    debounce_ms: int = Field(default=100, ge=0, le=10_000)
    ai_heuristic: bool = False
    ai_heuristic_min_lines: int = Field(default=5, ge=2)
    security_context: bool = True


class ProvenanceSettingsSchema(BaseModel):
    model_config = ConfigDict(extra="forbid")

    store_prompt_text: bool = False
    ledger: bool = True


class LedgerSettingsSchema(BaseModel):
    model_config = ConfigDict(extra="forbid")

    url: str | None = None
    team: str | None = None
    repository: str | None = None
    branches: list[str] = Field(default_factory=lambda: ["main", "master"])


class SettingsSchema(BaseModel):
    model_config = ConfigDict(extra="forbid")

    include: list[str] = Field(default_factory=list)
    exclude: list[str] = Field(default_factory=list)
    max_file_size: int = Field(default=DEFAULT_MAX_FILE_SIZE, ge=1)
    disabled_rules: list[str] = Field(default_factory=list)
    rule_justifications: dict[str, str] = Field(default_factory=dict)
    fail_on: Priority = "P1"
    owasp_edition: Edition = "2021"
    server: ServerSettingsSchema = Field(default_factory=ServerSettingsSchema)
    provenance: ProvenanceSettingsSchema = Field(default_factory=ProvenanceSettingsSchema)
    ledger: LedgerSettingsSchema = Field(default_factory=LedgerSettingsSchema)
    known_packages: list[str] = Field(default_factory=list)
    project_packages: list[str] = Field(default_factory=list)
    roles: dict[str, list[str]] = Field(default_factory=dict)

    @field_validator("max_file_size", mode="before")
    @classmethod
    def _size(cls, value: Any) -> Any:
        if isinstance(value, str):
            return parse_size(value)
        return value

    @field_validator("roles")
    @classmethod
    def _roles(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        if not value:
            return value
        return checked_roles(value)

    @field_validator("disabled_rules")
    @classmethod
    def _no_wholesale_disable(cls, value: list[str]) -> list[str]:
        return checked_disabled_rules(value)
