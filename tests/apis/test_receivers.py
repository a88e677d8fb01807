"""Receiver types of the hallucinated-API rules: only calls on receivers whose type the code
shows are checked, through declarations, constructors, injected fields, parameters, imports and
what inventoried calls return."""

from __future__ import annotations

import textwrap

import pytest

from vigilint.analyzers.apis import inventory
from vigilint.analyzers.engine import Engine
from vigilint.analyzers.registry import all_rules


def api_lines(path: str, text: str) -> dict[int, str]:
    engine = Engine(rules=[r for r in all_rules() if r.category == "hallucinated-api"])
    findings = engine.analyze(path, textwrap.dedent(text)).findings
    return {f.line: f.message for f in findings}


def test_return_types_come_from_the_generated_inventory():
    assert inventory.returns("python", "ssl.create_default_context") == ("ssl.SSLContext",)
    assert inventory.returns("python", "argon2.PasswordHasher") == ("argon2.PasswordHasher",)
    assert inventory.returns("javascript", "crypto.createHash") == ("crypto.Hash",)
    assert "crypto.CipherGCM" in inventory.returns("javascript", "crypto.createCipheriv")
    assert inventory.returns("javascript", "express-validator.body") == (
        "express-validator.ValidationChain",)
    assert inventory.returns("go", "crypto/cipher.NewGCM") == ("crypto/cipher.AEAD",)
    assert inventory.returns("java", "java.security.MessageDigest.getInstance") == (
        "java.security.MessageDigest",)
    # inherited members are listed: a Hash is a stream
    assert inventory.namespaces("javascript")["crypto.Hash"].has("pipe")
    assert inventory.namespaces("go")["hash.Hash"].has("Write")  # embedded io.Writer


def test_spring_password_encoder_injected_by_constructor():
    lines = api_lines("Accounts.java", """\
        import org.springframework.security.crypto.password.PasswordEncoder;

        class Accounts {
            private final PasswordEncoder encoder;

            Accounts(PasswordEncoder encoder) { this.encoder = encoder; }

            String store(String raw) { return encoder.encode(raw); }

            String storeLegacy(String raw) { return encoder.hash(raw); }

            boolean check(String raw, String h) { return this.encoder.verify(raw, h); }
        }
        """)
    assert set(lines) == {10, 12}
    assert lines[10] == ("`PasswordEncoder` (org.springframework.security.crypto.password) has "
                         "no `hash`; did you mean `encode`?")
    assert "did you mean `matches`?" in lines[12]


def test_module_members_shlex_and_dompurify():
    assert list(api_lines("a.py", "import shlex\nshlex.escape(x)\nshlex.quote(x)\n")) == [2]
    lines = api_lines("a.js", "import DOMPurify from 'dompurify';\n"
                              "DOMPurify.sanitizeHtml(x);\nDOMPurify.sanitize(x);\n")
    assert list(lines) == [2] and "did you mean `sanitize`?" in lines[2]


@pytest.mark.parametrize(("path", "source"), [
    ("u.py", """\
        def f(client, factory):
            client.hash_password("x")
            factory().encrypt_string("y")
        """),
    ("u.ts", """\
        export function f(thing: unknown, other: any) {
          return [(thing as any).digestHex(), other.sanitizeHtml()];
        }
        """),
    ("U.java", """\
        class U {
            Object f(Object encoder, Repository repo) { return encoder.hash("x") + repo.verify(); }
        }
        """),
    ("u.go", """\
        package u

        func f(h interface{ Digest() []byte }, x Thing) []byte { x.Encrypt(); return h.Digest() }
        """),
])
def test_receivers_of_unknown_type_are_never_reported(path, source):
    assert api_lines(path, source) == {}


def test_python_self_fields_and_locals_from_factories():
    lines = api_lines("s.py", """\
        import ssl
        from argon2 import PasswordHasher


        class Users:
            def __init__(self):
                self.ph = PasswordHasher()

            def add(self, pw):
                return self.ph.hash(pw), self.ph.hash_password(pw)


        def client():
            ctx = ssl.create_default_context()
            ctx.set_minimum_version(3)
            return ctx.wrap_socket
        """)
    assert set(lines) == {10, 15}


def test_go_first_result_and_composite_literals():
    lines = api_lines("g.go", """\
        package g

        import (
        \t"crypto/aes"
        \t"crypto/cipher"
        \t"crypto/tls"
        )

        func f(key []byte) {
        \tblock, _ := aes.NewCipher(key)
        \tgcm, err := cipher.NewGCM(block)
        \t_ = err
        \tgcm.Seal(nil, nil, nil, nil)
        \tgcm.Encrypt(nil)
        \tcfg := &tls.Config{}
        \tcfg.SetMinVersion(tls.VersionTLS13)
        }
        """)
    assert set(lines) == {14, 16}
    assert lines[14] == "`AEAD` (crypto/cipher) has no `Encrypt`; did you mean `Seal`?"


def test_plain_javascript_parameters_are_read_without_typescript_node_kinds():
    """A receiver that is a parameter of a plain-JavaScript function: the TypeScript-only
    parameter kinds are not queried (the rule used to fail on every such file)."""
    source = textwrap.dedent("""\
        const crypto = require('crypto');
        function digest(hash, data) {
          hash.update(data);
          return crypto.createHashPassword(data);
        }
        """)
    analysis = Engine(rules=[r for r in all_rules() if r.id.startswith("VG-API")]).analyze(
        "digest.js", source)
    assert analysis.errors == []
    assert [f.line for f in analysis.findings if f.rule == "VG-API-002"] == [4]
