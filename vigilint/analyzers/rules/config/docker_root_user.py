"""## What it does
Flags a Dockerfile whose final stage runs as root: it has no `USER` instruction, or its last
`USER` is `root` or `0`.

## Why is this bad?
A process running as root inside a container turns any code-execution bug into root in the
container, and a container-escape bug into root on the host. AI-generated Dockerfiles almost
never drop privileges.

## Example
```dockerfile
FROM python:3.12-slim
COPY . /app
CMD ["python", "/app/main.py"]
```

## Use instead
```dockerfile
FROM python:3.12-slim
RUN useradd --create-home app
COPY --chown=app . /app
USER app
CMD ["python", "/app/main.py"]
```

## References
- CWE-250: Execution with Unnecessary Privileges
- OWASP A05:2021 Security Misconfiguration / A02:2025 Security Misconfiguration
- CIS Docker Benchmark 4.1
"""

from __future__ import annotations

from collections.abc import Iterator

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.rules.config._docker import stages
from vigilint.model import Rule


def _check(ctx: FileContext) -> Iterator[Hit]:
    all_stages = stages(ctx)
    if not all_stages:
        return
    final = all_stages[-1]
    if "nonroot" in final.image or final.image.startswith("$"):
        return
    users = [n for n in final.instructions if n.type == "user_instruction"]
    if not users:
        yield Hit(node=final.from_node,
                  message="The final image runs as root: add a `USER` with a non-root account "
                          "after installing packages.")
        return
    last = users[-1]
    name = ctx.node_text(last).split(None, 1)[1].split(":")[0].strip() if \
        len(ctx.node_text(last).split(None, 1)) > 1 else ""
    if name in ("root", "0"):
        yield Hit(node=last, message="The final image switches back to `USER root`: end with a "
                                     "non-root `USER`.")


RULE = Rule(
    id="VG-DOCKER-DEF-001",
    name="dockerfile-runs-as-root",
    category="insecure-default",
    languages=("dockerfile",),
    cwe=(250,),
    owasp=("A05:2021", "A02:2025"),
    likelihood="likely",
    impact="medium",
    confidence="high",
    message="The container runs as root; add a non-root `USER` to the final stage.",
    check_file=_check,
)
