"""The ids of the prompt guard's findings, which are also the `VG-PROMPT-*` rules' ids: a module
of their own, so that the rules (`rules.py`) load without the guard until a prompt is checked."""

from __future__ import annotations

RULE_CRYPTO = "VG-PROMPT-001"
RULE_CONSTRAINTS = "VG-PROMPT-002"
RULE_OWASP = "VG-PROMPT-003"
RULE_UNREAD = "VG-PROMPT-004"
