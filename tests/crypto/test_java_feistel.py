"""A hand-rolled Java Feistel cipher is one finding, whatever the class looks like: encrypt and
decrypt methods in one class, the rounds in a private helper that `encrypt` calls, the rounds
in a static nested class or in a second class of the file that the first calls, an encrypt
and a decrypt whose rounds are written differently or that share one round function. The
region spans the implementation, the evidence lines are related locations, and the message
names the Feistel rounds (issue 16: one Java Feistel class of the held-back set was reported
twice)."""

from __future__ import annotations

import textwrap

import pytest

from vigilint.analyzers.engine import Engine
from vigilint.analyzers.registry import all_rules


def crypto_findings(path: str, text: str) -> list:
    engine = Engine(rules=[r for r in all_rules() if r.category == "crypto-implementation"])
    return engine.analyze(path, textwrap.dedent(text)).findings


ONE_CLASS = """\
    public final class ToyBlock {
        private final int[] roundKeys;

        public ToyBlock(int[] roundKeys) {
            this.roundKeys = roundKeys.clone();
        }

        private static int mix(int half, int key) {
            int x = (half * 0x9E3779B1) ^ key;
            return (x << 7) | (x >>> 25);
        }

        public long encrypt(long block) {
            int left = (int) (block >>> 32);
            int right = (int) block;
            for (int r = 0; r < 16; r++) {
                int tmp = right;
                right = left ^ mix(right, roundKeys[r]);
                left = tmp;
            }
            return ((long) right << 32) | (left & 0xFFFFFFFFL);
        }

        public long decrypt(long block) {
            int left = (int) (block >>> 32);
            int right = (int) block;
            for (int r = 15; r >= 0; r--) {
                int tmp = right;
                right = left ^ mix(right, roundKeys[r]);
                left = tmp;
            }
            return ((long) right << 32) | (left & 0xFFFFFFFFL);
        }
    }
    """

HELPER_ROUNDS = """\
    public final class RideTicketCodec {
        private final int[] keys;

        public long encrypt(long ticket) {
            int hi = (int) (ticket >>> 32);
            int lo = (int) ticket;
            int[] out = rounds(hi, lo);
            return ((long) out[0] << 32) | (out[1] & 0xFFFFFFFFL);
        }

        public RideTicketCodec(int[] keys) {
            this.keys = keys;
        }

        private int[] rounds(int left, int right) {
            for (int i = 0; i < keys.length; i++) {
                int saved = right;
                right = left ^ step(right, keys[i]);
                left = saved;
            }
            return new int[] {right, left};
        }

        private static int step(int half, int key) {
            return Integer.rotateLeft(half ^ key, 9) + 0x7F4A7C15;
        }
    }
    """

NESTED_CLASS = """\
    public class PublicIdService {
        private final int salt;

        public PublicIdService(int salt) {
            this.salt = salt;
        }

        public long encryptId(long id) {
            long mixed = id ^ ((long) salt << 16);
            return Rounds.forward(mixed, salt);
        }

        public long decryptId(long token) {
            return Rounds.backward(token, salt) ^ ((long) salt << 16);
        }

        private static final class Rounds {
            static long forward(long v, int k) {
                int l = (int) (v >>> 32), r = (int) v;
                for (int i = 0; i < 6; i++) {
                    int t = r;
                    r = l ^ f(r, k + i);
                    l = t;
                }
                return ((long) r << 32) | (l & 0xFFFFFFFFL);
            }

            static long backward(long v, int k) {
                int r = (int) (v >>> 32), l = (int) v;
                for (int i = 5; i >= 0; i--) {
                    int t = l;
                    l = r ^ f(l, k + i);
                    r = t;
                }
                return ((long) r << 32) | (l & 0xFFFFFFFFL);
            }

            private static int f(int x, int k) {
                return (x * 0x2545F491) ^ (x >>> 11) ^ k;
            }
        }
    }
    """


