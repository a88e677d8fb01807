"""The crypto constant tables: published values, look-alikes left out."""

from __future__ import annotations

from vigilint.analyzers.crypto import constants


def test_constant_tables_are_the_published_values():
    sbox = constants._aes_sbox()
    assert sbox[:4] == (0x63, 0x7C, 0x77, 0x7B) and sbox[255] == 0x16
    words = constants.word_tables()
    assert words[0x428A2F98] == "SHA-256 round constants"
    assert words[0xD76AA478] == "MD5 sine table"
    assert words[0x6A09E667] == "SHA-256 initial hash value"
    assert words[0x428A2F98D728AE22] == "SHA-512 round constants"
    assert 0x77073096 not in words and 0x9E3779B9 not in words  # CRC32, golden ratio


def test_byte_runs_skip_progressions():
    assert constants.match_sequence([1, 2, 4, 8, 16, 32, 64, 128]) is None
    assert constants.match_sequence(list(range(16))) is None
    assert constants.match_sequence([0x63, 0x7C, 0x77, 0x7B, 0xF2, 0x6B, 0x6F, 0xC5]) == \
        "AES S-box"
