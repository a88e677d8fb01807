"""Access-control facts of a whole project: what one file cannot show about another
(docs/access-control.md). The scan collects them from every code file before analysing, and
each file's analysis reads them from `ctx.cache[PROJECT_KEY]` (absent in a one-file analysis:
then it keeps its own guesses).

    facts = collect([(display path, text), ...])   # plain data: cached, pickled to workers
    registration(ctx, route)                        # the guard a handler is registered behind
    mounted(ctx)                                    # the guard this module's router is mounted behind
    store_lookups(ctx, inventory, lookups)          # calls of data-access functions of other files

The mechanisms, each written by name in one file and used in another:
- handlers: a handler function registered on a router of another file (`r.With(requireAgent)
  .Post("/x", s.merge)`, a Gin group with `requireKeeper()`): the guards of its registration;
- mounts: a module whose router another file mounts behind a guard (`app.use("/api/members",
  requireAuth, members)` with `members = require("./routes/members")`);
- open mounts: a module whose router another file mounts with no guard at a path prefix,
  while that file mounts its other routers behind one (`app.use("/internal", internal)`);
- open writes: Java handlers that change stored records with no guard of their own, for the
  security chain's `permitAll()` matchers;
- stores: a data-access function or method (a store, repository or service) that reads,
  changes or deletes one record chosen by one of its parameters, with whether its query also
  filters by another of its parameters (an owner): a call of it with a request id is a lookup
  of the calling route.
"""

from __future__ import annotations

import bisect
import hashlib
import json
import posixpath
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from tree_sitter import Node

from vigilint import lazyre
from vigilint.analyzers.access.model import Guard, Inventory, Lookup, Route, route_of
from vigilint.analyzers.access.syntax import (
    enclosing_function,
    family,
    functions,
    language_hooks,
    nodes,
)
from vigilint.analyzers.context import FileContext

PROJECT_KEY = "access.project"
_COLLECTING = "access.project.collecting"
_CALL_KINDS = {"python": ("call",), "javascript": ("call_expression",),
               "java": ("method_invocation",), "go": ("call_expression",)}
_WORD = lazyre.compile(r"\w+")
# the client libraries' own calls (an ORM's `find`, a driver's `query`): never a project's
# data-access function, whatever a file of the project defines under the same name
_LIBRARY_NAMES = frozenset({
    "get", "find", "findOne", "findById", "findAll", "findMany", "findUnique", "findFirst",
    "first", "delete", "remove", "update", "save", "query", "exec", "execute", "select", "one",
    "all", "fetch", "load", "read", "create", "insert", "destroy", "filter", "where", "count",
    "list", "upsert", "deleteOne", "deleteMany", "updateOne", "updateMany", "findByPk",
    "Get", "Find", "First", "Delete", "Update", "Save", "Query", "QueryRow", "Exec", "Select",
    "QueryContext", "QueryRowContext", "ExecContext", "Scan", "Take", "Where", "Create",
    "findByIdAndUpdate", "findByIdAndDelete", "findOneAndUpdate", "findOneAndDelete",
    "get_or_404", "first_or_404", "getOne", "getReferenceById", "deleteById", "existsById",
})
# receivers whose `update`/`delete` is no record's (a cipher's, a hash's, a signer's)
# (the last name before the final `.method` holds one of these words; read with string
# operations, not a regex searched from every position, which is quadratic on long names)
_NOT_RECORD_WORDS = ("cipher", "hash", "hmac", "digest", "sign", "verifier", "crypto", "md5",
                     "sha", "cache", "map", "set", "headers", "params", "storage")


def _not_records(callee: str) -> bool:
    """`cipher.update`, `hash.update`, `params.delete`: the receiver is no record store."""
    head, dot, method = callee.rstrip().rpartition(".")
    if not dot or not method.strip().isidentifier():
        return False
    head = head.rstrip()
    start = len(head)
    while start > 0 and (head[start - 1].isalnum() or head[start - 1] == "_"):
        start -= 1
    word = head[start:].lower()
    return any(w in word for w in _NOT_RECORD_WORDS)
# a parameter named for a record's id (`id`, `claimId`, `invoice_id`, `ticketID`, `uuid`)
_ID_PARAM = lazyre.compile(r"(^(id|pk|uuid|guid)$|[a-z0-9](Id|ID|_id|_pk|Uuid|_uuid)$)")
# names a route handler or an entry point goes by, never a helper other files call
_NOT_HELPERS = frozenset({"handler", "handle", "default", "main", "middleware", "get", "post",
                          "put", "patch", "delete", "index", "show", "view", "run", "serve",
                          "servehttp", "app", "init", "setup", "loader", "action"})
# the accounts of people: a profile read by id is a directory's lookup, most often by design
_PEOPLE = lazyre.compile(r"(?i)^(users?|members?|accounts?|profiles?|people|persons?|"
                         r"customers?|players?|authors?)$")
# parameters that carry a connection or a context, never a record's key or an owner
_PLUMBING = lazyre.compile(r"^(ctx|context|c|db|tx|conn|session|s|self|this|cls|r|req|w|"
                           r"request|response|res|next|pool|client)$")


