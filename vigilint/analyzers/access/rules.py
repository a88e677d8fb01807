"""The access-control rules of every language are built the same way: one analysis over one
provider's facts. These factories make a rule from the language's provider; each rule module
keeps its docs (the module docstring) and its id."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from vigilint.analyzers.access.identity import IdentityHooks
from vigilint.analyzers.access.model import Binding, Inventory, Switch
from vigilint.analyzers.access.ownership import OwnershipHooks
from vigilint.analyzers.access.report import (
    binding_hits,
    gap_hits,
    ownership_hits,
    service_hits,
    switch_hits,
)
from vigilint.analyzers.access.report_identity import identity_hits
from vigilint.analyzers.context import FileContext, Hit
from vigilint.model import Likelihood, Rule


def gap_rule(*, id: str, name: str, language: str, cwe: tuple[int, ...],
             likelihood: Likelihood, message: str, prefilter: tuple[str, ...],
             inventory: Callable[[FileContext], Inventory]) -> Rule:
    """Routes without the guard their siblings carry; the no-auth note."""
    def check(ctx: FileContext) -> Iterator[Hit]:
        yield from gap_hits(ctx, inventory(ctx))

    return Rule(id=id, name=name, category="access-control", languages=(language,), cwe=cwe,
                likelihood=likelihood, impact="high", confidence="medium", message=message,
                prefilter=prefilter, check_file=check, fixable=True)


def identity_rule(*, id: str, language: str, hooks: IdentityHooks,
                  prefilter: tuple[str, ...]) -> Rule:
    """Client-controlled values trusted as identity."""
    def check(ctx: FileContext) -> Iterator[Hit]:
        yield from identity_hits(ctx, hooks)

    return Rule(id=id, name="client-controlled-identity", category="access-control",
                languages=(language,), cwe=(565, 639, 290), likelihood="likely", impact="high",
                confidence="medium",
                message="The caller's identity or role comes from the request, which the client "
                        "controls; take it from the verified session or token.",
                prefilter=prefilter, check_file=check)


def ownership_rule(*, id: str, name: str, language: str, hooks: OwnershipHooks,
                   likelihood: Likelihood, message: str, prefilter: tuple[str, ...]) -> Rule:
    """Records read or changed by a request id with no ownership check (IDOR)."""
    def check(ctx: FileContext) -> Iterator[Hit]:
        yield from ownership_hits(ctx, hooks)
        yield from service_hits(ctx, hooks)

    return Rule(id=id, name=name, category="access-control", languages=(language,), cwe=(639,),
                likelihood=likelihood, impact="high", confidence="medium", message=message,
                prefilter=prefilter, check_file=check)


def binding_rule(*, id: str, language: str, message: str, prefilter: tuple[str, ...],
                 bindings: Callable[[FileContext], list[Binding]],
                 fields: Callable[[FileContext, str], list[str] | None]) -> Rule:
    """Mass assignment."""
    def check(ctx: FileContext) -> Iterator[Hit]:
        yield from binding_hits(ctx, bindings(ctx), fields)

    return Rule(id=id, name="mass-assignment", category="access-control",
                languages=(language,), cwe=(915,), likelihood="likely", impact="high",
                confidence="medium", message=message, prefilter=prefilter, check_file=check)


def switch_rule(*, id: str, name: str, languages: tuple[str, ...], cwe: tuple[int, ...],
                message: str, prefilter: tuple[str, ...],
                switches: Callable[[FileContext], Iterable[Switch]]) -> Rule:
    """Protections switched off (CSRF, permissive defaults, served folders, listings)."""
    def check(ctx: FileContext) -> Iterator[Hit]:
        yield from switch_hits(switches(ctx))

    return Rule(id=id, name=name, category="access-control", languages=languages, cwe=cwe,
                likelihood="likely", impact="high", confidence="medium", message=message,
                prefilter=prefilter, check_file=check)
