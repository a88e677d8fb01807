"""## What it does
Flags `ENV` and `ARG` instructions that carry credentials (names such as `*_TOKEN`,
`*_PASSWORD`, `*_SECRET`, `*_API_KEY`, `*_PRIVATE_KEY`).

## Why is this bad?
`ENV` values are stored in the image configuration and `ARG` values in the build history
(`docker history` shows them): anyone who can pull the image can read the credential, long
after the build.

## Example
```dockerfile
ARG NPM_TOKEN
RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci
```

## Use instead
```dockerfile
RUN --mount=type=secret,id=npm_token \
    NPM_TOKEN=$(cat /run/secrets/npm_token) npm ci
```
Pass runtime credentials when the container starts (orchestrator secrets), not at build time.

## References
- CWE-522: Insufficiently Protected Credentials
- OWASP A04:2021 Insecure Design / A06:2025 Insecure Design
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from vigilint.analyzers.context import FileContext, Hit
from vigilint.model import Rule

SECRET_NAME = re.compile(
    r"(?:^|_)(?:PASSWORD|PASSWD|PWD|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIALS?|"
    r"AUTH|CLIENT_SECRET)(?:$|_)", re.IGNORECASE)
_NOT_SECRET = re.compile(r"(?:_FILE|_PATH|_URL|_HOST|_NAME|_ID|_LENGTH|_TTL|_EXPIRY|_HEADER)$",
                         re.IGNORECASE)


def _check(ctx: FileContext) -> Iterator[Hit]:
    if ctx.tree is None:
        return
    for instruction in ctx.tree.root_node.named_children:
        if instruction.type not in ("env_instruction", "arg_instruction"):
            continue
        keyword = "ENV" if instruction.type == "env_instruction" else "ARG"
        for pair in instruction.named_children:
            if pair.type not in ("env_pair", "arg_pair"):
                continue
            name = ctx.node_text(pair.child_by_field_name("name")).strip()
            if SECRET_NAME.search(name) and not _NOT_SECRET.search(name):
                yield Hit(node=pair, message=f"`{keyword} {name}` keeps a credential in the "
                                             "image; use a BuildKit secret mount "
                                             "(`RUN --mount=type=secret`) or a runtime secret.")


RULE = Rule(
    id="VG-DOCKER-DEF-003",
    name="dockerfile-secret-in-env-or-arg",
    category="insecure-default",
    languages=("dockerfile",),
    cwe=(522,),
    likelihood="likely",
    impact="high",
    confidence="medium",
    message="A credential is passed through `ENV`/`ARG` and stays in the image; use a secret mount.",
    check_file=_check,
)
