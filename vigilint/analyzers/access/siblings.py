"""Routes without the guard their siblings have (language-neutral, over an `Inventory`).

A route is a gap when it has no guard and is not public (by a marker, or by design: login,
signup, health, static, docs, a webhook that verifies its sender's signature) and
- routes of its own group (router, app, blueprint, controller, module of views) carry a guard
  (one that authenticates, or any guard when every other route of the group has one), and it
  changes data or does administrative work; or
- it does administrative or destructive work and other routes of the file carry a guard;
- or it does such work in a router whose other routes are all public by design, one of them a
  login (the router an app mounts before its authentication).
A file that creates an app in which no route has any guard, and that shows no authentication
elsewhere, gets one note at its first administrative route, with the others as related
locations.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from tree_sitter import Node

from vigilint import lazyre
from vigilint.analyzers.access.model import WRITE_METHODS, Guard, Inventory, Route, Switch
from vigilint.analyzers.access.vocabulary import (
    login_route,
    mutating_name,
    privileged,
    public_by_design,
    role_name,
    sensitive,
    webhook,
)

REASONS = ("siblings", "file", "no-auth", "public-router", "role", "app", "mount")


@dataclass(frozen=True)
class Gap:
    route: Route
    reason: str  # one of REASONS
    siblings: tuple[Route, ...]  # the routes that carry a guard (related locations)
    guards: tuple[Guard, ...]  # the siblings' own guards, most common first (one is copied)
    others: tuple[Route, ...] = ()  # "no-auth": the other administrative routes
    # "mount": the prefix another file mounts the route's router at with no guard, and the
    # guard its other mounts carry
    mount: tuple[str, str] = ("", "")


def writes(route: Route) -> bool:
    """The route changes data: by its HTTP methods, or by its name when they are unknown."""
    if route.methods:
        return bool(route.methods & WRITE_METHODS)
    return mutating_name(route.name)


def is_public(route: Route) -> bool:
    if route.public:
        return True
    if webhook(route.path, route.name) and (route.verifies_signature or route.handler is None):
        # a webhook whose handler is in another file may verify its sender there: its guard
        # is the signature, not the siblings' login
        return True
    return public_by_design(route.path, route.name)


def _authenticates(route: Route) -> bool:
    """The route has a guard that is more than a privileged role check (a role guard beside
    one naming a privileged role is its mechanism: `@UseGuards(RolesGuard) @Roles('admin')`)."""
    privileged_role = any(g.role and privileged(g.name) for g in route.guards)
    return any(not (g.role and (privileged_role or privileged(g.name))) for g in route.guards)


def describe(route: Route) -> str:
    """`DELETE /notes/<id>` (`delete_note`), for messages."""
    verbs = "|".join(sorted(route.methods)) if route.methods and len(route.methods) <= 3 else ""
    place = f"{verbs} {route.path}".strip() if route.path else ""
    if place and route.name:
        return f"`{place}` (`{route.name}`)"
    return f"`{place or route.name or 'handler'}`"


def _guards_to_copy(siblings: list[Route]) -> tuple[Guard, ...]:
    """The siblings' own guards (a group's guard needs no copy), most common first, one per
    form."""
    own = [g for r in siblings for g in r.guards if not g.group] or \
        [g for r in siblings for g in r.guards]  # a group's guard: named, not copied
    counts = Counter((g.kind, g.name) for g in own)
    first: dict[tuple[str, str], Guard] = {}
    for guard in own:
        first.setdefault((guard.kind, guard.name), guard)
    return tuple(first[key] for key, _ in counts.most_common())


def _enclosing(route: Route, routes: list[Route]) -> Route | None:
    """The route whose handler holds this one's (a DRF `@action` in its viewset)."""
    node = route.handler
    if node is None:
        return None
    outer = [r for r in routes if r is not route and r.handler is not None
             and r.handler.start_byte <= node.start_byte and node.end_byte <= r.handler.end_byte
             and (r.handler.start_byte, r.handler.end_byte) != (node.start_byte, node.end_byte)]
    return max(outer, key=lambda r: r.handler.start_byte if r.handler else 0) if outer else None


