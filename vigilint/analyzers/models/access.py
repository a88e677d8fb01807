"""The access-control indexes of one language's model tables (docs/access-control.md): route
forms, guards, the request parts a client controls, lookups, policies, bindings and switched-off
protections. Built once per language from the loaded libraries (`Models.access`)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from vigilint.analyzers.models.schema import Binding, Library, Protection


def _short(name: str) -> str:
    return name.rsplit(".", 1)[-1].rsplit("/", 1)[-1]


@dataclass
class AccessTables:
    """Names by role. Qualified names are kept as written and also indexed by their last name,
    because route and guard forms are often written on receivers of unknown type."""

    routers: set[str] = field(default_factory=set)
    route_methods: set[str] = field(default_factory=set)
    uses: set[str] = field(default_factory=set)
    groups: set[str] = field(default_factory=set)
    route_annotations: set[str] = field(default_factory=set)
    controllers: set[str] = field(default_factory=set)
    route_classes: set[str] = field(default_factory=set)
    registrations: set[str] = field(default_factory=set)
    guards: set[str] = field(default_factory=set)  # decorators, dependencies, middleware, ...
    mixins: set[str] = field(default_factory=set)
    permissions: set[str] = field(default_factory=set)
    public: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)
    principal: set[str] = field(default_factory=set)
    # identity: name -> part
    identity_members: dict[str, str] = field(default_factory=dict)
    identity_methods: dict[str, str] = field(default_factory=dict)
    identity_calls: dict[str, str] = field(default_factory=dict)
    identity_parameters: dict[str, str] = field(default_factory=dict)
    identity_names: dict[str, str] = field(default_factory=dict)  # lower-case header/key names
    lookups: set[str] = field(default_factory=set)
    writes: set[str] = field(default_factory=set)
    policies: set[str] = field(default_factory=set)
    scopes: set[str] = field(default_factory=set)
    bindings: dict[str, list[Binding]] = field(default_factory=lambda: defaultdict(list))
    protections: dict[str, list[Protection]] = field(default_factory=lambda: defaultdict(list))

    def add(self, lib: Library) -> None:
        def both(target: set[str], names: tuple[str, ...]) -> None:
            for name in names:
                target.add(name)
                target.add(_short(name))

        for route in lib.routes:
            both(self.routers, route.routers)
            self.route_methods.update(route.methods)
            self.uses.update(route.uses)
            self.groups.update(route.groups)
            both(self.route_annotations, route.annotations)
            both(self.controllers, route.controllers)
            both(self.route_classes, route.classes)
            both(self.registrations, route.registrations)
        for auth in lib.auth:
            both(self.guards, (*auth.decorators, *auth.dependencies, *auth.middleware,
                               *auth.annotations, *auth.calls))
            both(self.mixins, auth.mixins)
            both(self.permissions, auth.permissions)
            both(self.public, auth.public)
            both(self.roles, auth.roles)
            self.principal.update(auth.principal)
        for ident in lib.identity:
            for name in ident.members:
                self.identity_members[name] = ident.part
            for name in ident.methods:
                self.identity_methods[name] = ident.part
            for name in ident.calls:
                self.identity_calls[name] = ident.part
            for name in ident.parameters:
                self.identity_parameters[name] = ident.part
                self.identity_parameters[_short(name)] = ident.part
            for name in ident.names:
                self.identity_names[name.lower()] = ident.part
        for own in lib.ownership:
            both(self.lookups, own.lookups)
            both(self.writes, own.writes)
            both(self.policies, own.policies)
            both(self.scopes, own.scopes)
        for binding in lib.binding:
            for name in binding.calls:
                self.bindings[name].append(binding)
            for name in binding.methods:
                self.bindings[name].append(binding)
        for protection in lib.protections:
            for name in (*protection.decorators, *protection.calls, *protection.methods,
                         *protection.classes, *protection.annotations):
                self.protections[name].append(protection)
                if _short(name) != name:
                    self.protections[_short(name)].append(protection)

    def protection(self, name: str, kind: str) -> Protection | None:
        """The protection switch `name` is (by its qualified or last name), of `kind`."""
        for found in (self.protections.get(name, ()), self.protections.get(_short(name), ())):
            for protection in found:
                if protection.kind == kind:
                    return protection
        return None

    def binding(self, name: str) -> Binding | None:
        found = self.bindings.get(name) or self.bindings.get(_short(name))
        return found[0] if found else None


def build(libraries: tuple[Library, ...]) -> AccessTables:
    tables = AccessTables()
    for lib in libraries:
        tables.add(lib)
    return tables