@dataclass
class AccessFacts:
    """The project's facts, as plain data (JSON: the scan cache stores them)."""

    # handler short name -> [folder, guard as written ("" = none), checks a role] per
    # registration
    handlers: dict[str, list[list[Any]]] = field(default_factory=dict)
    # module path without extension -> [guard as written, checks a role, router variable]
    # per mount
    mounts: dict[str, list[list[Any]]] = field(default_factory=dict)
    # module path -> [router variable, path prefix, guard the file's other mounts name] per
    # mount with no guard, in a file that mounts its other routers behind one
    open_mounts: dict[str, list[list[Any]]] = field(default_factory=dict)
    # Java handlers that change stored records with no guard of their own, for the security
    # chain's matchers: [URL path, methods, display path] per handler
    open_writes: list[list[Any]] = field(default_factory=list)
    # function short name -> [folder, key index, arity, op, model, scoped] per definition
    stores: dict[str, list[list[Any]]] = field(default_factory=dict)
    # guard function short name -> [folder, what it checks] per definition: "auth" (a
    # verified credential: a token, a session, and no role), "role" (a role or permission)
    guards: dict[str, list[list[Any]]] = field(default_factory=dict)
    # helper short name -> [folder] per definition: a function that returns the verified
    # caller, or what a middleware stored of it (`residentID(c)`, `currentUser(req)`)
    callers: dict[str, list[str]] = field(default_factory=dict)
    # Next.js app root -> {"middleware": [[matcher patterns, what it checks]], "routes":
    # [[url, guard as written ("" = none)]]}: an app's route files are each other's siblings
    next_apps: dict[str, dict[str, list[list[Any]]]] = field(default_factory=dict)
    # Django URLconfs: view short name -> the modules it is named through (`views` for
    # `path("login/", views.login)`, "" when not known), for every view a `path()`,
    # `re_path()` or `url()` routes to: a function that takes `request` but is routed by
    # none is a helper, not a view (when the project has URLconfs at all)
    django_views: dict[str, list[str]] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.handlers or self.mounts or self.stores or self.guards or
                    self.callers or self.next_apps or self.django_views or self.open_mounts or
                    self.open_writes)

    def to_dict(self) -> dict[str, Any]:
        return {"handlers": self.handlers, "mounts": self.mounts, "stores": self.stores,
                "guards": self.guards, "callers": self.callers, "next_apps": self.next_apps,
                "django_views": self.django_views, "open_mounts": self.open_mounts,
                "open_writes": self.open_writes}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AccessFacts:
        return cls(handlers=dict(data.get("handlers", {})), mounts=dict(data.get("mounts", {})),
                   stores=dict(data.get("stores", {})), guards=dict(data.get("guards", {})),
                   callers=dict(data.get("callers", {})),
                   next_apps=dict(data.get("next_apps", {})),
                   django_views=dict(data.get("django_views", {})),
                   open_mounts=dict(data.get("open_mounts", {})),
                   open_writes=list(data.get("open_writes", [])))

    def mentions(self, text: str) -> bool:
        """The text names a data-access function of the project (its calls are lookups)."""
        return bool(self.stores) and not self.stores.keys().isdisjoint(_WORD.findall(text))

    def dependencies(self, text: str, display: str) -> str:
        """A digest of the facts a file with this text and path may use: those named by a
        word of its text (its handlers, the functions it calls) and the mounts of its own
        module. It changes whenever one of them does (a guard added to a registration, an
        owner filter removed from a store's query)."""
        if not self:
            return ""
        words = set(_WORD.findall(text))
        handlers = {n: self.handlers[n] for n in sorted(words & self.handlers.keys())}
        mounts = self.mounts.get(module_path(display), [])
        # the guards the file names, and those its registrations and mounts name
        named = words | {guard_function(str(e[1])) for found in handlers.values()
                         for e in found} | {guard_function(str(e[0])) for e in mounts}
        used = {
            "h": handlers,
            "s": {n: self.stores[n] for n in sorted(words & self.stores.keys())},
            "m": mounts or sorted(e for key, found in self.mounts.items()
                                  if key.startswith("*/") and
                                  ("/" + module_path(display)).endswith(key[1:])
                                  for e in found),
            "g": {n: self.guards[n] for n in sorted(named & self.guards.keys())},
            "c": {n: self.callers[n] for n in sorted(words & self.callers.keys())},
            "n": self.next_apps.get(next_root(display) or "\0", {}),
            # whether the project routes by URLconfs, and where to the file's names
            "d": [bool(self.django_views),
                  {n: self.django_views[n] for n in sorted(words & self.django_views.keys())}],
            # this module's routers mounted elsewhere with no guard; for a Spring security
            # chain that permits all, the project's unguarded handlers that change records
            "o": self.open_mounts.get(module_path(display), []),
            "w": self.open_writes if "permitAll" in text else [],
        }
        return hashlib.sha256(json.dumps(used, sort_keys=True).encode()).hexdigest()


def module_path(display: str) -> str:
    """A file's path without its extension (and without a trailing `/index`): how an
    import names it."""
    path = display.replace("\\", "/")
    stem, dot, _ = path.rpartition(".")
    path = stem if dot and "/" not in _ else path
    return path[:-len("/index")] if path.endswith("/index") else path


def _folder(display: str) -> str:
    return posixpath.dirname(display.replace("\\", "/"))


def _hooks(language: str) -> Any:
    return language_hooks(language, "records")


# -- collecting ---------------------------------------------------------------------------
def collect(texts: Iterable[tuple[str, str]]) -> AccessFacts:
    """The facts of the scan's code files."""
    from vigilint.analyzers.languages import language_for, parser_for

    files: list[tuple[str, str, str, Any]] = []
    for display, text in texts:
        language = language_for(display, text[:200].encode("utf-8", "replace"))
        hooks = _hooks(language)
        if hooks is not None:
            files.append((display, text, language, hooks))
    # first the guard functions (what each checks), then what the files' routes make of
    # them: a group behind `r.Use(s.session)`, `session` defined in another file
    guards = AccessFacts()
    trees: dict[int, Any] = {}  # a file's tree, parsed once for both passes
    for index, (display, text, language, _) in enumerate(files):
        if not _refuses(text):
            continue  # no function of it turns a request away
        ctx = _context(display, text, language, parser_for)
        trees[index] = ctx.tree
        for fn in functions(ctx):
            kind = _guard_kind(ctx, fn)
            if kind:
                guards.guards.setdefault(_function_name(ctx, fn), []).append(
                    [_folder(display), kind])
    guards.django_views = django_views(
        [(d, t, parser_for) for d, t, lang, _ in files if family(lang) == "python"])
    facts = AccessFacts(guards=guards.guards, django_views=guards.django_views)
    for index, (display, text, language, hooks) in enumerate(files):
        ctx = _context(display, text, language, parser_for, trees.get(index))
        if guards:
            ctx.cache[PROJECT_KEY] = guards
            ctx.cache[_COLLECTING] = True
        try:
            _file_facts(ctx, hooks, facts)
        except (RecursionError, ValueError, IndexError, AttributeError):
            continue  # a file the providers can't read adds no fact
    return facts


_URLCONF = lazyre.compile(r"\burlpatterns\b")
_URL_CALLS = frozenset({"path", "re_path", "url"})
_IMPORT_AS = lazyre.compile(r"^[ \t]*from[ \t]+([.\w]+)[ \t]+import[ \t]+\(?([^)]*?)\)?[ \t]*$",
                            re.MULTILINE)