def gaps(inventory: Inventory) -> list[Gap]:
    """The routes missing a guard, once each: a route inside another route's handler takes its
    guards and is never reported apart from it."""
    found: list[Gap] | None = inventory.memo.get("gaps")
    if found is None:
        found = inventory.memo["gaps"] = _gaps(inventory)
    return found


def _gaps(inventory: Inventory) -> list[Gap]:
    nested = {id(r) for r in inventory.routes if _enclosing(r, inventory.routes) is not None}
    overridden: list[tuple[Route, Route, list[Guard]]] = []
    for route in inventory.routes:
        outer = _enclosing(route, inventory.routes) if id(route) in nested else None
        if outer is not None:
            # a DRF `@action(permission_classes=[...])` replaces its viewset's classes, it
            # adds nothing to them (https://www.django-rest-framework.org/api-guide/viewsets/
            # #marking-extra-actions-for-routing)
            # (the viewset's classes are those written where the viewset's are)
            at_class = {g.node.start_byte for g in outer.guards if _replacing(g)}
            own = any(_replacing(g) and g.node.start_byte not in at_class for g in route.guards)
            dropped = [g for g in [*route.guards, *outer.guards]
                       if own and _replacing(g) and g.node.start_byte in at_class]
            route.guards[:] = [g for g in route.guards if not any(g is d for d in dropped)]
            route.guards.extend(g for g in outer.guards if g not in route.guards and
                                not any(g is d for d in dropped))
            if own:
                overridden.append((route, outer, dropped))
    candidates = [r for r in inventory.routes if not is_public(r) and id(r) not in nested
                  and not r.unregistered]
    guarded = [r for r in candidates if any(not g.local for g in r.guards)]
    out: list[Gap] = []
    open_mounted: dict[int, tuple[str, str]] = inventory.memo.get("open_mounted", {})
    for route in candidates:
        if route.guarded:
            continue
        mount = open_mounted.get(id(route))
        full = mount[0].rstrip("/") + route.path if mount is not None else ""
        if mount is not None and not _credential_entry(route) and \
                not webhook(full, route.name) and (
                    sensitive(mount[0], "", write=False) or
                    sensitive(route.path, route.name, write=False)):
            # its router is mounted at an administrators' prefix with no guard, while the app
            # mounts its other routers behind one (`app.use("/internal", internal)`)
            out.append(Gap(route, "mount", (), (), mount=mount))
            continue
        admin = sensitive(route.path, route.name, writes(route))
        if not admin and not _APP_GROUP.match(route.group.rsplit(".", 1)[-1]) and \
                _needs_caller(inventory.language, route):
            continue
        if _credential_entry(route) and not sensitive(route.path, route.name, write=False):
            continue  # signs a visitor in or up (`POST /accounts`, `POST /sessions`)
        # a sibling that only checks a privileged role (staff, admins) says nothing about an
        # ordinary route: its login is usually required elsewhere (a filter chain, a mount)
        peers = guarded if admin else [r for r in guarded if _authenticates(r)]
        group = [r for r in peers if r.group == route.group]
        mates = [r for r in candidates if r.group == route.group and r is not route]
        if not group and len(mates) >= 2 and all(any(not g.local for g in r.guards) for r in mates):
            group = mates  # every other route of the group checks a role: this one forgot
        family = [r for r in peers if (r.family or r.group) == (route.family or route.group)]
        if (group or family) and _needs_caller(inventory.language, route) and not any(
                g.role or privileged(g.name) for r in group + family for g in r.guards):
            # the handler fails for an anonymous caller (it filters by the verified caller)
            # and the siblings only ask that someone logged in: nothing is missing
            continue
        if not group and family and writes(route):
            # the same router's other groups are guarded (`api := r.Group(...); api.Use(auth)`)
            out.append(Gap(route, "siblings", tuple(family), _guards_to_copy(family)))
        elif group and (writes(route) or admin):
            # an open read beside guarded routes is most often public on purpose (a catalogue,
            # a wiki page, a post): only writes and administrative reads are reported
            out.append(Gap(route, "siblings", tuple(group), _guards_to_copy(group)))
        elif guarded and admin:
            out.append(Gap(route, "file", tuple(guarded), _guards_to_copy(guarded)))
        elif admin and inventory.guards_in_use:
            # guards given where routers are mounted (`app.use("/api", auth, api)`)
            out.append(Gap(route, "file", (), tuple(inventory.guards_in_use)))
        elif admin and _public_router(route, inventory.routes):
            out.append(Gap(route, "public-router", (), ()))
    out.extend(gap for gap in (_override_gap(route, outer, dropped)
                               for route, outer, dropped in overridden) if gap is not None)
    reported = {id(g.route) for g in out}
    out.extend(gap for gap in (_role_gap(route, candidates) for route in candidates
                               if id(route) not in reported) if gap is not None)
    reported = {id(g.route) for g in out}
    out.extend(gap for gap in (_resource_gap(route, candidates) for route in candidates
                               if id(route) not in reported) if gap is not None)
    logs_in = any(login_route(r.path, r.name) for r in inventory.routes)
    if not guarded and not inventory.auth_elsewhere and not logs_in and \
            inventory.entry is not None:
        admin_routes = [r for r in candidates if sensitive(
            r.path, r.name, bool(r.methods & {"PUT", "PATCH", "DELETE"}))]
        if admin_routes:
            out.append(Gap(admin_routes[0], "no-auth", (), (), tuple(admin_routes[1:])))
    elif not guarded and inventory.memo.get("project_guard") and (
            inventory.entry is not None or inventory.memo.get("project_siblings")):
        # the app this file creates authenticates in other files (a plugin, a middleware
        # module), and none of its routes here carries a guard: its administrative ones are
        # open
        # file-routed apps (Next.js, SvelteKit, Remix): the other route files are this one's
        # siblings, so a write without the guard most of them have is reported as well
        files = bool(inventory.memo.get("project_siblings"))
        reported = {id(g.route) for g in out}
        out.extend(Gap(r, "app", (), ()) for r in candidates if id(r) not in reported and (
            sensitive(r.path, r.name, bool(r.methods & {"PUT", "PATCH", "DELETE"})) or
            (files and writes(r) and _stores_data(r) and not _credential_entry(r) and
             not _needs_caller(inventory.language, r))))
    return out


