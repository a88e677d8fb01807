"""## What it does
Flags workflows triggered by `pull_request_target` (or `workflow_run`) that check out the pull
request's head (`ref: ${{ github.event.pull_request.head.sha }}`, `github.head_ref`,
`refs/pull/…/merge`).

## Why is this bad?
`pull_request_target` runs with the base repository's secrets and a write token. Checking out
and then building or testing the contributor's code runs that untrusted code with those
privileges: a "pwn request".

## Example
```yaml
on: pull_request_target
jobs:
  test:
    steps:
      - uses: actions/checkout@v4
        with: {ref: "${{ github.event.pull_request.head.sha }}"}
      - run: npm ci && npm test
```

## Use instead
Run untrusted code under `pull_request` (no secrets), and use `pull_request_target` only for
labelling/commenting without checking out the head; or split into a `pull_request` build and a
`workflow_run` job that only handles artifacts.

## References
- CWE-829: Inclusion of Functionality from Untrusted Control Sphere
- OWASP A08:2021 Software and Data Integrity Failures / A08:2025 Software or Data Integrity Failures
- GitHub Security Lab, "Preventing pwn requests"
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.rules.config._workflows import WORKFLOW_PATHS, steps, triggers
from vigilint.model import Rule

_HEAD_REF = re.compile(r"pull_request\.head\.(?:sha|ref)|github\.head_ref|refs/pull/|"
                       r"workflow_run\.head_(?:sha|branch)")


def _check(ctx: FileContext) -> Iterator[Hit]:
    for doc, step in steps(ctx):
        if not triggers(doc) & {"pull_request_target", "workflow_run"}:
            continue
        uses = step.scalar("uses")
        if not (isinstance(uses, str) and uses.split("@")[0] == "actions/checkout"):
            continue
        ref = step.get("with", "ref")
        if ref is not None and isinstance(ref.value, str) and _HEAD_REF.search(ref.value):
            yield Hit(node=ref.node, message="A privileged `pull_request_target`/`workflow_run` "
                                             "job checks out the pull request's code; build "
                                             "untrusted code under `pull_request` instead.")


RULE = Rule(
    id="VG-GHA-DEF-001",
    name="actions-pull-request-target-checkout",
    category="insecure-default",
    languages=("yaml",),
    cwe=(829,),
    likelihood="likely",
    impact="critical",
    confidence="high",
    message="A privileged workflow checks out untrusted pull-request code.",
    check_file=_check,
    paths=WORKFLOW_PATHS,
)
