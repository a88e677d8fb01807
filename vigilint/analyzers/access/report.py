"""Findings of the access-control analyses, built the same way in every language: one per
route or per flaw, with the evidence as related locations and, where the form allows, a fix
that copies the siblings' guard (unsafe: a person confirms the route is not public on purpose).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from tree_sitter import Node

from vigilint.analyzers.access.model import Binding, Guard, Inventory, Route, Switch
from vigilint.analyzers.access.ownership import OwnershipHooks, service_gaps, unowned
from vigilint.analyzers.access.siblings import Gap, describe, gaps, writes
from vigilint.analyzers.access.vocabulary import sensitive
from vigilint.analyzers.context import FileContext, Hit, Related
from vigilint.model import Fix

_MAX_RELATED = 5


def related(node: Node, message: str) -> Related:
    return Related(message=message, byte_range=(node.start_byte, node.end_byte))


def _guard_text(guard: Guard | None) -> str:
    if guard is None:
        return "authentication"
    name = guard.name.strip().lstrip("@")
    if len(name) > 60:
        name = name[:57] + "..."
    return f"`{name}`"


def _copy(ctx: FileContext, route: Route,
          guards: tuple[Guard, ...]) -> tuple[Guard | None, Fix | None]:
    """The guard to name (the most common one the route's form can take, else the most
    common) and the fix that copies it."""
    if route.add_guard is not None:
        for guard in guards:
            if guard.group:
                continue
            fix = route.add_guard(ctx, guard)
            if fix is not None:
                return guard, fix
    return (guards[0] if guards else None), None


def gap_hit(ctx: FileContext, gap: Gap, app_guard: str = "") -> Hit:
    """`app_guard`: for an "app" gap, the guard function the app uses in other files."""
    route = gap.route
    what = describe(route)
    chosen, fix = _copy(ctx, route, gap.guards)
    guard = _guard_text(chosen)
    evidence = tuple(related(s.node, f"{describe(s)} is guarded by "
                                     f"{_guard_text(s.guards[0] if s.guards else None)}")
                     for s in gap.siblings[:_MAX_RELATED])
    if gap.reason == "siblings":
        count = len(gap.siblings)
        siblings = f"{count} sibling route{'s' if count > 1 else ''}"
        if route.group and not route.group.startswith("<"):
            siblings += f" on `{route.group}`"
        change = "changes data" if writes(route) else "answers"
        return Hit(node=route.node, likelihood="likely" if writes(route) else "possible",
                   message=f"Route {what} {change} with no guard, while {siblings} "
                           f"require {guard}; add it (or mark the route public on purpose).",
                   related=evidence, fix=fix)
    if gap.reason == "role":
        count = len(gap.siblings)
        return Hit(node=route.node, likelihood="likely",
                   message=f"Route {what} does administrative work behind "
                           f"{_guard_text(route.guards[0] if route.guards else None)} only, "
                           f"while {count} sibling route{'s' if count > 1 else ''} also "
                           f"require the role {guard}; add it.",
                   related=evidence, fix=fix)
    if gap.reason == "public-router":
        return Hit(node=route.node, likelihood="likely",
                   message=f"Route {what} does administrative or destructive work in a router "
                           f"whose other routes are public by design (login, health, "
                           f"webhooks): it is open to anyone; move it behind the "
                           f"authentication the app's other routes use.")
    if gap.reason == "file":
        if not gap.siblings:
            evidence = tuple(related(g.node, "this guard protects the mounted routes")
                             for g in gap.guards[:_MAX_RELATED])
        return Hit(node=route.node, likelihood="likely",
                   message=f"Route {what} does administrative or destructive work with no "
                           f"guard, while other routes of this file require {guard}; "
                           f"protect it the same way.", related=evidence, fix=fix)
    if gap.reason == "mount":
        prefix, mount_guard = gap.mount
        return Hit(node=route.node, likelihood="likely",
                   message=f"Route {what} does administrative or destructive work, and its "
                           f"router is mounted at `{prefix}` with no guard, while the app "
                           f"mounts its other routers behind `{mount_guard}`, so anyone can call "
                           f"it; add the guard where the router is mounted.")
    if gap.reason == "app":
        name = app_guard
        work = "does administrative or destructive work" if sensitive(
            route.path, route.name, bool(route.methods & {"PUT", "PATCH", "DELETE"})) \
            else "changes data"
        return Hit(node=route.node, likelihood="likely",
                   message=f"Route {what} {work} with no "
                           f"guard, while the app authenticates its other routes in other files"
                           f"{f' (`{name}`)' if name else ''}; protect it the same way.")
    others = tuple(related(r.node, f"{describe(r)} has no guard either")
                   for r in gap.others[:_MAX_RELATED])
    more = f" (and {len(gap.others)} more)" if gap.others else ""
    return Hit(node=route.node, likelihood="possible",
               message=f"No route of this app checks who is calling, and {what}{more} does "
                       f"administrative or destructive work; add authentication before "
                       f"exposing it.", related=others)


def gap_hits(ctx: FileContext, inventory: Inventory) -> Iterator[Hit]:
    for gap in gaps(inventory):
        yield gap_hit(ctx, gap, str(inventory.memo.get("project_guard", "")))


def ownership_hits(ctx: FileContext, hooks: OwnershipHooks) -> Iterator[Hit]:
    for item in unowned(ctx, hooks):
        lookup = item.lookup
        model = f"`{lookup.model}` " if lookup.model else ""
        verb = {"read": "loads", "update": "changes", "delete": "deletes"}[lookup.op]
        evidence = [related(item.source, "the key comes from the request here")]
        if item.scoped_sibling is not None:
            evidence.append(related(item.scoped_sibling.node,
                                    "this lookup of the same records filters by the caller"))
        if item.source is lookup.node or item.source == lookup.node:
            # a generic view's queryset: the object comes by the URL's key
            message = (f"This view serves any {model}record by the key in its URL: its "
                       f"queryset is not limited to the caller; override `get_queryset` to "
                       f"filter by `self.request.user`.")
            evidence = evidence[1:]
        else:
            message = (f"This {verb} a {model}record chosen by `{ctx.node_text(item.source)}` "
                       f"from the request with no check that it belongs to the caller; "
                       f"filter by the owner or check it after loading.")
        yield Hit(node=lookup.node,
                  likelihood="likely" if lookup.op != "read" or item.scoped_sibling else
                  "possible",
                  message=message, related=tuple(evidence))


def service_hits(ctx: FileContext, hooks: OwnershipHooks) -> Iterator[Hit]:
    for gap in service_gaps(ctx, hooks):
        lookup = gap.lookup
        model = f"`{lookup.model}` " if lookup.model else ""
        verb = {"read": "loads", "update": "changes", "delete": "deletes"}[lookup.op]
        yield Hit(node=lookup.node, likelihood="possible",
                  message=f"This {verb} a {model}record by `{gap.key}` alone, while other code "
                          f"of this file reaches the same records only with their owner "
                          f"(`{gap.owner}`); take the owner here too and filter by it.",
                  related=(related(gap.sibling.node,
                                   "this lookup of the same records filters by the owner"),))


def binding_hits(ctx: FileContext, found: list[Binding],
                 fields: Callable[[FileContext, str], list[str] | None]) -> Iterator[Hit]:
    """Mass assignment: one finding per binding, naming the sensitive fields a client could
    set when the model is declared in the same file (none: not reported)."""
    for binding in found:
        target = f"`{binding.target}`" if binding.target else "the record"
        known = fields(ctx, binding.target) if binding.target else None
        if known is not None and not known:
            continue
        names = ", ".join(f"`{f}`" for f in known[:4]) if known else ""
        risk = f" (including {names})" if names else " (a role, an owner or a price included)"
        if binding.kind == "declaration":
            message = (f"This form or serializer binds every field of {target} "
                       f"(`fields = \"__all__\"`), so a client can set any column{risk}; list "
                       f"the fields it may write.")
        elif binding.kind == "denylist":
            message = (f"This form or serializer binds every field of {target} but the ones "
                       f"it excludes, so a client can set the rest{risk}; list the fields it "
                       f"may write (`fields = [...]`) or make the others read-only.")
        elif binding.kind == "bind":
            message = (f"The request body is bound straight into {target} and saved, so a "
                       f"client can set any field{risk}; bind a request type with only the "
                       f"editable fields and copy them over.")
        else:
            message = (f"Request data is copied wholesale into {target}, so a client can set "
                       f"any field{risk}; copy only the fields it may change.")
        at = binding.node
        inside = binding.node.start_byte <= binding.source.start_byte and \
            binding.source.end_byte <= binding.node.end_byte
        if inside and binding.kind in ("model", "merge") and \
                binding.node.type not in ("for_statement", "for_in_statement"):
            # a call over several lines (`prisma.user.update({ where, data: req.body })`): the
            # finding is where the request data goes in
            at = binding.source
        evidence = () if binding.source.start_point[0] == at.start_point[0] else (
            related(binding.source, "the request data comes from here"),)
        yield Hit(node=at, message=message,
                  likelihood="likely" if known or binding.kind not in (
                      "declaration", "denylist") else "possible",
                  related=evidence)


def switch_hits(switches: Iterable[Switch]) -> Iterator[Hit]:
    """Protections switched off: one finding per switch, at the switch."""
    for switch in switches:
        yield Hit(node=switch.node, message=switch.message)