# a handler that changes stored data (not only a cookie: a logout), by its calls or its SQL
_DATA_WRITE = lazyre.compile(r"\.(create|createMany|insert\w*|update\w*|upsert|delete\w*|"
                             r"destroy|remove|save|set|put|\$executeRaw\w*)\s*[(`]|"
                             r"\b(INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM)\b",
                             re.IGNORECASE)


def _stores_data(route: Route) -> bool:
    if route.handler is None or route.handler.text is None:
        return False
    text = route.handler.text.decode("utf-8", "replace")
    return bool(_DATA_WRITE.search(re.sub(r"\b(cookies|headers|searchParams)\.(set|delete)\s*\(",
                                          "", text)))


# The first path segment of an administrators' area (`/admin/...`, `/staff/...`)
_ADMIN_SEGMENT = lazyre.compile(r"^/?(admin|administration|staff|backoffice|back-office|"
                                r"internal|manage|management|moderation|ops|superuser)(/|$)",
                                re.IGNORECASE)


_ADMIN_GROUP = lazyre.compile(r"(^|[^a-z])(admin|staff|backoffice|moderation|superuser)|"
                              r"^(Admin|Staff|Backoffice|Moderation)", re.IGNORECASE)


def _role_guards(route: Route) -> list[Guard]:
    """The route's guards (not checks in its own body) that require a privileged role."""
    return [g for g in route.guards if privileged(g.name) and not g.local]


