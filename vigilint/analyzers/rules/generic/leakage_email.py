"""## What it does
Flags personal e-mail addresses in code and config. Addresses at reserved or documentation
domains (`example.com`, `.test`, `.invalid`, `localhost`), no-reply and role addresses (`info@`,
`support@`, `security@`, ...), obvious placeholders (`john.doe@`, `you@`, `user@`) and attribution
lines (author, maintainer, copyright, `Signed-off-by`), the author, maintainer and contributor
entries of manifests (`package.json`, `pyproject.toml`), credit and citation files (`AUTHORS`,
`CODEOWNERS`, `.mailmap`, `copyright`, `CITATION.cff`, `codemeta.json`), licence texts
(`LICENSE`, `LICENSE-MIT.txt`: the copyright holders, often over several lines) and gettext catalogs
(`.po`: translator credits) are left alone, as are docs, tests, comments and docstrings. The address is masked in the report.

## Why is this bad?
A person's address in source code is personal data (GDPR and similar laws apply) that spreads to
every clone, log and model trained on the code; AI assistants also reproduce real people's
addresses from their training data.

## Example
```python
ALERT_TO = "jane.smith84@gmail.com"
```

## Use instead
```python
ALERT_TO = settings.ALERT_EMAIL  # or a role address: alerts@yourcompany.com
```

## References
- CWE-359: Exposure of Private Personal Information to an Unauthorized Actor
- OWASP A01:2021 Broken Access Control
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from vigilint import lazyre
from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.rules.generic.leakage_common import find, hit, in_tests, quiet
from vigilint.model import Rule

_EMAIL = lazyre.compile(
    r"(?<![\w.+\-%])(?P<local>[A-Za-z0-9][A-Za-z0-9._%+\-]{0,63})@(?P<domain>[A-Za-z0-9]"
    r"(?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?){0,8}"
    r"\.[A-Za-z]{2,24})(?![\w\-]|\.\w)")
_RESERVED = lazyre.compile(r"(?:^|\.)(?:example\.(?:com|org|net)|example|test|invalid|localhost|local"
                       r"|noreply\.github\.com|users\.noreply\.github\.com|domain\.com|email\.com"
                       r"|company\.com|yourcompany\.com|acme\.com|sentry\.io|ingest\.sentry\.io)$",
                       re.IGNORECASE)
_ROLE = lazyre.compile(
    r"^(?:no-?reply|do-?not-?reply|donotreply|info|support|help|contact|hello|hi|team|admin|"
    r"administrator|root|webmaster|postmaster|hostmaster|abuse|security|privacy|legal|press|"
    r"media|jobs|careers|sales|billing|accounts|office|dev|devops|ops|it|hr|marketing|news|"
    r"newsletter|notifications?|alerts?|bot|ci|build|git|github|mailer-daemon|feedback|"
    r"user|username|name|email|mail|you|your|yourname|your\.name|me|someone|somebody|foo|bar|"
    r"baz|test|tester|john|jane|john\.doe|jane\.doe|johndoe|janedoe|joe|example|sample|demo|"
    r"first\.last|firstname\.lastname|anonymous|nobody|x+)$", re.IGNORECASE)
_ATTRIBUTION = lazyre.compile(r"author|maintainer|copyright|signed-off-by|co-authored-by|"
                          r"contributors?|license|__email__|reviewed-by|last-translator|"
                          r"language-team|translators?", re.IGNORECASE)
_ASSET = lazyre.compile(r"\.(?:png|jpe?g|gif|svg|webp|js|css|py|ts|json|ya?ml|lock)$", re.IGNORECASE)


_ATTRIBUTION_FILE = lazyre.compile(
    r"(?:^|/)(?:authors|contributors|maintainers|credits|thanks|codeowners|notice|copyright|"
    r"copying|citation|codemeta|\.mailmap)(?:\.[\w.]+)?$|\.(?:po|pot)$|\.gemspec$|"
    r"(?:^|/)(?:un)?licen[cs]es?(?:[-_][\w-]+)?(?:\.(?:txt|md|rst|markdown))?$", re.IGNORECASE)
_PAIRS = ("pair", "block_mapping_pair", "flow_pair")
_ATTRIBUTION_KEY = lazyre.compile(r"(?:authors?|maintainers?|contributors?|(?:author|maintainer)"
                              r"[_-]?emails?|credits|translators?|developers?)", re.IGNORECASE)


def _attribution_file(path: str) -> bool:
    """Credit files and gettext catalogs (their header names the translators)."""
    return bool(_ATTRIBUTION_FILE.search(path))


def _under_attribution_key(ctx: FileContext, offset: int) -> bool:
    """In JSON/TOML/YAML: the address is inside an `author`, `authors`, `maintainers`,
    `contributors`... entry (package.json, pyproject.toml `[project] authors = [...]`)."""
    if ctx.tree is None:
        return False
    byte = len(ctx.text[:offset].encode("utf-8", "surrogatepass")) if not ctx.is_ascii \
        else offset
    node = ctx.tree.root_node.descendant_for_byte_range(byte, byte)
    while node is not None:
        if node.type in _PAIRS:
            key = node.child_by_field_name("key") or (node.named_children[0]
                                                      if node.named_children else None)
            if key is not None and _ATTRIBUTION_KEY.fullmatch(ctx.node_text(key).strip("\"'")):
                return True
        node = node.parent
    return False


def _check(ctx: FileContext) -> Iterator[Hit]:
    if quiet(ctx) or in_tests(ctx) or _attribution_file(ctx.path):
        return
    for match in find(ctx, _EMAIL, ("@",), lower=False, code_only=True):
        local, domain = match.group("local"), match.group("domain")
        if _RESERVED.search(domain) or _ROLE.match(local) or _ASSET.search(domain):
            continue
        if "{" in local or "$" in local or "%" in local:
            continue
        line_start = ctx.text.rfind("\n", 0, match.start()) + 1
        if _ATTRIBUTION.search(ctx.text[line_start:match.start()]):
            continue
        if ctx.language in ("json", "toml", "yaml") and _under_attribution_key(ctx,
                                                                              match.start()):
            continue
        yield hit(ctx, match.start(), match.end(), "Personal e-mail address in the code; "
                  "use configuration or a role address instead.", match.group())


RULE = Rule(
    id="VG-LEAK-002", name="personal-email", category="data-leakage", languages=("*",),
    cwe=(359,), likelihood="likely", impact="medium", confidence="medium",
    message="Personal e-mail address in the code; use configuration or a role address instead.",
    check_file=_check,
    prefilter=("@",),  # `_EMAIL` needs a literal "@" (and `find` only searches around one)
)
