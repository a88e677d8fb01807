"""The redactor hides random-looking tokens, not the names and paths rule messages are made of."""

import pytest

from vigilint.analyzers.secrets.redaction import MASK, redact_text


@pytest.mark.parametrize("text", [
    "Use `argon2.PasswordHasher` or `hashlib.scrypt` instead.",
    "Use crypto/sha256 and Argon2PasswordEncoder.",
    "Prefer PBKDF2WithHmacSHA256 or Pbkdf2PasswordEncoder.",
    "src/main/java/org/owasp/benchmark/testcode/BenchmarkTest00042.java",
    "golang.org/x/crypto/argon2.IDKey with github.com/gin-gonic/gin/v2",
])
def test_names_and_paths_are_kept(text: str) -> None:
    assert redact_text(text) == text


@pytest.mark.parametrize("secret", [
    "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    "4eC39HqLyjWDarjtT1zdp7dcQw",
    "aB3dE5fG7hJ9kL1mN3pQrS",
    "Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA",
])
def test_random_tokens_are_still_masked(secret: str) -> None:
    out = redact_text(f"the value {secret} was seen")
    assert secret not in out and MASK in out
    assert all(secret[i:i + 8] not in out for i in range(len(secret) - 7))
