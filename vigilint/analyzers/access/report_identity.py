"""Findings of the identity analysis: one per client-controlled read trusted as identity."""

from __future__ import annotations

from collections.abc import Iterator

from vigilint.analyzers.access.identity import IdentityHooks, message, trusted_reads
from vigilint.analyzers.access.report import related
from vigilint.analyzers.context import FileContext, Hit


def identity_hits(ctx: FileContext, hooks: IdentityHooks) -> Iterator[Hit]:
    for trust in trusted_reads(ctx, hooks):
        likely = trust.how in ("condition", "caller", "lookup", "owner") or trust.read.part in (
            "cookie", "unverified-token")
        evidence = () if trust.use.start_point[0] == trust.read.node.start_point[0] else (
            related(trust.use, "trusted here"),)
        yield Hit(node=trust.read.node, message=message(trust, ctx),
                  likelihood="likely" if likely else "possible", related=evidence)