def django_views(files: Sequence[tuple[str, str, Any]]) -> dict[str, list[str]]:
    """The views the project's Django URLconfs route to (`AccessFacts.django_views`): the
    second argument of each `path()`, `re_path()` and `url()` call of a file that defines
    `urlpatterns`, through wrappers (`login_required(views.dashboard)`) and `as_view()`."""
    out: dict[str, set[str]] = {}
    for display, text, parser_for in files:
        if not _URLCONF.search(text) or ("path(" not in text and "url(" not in text):
            continue
        ctx = _context(display, text, "python", parser_for)
        if ctx.tree is None:
            continue
        modules = _imported_from(text)
        for call in nodes(ctx, "call"):
            function = call.child_by_field_name("function")
            name = ctx.node_text(function).rsplit(".", 1)[-1] if function is not None else ""
            args = call.child_by_field_name("arguments")
            if name not in _URL_CALLS or args is None:
                continue
            positional = [a for a in args.named_children
                          if a.type not in ("keyword_argument", "comment")]
            if len(positional) >= 2:
                for view, hint in _view_references(ctx, positional[1], modules):
                    out.setdefault(view, set()).add(hint)
    return {k: sorted(v) for k, v in sorted(out.items())}


def _imported_from(text: str) -> dict[str, tuple[str, str]]:
    """Name bound by a `from X import Y [as Z]` -> (the last part of X, Y): a function is
    named by its module (`views` for `login` in `from .views import login`), a module by
    itself (`views` for `auth_views` in `from django.contrib.auth import views as
    auth_views`)."""
    out: dict[str, tuple[str, str]] = {}
    for match in _IMPORT_AS.finditer(text):
        module = match.group(1).strip(".").rsplit(".", 1)[-1]
        for item in match.group(2).replace("\n", " ").split(","):
            parts = item.split()
            if not parts:
                continue
            bound = parts[-1] if len(parts) == 3 and parts[1] == "as" else parts[0]
            out[bound] = (module, parts[0])
    return out


def _view_references(ctx: FileContext, node: Node,
                     modules: dict[str, tuple[str, str]]) -> list[tuple[str, str]]:
    """(view name, module hint) of a URLconf's view argument."""
    if node.type == "identifier":
        name = ctx.node_text(node)
        return [(name, modules.get(name, ("", ""))[0])]
    if node.type == "attribute":
        obj = node.child_by_field_name("object")
        attr = node.child_by_field_name("attribute")
        if obj is None or attr is None:
            return []
        head = ctx.node_text(obj).rsplit(".", 1)[-1]
        hint = modules.get(head, ("", head))[1] if obj.type == "identifier" else head
        return [(ctx.node_text(attr), hint)]
    if node.type == "call":
        function = node.child_by_field_name("function")
        args = node.child_by_field_name("arguments")
        if function is None:
            return []
        if function.type == "attribute" and ctx.node_text(
                function.child_by_field_name("attribute")) in ("as_view", "adapter_view"):
            return _view_references(ctx, function.child_by_field_name("object") or function,
                                    modules)
        if ctx.node_text(function).rsplit(".", 1)[-1] == "include" or args is None:
            return []
        # a decorator applied in the URLconf: `login_required(views.dashboard)`
        out: list[tuple[str, str]] = []
        for arg in args.named_children:
            if arg.type not in ("keyword_argument", "comment"):
                out.extend(_view_references(ctx, arg, modules))
        return out
    return []


def routed_elsewhere(ctx: FileContext, name: str) -> bool | None:
    """Whether the project's URLconfs route to a view of this name in this file's modules;
    None when the project has no URLconf (or the analysis is of one file)."""
    facts = project_facts(ctx)
    if facts is None or not facts.django_views:
        return None
    hints = facts.django_views.get(name)
    if hints is None:
        return False
    parts = set(module_path(ctx.path).split("/"))
    return any(not h or h in parts for h in hints)


def _context(display: str, text: str, language: str, parser_for: Any,
             tree: Any = None) -> FileContext:
    ctx = FileContext(path=display, language=language, text=text)
    ctx.tree = tree if tree is not None else parser_for(language).parse(ctx.source)
    return ctx


def _file_facts(ctx: FileContext, hooks: Any, facts: AccessFacts) -> None:
    inventory: Inventory = hooks.inventory(ctx)
    folder = _folder(ctx.path)
    for route in inventory.routes:
        if route.unregistered or not route.name.isidentifier():
            continue
        guards = [g for g in route.guards if not g.local]
        guard = next((g for g in guards if g.role), guards[0] if guards else None)
        facts.handlers.setdefault(route.name, []).append(
            [folder, guard.name if guard is not None else "", bool(guard and guard.role)])
    for variable, guards in inventory.memo.get("mounts", []):
        if family(ctx.language) == "python":
            found = _python_module(ctx.text, folder, variable)
            if found is None:
                continue
            target = found
        else:
            source = _imported_module(ctx.text, variable)
            if source is None:
                continue
            target = module_path(posixpath.normpath(posixpath.join(folder, source)))
        guard = next((g for g in guards if g.role), guards[0] if guards else None)
        facts.mounts.setdefault(target, []).append(
            [guard.name if guard is not None else "", bool(guard and guard.role), variable])
    for variable, prefix, guard_name in inventory.memo.get("open_mount_uses", []):
        source = _imported_module(ctx.text, variable)
        if source is not None and family(ctx.language) == "javascript":
            target = module_path(posixpath.normpath(posixpath.join(folder, source)))
            facts.open_mounts.setdefault(target, []).append([variable, prefix, guard_name])
    if ctx.language == "java":
        for route in inventory.routes:
            if route.path and not route.guards and _changes_record(ctx, route):
                facts.open_writes.append([route.path, sorted(route.methods), ctx.path])
    root = next_root(ctx.path)
    if root is not None and family(ctx.language) == "javascript":
        app = facts.next_apps.setdefault(root, {"middleware": [], "routes": []})
        if _is_next_middleware(ctx.path):
            blocks = _hook_blocks(ctx)
            if blocks:
                app["middleware"].extend(blocks)
            else:
                matchers = _next_matchers(ctx.text)
                if matchers:
                    app["middleware"].append([matchers, _middleware_kind(ctx.text)])
        for route in inventory.routes:
            if route.group == "<file>":
                written = next((g.name for g in route.guards), "") or _project_guard_call(
                    ctx, route.handler)
                app["routes"].append([route.path, written])
    from vigilint.analyzers.access.ownership import caller_helpers

    anywhere = Route(node=ctx.tree.root_node, name="", path="", methods=frozenset(),
                     group="") if ctx.tree is not None else None
    if anywhere is not None:
        routes = {r.name for r in inventory.routes}
        for name in caller_helpers(ctx, hooks.principal(ctx, anywhere)):
            if name not in routes and name.lower() not in _NOT_HELPERS:
                facts.callers.setdefault(name, []).append(folder)
    for lookup in hooks.lookups(ctx):
        fact = _store_fact(ctx, inventory, lookup)
        if fact is not None:
            name, entry = fact
            facts.stores.setdefault(name, []).append([folder, *entry])


