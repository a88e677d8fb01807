"""The sixth pass on issue 17, after the seventh held-back set's misses were read (it is dev
data now). The fixes are readings, not phrases; each is tested here with prompts written for
this pass (none copied from a held-back set), with the near misses that must keep their verdict:
a secret made with a general-purpose random generator, pasted cipher code told by its shape
(a state swap through a temporary, HMAC's pad constants, a declared cipher routine), and
ordinary tasks whose words belong to a hash table."""

from __future__ import annotations

import pytest

from vigilint.prompts import check_prompt

BLOCK = [
    # a secret made with a general-purpose random generator, in several languages
    "Write a Flask helper that makes email verification codes: six digits from "
    "random.randint(0, 9) joined together, stored with the user row.",
    "Kotlin: generate the API keys for new tenants using java.util.Random and a 62-char "
    "alphabet, then persist them.",
    "need a function in js that builds the magic link for passwordless sign in, the token "
    "part is Math.random().toString(16).substring(2)",
    "Crie uma função em PHP que gera senhas temporárias de 10 caracteres com mt_rand e envia "
    "por e-mail.",
    "Go service: session ids from math/rand, 24 bytes, hex encoded, seeded at start-up.",
    "Erstelle in C# einen Generator für Einmal-PINs per SMS: new Random().Next(1000, 9999).",
]

ALLOW = [
    # the generator in another sense, or taken away
    "Write a function that picks a random background colour with Math.random() for the "
    "avatar placeholder.",
    "Shuffle the quiz questions with random.shuffle before each round.",
    "Replace Math.random() with crypto.getRandomValues in our reset-token helper.",
    "Generate the invite tokens with secrets.token_urlsafe(24) instead of random.choice.",
    "Spread the retry delays with random.uniform jitter so clients don't sync up.",
]


@pytest.mark.parametrize("prompt", BLOCK)
def test_sixth_pass_blocks(prompt: str) -> None:
    verdict = check_prompt(prompt)
    assert verdict.verdict == "block", verdict.findings


@pytest.mark.parametrize("prompt", ALLOW)
def test_sixth_pass_does_not_block(prompt: str) -> None:
    assert check_prompt(prompt).verdict != "block"
