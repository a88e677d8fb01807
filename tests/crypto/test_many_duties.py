"""One finding per implementation in files of many duties (issue 16, holdout5: a class holding
an RC5-like cipher, a CRC and a test-bench simulation was reported as a whole, flagging the
look-alikes; RSA sign/verify methods and a pad/unpad pair of one class drew two findings each;
an encrypt written with S-box rounds and its decrypt written with XORs drew two).

The fixtures (tests/fixtures/crypto_units/many/) hold several implementations and
look-alikes each; every crypto rule runs on them and the findings must be exactly the expected
ones: one per implementation, over the methods that implement (not the whole class when the
class does other things), never over the checksum or the simulation."""

from __future__ import annotations

from pathlib import Path

import pytest

from vigilint.analyzers.engine import Engine
from vigilint.analyzers.registry import all_rules

FIXTURES = Path(__file__).parent.parent / "fixtures" / "crypto_units" / "many"
ENGINE = Engine(rules=[r for r in all_rules() if r.category == "crypto-implementation"])

# file -> [(rule, first line, last line)]
CASES = {
    # RSA sign + a verify named otherwise; pad + unpad for a NoPadding CBC; a CRC and a
    # seeded simulation in the same class stay outside both
    "ParcelLocker.java": [("VG-CRYPTO-005", 23, 31), ("VG-CRYPTO-009", 33, 43)],
    # a key schedule kept in a field by the constructor and the rounds that read it; the
    # class's CRC and noise model are not covered
    "fleet_radio.py": [("VG-CRYPTO-003", 16, 28)],
    # PKCS#1 v1.5 laid out by hand for the RSA that reads it: one implementation
    "rsaPad.js": [("VG-CRYPTO-005", 5, 25)],
    "rsa_block.py": [("VG-CRYPTO-005", 7, 18)],
    "rsa_pad.go": [("VG-CRYPTO-005", 9, 26)],
    # an ARX command cipher, a CRC-16 and a Lehmer-generator simulation in one TypeScript
    # class; seal/open XOR methods, Adler-32 and a seeded simulation in one Python class
    "droneLink.ts": [("VG-CRYPTO-003", 8, 14)],
    "greenhouse.py": [("VG-CRYPTO-002", 8, 12)],
}


def test_every_fixture_is_a_case():
    assert set(CASES) == {p.name for p in FIXTURES.iterdir()}


@pytest.mark.parametrize(("name", "expected"), sorted(CASES.items()))
def test_one_finding_per_implementation(name, expected):
    text = (FIXTURES / name).read_text(encoding="utf-8")
    findings = ENGINE.analyze(name, text).findings
    assert sorted((f.rule, f.line, f.end_line) for f in findings) == sorted(expected)