# a guard's name: what checks a caller before a handler (`requireKeeper`, `authenticate`,
# `login_required`, `ensureStaff`, `JwtAuthGuard`, `withAuth`)
_GUARD_NAME = lazyre.compile(r"(?i)^(require|ensure|must|only|check|verify|authenticate|"
                             r"authorize|auth|with_?auth|login_?required|is_?authenticated)|"
                             r"(auth|guard|required|only)$")
# a check of the caller's role or permission (`c.GetString("role") != "inspector"`,
# `hasRole(`, `user.is_admin`)
_ROLE_CHECK = lazyre.compile(r"(?i)(\b(role|roles|scopes?|permissions?|authorit\w*|groups?)"
                             r"\b[\"')\]]*\s*(===?|!==?|\.includes|\.contains|\bin\b)|"
                             r"(===?|!==?)\s*[\w.]*\b(role|roles)\b|has_?role|has_?authority|"
                             r"has_?permission|\bis_?(admin|staff|superuser)\b|"
                             # a flag of the caller's record refused when unset
                             # (`!u.IsAgent`, `not user.is_staff`, `!req.user.isManager`)
                             r"(!|\bnot\s)\s*[\w.]+\.(Is|is_?|Has|has_?|can_?)[A-Z_a-z]\w*\b(?!\s*\())")
# a verified credential: a token's signature, a session, a refusal of the anonymous
_VERIFIED = lazyre.compile(r"(?i)(jwt\.(Parse|verify)|ParseWithClaims|\.verify\w*\(|"
                           r"verify_?(token|jwt|id_?token)|session|Unauthorized|\b401\b)")
_UNVERIFIED = lazyre.compile(r"(?i)(ParseUnverified|verify_signature\W+False)")
_DECODE_CALL = lazyre.compile(r"(?i)decode\(")
_JWT_DECODE = lazyre.compile(r"(?i)jwt\.decode\(")
_KEY_WORD = lazyre.compile(r"(?i)key|secret")


def _decoded_with_key(text: str) -> bool:
    r"""A `decode(` whose line goes on to name a key or a secret (`jwt.decode(token, key)`).
    Only a line's first `decode(` is read: the rest of the line after a later one is part
    of what follows the first (linear, where `decode\(.*(key|secret)` is not)."""
    seen_line = -1
    for match in _DECODE_CALL.finditer(text):
        line_start = text.rfind("\n", 0, match.start())
        if line_start == seen_line:
            continue
        seen_line = line_start
        end = text.find("\n", match.end())
        if _KEY_WORD.search(text, match.end(), end if end >= 0 else len(text)):
            return True
    return False


def _decoded_without_key(text: str) -> bool:
    """A `jwt.decode(` whose arguments up to the next `)` name no key or secret."""
    keys = [m.start() for m in _KEY_WORD.finditer(text)]
    for match in _JWT_DECODE.finditer(text):
        close = text.find(")", match.end())
        close = close if close >= 0 else len(text)
        at = bisect.bisect_left(keys, match.end())
        if at == len(keys) or keys[at] >= close:
            return True
    return False


def _verified(text: str) -> bool:
    """The text checks a credential (and decodes no token without its key)."""
    return bool((_VERIFIED.search(text) or _decoded_with_key(text))
                and not (_UNVERIFIED.search(text) or _decoded_without_key(text)))


def guard_function(written: str) -> str:
    """The function a guard as written names (`s.requireAgent` -> `requireAgent`,
    `requireKeeper()` -> `requireKeeper`, `Depends(current_user)` -> `current_user`)."""
    text = written.strip()
    inner = re.fullmatch(r"(?:Depends|Security|UseGuards|AuthGuard)\((.*)\)", text)
    if inner is not None:
        text = inner.group(1)
    text = re.sub(r"\(.*$", "", text, flags=re.DOTALL)
    return text.rsplit(".", 1)[-1].strip()


# a middleware's signature: it takes or returns the next handler (`func (s *Server)
# session(next http.Handler) http.Handler`, `(req, res, next)`, a Fastify hook's `(request,
# reply)`, `canActivate(context)`)
_MIDDLEWARE = lazyre.compile(r"(\bnext\b|\breply\b|http\.Handler\b|HandlerFunc\b|MiddlewareFunc\b|"
                             r"fiber\.Handler\b|canActivate|CanActivate|doFilter\w*|"
                             r"get_response)")
# it turns a request away
_REFUSES = lazyre.compile(r"(?i)(Status(Unauthorized|Forbidden)|\b40[13]\b|Unauthori[sz]ed|"
                          r"Forbidden|PermissionDenied|AccessDenied|ErrJWT)")
# Every match of `_REFUSES` holds one of these, lower-cased (in ASCII text).
_REFUSES_WORDS = ("401", "403", "unauthori", "forbidden", "denied", "errjwt")


def _refuses(text: str) -> bool:
    """`_REFUSES` matches; ASCII text is tested for its words first (the case-insensitive
    search is slow; non-ASCII text always runs it: Unicode case folding)."""
    if text.isascii():
        low = text.lower()
        if not any(w in low for w in _REFUSES_WORDS):
            return False
    return _REFUSES.search(text) is not None


def _guard_kind(ctx: FileContext, fn: Node) -> str:
    """What a function of the project checks when it is a guard (named like one, or a
    middleware that refuses requests): "role", "auth" (a verified credential and no role),
    "check" (a refusal on anything else: a header, an address); "" when it is no guard."""
    name = _function_name(ctx, fn)
    if not name:
        return ""
    text = ctx.node_text(fn)[:4000]
    body = fn.child_by_field_name("body")
    signature = ctx.source[fn.start_byte:body.start_byte].decode("utf-8", "replace") \
        if body is not None else text[:300]
    if not (_GUARD_NAME.search(name) or _MIDDLEWARE.search(signature)) or \
            not _refuses(text):
        return ""
    if _ROLE_CHECK.search(text):
        return "role"
    if _verified(text):
        return "auth"
    return "check"