def _role_gap(route: Route, candidates: list[Route]) -> Gap | None:
    """A route that authenticates its caller but lacks the privileged role its siblings
    require, and does administrative work (its path or name, or a write in an
    administrators' area): `GET /admin/export.csv` behind the login only, beside
    `@Roles('admin')` routes of the same controller or area."""
    if not any(not g.local for g in route.guards) or (not route.misplaced and any(
            g.role or privileged(g.name) or role_name(g.name) for g in route.guards)):
        return None  # no guard but checks in its body, or a role of its own (outside the
        # role group its path spells, a role of its own is not that group's role)
    area = _ADMIN_SEGMENT.match(route.path)
    # or administrative by what it does (an export, a purge), for nobody in particular (it
    # never names its caller), beside routes that each require a role of the app's own
    by_work = area is None and not route.misplaced and \
        sensitive(route.path, route.name, write=False) and not _names_caller(route)
    if area is None and not _ADMIN_GROUP.search(route.group.rsplit(".", 1)[-1]) and \
            not route.misplaced and not by_work:
        return None  # only in an administrators' area (its path, router or controller), or
        # registered outside the role group whose prefix its path spells
    if not (sensitive(route.path, route.name, writes(route)) or writes(route)):
        return None
    def same_area(other: Route) -> bool:
        found = _ADMIN_SEGMENT.match(other.path)
        return area is not None and found is not None and \
            found.group(1).lower() == area.group(1).lower()

    def role_guards(other: Route) -> list[Guard]:
        # a route outside its role group lacks that group's role, whatever the role is named
        if by_work:  # a role written the way the route's own guard is (two mixins)
            kinds = {g.kind for g in route.guards if not g.local}
            return [g for g in other.guards if not g.local and g.role and g.kind in kinds]
        return [g for g in other.guards if not g.local and g.role] if route.misplaced \
            else _role_guards(other)

    mates = [r for r in candidates if r is not route and role_guards(r) and (
        r.group == route.group or same_area(r))]
    if len(mates) < (1 if route.misplaced else 2):
        return None
    guards = [g for r in mates for g in role_guards(r)]
    counts = Counter((g.kind, g.name) for g in guards)
    first: dict[tuple[str, str], Guard] = {}
    for guard in guards:
        first.setdefault((guard.kind, guard.name), guard)
    return Gap(route, "role", tuple(mates), tuple(first[k] for k, _ in counts.most_common()))


def _replacing(guard: Guard) -> bool:
    """A DRF `permission_classes` list: the one nearest the handler replaces the others."""
    return guard.kind == "permission" and guard.name.startswith("permission_classes") and \
        not guard.local


def _override_gap(route: Route, outer: Route, dropped: list[Guard]) -> Gap | None:
    """An extra action whose own permission classes check no role, while its viewset's classes
    require one (`permission_classes = [IsKennelStaff]`): the action's list replaced the
    viewset's, so any signed-in user may run it."""
    if is_public(route) or any(g.role for g in route.guards) or \
            not (writes(route) or sensitive(route.path, route.name, write=False)):
        return None
    roles = [g for g in dropped if g.role]
    return Gap(route, "role", (outer,), tuple(roles[:1])) if roles else None


def _resource(path: str) -> str:
    """The collection a path serves: its first literal segment (`rooms` of `/rooms/:roomId`),
    "" when it starts with a parameter or is the root."""
    first = next((p for p in path.split("/") if p), "")
    return "" if first[:1] in "<{:*" else first.lower()


def _action_of(path: str) -> str:
    """The item an action path acts on (`/claims/:id` of `/claims/:id/approve`), "" when the
    path does not end in a literal action after a parameter."""
    parts = [p for p in path.split("/") if p]
    if len(parts) < 2 or parts[-1][:1] in "<{:*" or parts[-2][:1] not in "<{:":
        return ""
    return "/".join(parts[:-1])


