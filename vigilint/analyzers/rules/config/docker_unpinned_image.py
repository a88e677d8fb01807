"""## What it does
Flags `FROM` instructions whose image has no tag, or the `latest` tag, and no digest.

## Why is this bad?
An unpinned base image changes under you: a rebuild can pull a different, possibly compromised
or vulnerable, image without any change in your repository, and builds stop being reproducible.

## Example
```dockerfile
FROM node:latest
```

## Use instead
```dockerfile
FROM node:22.11-alpine@sha256:<digest>
```

## References
- CWE-1357: Reliance on Insufficiently Trustworthy Component
- OWASP A06:2021 Vulnerable and Outdated Components / A03:2025 Software Supply Chain Failures
"""

from __future__ import annotations

from collections.abc import Iterator

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.rules.config._docker import stages
from vigilint.model import Rule


def _check(ctx: FileContext) -> Iterator[Hit]:
    aliases: set[str] = set()
    for stage in stages(ctx):
        image = stage.image
        name = image.split("@")[0]
        last_part = name.rsplit("/", 1)[-1]
        tag = last_part.split(":", 1)[1] if ":" in last_part else None
        if (image.lower() == "scratch" or "$" in image or "@" in image
                or name.lower() in aliases):
            pass
        elif tag is None or tag == "latest":
            shown = "no tag" if tag is None else "the `latest` tag"
            yield Hit(node=stage.from_node,
                      message=f"Base image `{image}` has {shown}; pin a version and a digest "
                              "(`name:1.2@sha256:…`).")
        if stage.alias:
            aliases.add(stage.alias.lower())


RULE = Rule(
    id="VG-DOCKER-DEF-002",
    name="dockerfile-unpinned-base-image",
    category="insecure-default",
    languages=("dockerfile",),
    cwe=(1357,),
    likelihood="possible",
    impact="medium",
    confidence="high",
    message="The base image is not pinned; use a version tag and a digest.",
    check_file=_check,
)
