"""Pass i16o: what a finding calls the implementation. A party of a textbook Diffie-Hellman
(one private exponent raising two bases modulo one prime) is not textbook RSA (e and d modulo
n), whatever its fields are called; Atbash and a keyed alphabet are substitutions, not a
Caesar shift; the mixing of a MAC's helper is the MAC's region (a reduction is its loop)."""

from __future__ import annotations

import textwrap

from vigilint.analyzers.engine import Engine
from vigilint.analyzers.registry import all_rules


def _findings(path: str, text: str) -> list:
    engine = Engine(rules=[r for r in all_rules() if r.category == "crypto-implementation"])
    return [f for f in engine.analyze(path, textwrap.dedent(text)).findings
            if f.category == "crypto-implementation"]


DH_FIELDS_PY = """\
    import secrets


    class KioskPairing:
        modulus = 4294967291
        base = 5

        def __init__(self) -> None:
            self.mine = secrets.randbelow(self.modulus - 3) + 2

        def offer(self) -> int:
            return pow(self.base, self.mine, self.modulus)

        def agree(self, theirs: int) -> bytes:
            return pow(theirs, self.mine, self.modulus).to_bytes(4, "big")
    """

RSA_PAIR_PY = """\
    from dataclasses import dataclass


    @dataclass
    class TenantKeys:
        n: int
        e: int
        d: int


    def wrap_key(keys: TenantKeys, document_key: bytes) -> int:
        return pow(int.from_bytes(document_key, "big"), keys.e, keys.n)


    def unwrap_key(keys: TenantKeys, wrapped: int) -> bytes:
        return pow(wrapped, keys.d, keys.n).to_bytes(32, "big")


    def sign_manifest(keys: TenantKeys, digest: int) -> int:
        return pow(digest, keys.d, keys.n)
    """

DH_GO = """\
    package scoreboard

    import (
    \t"math/big"
    \t"math/rand"
    )

    var prime, _ = new(big.Int).SetString("FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD1", 16)

    type link struct {
    \tpriv *big.Int
    \tg    *big.Int
    }

    func newLink() *link {
    \treturn &link{priv: big.NewInt(rand.Int63()), g: big.NewInt(2)}
    }

    func (l *link) Public() *big.Int {
    \treturn new(big.Int).Exp(l.g, l.priv, prime)
    }

    func (l *link) Shared(peer *big.Int) *big.Int {
    \treturn new(big.Int).Exp(peer, l.priv, prime)
    }
    """


def test_one_exponent_two_bases_is_diffie_hellman() -> None:
    for path, text in (("pairing.py", DH_FIELDS_PY), ("link.go", DH_GO)):
        found = _findings(path, text)
        assert found, path
        assert all("Diffie-Hellman" in f.message and "RSA" not in f.message.split("(")[0]
                   for f in found), [f.message for f in found]


def test_e_and_d_modulo_n_stays_rsa() -> None:
    found = _findings("vault.py", RSA_PAIR_PY)
    assert found
    assert all("textbook RSA" in f.message and "Diffie" not in f.message for f in found)


ATBASH_GO = """\
    package tenancy

    import "strings"

    func flip(r rune) rune {
    \tif r >= 'A' && r <= 'Z' {
    \t\treturn 'Z' - (r - 'A')
    \t}
    \treturn r
    }

    func StorePassword(store map[string]string, user, password string) {
    \tstore[user] = strings.Map(flip, strings.ToUpper(password))
    }
    """

KEYED_JS = """\
    const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const SUB = 'QWERTYUIOPASDFGHJKLZXCVBNM';

    function storeAdminPassword(password) {
      return password.toUpperCase().split('').map((c) => SUB[LETTERS.indexOf(c)] ?? c).join('');
    }
    module.exports = { storeAdminPassword };
    """


def test_atbash_and_keyed_alphabet_are_named_as_substitutions() -> None:
    atbash = _findings("tenancy.go", ATBASH_GO)
    assert [f.rule for f in atbash] == ["VG-CRYPTO-008"]
    assert "Atbash substitution" in atbash[0].message and "Caesar" not in atbash[0].message
    keyed = _findings("admin.js", KEYED_JS)
    assert [f.rule for f in keyed] == ["VG-CRYPTO-008"]
    assert "monoalphabetic substitution" in keyed[0].message
    assert "Caesar" not in keyed[0].message


REDUCE_HELPER_JS = """\
    const SECRET = process.env.HOOK_SECRET || 'x';

    const fold = (s) => [...s].reduce((h, c) => (Math.imul(h, 33) ^ c.charCodeAt(0)) >>> 0, 5381);

    function hookSignature(body) {
      return fold(SECRET + JSON.stringify(body)).toString(16);
    }
    module.exports = { hookSignature };
    """


def test_the_mac_region_grows_up_over_its_reduction_helper() -> None:
    found = _findings("hooks.js", REDUCE_HELPER_JS)
    assert [(f.rule, f.line, f.end_line) for f in found] == [("VG-CRYPTO-009", 3, 7)]
