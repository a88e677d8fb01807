"""Provenance escalation for the crypto guard's findings.

The crypto-implementation (VG-CRYPTO-*), hallucinated-api (VG-API-*) and
vulnerable-dependency (VG-DEP-*) rules take their priority from the risk matrix
(likelihood x impact, `vigilint.policy.priority`). When the code under a finding was written
by an AI tool these flaws are more likely to be real - assistants hand-roll crypto, invent APIs
and invent package names - so the provenance engine calls:

    from vigilint.analyzers.crypto.escalation import escalate_for_ai
    finding = escalate_for_ai(finding)                 # uses finding.provenance
    finding = escalate_for_ai(finding, provenance)     # or an explicit Provenance

It raises the likelihood one step (unlikely -> possible -> likely -> very-likely), recomputes the
priority from the matrix, and attaches the provenance. Findings of other categories, findings
without AI provenance, and findings already at very-likely come back unchanged (apart from the
provenance being attached). The function is pure but not idempotent: call it once per
finding, when provenance is joined.
"""

from __future__ import annotations

from vigilint.model import Finding, Likelihood, Provenance
from vigilint.policy import priority

ESCALATED_CATEGORIES = frozenset({"crypto-implementation", "hallucinated-api",
                                  "vulnerable-dependency"})
_STEP_UP: dict[Likelihood, Likelihood] = {
    "unlikely": "possible",
    "possible": "likely",
    "likely": "very-likely",
    "very-likely": "very-likely",
}


def escalate_for_ai(finding: Finding, provenance: Provenance | None = None) -> Finding:
    """The finding with its likelihood raised one step when the code is AI-generated."""
    source = provenance if provenance is not None else finding.provenance
    update: dict[str, object] = {}
    if provenance is not None and finding.provenance != provenance:
        update["provenance"] = provenance
    if source is not None and source.ai_generated and finding.category in ESCALATED_CATEGORIES:
        likelihood = _STEP_UP[finding.likelihood]
        if likelihood != finding.likelihood:
            update["likelihood"] = likelihood
            update["priority"] = priority(likelihood, finding.impact)
    return finding.model_copy(update=update) if update else finding