def guard_kind(ctx: FileContext, written: str) -> str:
    """While the facts are collected: what a middleware a registering file names (`r.Use(
    s.session)`) checks when another file defines it, so that its handlers' registrations
    carry it. A file's own analysis keeps to its own guards (its sibling comparisons are
    written for what one file shows)."""
    return _guard_kind_of(ctx, written) if ctx.cache.get(_COLLECTING) else ""


def project_guard_kind(ctx: FileContext, written: str) -> str:
    """What a guard function of the project named as written checks ("" when none):
    for the providers whose guards are otherwise recognised by name alone."""
    return _guard_kind_of(ctx, written)


def _guard_kind_of(ctx: FileContext, written: str) -> str:
    """What the guard as written checks when it names a guard function of the project
    ("role", "auth", "check"; "" when unknown or its definitions disagree)."""
    facts = project_facts(ctx)
    if facts is None:
        return ""
    kinds = {e[1] for e in _agreed(facts.guards.get(guard_function(written), []),
                                   _folder(ctx.path))}
    return kinds.pop() if len(kinds) == 1 else ""


def authenticates_only(ctx: FileContext, written: str) -> bool:
    """The guard as written is a function of the project (anywhere) that verifies a
    credential and checks no role: whatever its name says (`requireKeeper`), it lets in
    every signed-in account."""
    return _guard_kind_of(ctx, written) == "auth"


_REQUIRE = r"(?:const|let|var)\s+{0}\s*=\s*require\(\s*['\"]([^'\"]+)['\"]\s*\)"
_IMPORT = r"import\s+{0}\s+from\s+['\"]([^'\"]+)['\"]"
# one of several routers a module exports (`const { admin, ops } = require("./routes/admin")`,
# `import { admin, ops } from "./routes/admin"`)
_REQUIRE_NAMED = r"(?:const|let|var)\s*\{{[^}}]*(?<![\w$]){0}(?![\w$])[^}}]*\}}\s*=\s*" \
    r"require\(\s*['\"]([^'\"]+)['\"]\s*\)"
_IMPORT_NAMED = r"import\s*\{{[^}}]*(?<![\w$]){0}(?![\w$])[^}}]*\}}\s*from\s+['\"]([^'\"]+)['\"]"


def _imported_module(text: str, variable: str) -> str | None:
    """The relative module a JavaScript name is bound to (`const members =
    require("./routes/members")`, `import members from "./routes/members"`)."""
    name = re.escape(variable)
    for pattern in (_REQUIRE, _IMPORT, _REQUIRE_NAMED, _IMPORT_NAMED):
        match = re.search(pattern.format(name), text)
        if match is not None and match.group(1).startswith("."):
            return match.group(1)
    return None


_FROM_IMPORT = lazyre.compile(r"^[ \t]*from[ \t]+([.\w]+)[ \t]+import[ \t]+\(?([^\n)]+)",
                              re.MULTILINE)


def _python_module(text: str, folder: str, written: str) -> str | None:
    """The module path a Python router expression comes from (`items.router` with `from
    .routers import items`, `billing_router` with `from app.billing import router as
    billing_router`): relative imports resolved from the file's folder; absolute ones as
    `*/a/b` (matched as a path suffix)."""
    base = written.split(".", 1)[0]
    for match in _FROM_IMPORT.finditer(text):
        module, names = match.group(1), match.group(2)
        for item in names.split(","):
            parts = item.split()
            if not parts:
                continue
            bound = parts[-1] if len(parts) == 3 and parts[1] == "as" else parts[0]
            if bound != base:
                continue
            dotted = module
            if "." in written:  # `from .routers import items` then `items.router`
                dotted = f"{module}.{parts[0]}" if not module.endswith(".") else \
                    f"{module}{parts[0]}"
            dots = len(dotted) - len(dotted.lstrip("."))
            rest = dotted.lstrip(".").replace(".", "/")
            if dots:
                base_folder = folder
                for _ in range(dots - 1):
                    base_folder = posixpath.dirname(base_folder)
                return posixpath.normpath(posixpath.join(base_folder, rest)) if rest else None
            return "*/" + rest
    return None


def _store_fact(ctx: FileContext, inventory: Inventory,
                lookup: Lookup) -> tuple[str, list[Any]] | None:
    """A lookup that is the work of a data-access function: outside any route, keyed by one
    of the function's parameters."""
    if not lookup.keys or route_of(inventory, lookup.node) is not None:
        return None
    fn = enclosing_function(ctx, lookup.node)
    name = _function_name(ctx, fn) if fn is not None else ""
    if fn is None or not name or name in _LIBRARY_NAMES:
        return None
    params = param_names(ctx, fn)
    keys = [ctx.node_text(k) for k in lookup.keys]
    index = next((params.index(k) for k in keys if k in params), -1)
    if index < 0 or _PLUMBING.match(params[index]) or not _ID_PARAM.search(params[index]):
        return None  # keyed by a handle (a reference, a code, a slug) that may be public
    if _not_records(ctx.node_text(lookup.node).split("(", 1)[0]):
        return None  # `cipher.update(text)`, `hash.update(data)`: no record
    body = fn.child_by_field_name("body")
    text = ctx.node_text(body if body is not None else fn)
    others = [p for i, p in enumerate(params) if i != index and not _PLUMBING.match(p)]
    # another parameter in the query (`WHERE id = $1 AND customer_id = $2`,
    # `{ where: { id, policyholderId } }`) or checked after it (`if (order.userId !==
    # userId) throw`): the caller passes the owner
    scoped = lookup.scoped or lookup.owner_keyed or any(
        re.search(rf"(?<![\w.]){re.escape(p)}\b", text) for p in others)
    return name, [index, len(params), lookup.op, lookup.model, scoped]


def _function_name(ctx: FileContext, fn: Node) -> str:
    name = fn.child_by_field_name("name")
    if name is None and fn.parent is not None and fn.parent.type == "arguments" and \
            fn.parent.named_children and fn.parent.named_children[0].type == "string" and \
            fn.parent.parent is not None and ctx.node_text(
                fn.parent.parent.child_by_field_name("function") or fn).endswith(".decorate"):
        # `fastify.decorate("authenticate", async (request, reply) => {...})`
        return ctx.node_text(fn.parent.named_children[0]).strip("'\"`")
    if name is None and fn.parent is not None and fn.parent.type in (
            "variable_declarator", "pair", "assignment_expression"):
        name = fn.parent.child_by_field_name("name") or fn.parent.child_by_field_name(
            "key") or fn.parent.child_by_field_name("left")
    text = ctx.node_text(name) if name is not None else ""
    return text if text.isidentifier() else ""


