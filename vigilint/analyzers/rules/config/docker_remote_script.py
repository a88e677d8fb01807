"""## What it does
Flags `RUN` instructions that pipe a downloaded script into a shell (`curl … | sh`,
`wget -O- … | bash`) and `ADD` instructions that fetch a remote URL.

## Why is this bad?
The downloaded code is executed, or baked into the image, without any integrity check: whoever
controls the server, the DNS or the network path controls your image.

## Example
```dockerfile
RUN curl -fsSL https://get.example.com/install.sh | sh
```

## Use instead
```dockerfile
ADD --checksum=sha256:<digest> https://get.example.com/install.sh /tmp/install.sh
RUN sh /tmp/install.sh
```
or install from the distribution's signed package repository.

## References
- CWE-494: Download of Code Without Integrity Check
- OWASP A08:2021 Software and Data Integrity Failures / A08:2025 Software or Data Integrity Failures
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from vigilint.analyzers.context import FileContext, Hit
from vigilint.model import Rule

_DOWNLOAD = re.compile(r"\b(?:curl|wget|fetch)\b")
_SEPARATOR = re.compile(r"[|;&\n]")
_TO_SHELL = re.compile(r"\|\s*(?:sudo\s+)?(?:env\s+\S+\s+)?(?:ba|z|da|k)?sh\b")


def _pipes_to_shell(command: str) -> bool:
    """A download whose output goes, through the next `|`, into a shell. Searched separator
    by separator: one pattern `(curl|...)[^|;&\\n]*\\|...sh` rescans the rest of the line from
    every download word, which is quadratic on a long line of them."""
    pos = 0
    while (download := _DOWNLOAD.search(command, pos)) is not None:
        separator = _SEPARATOR.search(command, download.end())
        if separator is None:
            return False
        if separator.group() == "|" and _TO_SHELL.match(command, separator.start()):
            return True
        pos = separator.end()  # every download before this separator reaches the same one
    return False


def _check(ctx: FileContext) -> Iterator[Hit]:
    if ctx.tree is None:
        return
    for instruction in ctx.tree.root_node.named_children:
        text = ctx.node_text(instruction)
        if instruction.type == "run_instruction" and _pipes_to_shell(
                text.replace("\\\n", " ")):
            yield Hit(node=instruction,
                      message="A downloaded script is piped into a shell without an integrity "
                              "check; download it with a pinned checksum, then run it.")
        elif instruction.type == "add_instruction" and re.search(r"\bhttps?://", text) \
                and "--checksum" not in text:
            yield Hit(node=instruction,
                      message="`ADD` fetches a remote URL without `--checksum`; pin its digest.")


RULE = Rule(
    id="VG-DOCKER-DEF-004",
    name="dockerfile-remote-code-without-integrity",
    category="insecure-default",
    languages=("dockerfile",),
    cwe=(494,),
    likelihood="likely",
    impact="high",
    confidence="high",
    message="Remote code enters the image without an integrity check.",
    check_file=_check,
)
