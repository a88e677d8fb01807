"""Secret detectors, entropy, placeholders and redaction.

- `catalog.py`: one declarative row per credential type (161 rows: cloud, VCS/CI/registries,
  chat/mail, payment, AI providers, SaaS, private keys, JWTs, connection strings); `rules.py`
  turns each row into a `VG-SEC-NNN` rule, plus VG-SEC-250 (passwords) and VG-SEC-251 (other
  secrets) from `generic.py`.
- `scanner.py`: one pass per file shared by all secret rules (keyword and candidate-line
  prefilters, capped windows); `filters.py` and `entropy.py`: pure predicates.
- `pairs.py`: values given by context: setters and builders, fallbacks of environment lookups,
  `name:`/`value:` pairs, credential-call arguments, the secret next to an AWS key id.
- `redaction.py`: the one redactor. `redact_text(text)` for any outgoing text and
  `redact_finding(finding)` for findings (defence in depth: known values, recognised values,
  credential-shaped tokens on lines that carry a secret); secrets leave only as a 4-character
  preview and an HMAC-SHA256 fingerprint. The HMAC key is per install
  (`$XDG_CONFIG_HOME/vigilint/secret.key`, mode 0600, created on first use). **Set `VIGILINT_HMAC_KEY`** (any string, kept secret in CI) to use one
  key on every machine, so that a baseline written with `vigilint scan --write-baseline` in CI
  matches findings elsewhere; without it, secret fingerprints differ between installs.

Where the placeholder line is drawn is documented in `filters.py`, the priority ladder in
`rules.hit_for`, all of it in docs/secrets.md.
"""