def param_names(ctx: FileContext, fn: Node) -> list[str]:
    """The names of a function's parameters in order (Go: not the receiver; Python: not
    `self`/`cls`)."""
    params = fn.child_by_field_name("parameters")
    if params is None:
        return []
    out: list[str] = []
    for param in params.named_children:
        if param.type in ("comment", "decorator"):
            continue
        if param.type == "identifier":
            out.append(ctx.node_text(param))
            continue
        if param.type == "parameter_declaration":  # Go: `id, customerID int64`
            out.extend(ctx.node_text(c) for c in param.named_children if c.type == "identifier")
            continue
        name = param.child_by_field_name("name") or param.child_by_field_name("pattern") or \
            param.child_by_field_name("left") or next(
                (c for c in param.named_children if c.type == "identifier"), None)
        out.append(ctx.node_text(name) if name is not None else "")
    if family(ctx.language) == "python" and out and out[0] in ("self", "cls"):
        out = out[1:]
    return out


# -- using --------------------------------------------------------------------------------
# a repository or entity call that changes stored records (`customers.save(c)`,
# `jobs.deleteAllByStatus(...)`, `em.merge(...)`)
_RECORD_CHANGE = lazyre.compile(r"\.(save\w*|delete\w*|update\w*|insert\w*|merge|persist|"
                                r"remove\w*|clear\w*|purge\w*|reset\w*|executeUpdate)\s*\(")


def _changes_record(ctx: FileContext, route: Route) -> bool:
    """A handler that changes an existing record or many (a path variable chooses it, or the
    method replaces or deletes), not one that only creates (a contact form, a sign-up)."""
    if route.handler is None or not (route.methods & {"POST", "PUT", "PATCH", "DELETE"}):
        return False
    if "{" not in route.path and not (route.methods & {"PUT", "PATCH", "DELETE"}) and \
            not re.search(r"\.(delete|update|clear|purge|reset)\w*\s*\(",
                          ctx.node_text(route.handler)):
        return False
    return bool(_RECORD_CHANGE.search(ctx.node_text(route.handler)))


def project_facts(ctx: FileContext) -> AccessFacts | None:
    found = ctx.cache.get(PROJECT_KEY)
    return found if isinstance(found, AccessFacts) and found else None


def _agreed(entries: Sequence[list[Any]], folder: str) -> list[list[Any]]:
    """The entries of the file's own folder when there are some (a Go package, a module's
    neighbours), else all of them."""
    own = [e for e in entries if e[0] == folder]
    return own or list(entries)


def registration(ctx: FileContext, route: Route) -> Guard | None:
    """The guard every registration of this handler (defined here, registered in another
    file) puts in front of it; None when one registers it without a guard, or none is
    known."""
    facts = project_facts(ctx)
    if facts is None or not route.name:
        return None
    entries = _agreed(facts.handlers.get(route.name, []), _folder(ctx.path))
    if not entries or not all(e[1] for e in entries):
        return None
    first = next((e for e in entries if e[2]), entries[0])
    if _guard_kind_of(ctx, str(first[1])) == "check":
        # a check that names no caller (an address range, a shared header): the handler
        # still does not know who calls it
        return None
    role = all(e[2] for e in entries) and not authenticates_only(ctx, str(first[1]))
    return Guard("middleware", str(first[1]), route.node, role=role, group=True)


def registered(ctx: FileContext, route: Route) -> bool:
    """A handler defined here whose registration in another file the project shows."""
    facts = project_facts(ctx)
    return facts is not None and route.unregistered and bool(route.name) and \
        route.name in facts.handlers


def registered_open(ctx: FileContext, route: Route) -> bool:
    """A handler defined here that another file registers, and every registration without a
    guard: the missing guard is that file's finding, not this handler's lookups."""
    facts = project_facts(ctx)
    if facts is None or not route.unregistered or not route.name:
        return False
    entries = _agreed(facts.handlers.get(route.name, []), _folder(ctx.path))
    return bool(entries) and not any(e[1] for e in entries)


def project_authenticates(ctx: FileContext, inventory: Inventory | None = None) -> bool:
    """A guard function that verifies a credential or checks a role is defined in this
    file's folder or below it (`plugins/auth.js` of the app `server.js` creates): the app
    authenticates, even where this file shows none (a plugin's hook, a decorator). Its name
    goes to `inventory.memo["project_guard"]` (the "app" gap names it)."""
    facts = project_facts(ctx)
    if facts is None:
        return False
    folder = _folder(ctx.path)
    found = sorted((e[1] != "auth", name) for name, entries in facts.guards.items()
                   for e in entries if e[1] in ("auth", "role") and (
                       not folder or e[0] == folder or str(e[0]).startswith(folder + "/")))
    if found and inventory is not None:
        inventory.memo["project_guard"] = found[0][1]
    return bool(found)


def apply_registrations(ctx: FileContext, inventory: Inventory) -> None:
    """Give the handlers this file defines but registers nowhere the guard of their
    registration in another file."""
    if project_facts(ctx) is None:
        return
    for route in inventory.routes:
        if route.unregistered and not any(not g.local for g in route.guards):
            guard = registration(ctx, route)
            if guard is not None:
                route.guards.append(guard)


def apply_mounts(ctx: FileContext, inventory: Inventory) -> None:
    """Give every route of this module the guard another file mounts its router behind,
    when every mount has one."""
    facts = project_facts(ctx)
    if facts is None:
        return
    own = module_path(ctx.path)
    entries = facts.mounts.get(own, []) or [
        e for key, found in facts.mounts.items() if key.startswith("*/") and
        ("/" + own).endswith(key[1:]) for e in found]
    # a module exporting several routers (`module.exports = { admin, ops }`): each mount
    # guards the routes of the router it names
    groups = {r.group for r in inventory.routes}
    named = [e for e in entries if len(e) > 2 and e[2] in groups]
    if named and len(groups) > 1:
        entries = named
    else:
        named = []
    if not entries or not all(e[0] for e in entries):
        return
    first = next((e for e in entries if e[1]), entries[0])
    for route in inventory.routes:
        if not route.unregistered and (not named or any(e[2] == route.group for e in named)):
            route.guards.append(Guard("middleware", str(first[0]), route.node,
                                      role=all(e[1] for e in entries), group=True))


