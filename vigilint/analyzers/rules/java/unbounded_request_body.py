"""## What it does
Flags reading a whole request body into memory (`request.getInputStream().readAllBytes()`,
`IOUtils.toByteArray(request.getInputStream())`, `StreamUtils.copyToByteArray(...)`,
`request.getReader().lines()...`) in a method that never checks the request size
(`getContentLength`, `getContentLengthLong`, a `BoundedInputStream`/`LimitedInputStream`).

## Why is this bad?
One client can send gigabytes and exhaust the heap; a few concurrent requests take the
service down (CWE-770, CWE-400).

## Example
```java
byte[] body = request.getInputStream().readAllBytes();
```

## Use instead
```java
if (request.getContentLengthLong() > MAX_BODY) { response.sendError(413); return; }
byte[] body = request.getInputStream().readNBytes(MAX_BODY);
```

## References
- CWE-770: Allocation of Resources Without Limits or Throttling
- OWASP A04:2021 / A10:2025
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.rules.java._common import (
    arguments,
    enclosing_method,
    name_of,
    receiver_text,
)
from vigilint.model import Fix, Rule

_LIMITS = ("getContentLength", "BoundedInputStream", "LimitedInputStream", "readNBytes",
           "MAX_", "maxSize", "setMaxUploadSize", "max_size")
_READ_ALL = frozenset({"toByteArray", "copyToByteArray", "copyToString", "toString",
                       "readAllBytes"})


def _request_stream(text: str) -> bool:
    return "getInputStream()" in text or "getReader()" in text


def _check(ctx: FileContext, node: Node) -> Hit | None:
    name = name_of(ctx, node)
    if name not in _READ_ALL:
        return None
    receiver = receiver_text(ctx, node)
    if name == "readAllBytes":
        if not _request_stream(receiver):
            return None
    elif not (receiver.endswith(("IOUtils", "StreamUtils", "ByteStreams", "CharStreams"))
              and arguments(ctx, node) and _request_stream(ctx.node_text(arguments(ctx, node)[0]))):
        return None
    method = enclosing_method(ctx, node)
    text = ctx.node_text(method) if method is not None else ""
    if any(limit in text for limit in _LIMITS):
        return None
    fix = None
    name_node, listing = node.child_by_field_name("name"), node.child_by_field_name("arguments")
    if name == "readAllBytes" and name_node is not None and listing is not None:
        fix = Fix(title="Read at most 1 MiB (`readNBytes`)", safe=False, edits=(
            ctx.edit_bytes(name_node.start_byte, listing.end_byte, "readNBytes(1 << 20)"),))
    return Hit(node=node, fix=fix)


RULE = Rule(
    id="VG-JAVA-DOS-002",
    name="unbounded-request-body",
    category="resource-exhaustion",
    languages=("java",),
    cwe=(770,),
    likelihood="likely",
    impact="medium",
    confidence="medium",
    message="The whole request body is read without a size limit; check "
            "`getContentLengthLong()` and read at most a fixed number of bytes.",
    prefilter=("getInputStream", "getReader"),
    node_kinds=("method_invocation",),
    check=_check,
    fixable=True,
)
