"""Framework knowledge as data: the model tables of one language, loaded once and indexed.

`load(language)` reads every `models/<language>/*.toml` (see docs/dataflow.md section 6 and
`schema.py`) and answers the questions the dataflow core and the rules ask: is this call a
source, a sink of which kinds, a sanitizer for which kinds, a validator, a route decorator, an
auth marker; what type does it return. Languages of one family share tables (`typescript` and
`tsx` read `javascript`).
"""

from __future__ import annotations

import functools
import tomllib
from collections import defaultdict
from dataclasses import dataclass, field
from importlib import resources

from vigilint import code_cache
from vigilint.analyzers.models.access import AccessTables
from vigilint.analyzers.models.access import build as build_access
from vigilint.analyzers.models.schema import (
    Auth,
    Binding,
    Identity,
    Library,
    ModelError,
    Ownership,
    Propagator,
    Protection,
    Route,
    Sanitizer,
    Sink,
    Source,
    Validator,
    parse_library,
)

__all__ = ["AccessTables", "Auth", "Binding", "Identity", "Library", "ModelError", "Models",
           "Ownership", "Propagator", "Protection", "Route", "Sanitizer", "Sink", "Source",
           "Validator", "load", "short_name"]

_FAMILY = {"typescript": "javascript", "tsx": "javascript"}


def short_name(name: str) -> str:
    """The last part of a qualified name (`os.path.join` -> `join`, Go `net/http.Get` -> `Get`)."""
    return name.rsplit(".", 1)[-1].rsplit("/", 1)[-1]


