"""Regions of pass i16j that a fixture's first line cannot pin: a modular exponentiation
helper and the class beside it that holds the private exponent (one finding over both), and
an RC4 type whose key schedule and output method are one finding."""

from __future__ import annotations

import textwrap

from vigilint.analyzers.engine import Engine
from vigilint.analyzers.registry import all_rules


def _findings(path: str, text: str) -> list:
    engine = Engine(rules=[r for r in all_rules() if r.category == "crypto-implementation"])
    return [f for f in engine.analyze(path, textwrap.dedent(text)).findings
            if f.category == "crypto-implementation"]


HELD_EXPONENT_JS = """\
    // Parking barrier: the handheld and the barrier agree on a session key (we encrypt the
    // plate list with it).
    const BAR_P = 2147483647n;
    const BAR_G = 3n;

    function powMod(base, exp, mod) {
      let r = 1n;
      base %= mod;
      while (exp > 0n) {
        if (exp & 1n) r = (r * base) % mod;
        base = (base * base) % mod;
        exp >>= 1n;
      }
      return r;
    }

    class BarrierLink {
      constructor() {
        this.secret = BigInt(Math.floor(Math.random() * 1e9));
      }

      hello() {
        return powMod(BAR_G, this.secret, BAR_P);
      }

      agree(theirs) {
        return powMod(theirs, this.secret, BAR_P);
      }
    }

    function squareOfTen() {
      return powMod(10n, 2n, 1000n);
    }

    module.exports = { BarrierLink, squareOfTen };
"""


def test_the_class_holding_the_exponent_joins_the_helper() -> None:
    found = _findings("barrier.js", HELD_EXPONENT_JS)
    assert [(f.rule, f.line, f.end_line) for f in found] == [("VG-CRYPTO-005", 6, 29)]


RC4_GO = """\
    package spool

    type sheetStream struct {
    \ts    [256]byte
    \ti, j uint8
    }

    func newSheetStream(key []byte) *sheetStream {
    \tc := &sheetStream{}
    \tfor n := range c.s {
    \t\tc.s[n] = byte(n)
    \t}
    \tvar j uint8
    \tfor n := 0; n < 256; n++ {
    \t\tj += c.s[n] + key[n%len(key)]
    \t\tc.s[n], c.s[j] = c.s[j], c.s[n]
    \t}
    \treturn c
    }

    func (c *sheetStream) xorInto(dst, src []byte) {
    \tfor k, b := range src {
    \t\tc.i++
    \t\tc.j += c.s[c.i]
    \t\tc.s[c.i], c.s[c.j] = c.s[c.j], c.s[c.i]
    \t\tdst[k] = b ^ c.s[c.s[c.i]+c.s[c.j]]
    \t}
    }

    func Protect(job string, pdf []byte) []byte {
    \tout := make([]byte, len(pdf))
    \tnewSheetStream([]byte("job-"+job)).xorInto(out, pdf)
    \treturn out
    }
"""


def test_rc4_output_and_key_schedule_are_one_finding() -> None:
    found = _findings("spool.go", RC4_GO)
    assert len(found) == 1
    assert found[0].rule == "VG-CRYPTO-002"
    assert found[0].line <= 8 and found[0].end_line >= 27
