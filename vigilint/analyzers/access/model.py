"""The language-neutral facts of access control in one file (docs/access-control.md): routes
with their guards, reads of client-controlled request parts, references to the verified caller,
object lookups and wholesale bindings. Each language's provider builds them from the semantic
layer and the model tables; the analyses in this package only read them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from tree_sitter import Node

from vigilint.analyzers.context import FileContext
from vigilint.model import Fix

WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})

# Guard kinds: how a guard is written.
GUARD_KINDS = ("decorator", "dependency", "middleware", "annotation", "mixin", "permission",
               "wrapper", "check", "config")


@dataclass(frozen=True)
class Guard:
    """Something that stops an anonymous (or unauthorised) caller before a handler runs."""

    kind: str  # one of GUARD_KINDS
    name: str  # as written, short ("login_required", "requireAuth", "hasRole('ADMIN')")
    node: Node  # where it is written (a related location, the text a fix copies)
    role: bool = False  # checks a role or permission, not only that someone logged in
    group: bool = False  # inherited from the router, group, class or configuration
    # a refusal in the handler's own body on a value of any name (`if (!claims) throw new
    # UnauthorizedException()`): the route checks someone, but that says nothing about the
    # guard its siblings need
    local: bool = False


GuardFixer = Callable[[FileContext, "Guard"], Fix | None]


@dataclass
class Route:
    """One request handler: where it is declared, what it answers, who may call it."""

    node: Node  # the declaration: where a finding is reported
    name: str  # the handler's name ("" when anonymous)
    path: str  # the route's path when written as a literal ("" when unknown)
    methods: frozenset[str]  # upper-case HTTP methods; empty when any or unknown
    group: str  # the router, app, group or class the route belongs to: its siblings
    family: str = ""  # the root router its group derives from ("" = the group itself)
    handler: Node | None = None  # the handler function when it is in this file
    guards: list[Guard] = field(default_factory=list)
    public: bool = False  # marked public on purpose (`AllowAny`, `@PermitAll`, `@Public()`)
    # where an explicit marker opens the route (`@PermitAll`, `permission_classes = [AllowAny]`)
    public_marker: Node | None = None
    verifies_signature: bool = False  # a webhook handler that checks the sender's signature
    # a handler the file defines but registers nowhere (its router is in another file): its
    # guard is unknown, so it is never reported as missing one
    unregistered: bool = False
    # registered outside the group whose path prefix it spells, with fewer guards than that
    # group's routes (`api.DELETE("/admin/stations/:id", h)` beside an `/admin` role group)
    misplaced: bool = False
    # how to add a guard copied from a sibling (None when the form does not allow a fix)
    add_guard: GuardFixer | None = None

    @property
    def guarded(self) -> bool:
        return bool(self.guards)


@dataclass
class Inventory:
    """Every route of a file, with what the file shows about authentication."""

    language: str
    routes: list[Route] = field(default_factory=list)
    # where the app or server is created when this file is an entry point (a note on an app
    # with no authentication is reported there)
    entry: Node | None = None
    # the file shows authentication outside route guards (login views, session or token
    # checks, an auth library's setup): its unguarded routes may be public on purpose
    auth_elsewhere: bool = False
    # guards the file applies where no route of its own carries them (mounted routers)
    guards_in_use: list[Guard] = field(default_factory=list)
    memo: dict[str, Any] = field(default_factory=dict, repr=False)  # analyses computed once


@dataclass(frozen=True)
class Read:
    """A read of a request value the client controls."""

    node: Node  # the expression that reads it
    part: str  # models.schema.IDENTITY_PARTS: cookie, header, query, body, path, ...
    key: str  # the cookie/header/parameter/claim name when written as a literal, else ""


@dataclass(frozen=True)
class Lookup:
    """A database or ORM call that reads, changes or deletes records chosen by a key."""

    node: Node  # the call
    op: str  # "read", "update" or "delete"
    keys: tuple[Node, ...]  # the expressions that choose the record(s)
    model: str  # the model/entity/table name when known
    scoped: bool  # the call itself filters by the caller or goes through the caller
    # the key is an owner field's value (`WHERE account_id = ?`): scoped when it is the caller's
    owner_keyed: bool = False
    # the key is a parent record's id (`note_id` of `WHERE note_id = ?`, `{ booking: id }`): the
    # parent's model, whose scoping elsewhere in the file makes these records per-user too
    parent: str = ""
    # where the records are chosen when the call also carries new values (`update(filter,
    # changes)`): a caller named only in the changes restamps the record, it filters nothing
    selector: Node | None = None


@dataclass(frozen=True)
class Binding:
    """Request data copied wholesale into a model or object (mass assignment)."""

    node: Node  # the call or statement that copies
    source: Node  # the request data being copied
    target: str  # the model or object it lands in ("" when unknown)
    kind: str  # models.schema.BINDING_KINDS, or "declaration" (a form binding every field)


@dataclass(frozen=True)
class Switch:
    """An access protection switched off (CSRF exemption, permit-all, open folder)."""

    node: Node  # where it is switched off
    kind: str  # models.schema.PROTECTION_KINDS
    message: str


def route_of(inventory: Inventory, node: Node) -> Route | None:
    """The route whose handler contains `node`."""
    best: Route | None = None
    for route in inventory.routes:
        handler = route.handler
        inside = handler is not None and handler.start_byte <= node.start_byte and \
            node.end_byte <= handler.end_byte
        if inside and (best is None or best.handler is None or (
                handler is not None and handler.start_byte >= best.handler.start_byte)):
            best = route
    return best
