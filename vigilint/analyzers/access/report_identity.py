"""Findings of the identity analysis: one per client-controlled read trusted as identity."""

from __future__ import annotations

from collections.abc import Iterator

from vigilint.analyzers.access.identity import (
    IdentityHooks,
    address_checks,
    address_message,
    message,
    trusted_reads,
)
from vigilint.analyzers.access.report import related
from vigilint.analyzers.access.syntax import condition_use
from vigilint.analyzers.context import FileContext, Hit


def identity_hits(ctx: FileContext, hooks: IdentityHooks) -> Iterator[Hit]:
    for trust in trusted_reads(ctx, hooks):
        likely = trust.how in ("condition", "caller", "lookup", "owner", "bypass") or trust.read.part in (
            "cookie", "unverified-token")
        evidence = () if trust.use.start_point[0] == trust.read.node.start_point[0] else (
            related(trust.use, "trusted here"),)
        node = trust.read.node
        if trust.how == "bypass":
            # the decision is the flaw: the `if` that lets the client skip the login
            found = condition_use(ctx, trust.use)
            node = found.condition if found is not None else trust.use
            evidence = (related(trust.read.node, "client-controlled value read here"),)
        for check in address_checks(ctx, trust):
            # each check that compares what the helper returns decides on the client's value
            yield Hit(node=check, message=address_message(trust, ctx), likelihood="likely",
                      related=(related(trust.read.node, "client-controlled value read here"),))
        yield Hit(node=node, message=message(trust, ctx),
                  likelihood="likely" if likely else "possible", related=evidence)
