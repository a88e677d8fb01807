"""One finding per hand-rolled implementation: its region, its evidence as related locations
(SARIF relatedLocations), what was recognised and the audited call per language; look-alikes
stay clean."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from vigilint.analyzers.engine import Engine
from vigilint.analyzers.registry import all_rules
from vigilint.config import Settings
from vigilint.report import sarif
from vigilint.scan import scan

SCHEMA = json.loads((Path(__file__).parent.parent / "data" / "sarif-schema-2.1.0.json")
                    .read_text())


def crypto_findings(path: str, text: str) -> list:
    engine = Engine(rules=[r for r in all_rules() if r.category == "crypto-implementation"])
    return engine.analyze(path, textwrap.dedent(text)).findings


CIPHER_CLASS = """\
    import os


    class TokenBox:
        def __init__(self, key: bytes):
            self.key = key

        def seal(self, data: bytes) -> bytes:
            nonce = os.urandom(8)
            out = bytearray()
            for i, b in enumerate(data):
                out.append(b ^ self.key[i % len(self.key)])
            return nonce + bytes(out)

        def unseal(self, blob: bytes) -> bytes:
            data = blob[8:]
            return bytes(b ^ self.key[i % len(self.key)] for i, b in enumerate(data))


    def unrelated():
        return 1
    """


def test_a_cipher_class_is_one_finding_spanning_the_class():
    findings = crypto_findings("box.py", CIPHER_CLASS)
    assert len(findings) == 1
    finding = findings[0]
    assert finding.rule == "VG-CRYPTO-002"
    assert (finding.line, finding.end_line) == (4, 17)  # `class TokenBox` .. `unseal`'s return
    assert 12 in range(finding.line, finding.end_line + 1)  # the seeded XOR line
    assert {r.line for r in finding.related} == {12, 17}  # both XORs are evidence
    assert "`TokenBox` is a hand-rolled repeating-key XOR / keystream cipher" in finding.message
    assert "`AESGCM`" in finding.message and "line 12" in finding.message


@pytest.mark.parametrize(("path", "source", "advice"), [
    ("x.go", """\
        package x

        func Scramble(data, key []byte) []byte {
        \tout := make([]byte, len(data))
        \tfor i := range data {
        \t\tout[i] = data[i] ^ key[i%len(key)]
        \t}
        \treturn out
        }
        """, "`cipher.NewGCM`"),
    ("X.java", """\
        class X {
            byte[] scramble(byte[] data, byte[] key) {
                byte[] out = new byte[data.length];
                for (int i = 0; i < data.length; i++) {
                    out[i] = (byte) (data[i] ^ key[i % key.length]);
                }
                return out;
            }
        }
        """, "`Cipher.getInstance(\"AES/GCM/NoPadding\")`"),
    ("x.ts", """\
        export function scramble(text: string, key: string): string {
          let out = "";
          for (let i = 0; i < text.length; i++) {
            out += String.fromCharCode(text.charCodeAt(i) ^ key.charCodeAt(i % key.length));
          }
          return out;
        }
        """, "WebCrypto"),
])
def test_the_advice_is_the_audited_call_of_the_files_language(path, source, advice):
    findings = crypto_findings(path, source)
    assert len(findings) == 1 and advice in findings[0].message
    assert findings[0].related and findings[0].line < findings[0].related[0].line


def test_an_implementation_with_several_kinds_is_reported_once_by_its_most_specific():
    source = """\
        def rotl(v, c):
            return ((v << c) & 0xFFFFFFFF) | (v >> (32 - c))


        def mix(s, a, b, c, d):
            s[a] = (s[a] + s[b]) & 0xFFFFFFFF
            s[d] = rotl(s[d] ^ s[a], 16)
            s[c] = (s[c] + s[d]) & 0xFFFFFFFF
            s[b] = rotl(s[b] ^ s[c], 12)
            s[d] = rotl(s[d] ^ s[a], 8)
            s[b] = rotl(s[b] ^ s[c], 7)


        def block(key):
            state = [0x61707865, 0x3320646E, 0x79622D32, 0x6B206574] + key
            for _ in range(10):
                mix(state, 0, 4, 8, 12)
            return state
        """
    findings = crypto_findings("stream.py", source)
    assert [f.rule for f in findings] == ["VG-CRYPTO-003"]
    assert findings[0].line == 5 and findings[0].end_line == 18  # `mix` and `block`, merged
    assert "ChaCha20/Salsa20 constants" in findings[0].message


@pytest.mark.parametrize("source", [
    # a Caesar shift in a puzzle
    """\
    def puzzle_shift(text, shift):
        return "".join(chr((ord(c) - 97 + shift) % 26 + 97) for c in text)
    """,
    # a CRC table
    """\
    def crc_table():
        table = []
        for n in range(256):
            c = n
            for _ in range(8):
                c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
            table.append(c)
        return table
    """,
    # a Bloom filter's hash
    """\
    def bloom_positions(item, size, k):
        h = 0x811C9DC5
        for b in item.encode():
            h ^= b
            h = (h * 0x01000193) & 0xFFFFFFFF
        return [(h + i * 0x5BD1E995) % size for i in range(k)]
    """,
    # an early-exit comparison of non-secret data
    """\
    def rows_equal(left, right):
        for i in range(len(left)):
            if left[i] != right[i]:
                return False
        return True
    """,
])
def test_look_alikes_stay_clean(source):
    assert crypto_findings("lookalike.py", source) == []


def test_evidence_is_sarif_related_locations(tmp_path: Path):
    (tmp_path / "box.py").write_text(textwrap.dedent(CIPHER_CLASS))
    result = scan([tmp_path], Settings(), jobs=1)
    report = sarif.build(result.findings, result.rules, result.root, result.notices)
    import jsonschema

    jsonschema.validate(report, SCHEMA)
    results = [r for r in report["runs"][0]["results"] if r["ruleId"] == "VG-CRYPTO-002"]
    assert len(results) == 1
    region = results[0]["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["endLine"]) == (4, 17)
    related = results[0]["relatedLocations"]
    assert [r["physicalLocation"]["region"]["startLine"] for r in related] == [12, 17]
    assert all("evidence of a repeating-key XOR" in r["message"]["text"] for r in related)


def test_the_advice_reads_the_same_after_the_redactor():
    """Messages pass the one redactor; the audited calls they name must not look like
    secrets to it."""
    from vigilint.analyzers.crypto.advice import BY_KIND, advice
    from vigilint.analyzers.crypto.recognize import KINDS
    from vigilint.analyzers.secrets.redaction import redact_text

    for kind in BY_KIND:
        for language in ("python", "javascript", "typescript", "java", "go"):
            for hashing in (False, True):
                text = advice(kind, language, hashing)
                assert redact_text(text) == text, (kind, language)
    assert all(redact_text(name) == name for _, name in KINDS.values())
