"""The model-table schema: one TOML file per library, validated when it is loaded.

See docs/dataflow.md section 6 for the meaning of each key. A table with an unknown key or an
unknown sink kind is an error (a sentence naming the file and the key), never ignored: a typo in
a model must not silently drop a sink.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any


class ModelError(ValueError):
    """A model table that does not follow the schema."""


@dataclass(frozen=True)
class Source:
    kind: str
    objects: tuple[str, ...] = ()  # module-level objects that are request data
    types: tuple[str, ...] = ()  # values/parameters of these types are request objects
    attributes: tuple[str, ...] = ()  # tainted members/methods of request objects
    safe: tuple[str, ...] = ()  # members of request objects that are not client-controlled
    calls: tuple[str, ...] = ()  # calls / attribute reads whose result is the kind
    annotations: tuple[str, ...] = ()  # parameter annotations/decorators that make it the kind
    binds: tuple[str, ...] = ()  # calls that fill their argument with the kind (Go binders)
    parameters: tuple[str, ...] = ()  # parameter names that are request objects (`request`)
    uploads: tuple[str, ...] = ()  # members that are maps of uploaded files (file objects)
    # members a redirect may use as they are: the request's own path with its leading slashes
    # escaped (Django's `get_full_path`), the host checked against the allowed hosts
    local_urls: tuple[str, ...] = ()
    # calls/methods whose function argument's first parameter receives data of the kind
    # (event listeners); "name:event" limits it to one event name, "name:*" to every event but
    # those in `safe`
    callbacks: tuple[str, ...] = ()
    library: str = ""


@dataclass(frozen=True)
class Sink:
    kind: str
    calls: tuple[str, ...] = ()
    methods: tuple[str, ...] = ()  # method names on receivers of unknown type
    properties: tuple[str, ...] = ()  # members whose assignment is the sink (`el.innerHTML = x`)
    arg: int | str | None = 0  # index, "*" (every argument), -1 (the receiver), None (keyword
    # only: `arg = "none"` in the table)
    keywords: tuple[str, ...] = ()
    when_true: str = ""  # only when this keyword argument is literally true
    when_arg: int | None = None  # the argument `when_value` / `when_type` look at
    when_value: str = ""  # regex its constant string value must match (`sh -c`, "text/html")
    when_type: tuple[str, ...] = ()  # types it must have (a writer, a connection)
    receiver: str = ""  # regex the receiver's text must match (untyped receivers)
    anywhere: bool = False  # method sinks also in files that import none of `modules`
    untyped: bool = False  # method sinks only on receivers of unknown type (or of `modules`)
    text: str = ""  # regex the argument's literal text must match (generic method names)
    note: str = ""
    library: str = ""
    modules: tuple[str, ...] = ()  # the library's modules (a method sink needs an import of one)
    receiver_re: re.Pattern[str] | None = field(default=None, compare=False, repr=False)
    when_value_re: re.Pattern[str] | None = field(default=None, compare=False, repr=False)
    text_re: re.Pattern[str] | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class Sanitizer:
    kinds: frozenset[str]
    calls: tuple[str, ...] = ()
    methods: tuple[str, ...] = ()
    arg: int | str = 0  # the argument whose value is returned cleaned ("*": all of them)
    library: str = ""


@dataclass(frozen=True)
class Validator:
    kinds: frozenset[str]
    calls: tuple[str, ...] = ()
    methods: tuple[str, ...] = ()  # method names: the receiver is the checked value
    arg: int = 0
    library: str = ""


@dataclass(frozen=True)
class Propagator:
    """What a call's result carries. flow: "none" (no input: files, sockets, query results),
    "literal" (booleans, counts), "data" (input labels kept, never a literal), "all" (labels of
    receiver and arguments), "container" (an empty map-like container), "callback" (what the
    function argument returns, applied to the receiver's elements: `stream.map(f)`)."""

    flow: str
    calls: tuple[str, ...] = ()
    methods: tuple[str, ...] = ()
    facts: tuple[str, ...] = ()
    library: str = ""


@dataclass(frozen=True)
class Route:
    decorators: tuple[str, ...] = ()
    methods_keyword: str = ""
    handler_types: tuple[str, ...] = ()
    registrations: tuple[str, ...] = ()  # calls that register handlers (`app.add_url_rule`)
    not_input: tuple[str, ...] = ()  # parameter types/defaults of handlers that are not input
    routers: tuple[str, ...] = ()  # calls that create an app, router or route group
    methods: tuple[str, ...] = ()  # router method names that declare a route (`get`, `GET`)
    uses: tuple[str, ...] = ()  # router method names that attach middleware (`use`, `Use`)
    groups: tuple[str, ...] = ()  # router method names that derive a sub-router (`Group`)
    annotations: tuple[str, ...] = ()  # handler annotations/decorators (`GetMapping`, `Get`)
    controllers: tuple[str, ...] = ()  # class annotations that make a controller
    classes: tuple[str, ...] = ()  # base classes that make a class a handler (views, servlets)
    handler_params: tuple[str, ...] = ()  # conventional parameter names of a handler, in order
    exports: tuple[str, ...] = ()  # exported function names that are handlers ("default" too)
    files: tuple[str, ...] = ()  # path globs where `exports` apply (empty: every file)
    # what the framework makes of a handler's return value: "json" (serialized as JSON, not
    # HTML), or "" (as written: a string is an HTML body)
    returns: str = ""
    # the route keyword that picks another response class for the return value (`response_class`)
    response_keyword: str = ""
    library: str = ""


@dataclass(frozen=True)
class Auth:
    decorators: tuple[str, ...] = ()
    dependencies: tuple[str, ...] = ()
    middleware: tuple[str, ...] = ()
    annotations: tuple[str, ...] = ()
    calls: tuple[str, ...] = ()  # calls in a handler body that check the caller
    mixins: tuple[str, ...] = ()  # base classes that guard a class-based view
    permissions: tuple[str, ...] = ()  # permission classes/expressions that require a caller
    public: tuple[str, ...] = ()  # markers that make a route public on purpose (`AllowAny`)
    roles: tuple[str, ...] = ()  # markers that check a role or permission, not only a login
    principal: tuple[str, ...] = ()  # expressions naming the verified caller (`current_user`)
    library: str = ""


# Where a request value comes from, for access control: the client's own parts of a request,
# claims of a token nobody verified, and the addresses proxies forward.
IDENTITY_PARTS = frozenset({"cookie", "header", "query", "body", "path", "unverified-token",
                            "forwarded"})


@dataclass(frozen=True)
class Identity:
    """Request parts the client controls (`part`), by how the code reads them."""

    part: str
    members: tuple[str, ...] = ()  # members of a request object (`cookies`, `headers`)
    methods: tuple[str, ...] = ()  # methods of a request object (`getHeader`, `Cookie`)
    calls: tuple[str, ...] = ()  # qualified calls that return that part
    parameters: tuple[str, ...] = ()  # handler parameter annotations/defaults (`Header`)
    names: tuple[str, ...] = ()  # header or key names that are this part (`X-Forwarded-For`)
    note: str = ""
    library: str = ""


@dataclass(frozen=True)
class Ownership:
    """How a library looks objects up, and how code checks that the caller may use them."""

    lookups: tuple[str, ...] = ()  # method/call names that fetch one object by a key
    writes: tuple[str, ...] = ()  # method/call names that change or delete by a key
    policies: tuple[str, ...] = ()  # calls that check the caller's right to an object
    scopes: tuple[str, ...] = ()  # helpers that scope a query to the caller
    library: str = ""


BINDING_KINDS = frozenset({"model", "merge", "bind"})


@dataclass(frozen=True)
class Binding:
    """Calls that copy a whole map of request data into a model or object (mass assignment):
    `model` builds or updates a stored record, `merge` copies into an existing object, `bind`
    fills a typed variable from the request body."""

    kind: str
    calls: tuple[str, ...] = ()
    methods: tuple[str, ...] = ()
    arg: int | str | None = 0
    note: str = ""
    library: str = ""


PROTECTION_KINDS = frozenset({"csrf-exempt", "csrf-off", "static", "listing", "generated-rest",
                              "permit-all", "open-default"})


@dataclass(frozen=True)
class Protection:
    """Switches that turn an access protection off or serve files to anyone."""

    kind: str
    decorators: tuple[str, ...] = ()
    calls: tuple[str, ...] = ()
    methods: tuple[str, ...] = ()
    classes: tuple[str, ...] = ()
    annotations: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()  # the keyword/option whose value decides (`show_indexes`)
    note: str = ""
    library: str = ""


@dataclass(frozen=True)
class Library:
    library: str
    language: str
    modules: tuple[str, ...]
    docs: tuple[str, ...]
    types: dict[str, str]
    sources: tuple[Source, ...]
    sinks: tuple[Sink, ...]
    sanitizers: tuple[Sanitizer, ...]
    validators: tuple[Validator, ...]
    propagators: tuple[Propagator, ...]
    exits: tuple[str, ...]
    routes: tuple[Route, ...]
    auth: tuple[Auth, ...]
    # code may name this library's types without an import that spells its package (Java's
    # `java.lang`, wildcard imports, same-package types): prefilters take last names only
    implicit_imports: bool = False
    identity: tuple[Identity, ...] = ()
    ownership: tuple[Ownership, ...] = ()
    binding: tuple[Binding, ...] = ()
    protections: tuple[Protection, ...] = ()


_TOP = {"library", "language", "modules", "docs", "types", "sources", "sinks", "sanitizers",
        "validators", "propagators", "exits", "routes", "auth", "implicit_imports", "identity",
        "ownership", "binding", "protections"}
_FLOWS = {"none", "literal", "data", "all", "container", "callback"}


def _strings(where: str, key: str, value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ModelError(f"{where}: `{key}` must be a string or a list of strings.")
    return tuple(value)


def _entry(where: str, table: dict[str, Any], allowed: dict[str, str]) -> dict[str, Any]:
    """Check one [[table]] entry's keys and value types ("s": string, "l": strings,
    "a": argument index, "i": int, "b": boolean)."""
    out: dict[str, Any] = {}
    for key, value in table.items():
        kind = allowed.get(key)
        if kind is None:
            raise ModelError(f"{where}: unknown key `{key}` (allowed: {', '.join(sorted(allowed))}).")
        if kind == "s":
            if not isinstance(value, str):
                raise ModelError(f"{where}: `{key}` must be a string.")
            out[key] = value
        elif kind == "l":
            out[key] = _strings(where, key, value)
        elif kind == "a":
            if not (isinstance(value, int) or value in ("*", "none")):
                raise ModelError(f"{where}: `{key}` must be an argument index, \"*\" or "
                                 "\"none\".")
            out[key] = value
        elif kind == "i":
            if not isinstance(value, int):
                raise ModelError(f"{where}: `{key}` must be an integer.")
            out[key] = value
        elif kind == "b":
            if not isinstance(value, bool):
                raise ModelError(f"{where}: `{key}` must be true or false.")
            out[key] = value
    return out


def _regex(where: str, key: str, text: str) -> re.Pattern[str] | None:
    if not text:
        return None
    try:
        return re.compile(text)
    except re.error as exc:
        raise ModelError(f"{where}: `{key}` is not a valid regular expression ({exc}).") from None


def _choice(where: str, key: str, value: Any, allowed: frozenset[str]) -> None:
    if value not in allowed:
        raise ModelError(f"{where}: `{key}` must be one of {sorted(allowed)}.")


def _kinds(where: str, names: tuple[str, ...]) -> frozenset[str]:
    from vigilint.analyzers.dataflow.kinds import parse_kinds  # (the package imports models)

    try:
        return parse_kinds(names)
    except ValueError as exc:
        raise ModelError(f"{where}: {exc}.") from None


def parse_library(name: str, data: dict[str, Any]) -> Library:
    """A validated `Library` from one TOML document (`name` is the file, for messages)."""
    from vigilint.analyzers.dataflow.kinds import SOURCE_KINDS

    unknown = set(data) - _TOP
    if unknown:
        raise ModelError(f"{name}: unknown table(s) {', '.join(sorted(unknown))}.")
    for key in ("library", "language"):
        if not isinstance(data.get(key), str):
            raise ModelError(f"{name}: `{key}` is required.")
    library = data["library"]
    modules = _strings(name, "modules", data.get("modules", []))
    implicit = data.get("implicit_imports", False)
    if not isinstance(implicit, bool):
        raise ModelError(f"{name}: `implicit_imports` must be true or false.")
    types = data.get("types", {})
    if not isinstance(types, dict) or not all(isinstance(v, str) for v in types.values()):
        raise ModelError(f"{name}: [types] maps names to type names (strings).")

    def entries(key: str) -> list[tuple[str, dict[str, Any]]]:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise ModelError(f"{name}: `{key}` must be an array of tables ([[{key}]]).")
        return [(f"{name} [[{key}]] #{i + 1}", v) for i, v in enumerate(value)]

    sources = []
    for where, table in entries("sources"):
        got = _entry(where, table, {"kind": "s", "objects": "l", "types": "l", "attributes": "l",
                                    "safe": "l", "calls": "l", "annotations": "l", "binds": "l",
                                    "parameters": "l", "uploads": "l", "callbacks": "l",
                                    "local_urls": "l"})
        if got.get("kind") not in SOURCE_KINDS:
            raise ModelError(f"{where}: `kind` must be one of {sorted(SOURCE_KINDS)}.")
        sources.append(Source(library=library, **got))
    sinks = []
    for where, table in entries("sinks"):
        got = _entry(where, table, {"kind": "s", "calls": "l", "methods": "l", "arg": "a",
                                    "keywords": "l", "when_true": "s", "receiver": "s",
                                    "note": "s", "anywhere": "b", "untyped": "b", "when_arg": "i",
                                    "when_value": "s", "when_type": "l", "properties": "l",
                                    "text": "s"})
        _kinds(where, (got.get("kind", ""),))
        if got.get("arg") == "none":
            got["arg"] = None
        if (got.get("when_value") or got.get("when_type")) and got.get("when_arg") is None:
            raise ModelError(f"{where}: `when_value` and `when_type` need `when_arg`.")
        pattern = _regex(where, "receiver", got.get("receiver", ""))
        value_re = _regex(where, "when_value", got.get("when_value", ""))
        text_re = _regex(where, "text", got.get("text", ""))
        sinks.append(Sink(library=library, modules=modules, receiver_re=pattern,
                          when_value_re=value_re, text_re=text_re, **got))
    sanitizers = []
    for where, table in entries("sanitizers"):
        got = _entry(where, table, {"kinds": "l", "calls": "l", "methods": "l", "arg": "a"})
        got["kinds"] = _kinds(where, got.get("kinds", ()))
        sanitizers.append(Sanitizer(library=library, **got))
    validators = []
    for where, table in entries("validators"):
        got = _entry(where, table, {"kinds": "l", "calls": "l", "methods": "l", "arg": "i"})
        got["kinds"] = _kinds(where, got.get("kinds", ()))
        validators.append(Validator(library=library, **got))
    propagators = []
    for where, table in entries("propagators"):
        got = _entry(where, table, {"flow": "s", "calls": "l", "methods": "l", "facts": "l"})
        if got.get("flow") not in _FLOWS:
            raise ModelError(f"{where}: `flow` must be one of {sorted(_FLOWS)}.")
        propagators.append(Propagator(library=library, **got))
    routes = [Route(library=library, **_entry(where, table, {
        "decorators": "l", "methods_keyword": "s", "handler_types": "l", "registrations": "l",
        "not_input": "l", "routers": "l", "methods": "l", "uses": "l", "groups": "l",
        "annotations": "l", "controllers": "l", "classes": "l", "handler_params": "l",
        "exports": "l", "files": "l", "returns": "s", "response_keyword": "s"}))
        for where, table in entries("routes")]
    auth = [Auth(library=library, **_entry(where, table, {
        "decorators": "l", "dependencies": "l", "middleware": "l", "annotations": "l",
        "calls": "l", "mixins": "l", "permissions": "l", "public": "l", "roles": "l",
        "principal": "l"})) for where, table in entries("auth")]
    identity = []
    for where, table in entries("identity"):
        got = _entry(where, table, {"part": "s", "members": "l", "methods": "l", "calls": "l",
                                    "parameters": "l", "names": "l", "note": "s"})
        _choice(where, "part", got.get("part"), IDENTITY_PARTS)
        identity.append(Identity(library=library, **got))
    ownership = [Ownership(library=library, **_entry(where, table, {
        "lookups": "l", "writes": "l", "policies": "l", "scopes": "l"}))
        for where, table in entries("ownership")]
    binding = []
    for where, table in entries("binding"):
        got = _entry(where, table, {"kind": "s", "calls": "l", "methods": "l", "arg": "a",
                                    "note": "s"})
        _choice(where, "kind", got.get("kind"), BINDING_KINDS)
        if got.get("arg") == "none":
            got["arg"] = None
        binding.append(Binding(library=library, **got))
    protections = []
    for where, table in entries("protections"):
        got = _entry(where, table, {"kind": "s", "decorators": "l", "calls": "l",
                                    "methods": "l", "classes": "l", "annotations": "l",
                                    "keywords": "l", "note": "s"})
        _choice(where, "kind", got.get("kind"), PROTECTION_KINDS)
        protections.append(Protection(library=library, **got))
    return Library(
        library=library, language=data["language"], modules=modules,
        docs=_strings(name, "docs", data.get("docs", [])), types=dict(types),
        sources=tuple(sources), sinks=tuple(sinks), sanitizers=tuple(sanitizers),
        validators=tuple(validators), propagators=tuple(propagators),
        exits=_strings(name, "exits", data.get("exits", [])), routes=tuple(routes),
        auth=tuple(auth), implicit_imports=implicit, identity=tuple(identity),
        ownership=tuple(ownership), binding=tuple(binding), protections=tuple(protections))