INVERSE_PAIR = """\
    public final class ParkingPassCipher {
        private final int[] keys = {0x1F2E3D4C, 0x5A6B7C8D, 0x0F1E2D3C, 0x4B5A6978};

        public long encrypt(long pass) {
            int l = (int) (pass >>> 32), r = (int) pass;
            for (int i = 0; i < keys.length; i++) { int t = l; l = r; r = t ^ f(r, keys[i]); }
            return ((long) l << 32) | (r & 0xFFFFFFFFL);
        }

        private static int f(int x, int k) {
            return Integer.rotateLeft(x ^ k, 3) * 0x01000193;
        }

        public long decrypt(long pass) {
            int l = (int) (pass >>> 32);
            int r = (int) pass;
            for (int i = keys.length - 1; i >= 0; i--) {
                int t = r;
                r = l ^ f(r, keys[i]);
                l = t;
            }
            return ((long) r << 32) | (l & 0xFFFFFFFFL);
        }
    }
    """

SHARED_ROUND = """\
    public class BoardingPassCodec {
        private final int[] keys;

        public BoardingPassCodec(int[] keys) {
            this.keys = keys.clone();
        }

        public long encryptPass(long pass) {
            int l = (int) (pass >>> 32), r = (int) pass;
            for (int i = 0; i < keys.length; i++) { int t = l; l = r; r = t ^ round(r, keys[i]); }
            return ((long) l << 32) | (r & 0xFFFFFFFFL);
        }

        public long decryptPassNumber(long pass) {
            int l = (int) (pass >>> 32);
            int r = (int) pass;
            for (int i = keys.length - 1; i >= 0; i--) {
                int t = r;
                r = l ^ round(r, keys[i]);
                l = t;
            }
            return ((long) r << 32) | (l & 0xFFFFFFFFL);
        }

        private static int round(int x, int k) {
            return Integer.rotateLeft(x + k, 7) ^ (x >>> 4);
        }
    }
    """

HELPER_CLASS = """\
    public class EventTicketCodec {
        private final int key;

        public EventTicketCodec(int key) {
            this.key = key;
        }

        public long encrypt(long ticket) {
            long whitened = ticket ^ ((long) key << 32 | key);
            return FeistelNetwork.forward(whitened, key);
        }
    }

    final class FeistelNetwork {
        private FeistelNetwork() {
        }

        static long forward(long block, int key) {
            int left = (int) (block >>> 32), right = (int) block;
            for (int i = 0; i < 8; i++) {
                int t = right;
                right = left ^ ((right * 0x45D9F3B) + (key >>> i));
                left = t;
            }
            return ((long) right << 32) | (left & 0xFFFFFFFFL);
        }
    }
    """


@pytest.mark.parametrize(("source", "region", "rounds"), [
    (ONE_CLASS, (1, 34), {18, 29}),
    (HELPER_ROUNDS, (1, 27), {18}),
    (NESTED_CLASS, (1, 42), {22, 32}),
    (INVERSE_PAIR, (1, 24), {6, 19}),
    (SHARED_ROUND, (1, 28), {10, 19}),
    (HELPER_CLASS, (8, 26), {8, 22}),
], ids=["encrypt-and-decrypt", "rounds-in-a-helper", "static-nested-class",
        "encrypt-and-decrypt-written-differently", "one-round-function-for-both",
        "rounds-in-a-helper-class"])
def test_a_java_feistel_class_is_one_finding_over_the_class(source, region, rounds):
    findings = crypto_findings("Cipher.java", source)
    assert [f.rule for f in findings] == ["VG-CRYPTO-004"]
    finding = findings[0]
    assert (finding.line, finding.end_line) == region
    assert "Feistel" in finding.message
    assert rounds <= {r.line for r in finding.related}  # the round lines are the evidence


def test_two_feistel_classes_in_one_file_stay_two_findings():
    source = textwrap.dedent(HELPER_ROUNDS).replace("public final class", "final class") + \
        "\n" + textwrap.dedent(NESTED_CLASS).replace("public class", "class")
    findings = crypto_findings("Two.java", source)
    assert [(f.rule, f.line) for f in findings] == [("VG-CRYPTO-004", 1), ("VG-CRYPTO-004", 29)]