def apply_open_mounts(ctx: FileContext, inventory: Inventory) -> None:
    """The routes of this module's router that another file mounts with no guard at a path
    prefix, while it mounts its other routers behind one (`app.use("/internal", internal)`
    beside `app.use("/tabs", requireAuth, tabs)`): `inventory.memo["open_mounted"]` maps each
    route's id to (prefix, the other mounts' guard)."""
    facts = project_facts(ctx)
    if facts is None:
        return
    entries = facts.open_mounts.get(module_path(ctx.path), [])
    if not entries:
        return
    groups = {r.group for r in inventory.routes}
    found: dict[int, tuple[str, str]] = {}
    for variable, prefix, guard in entries:
        for route in inventory.routes:
            if route.unregistered or route.guards or (
                    variable in groups and route.group != variable):
                continue
            found[id(route)] = (str(prefix), str(guard))
    inventory.memo["open_mounted"] = found


def next_root(display: str) -> str | None:
    """The root of the Next.js app a file belongs to (the folder holding `pages/`, `app/`
    or `middleware.ts`, without a `src/`), or None for a file of no Next.js app."""
    parts = display.replace("\\", "/").split("/")
    for i, part in enumerate(parts[:-1]):
        if part in ("pages", "app") and (part == "app" or parts[i + 1] == "api"):
            root = parts[:i]
            return "/".join(root[:-1] if root and root[-1] == "src" else root)
        if part == "routes" and i > 0 and parts[i - 1] == "src" and \
                parts[-1].startswith("+"):  # SvelteKit `src/routes/**/+server.ts`
            return "/".join(parts[:i - 1])
    if _is_next_middleware(display):
        root = parts[:-1]
        return "/".join(root[:-1] if root and root[-1] == "src" else root)
    return None


def _is_next_middleware(display: str) -> bool:
    """Next.js `middleware.ts`, or SvelteKit's `src/hooks.server.ts` (its `handle` runs
    before every route, https://svelte.dev/docs/kit/hooks#Server-hooks-handle)."""
    return posixpath.basename(display.replace("\\", "/")) in (
        "middleware.ts", "middleware.js", "middleware.tsx", "middleware.mjs",
        "hooks.server.ts", "hooks.server.js")


_MATCHER = lazyre.compile(r"matcher\s*:\s*(\[[^\]]*\]|'[^']*'|\"[^\"]*\")")
_QUOTED = lazyre.compile(r"'([^']*)'|\"([^\"]*)\"")


# SvelteKit `handle`: `event.url.pathname.startsWith('/admin')` picks the paths it guards; a
# negated one (`!pathname.startsWith('/login')`) exempts paths from a guard on every path
_STARTS_WITH = lazyre.compile(r"url\.pathname\.startsWith\(\s*(?:'([^']*)'|\"([^\"]*)\")")


def _negated(text: str, start: int) -> bool:
    """`!event.url.pathname.startsWith(...)`: a `!` before the expression."""
    before = text[max(0, start - 40):start].rstrip()
    before = before.removesuffix("event.").rstrip()
    return before.endswith("!")


def _next_matchers(text: str) -> list[str]:
    """The paths of a Next.js middleware's `config.matcher`, or of a SvelteKit `handle`."""
    found = _MATCHER.search(text)
    if found is None:
        prefixes = [(_negated(text, m.start()), m.group(1) or m.group(2) or "")
                    for m in _STARTS_WITH.finditer(text)]
        if any(neg for neg, _ in prefixes):
            return ["/:path*"]
        return [f"{p.rstrip('/')}/:path*" for _, p in prefixes if p.startswith("/")] + \
            [p for _, p in prefixes if p.startswith("/")]
    return [a or b for a, b in _QUOTED.findall(found.group(1)) if (a or b).startswith("/")]


# SvelteKit `handle` reading the path through a name (`const path = event.url.pathname;`,
# `const { pathname } = event.url;`) and testing prefixes with it, directly or through a list
# (`PREFIXES.some((p) => path.startsWith(p))`), https://svelte.dev/docs/kit/hooks#Server-hooks-handle
_PATH_ALIAS = lazyre.compile(r"\b(?:const|let|var)\s+(\w+)\s*=\s*(?:\w+\.)?url\.pathname\b|"
                             r"\b(?:const|let|var)\s*\{[^{}=]*?\bpathname\b[^{}=]*\}\s*=\s*"
                             r"(?:\w+\.)?url\b")
_LIST_CONST = lazyre.compile(r"\b(?:const|let|var)\s+(\w+)(?:\s*:\s*[\w\[\]<>]+)?\s*=\s*"
                             r"\[([^\[\]]*)\]")


def _hook_blocks(ctx: FileContext) -> list[list[Any]]:
    """A SvelteKit `handle`'s guards, one per `if` that tests the path's prefix and refuses:
    [[matcher patterns, what that `if` checks]]. Empty when the hook tests no prefix through
    a name (the whole file is then read as one middleware)."""
    if ctx.tree is None or "hooks.server" not in ctx.path:
        return []
    aliases = {m.group(1) or "pathname" for m in _PATH_ALIAS.finditer(ctx.text)}
    if not aliases:
        return []
    lists = {m.group(1): [a or b for a, b in _QUOTED.findall(m.group(2))]
             for m in _LIST_CONST.finditer(ctx.text)}
    names = "|".join(re.escape(a) for a in sorted(aliases))
    direct = re.compile(rf"(!\s*)?(?:\b(?:{names})|url\.pathname)\.startsWith\(\s*"
                        r"(?:'([^']*)'|\"([^\"]*)\")")
    through = re.compile(rf"(!\s*)?\b(\w+)\.some\(\s*\(?\s*(\w+)\s*\)?\s*=>\s*"
                         rf"(?:{names})\.startsWith\(\s*\3\s*\)")
    out: list[list[Any]] = []
    for node in nodes(ctx, "if_statement"):
        condition = node.child_by_field_name("condition")
        if condition is None:
            continue
        text = ctx.node_text(condition)
        prefixes = [(bool(m.group(1)), m.group(2) or m.group(3) or "")
                    for m in direct.finditer(text)]
        prefixes += [(bool(m.group(1)), p) for m in through.finditer(text)
                     for p in lists.get(m.group(2), [])]
        prefixes = [(neg, p) for neg, p in prefixes if p.startswith("/")]
        kind = _middleware_kind(ctx.node_text(node)) if prefixes else ""
        if not kind:
            continue
        if any(neg for neg, _ in prefixes):
            out.append([["/:path*"], kind])
        else:
            out.append([[f"{p.rstrip('/')}/:path*" for _, p in prefixes] +
                        [p for _, p in prefixes], kind])
    return out


