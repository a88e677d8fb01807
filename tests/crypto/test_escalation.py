"""The provenance escalation hook raises crypto-guard findings one likelihood step."""

from __future__ import annotations

from vigilint.analyzers.crypto.escalation import escalate_for_ai
from vigilint.analyzers.engine import Engine
from vigilint.analyzers.registry import all_rules
from vigilint.model import Provenance


def _finding(rule_id: str, path: str, text: str):
    engine = Engine(rules=[r for r in all_rules() if r.id == rule_id])
    findings = engine.analyze(path, text).findings
    assert findings, f"{rule_id} found nothing"
    return findings[0]


def test_unverified_package_is_raised_one_step():
    finding = _finding("VG-DEP-002", "app.py", "import secure_token_vault_client_pro\n")
    assert (finding.likelihood, finding.impact, finding.priority) == ("possible", "low", "P4")
    raised = escalate_for_ai(finding, Provenance(tool="copilot"))
    assert (raised.likelihood, raised.priority) == ("likely", "P3")
    assert raised.provenance is not None and raised.provenance.tool == "copilot"


def test_crypto_finding_uses_its_own_provenance():
    finding = _finding("VG-CRYPTO-001", "k.py", "K = [0x428A2F98, 0x71374491, 0xB5C0FBCF]\n")
    finding = finding.model_copy(update={"provenance": Provenance(tool="cursor")})
    raised = escalate_for_ai(finding)
    assert finding.likelihood == "likely" and raised.likelihood == "very-likely"
    assert raised.priority == "P0"


def test_human_code_and_other_categories_are_unchanged():
    finding = _finding("VG-API-001", "a.py", "import secrets\nsecrets.token_string(3)\n")
    assert escalate_for_ai(finding) is finding  # no provenance: nothing to do
    human = escalate_for_ai(finding, Provenance(ai_generated=False))
    assert human.likelihood == finding.likelihood and human.provenance is not None
    other = finding.model_copy(update={"category": "injection"})
    assert escalate_for_ai(other, Provenance()).likelihood == other.likelihood


def test_very_likely_stays_very_likely():
    finding = _finding("VG-CRYPTO-008", "e.py",
                       "import base64\nencrypted_password = base64.b64encode(pw)\n")
    assert finding.likelihood == "very-likely"
    assert escalate_for_ai(finding, Provenance()).likelihood == "very-likely"
