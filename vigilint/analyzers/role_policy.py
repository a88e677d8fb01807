"""What a code role does to a finding: per role and category, keep it, cap its priority, or drop
it (docs/roles.md has the table).

Findings outside app code are kept, because a real flaw there can still hurt (a live key in a
test leaks like any other, a hallucinated test dependency still installs), but they carry the
role and most are demoted: injection through a test client is P4, a missing timeout in a test is
dropped. Likelihood and impact stay what the rule found; only the priority is capped. Secrets
keep their priority here: whether a value in a test or in the docs is a known test or
documentation value is the secret detectors' decision.
"""

from __future__ import annotations

from typing import Literal

from vigilint.model import PRIORITIES, Category, Finding, Priority, Role

Action = Priority | Literal["keep", "drop"]

_TEST: dict[str, Action] = {
    "*": "P4",
    "secret": "keep",
    "resource-exhaustion": "drop",  # timeouts and body limits against a local test server
    "vulnerable-dependency": "P3",  # the import of an unknown package still deserves a look
    "scanner-bypass": "P3",
}
_DOCS: dict[str, Action] = {
    "*": "P3",  # readers copy examples: worth a look, not a failed build
    "secret": "keep",
    "resource-exhaustion": "P4",
    "data-leakage": "P4",
}
POLICY: dict[Role, dict[str, Action]] = {
    "app": {"*": "keep"},
    "test": _TEST,
    "fixture": _TEST,
    "docs": _DOCS,
    "example": _DOCS,
    "generated": {"*": "P4", "secret": "keep"},  # fix the generator, not its output
    "vendored": {"*": "P3", "secret": "keep"},  # fixed upstream, by upgrading the copy
    "build": {"*": "P3", "secret": "keep", "resource-exhaustion": "P4"},  # inputs are the developer's
}


def action_for(role: Role, category: Category) -> Action:
    table = POLICY[role]
    return table.get(category, table["*"])


def apply_role(finding: Finding, role: Role) -> Finding | None:
    """The finding as its file's role leaves it: with the role set and the priority capped, or
    None when the role drops it."""
    if role == "app":
        return finding
    action = action_for(role, finding.category)
    if action == "drop":
        return None
    update: dict[str, object] = {"role": role}
    if action != "keep" and PRIORITIES.index(finding.priority) < PRIORITIES.index(action):
        update["priority"] = action
    return finding.model_copy(update=update)