def _middleware_kind(text: str) -> str:
    if not _refuses(text) and "redirect" not in text.lower():
        return ""
    if _ROLE_CHECK.search(text):
        return "role"
    if re.search(r"(?i)(getToken|getServerSession|auth\(\)|jwtVerify|verify|session)", text):
        return "auth"
    return "check"


def _matches(pattern: str, url: str) -> bool:
    """A Next.js matcher path (`/api/admin/:path*`, `/dashboard/(.*)`) matches the url."""
    regex = re.sub(r":\w+\*", ".*", pattern)
    regex = re.sub(r":\w+\+", ".+", regex)
    regex = re.sub(r":\w+", "[^/]+", regex)
    try:
        return re.fullmatch(regex, url) is not None or re.fullmatch(regex, url + "/") is not None
    except re.error:
        return False


def _project_guard_call(ctx: FileContext, handler: Node | None) -> str:
    """The guard function of the project (verifying a caller or a role) the handler calls
    (`await requirePatient(req, res)` defined in lib/session.ts), "" when none."""
    facts = project_facts(ctx)
    if facts is None or handler is None or not facts.guards:
        return ""
    text = ctx.node_text(handler)
    for name in sorted(facts.guards.keys() & set(_WORD.findall(text))):
        if re.search(rf"(?<![\w$.]){re.escape(name)}\s*\(", text) and \
                _guard_kind_of(ctx, name) in ("auth", "role"):
            return name
    return ""


def apply_next(ctx: FileContext, inventory: Inventory) -> None:
    """A Next.js route file's guard from the app's middleware.ts (its matcher covers the
    route's path), and, for an unguarded one, whether most of the app's other route files
    are guarded (`inventory.memo["project_guard"]`: the "app" gap)."""
    facts = project_facts(ctx)
    root = next_root(ctx.path)
    if facts is None or root is None or root not in facts.next_apps:
        return
    app = facts.next_apps[root]
    hook = "hooks.server.ts" if "/+" in ctx.path.replace("\\", "/") else "middleware.ts"
    for route in inventory.routes:
        if route.group != "<file>":
            continue
        for matchers, kind in app.get("middleware", []):
            if kind and any(_matches(str(m), route.path) for m in matchers):
                route.guards.append(Guard("middleware", hook, route.node,
                                          role=kind == "role", group=True))
                break
    own = {r.path for r in inventory.routes if r.group == "<file>"}
    if not own or any(r.guards or _project_guard_call(ctx, r.handler)
                      for r in inventory.routes if r.group == "<file>"):
        return
    others = [(str(url), str(guard)) for url, guard in app.get("routes", []) if url not in own]
    covered = [url for url, guard in others if guard or any(
        kind and any(_matches(str(m), url) for m in matchers)
        for matchers, kind in app.get("middleware", []))]
    if len(covered) >= 2 and 2 * len(covered) > len(others):
        names = [guard for url, guard in others if guard]
        inventory.memo["project_guard"] = max(set(names), key=names.count) if names else hook
        inventory.memo["project_siblings"] = True


def project_caller_helpers(ctx: FileContext, text: str) -> list[str]:
    """The helpers of other files that return the verified caller, among the words of
    `text` (a handler's): `residentID(c)` defined in auth.go."""
    facts = project_facts(ctx)
    if facts is None or not facts.callers:
        return []
    folder = _folder(ctx.path)
    return [n for n in sorted(facts.callers.keys() & set(_WORD.findall(text)))
            if folder in facts.callers[n] or not _folder_is_package(ctx)]


def _folder_is_package(ctx: FileContext) -> bool:
    """Go: a helper of another package is called through its package's name; the bare name
    is this package's."""
    return family(ctx.language) == "go"


def store_lookups(ctx: FileContext, inventory: Inventory,
                  known: Sequence[Lookup]) -> list[Lookup]:
    """Calls, inside this file's routes, of data-access functions other files define: each
    one a lookup keyed by the argument in its key's place."""
    facts = project_facts(ctx)
    if facts is None or not facts.stores or not inventory.routes:
        return []
    lang = family(ctx.language)
    seen = {lk.node.id for lk in known}
    defined = _defined_here(ctx)
    folder = _folder(ctx.path)
    out: list[Lookup] = []
    for call in nodes(ctx, *_CALL_KINDS.get(lang, ())):
        if call.id in seen:
            continue
        name = _callee_name(ctx, call, lang)
        if not name or name in defined or name not in facts.stores:
            continue
        entries = _agreed(facts.stores[name], folder)
        shapes = {(e[1], e[2], e[3], e[5]) for e in entries}
        if len(shapes) != 1:
            continue  # functions of one name that do different things
        _, index, arity, op, model, scoped = entries[0]
        if op == "read" and _PEOPLE.match(str(model).rsplit(".", 1)[-1]):
            continue
        args = _positional(call, lang)
        if not (index < len(args) <= arity) or route_of(inventory, call) is None:
            continue
        out.append(Lookup(call, str(op), (args[index],), str(model), bool(scoped)))
    return out


def _defined_here(ctx: FileContext) -> set[str]:
    found: set[str] | None = ctx.cache.get("access.project.defined")
    if found is None:
        found = {n for fn in functions(ctx) if (n := _function_name(ctx, fn))}
        ctx.cache["access.project.defined"] = found
    return found


def _callee_name(ctx: FileContext, call: Node, lang: str) -> str:
    if lang == "java":
        name = call.child_by_field_name("name")
        return ctx.node_text(name) if name is not None else ""
    target = call.child_by_field_name("function")
    if target is None:
        return ""
    if target.type == "identifier":
        return ctx.node_text(target)
    member = target.child_by_field_name("field") or target.child_by_field_name(
        "property") or target.child_by_field_name("attribute")
    return ctx.node_text(member) if member is not None else ""


def _positional(call: Node, lang: str) -> list[Node]:
    args = call.child_by_field_name("arguments")
    if args is None:
        return []
    return [a for a in args.named_children
            if a.type not in ("comment", "keyword_argument", "dictionary_splat",
                              "list_splat", "spread_element")]
