"""Mechanisms of pass i16i that a fixture's first line cannot pin: the region of a round
function's driver, of a generator whose multiplier is a class constant, and the
expected-versus-presented comparison outside tests."""

from __future__ import annotations

import textwrap

from vigilint.analyzers.engine import Engine
from vigilint.analyzers.registry import all_rules


def _findings(path: str, text: str) -> list:
    engine = Engine(rules=[r for r in all_rules() if r.category == "crypto-implementation"])
    return engine.analyze(path, textwrap.dedent(text)).findings


ARX_DRIVER_GO = """\
    package link

    func quarter(a, b, c, d uint32) (uint32, uint32, uint32, uint32) {
    \ta += b
    \td ^= a
    \td = d<<16 | d>>16
    \tc += d
    \tb ^= c
    \tb = b<<12 | b>>20
    \treturn a, b, c, d
    }

    func scramble(s [16]uint32) [16]uint32 {
    \tfor i := 0; i < 10; i++ {
    \t\ts[0], s[4], s[8], s[12] = quarter(s[0], s[4], s[8], s[12])
    \t}
    \treturn s
    }

    func unrelated(n int) int {
    \treturn n * 2
    }
"""


def test_the_loop_that_drives_a_round_function_beside_it_is_in_the_region():
    found = [f for f in _findings("link.go", ARX_DRIVER_GO) if f.rule == "VG-CRYPTO-003"]
    assert len(found) == 1
    assert (found[0].line, found[0].end_line) == (3, 18)  # quarter and scramble, not unrelated
    assert any(r.line == 15 for r in found[0].related)  # the call in the loop


ARX_FAR_CALLER_TS = """\
    const rotl = (x: number, r: number) => (x << r) | (x >>> (32 - r));
    function qr(s: Uint32Array, a: number, b: number, c: number, d: number): void {
      s[a] += s[b]; s[d] ^= s[a]; s[d] = rotl(s[d], 16);
      s[c] += s[d]; s[b] ^= s[c]; s[b] = rotl(s[b], 12);
    }
    export function render(rows: string[]): string {
      return rows.join("\\n");
    }
    export function core(s: Uint32Array): void {
      for (let i = 0; i < 10; i++) qr(s, 0, 4, 8, 12);
    }
"""


def test_a_driver_elsewhere_in_the_file_does_not_stretch_the_region_over_other_code():
    found = [f for f in _findings("core.ts", ARX_FAR_CALLER_TS) if f.rule == "VG-CRYPTO-003"]
    assert len(found) == 1
    assert found[0].end_line == 5


FIELD_MULTIPLIER = """\
    final class Codes {
        private static final long MUL = 25214903917L;
        private long s = System.nanoTime();

        long step() {
            s = (s * MUL + 11L) & ((1L << 48) - 1);
            return s >>> 16;
        }

        String apiKey() {
            return Long.toHexString(step());
        }
    }
"""


def test_a_generator_whose_multiplier_is_a_class_constant_is_reported_where_it_steps():
    found = [f for f in _findings("Codes.java", FIELD_MULTIPLIER) if f.rule == "VG-CRYPTO-006"]
    assert len(found) == 1
    assert found[0].line <= 6 <= found[0].end_line  # the step, not only the constant


PRESENTED = """\
    def voucher_ok(expected: str, supplied: str) -> bool:
        if len(expected) != len(supplied):
            return False
        for a, b in zip(expected, supplied):
            if a != b:
                return False
        return True
"""


def test_expected_against_presented_is_a_credential_check_but_not_in_a_test_file():
    assert [f.rule for f in _findings("app/vouchers.py", PRESENTED)] == ["VG-CRYPTO-007"]
    assert _findings("tests/test_vouchers.py", PRESENTED) == []