def _resource_gap(route: Route, candidates: list[Route]) -> Gap | None:
    """A write to a collection whose every other route of the router requires a role (its
    own guard in the route's registration), while this one has none of them:
    `router.delete('/rooms/:roomId', removeRoom)` beside `router.post('/rooms',
    requireRole('host'), ...)` and `router.put('/rooms/:roomId', requireRole('host'), ...)`.
    Whatever the role and the collection are called, the routes of one resource share it."""
    resource = _resource(route.path)
    if not writes(route) or any(g.role for g in route.guards):
        return None

    def own_role(r: Route) -> bool:  # declared where the route is (not a check in its body)
        return any(g.role and not g.local and not g.group and g.kind != "check"
                   for g in r.guards)

    mates = [r for r in candidates if r is not route and r.group == route.group and
             resource and _resource(r.path) == resource]
    if len(mates) < 2 or not all(own_role(r) for r in mates):
        # the actions on one item (`POST /claims/:id/approve`, `.../reject`, `.../payout`):
        # when every other action declares a role, this one forgot it
        action = _action_of(route.path)
        mates = [r for r in candidates if r is not route and r.group == route.group and
                 action and _action_of(r.path) == action and writes(r)]
        if len(mates) < 2 or not all(own_role(r) for r in mates):
            return None
    guards = [g for r in mates for g in r.guards
              if g.role and not g.local and not g.group and g.kind != "check"]
    counts = Counter((g.kind, g.name) for g in guards)
    first: dict[tuple[str, str], Guard] = {}
    for guard in guards:
        first.setdefault((guard.kind, guard.name), guard)
    return Gap(route, "role" if any(not g.local for g in route.guards) else "siblings",
               tuple(mates), tuple(first[k] for k, _ in counts.most_common()))


# The handler dereferences the verified caller in a form that fails for an anonymous request
# (`req.auth.sub` with no `?.`, Flask-Login's `current_user.id`, `get_jwt_identity()` outside a
# `jwt_required` view, Gin's `c.MustGet`): it only works behind authentication applied where
# its router (not the app itself) is mounted, so its siblings' guard is not missing here.
_FAILS_ANONYMOUS = {
    "javascript": lazyre.compile(r"\b(req|request|ctx\.state)\.(auth|user)\.(sub|id|_id|userId|"
                                 r"uid|email)\b"),
    # Django: a filter or a foreign key given the anonymous user raises (`boater__user=
    # request.user`), and so does an attribute `AnonymousUser` lacks (a profile relation,
    # `request.user.boater`)
    "python": lazyre.compile(r"\bcurrent_user\.id\b|\bget_jwt_identity\(\)|\bg\.user\.id\b|"
                             r"\b\w+=(self\.)?request\.user(?![.\w])|"
                             r"\b(self\.)?request\.user\.(?!(id|pk|username|is_\w+|groups|"
                             r"user_permissions|get_\w+|has_\w+|check_\w+)\b)[a-z_]\w*"),
    "go": lazyre.compile(r"\.MustGet\("),
}


_APP_GROUP = lazyre.compile(r"^(app|application|server|fastify|api_app|main|web_app|"
                            r"webapp|srv|instance|e|r|mux|engine|router_root)$", re.IGNORECASE)


# A handler that signs a visitor in or up: it checks or hashes a password, or issues the
# session or token, and never reads a caller it would need a guard for (`POST /sessions`,
# `POST /accounts`, whatever the path is called)
_SIGNS_IN = lazyre.compile(
    r"\b(login_user|logIn|req\.login|passport\.authenticate|jwt\.sign|sign_?jwt|"
    r"create_access_token|create_refresh_token|encode_?jwt|SignedString|generateToken|"
    r"issue_?token|check_password|checkpw|hashpw|verify_password|password_verify|"
    r"make_password|set_password|setPassword|hashPassword|hash_password|"
    r"bcrypt\.(compare|hash|check)\w*|argon2\.(verify|hash)|CompareHashAndPassword|"
    r"GenerateFromPassword|passwordEncoder\.(matches|encode)|authenticate\(|"
    r"\.(log_?in|sign_?in|sign_?up|register_?user|create_?account)\()", re.IGNORECASE)
_USES_CALLER = lazyre.compile(
    r"\b(current_user|request\.user|req\.user|req\.auth|g\.user|ctx\.state\.user|"
    r"request\.auth|get_jwt_identity|@AuthenticationPrincipal|Principal\b|getPrincipal|"
    r"c\.Get\(\s*\"user|MustGet)")


