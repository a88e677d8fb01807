"""## What it does
Flags a GraphQL resolver that reads or changes the object an id argument names, or does
administrative work (deleting users, changing roles, bulk reports), with no check of its caller,
in a file where other resolvers do check theirs. Resolvers are recognised in their documented
forms: graphene `resolve_<field>`/`mutate`, Strawberry and Ariadne (Python); resolver maps and
type-graphql/NestJS `@Query`/`@Mutation` methods (JavaScript, TypeScript); Spring for GraphQL
`@QueryMapping`/`@MutationMapping`, DGS and graphql-java `DataFetcher`s (Java); gqlgen resolver
methods (Go). A resolver checks its caller when it has a guard annotation naming a role or
permission (`@PreAuthorize`, `@Secured`, `@Authorized("role")`, `@UseGuards`), calls a check
named for a role, owner or permission, or uses the caller from the context (`info.context.user.id`,
`ctx.user.role`, `auth.ForContext(ctx).ID`, an `@AuthenticationPrincipal` parameter) beyond
testing that there is one. A file where no resolver knows its caller (a public catalogue) is
not flagged.

## Why is this bad?
A GraphQL endpoint is one route: logging in says only that the caller is someone. Which users,
orders or accounts the caller may see or change is decided in each resolver; one that loads
`account(id:)` by the id alone serves every account to every caller (CWE-639), and an unguarded
`updateUserRole` lets anyone make themselves an administrator (CWE-862, CWE-863).

## Example
```python
class Query(graphene.ObjectType):
    def resolve_invoice(root, info, id):
        return Invoice.query.get(id)
```

## Use instead
```python
class Query(graphene.ObjectType):
    def resolve_invoice(root, info, id):
        return Invoice.query.filter_by(id=id, owner_id=info.context.user.id).first()
```

## References
- CWE-639: Authorization Bypass Through User-Controlled Key
- CWE-862: Missing Authorization
- CWE-863: Incorrect Authorization
- GraphQL: Authorization (graphql.org/learn/authorization)
- OWASP A01:2021 / A01:2025 Broken Access Control
"""

from __future__ import annotations

from collections.abc import Iterator

from vigilint.analyzers.access.ownership import OwnershipHooks, service_gaps, unowned
from vigilint.analyzers.access.resolvers import resolver_flaws, resolver_message
from vigilint.analyzers.access.syntax import language_hooks
from vigilint.analyzers.context import FileContext, Hit
from vigilint.model import Rule


def _ownership_hooks(language: str) -> OwnershipHooks | None:
    hooks: OwnershipHooks | None = language_hooks(language, "records")
    return hooks


def _reported(ctx: FileContext) -> list[int]:
    """Where the IDOR rules report a lookup already (one finding per flaw)."""
    hooks = _ownership_hooks(ctx.language)
    if hooks is None:
        return []
    return [*(u.lookup.node.start_byte for u in unowned(ctx, hooks)),
            *(g.lookup.node.start_byte for g in service_gaps(ctx, hooks))]


def _check(ctx: FileContext) -> Iterator[Hit]:
    flaws = list(resolver_flaws(ctx))
    reported = _reported(ctx) if flaws else []
    for flaw in flaws:
        node = flaw.resolver.node
        if any(node.start_byte <= at < node.end_byte for at in reported):
            continue  # the IDOR rule reports the lookup inside this resolver
        yield Hit(node=flaw.resolver.report, message=resolver_message(flaw),
                  likelihood="likely" if flaw.admin else "possible")


RULE = Rule(
    id="VG-GEN-AUTH-002",
    name="graphql-resolver-without-authorization",
    category="access-control",
    languages=("python", "javascript", "typescript", "java", "go"),
    cwe=(639, 862, 863),
    likelihood="likely",
    impact="high",
    confidence="medium",
    message="A GraphQL resolver acts on a client-chosen object or does administrative work with "
            "no check of its caller.",
    prefilter=("graphene", "strawberry", "ariadne", "graphql", "GraphQL", "gqlgen", "Resolver",
               "QueryMapping", "MutationMapping", "DgsQuery", "DgsMutation", "DataFetcher",
               "Query", "Mutation"),
    check_file=_check,
)