@dataclass
class Models:
    """The indexed tables of one language."""

    language: str
    libraries: tuple[Library, ...] = ()
    types: dict[str, str] = field(default_factory=dict)
    source_calls: dict[str, Source] = field(default_factory=dict)
    request_objects: dict[str, Source] = field(default_factory=dict)
    request_types: dict[str, Source] = field(default_factory=dict)
    request_parameters: dict[str, Source] = field(default_factory=dict)
    source_annotations: dict[str, Source] = field(default_factory=dict)
    binders: dict[str, Source] = field(default_factory=dict)
    sinks_by_call: dict[str, list[Sink]] = field(default_factory=lambda: defaultdict(list))
    sinks_by_method: dict[str, list[Sink]] = field(default_factory=lambda: defaultdict(list))
    sinks_by_property: dict[str, list[Sink]] = field(default_factory=lambda: defaultdict(list))
    source_callbacks: dict[str, Source] = field(default_factory=dict)
    sanitizer_calls: dict[str, Sanitizer] = field(default_factory=dict)
    sanitizer_methods: dict[str, Sanitizer] = field(default_factory=dict)
    validator_calls: dict[str, Validator] = field(default_factory=dict)
    validator_methods: dict[str, Validator] = field(default_factory=dict)
    propagator_calls: dict[str, Propagator] = field(default_factory=dict)
    propagator_methods: dict[str, Propagator] = field(default_factory=dict)
    exits: frozenset[str] = frozenset()
    route_decorators: dict[str, Route] = field(default_factory=dict)
    route_methods: dict[str, Route] = field(default_factory=dict)  # by short decorator name
    route_registrations: dict[str, list[Route]] = field(
        default_factory=lambda: defaultdict(list))  # by short name of the registering call
    auth_markers: dict[str, Auth] = field(default_factory=dict)
    not_input_types: frozenset[str] = frozenset()
    sink_short_names: set[str] = field(default_factory=set)  # last names of `sinks.calls`
    # method names of call sinks qualified by a type (`requests.Session.get`): only these need
    # the receiver's type
    typed_sink_methods: set[str] = field(default_factory=set)

    def add(self, lib: Library) -> None:
        self.libraries = (*self.libraries, lib)
        self.types.update(lib.types)
        for src in lib.sources:
            for name in src.calls:
                self.source_calls[name] = src
            for name in src.objects:
                self.request_objects[name] = src
            for name in src.types:
                self.request_types[name] = src
            for name in src.parameters:
                self.request_parameters[name] = src
            for name in src.annotations:
                self.source_annotations[name] = src
            for name in src.binds:
                self.binders[name] = src
            for name in src.callbacks:
                self.source_callbacks[name] = src
        for sink in lib.sinks:
            for name in sink.calls:
                self.sinks_by_call[name].append(sink)
                self.sink_short_names.add(short_name(name))
                qualifier = name.rsplit(".", 2)[-2] if name.count(".") >= 2 else ""
                if qualifier[:1].isupper():
                    self.typed_sink_methods.add(short_name(name))
            for name in sink.methods:
                self.sinks_by_method[name].append(sink)
            for name in sink.properties:
                self.sinks_by_property[name].append(sink)
        for san in lib.sanitizers:
            for name in san.calls:
                self.sanitizer_calls[name] = san
            for name in san.methods:
                self.sanitizer_methods[name] = san
        for val in lib.validators:
            for name in val.calls:
                self.validator_calls[name] = val
            for name in val.methods:
                self.validator_methods[name] = val
        for prop in lib.propagators:
            for name in prop.calls:
                self.propagator_calls[name] = prop
            for name in prop.methods:
                self.propagator_methods[name] = prop
        self.exits = self.exits | frozenset(lib.exits)
        for route in lib.routes:
            for name in route.decorators:
                self.route_decorators[name] = route
                self.route_methods[short_name(name)] = route
            for name in route.registrations:
                self.route_registrations[short_name(name)].append(route)
            self.not_input_types = self.not_input_types | frozenset(route.not_input)
        for auth in lib.auth:
            for name in (*auth.decorators, *auth.dependencies, *auth.middleware,
                         *auth.annotations, *auth.calls, *auth.mixins, *auth.permissions,
                         *auth.roles):
                self.auth_markers[name] = auth

    # -- questions ----------------------------------------------------------------------
    def sinks(self, name: str, kinds: frozenset[str] | None = None) -> list[Sink]:
        """Sinks of a qualified call name (optionally of some kinds)."""
        found = self.sinks_by_call.get(name)
        if not found:
            return []
        return found if kinds is None else [s for s in found if s.kind in kinds]

    def method_sinks(self, method: str, kinds: frozenset[str] | None = None) -> list[Sink]:
        found = self.sinks_by_method.get(method)
        if not found:
            return []
        return found if kinds is None else [s for s in found if s.kind in kinds]

    def property_sinks(self, name: str, kinds: frozenset[str] | None = None) -> list[Sink]:
        """Sinks that an assignment to a member `name` is (`el.innerHTML = html`)."""
        found = self.sinks_by_property.get(name)
        if not found:
            return []
        return found if kinds is None else [s for s in found if s.kind in kinds]

    def sanitizer(self, name: str) -> Sanitizer | None:
        return self.sanitizer_calls.get(name)

    def validator(self, name: str) -> Validator | None:
        return self.validator_calls.get(name)

    def propagator(self, name: str) -> Propagator | None:
        return self.propagator_calls.get(name)

    def result_type(self, name: str) -> str:
        return self.types.get(name, "")

    def route_decorator(self, name: str) -> Route | None:
        return self.route_decorators.get(name)

    def auth_marker(self, name: str) -> Auth | None:
        return self.auth_markers.get(name)

    @functools.cached_property
    def access(self) -> AccessTables:
        """The access-control indexes (routes, guards, identity parts, lookups, bindings,
        protections) of these tables."""
        return build_access(self.libraries)

    @functools.cached_property
    def _prefilters(self) -> dict[str, tuple[str, ...]]:
        out: dict[str, set[str]] = defaultdict(set)
        for lib in self.libraries:
            for sink in lib.sinks:
                if lib.implicit_imports:
                    # the package may never be spelled out: only the last name is sure
                    out[sink.kind].update(short_name(n) for n in sink.calls)
                    out[sink.kind].update(sink.methods)
                    continue
                # a call of a qualified name needs both its root module (an import, or a type
                # annotation naming it) and its last name in the text: either one is a valid
                # prefilter, and the longer is the rarer substring
                out[sink.kind].update(max(n.split(".", 1)[0], short_name(n), key=len)
                                      for n in sink.calls)
                if sink.methods:
                    # a gated method sink needs an import of one of its library's modules
                    out[sink.kind].update(sink.methods if sink.anywhere else
                                          (m.split(".", 1)[0] for m in sink.modules))
                out[sink.kind].update(sink.properties)
        return {kind: tuple(sorted(names)) for kind, names in out.items()}

    def prefilter(self, *kinds: str) -> tuple[str, ...]:
        """Substrings a file must contain to hold a sink of one of `kinds` (per sink call the
        longer of its root module and its last name; the sink method names, or the modules of
        a gated method sink; the sink properties): a superset, as `Rule.prefilter` requires."""
        out: set[str] = set()
        for kind in kinds:
            out.update(self._prefilters.get(kind, ()))
        # a name containing another of the set adds nothing (`executeQuery` when `execute`
        # is there): fewer substrings for the engine to look for in every file
        kept: list[str] = []
        for name in sorted(out, key=len):
            if not any(k in name for k in kept):
                kept.append(name)
        return tuple(sorted(kept))


@functools.cache
def load(language: str) -> Models:
    """Every model table of `language` (its family's), validated and indexed; cached."""
    family = _FAMILY.get(language, language)
    models = Models(language=family)
    folder = resources.files(__name__).joinpath(family)
    if not folder.is_dir():
        return models
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".toml"):
            continue
        try:
            data = code_cache.toml_loads(entry.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise ModelError(f"{family}/{entry.name}: not valid TOML ({exc}).") from None
        lib = parse_library(f"{family}/{entry.name}", data)
        if lib.language != family:
            raise ModelError(f"{family}/{entry.name}: `language` says {lib.language!r}.")
        models.add(lib)
    return models