# Every match of `_SIGNS_IN` holds one of these, lower-cased (in ASCII text).
_SIGN_IN_WORDS = ("login", "log_in", "jwt", "token", "signedstring", "checkpw", "hashpw",
                  "password", "bcrypt", "argon2", "authenticate", "signin", "sign_in", "signup",
                  "sign_up", "register", "account")


def _signs_in(text: str) -> bool:
    """`_SIGNS_IN` matches; ASCII text is tested for its words first (the case-insensitive
    search is slow; non-ASCII text always runs it: Unicode case folding)."""
    if text.isascii():
        low = text.lower()
        if not any(w in low for w in _SIGN_IN_WORDS):
            return False
    return _SIGNS_IN.search(text) is not None


# the caller's id kept in the web session (`req.session.userId`, `session["member_id"]`)
_SESSION_CALLER = lazyre.compile(r"\b(req|ctx|request)\.session\??\.\w|"
                                 r"\bsession(\.get\(|\[)\s*[\"']\w*(user|member|account|"
                                 r"customer|patron|person)")


def _names_caller(route: Route) -> bool:
    """The handler serves its caller's own records (it names the verified caller)."""
    if route.handler is None or route.handler.text is None:
        return False
    text = route.handler.text.decode("utf-8", "replace")
    return _USES_CALLER.search(text) is not None or _SESSION_CALLER.search(text) is not None


def _credential_entry(route: Route) -> bool:
    if route.handler is None or route.handler.text is None:
        return False
    text = route.handler.text.decode("utf-8", "replace")
    return _signs_in(text) and not _USES_CALLER.search(text)


def _needs_caller(language: str, route: Route) -> bool:
    pattern = _FAILS_ANONYMOUS.get("javascript" if language == "typescript" else language)
    if pattern is None or route.handler is None or route.handler.text is None:
        return False
    return bool(pattern.search(route.handler.text.decode("utf-8", "replace")))


def _public_router(route: Route, routes: list[Route]) -> bool:
    """Every other route of the route's group is public by design and one of them logs in
    (the router mounted before the app's authentication: login, health, webhooks): an
    administrative or destructive route there is open to anyone."""
    mates = [r for r in routes if r.group == route.group and r is not route]
    return bool(mates) and all(is_public(r) and all(g.local for g in r.guards)
                               for r in mates) and \
        any(login_route(r.path, r.name) for r in mates)


def exempted(inventory: Inventory) -> list[Route]:
    """Routes an explicit marker opens to anyone (`@PermitAll`, `AllowAny`) that do
    administrative, destructive or bulk work (an export of every record, a purge, user
    management), in a file whose other routes require a caller: the marker exempts the one
    route that most needs the guard. Public-by-design routes (login, signup, reset, health)
    and webhooks stay clean."""
    found: list[Route] | None = inventory.memo.get("exempted")
    if found is not None:
        return found
    found = []
    # the marker itself says the app authenticates its other routes (elsewhere, when no route
    # of this file is guarded: a default strategy, a global guard, a class in another file)
    if any(r.public_marker is not None for r in inventory.routes):
        for route in inventory.routes:
            if route.public_marker is None or any(not g.group for g in route.guards) or \
                    public_by_design(route.path, route.name) or webhook(route.path, route.name):
                continue
            if sensitive(route.path, route.name, False) or "DELETE" in route.methods:
                found.append(route)
    inventory.memo["exempted"] = found
    return found


def exempted_switches(inventory: Inventory, ctx_text: Callable[[Node], str]) -> Iterator[Switch]:
    """`exempted` routes as switched-off protections, at their marker."""
    for route in exempted(inventory):
        marker = route.public_marker
        if marker is None:
            continue
        yield Switch(marker, "permit-all",
                     f"`{' '.join(ctx_text(marker).split())[:60]}` opens {describe(route)} to "
                     f"anyone, while the app requires a caller on its other routes; it does "
                     f"administrative, destructive or bulk work: require a role instead.")
