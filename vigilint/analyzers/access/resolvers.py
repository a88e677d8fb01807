"""GraphQL resolvers that act on a client-chosen object, or do administrative work, with no
check of who the caller is (CWE-862, CWE-639, CWE-863), language-neutral.

A GraphQL endpoint is one route: whatever guards it (a login, a bearer token) says only that
the caller is someone. Which objects the caller may read or change is decided in each resolver
(GraphQL's documentation: "delegate authorization logic to the business logic layer"), so a
resolver that loads or changes the object an argument names, with nothing of the caller in it,
serves every caller every object.

Resolvers are recognised from the libraries' documented forms:
- Python: graphene `resolve_<field>(root, info, ...)` and `Mutation.mutate(root, info, ...)`,
  Strawberry `@strawberry.field`/`@strawberry.mutation`, Ariadne `@query.field(...)`;
- JavaScript/TypeScript: resolver maps (`Query: { plot: (parent, args, context) => ... }`,
  Apollo Server, graphql-yoga, Mercurius) and `@Query()`/`@Mutation()` methods (type-graphql,
  NestJS);
- Java: Spring for GraphQL `@QueryMapping`/`@MutationMapping`/`@SchemaMapping`, Netflix DGS
  `@DgsQuery`/`@DgsMutation`/`@DgsData`, graphql-java `DataFetcher` lambdas
  (`env -> ... env.getArgument("id")`);
- Go: gqlgen methods on `*queryResolver`/`*mutationResolver` taking a `context.Context`.

A resolver checks its caller when it carries a guard annotation or decorator naming a role or
permission (`@PreAuthorize`, `@Secured`, `@RolesAllowed`, `@Authorized("role")`,
`@UseGuards`, `@permission_required`, Strawberry `permission_classes`), calls a check named for
a role, an owner or a permission (`requireAdmin(env)`, `assert_owner(...)`), or uses the
caller it takes from the context (`info.context.user.id`, `ctx.user.role`,
`auth.ForContext(ctx).ID`, an `@AuthenticationPrincipal` parameter, a variable bound from
them) beyond testing that there is one. A resolver is reported when it does not, and it uses
an id argument (`id`, `user_id`, `memberId`) or is named for administrative work
(`deleteUser`, `grantRole`, `adminReport`) -- and only in a file where another resolver does
check its caller: a schema with no caller anywhere is public by design (a catalogue).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from tree_sitter import Node

from vigilint import lazyre
from vigilint.analyzers.access.syntax import family, functions
from vigilint.analyzers.access.vocabulary import personal_model, role_name, sensitive
from vigilint.analyzers.context import FileContext


@dataclass(frozen=True)
class Resolver:
    node: Node  # the function
    report: Node  # where a finding goes (its name)
    name: str
    mutation: bool
    args: tuple[str, ...]  # the names its arguments are read by
    principals: tuple[str, ...]  # names that hold the caller (parameters)
    decorations: str  # decorators / annotations of the resolver and its class


@dataclass(frozen=True)
class ResolverFlaw:
    resolver: Resolver
    admin: bool  # administrative work, not one object


_FILE_HINT = lazyre.compile(r"(?i)(graphene|strawberry|ariadne|graphql|gqlgen|QueryMapping|"
                            r"MutationMapping|DgsQuery|DgsMutation|DataFetcher|type-graphql|"
                            r"@nestjs/graphql|Resolver)")
_GUARD_DECORATION = lazyre.compile(
    r"(?i)(permission|\brole|roles\b|admin|staff|superuser|Authorized\s*\(\s*[^)\s]|"
    r"PreAuthorize|PostAuthorize|Secured|RolesAllowed|UseGuards|policy|has_?perm|"
    r"user_passes_test|directive)")
_AUTHZ_VERB = lazyre.compile(r"(?i)^(require|ensure|assert|check|authori[sz]e|must|can|is|has|"
                             r"verify|enforce|guard|deny|allow|only)_?")
_AUTHZ_NOUN = lazyre.compile(r"(?i)(admin|owner|role|perm|access|staff|manager|scope|privileg|"
                             r"allowed|authori|superuser|moderator|policy)")
_ID_NAME = lazyre.compile(r"^(id|ids|pk|uuid|[a-z][A-Za-z0-9]*(Id|ID|Ids|IDs|Uuid)|"
                          r"[a-z][a-z0-9_]*_(id|ids|pk|uuid)|ID)$")
_ADMIN_NAME = lazyre.compile(r"(?i)(admin|all_?users|users_?report|set_?\w{0,30}role|role_?update|"
                             r"update_?\w{0,30}role|grant|revoke|promote|demote|ban|impersonat|"
                             r"delete_?(user|member|account)|remove_?(user|member)|"
                             r"export|purge|reset_?(db|database))")
# the caller as GraphQL hands it to resolvers: the context's user
_CONTEXT_USER = lazyre.compile(
    r"\b(info\.context|context|ctx|contextValue)(\.state)?(\.req(uest)?|\[[\"']req(uest)?[\"']\])?"
    r"(\.|\[[\"'])(user|viewer|currentUser|current_user|me|principal|auth|session|claims|"
    r"account|member|identity)\b")
_CALLER_CALL = lazyre.compile(r"(?i)(ForContext|FromContext|FromCtx|current_?user|"
                              r"get_?user|getViewer|viewer|principal|getAuthentication|"
                              r"authenticated_?user|require_?user|requireAuth|get_?caller|"
                              r"caller)\w{0,40}\s*\(")
_CALLER_PARAM_TYPE = lazyre.compile(r"\b(Principal|Authentication|Jwt|OAuth2User|UserDetails|"
                                    r"OidcUser|AuthenticatedPrincipal|CurrentUser)\b")
_CALLER_PARAM_MARK = lazyre.compile(r"@(AuthenticationPrincipal|CurrentUser|Ctx|Context|"
                                    r"GqlContext|CurrentMember|AuthUser)\b")
_PRINCIPAL_NAMES = lazyre.compile(r"(?i)^(user|viewer|me|current_?user|principal|caller|auth|"
                                  r"session|claims|account|member|identity|actor)$")
_ENV_ARGUMENT = lazyre.compile(r"""\.getArgument(?:OrDefault)?\s*\(\s*"(\w+)\"""")
_KWARGS_ID = lazyre.compile(r"""\b(?:kwargs|args|input)\s*(?:\.get\s*\(\s*|\[\s*)["'](\w+)["']""")
_JS_ARGS_MEMBER = r"\b{args}\s*(?:\?\.|\.)\s*(\w+)"
_LITERAL_ARG = lazyre.compile(r"""@Args?\s*\(\s*["'](\w+)["']""")


def _text(ctx: FileContext, node: Node | None) -> str:
    return ctx.node_text(node) if node is not None else ""


# -- decorations ----------------------------------------------------------------------------

def _decorations(ctx: FileContext, fn: Node) -> str:
    parts: list[str] = []
    lang = family(ctx.language)
    cur: Node | None = fn
    while cur is not None:
        if lang == "python" and cur.type == "decorated_definition":
            parts += [_text(ctx, d) for d in cur.children if d.type == "decorator"]
        elif lang == "javascript" and cur.type in ("method_definition", "class_declaration",
                                                   "class", "abstract_class_declaration"):
            sibling = cur.prev_named_sibling
            while sibling is not None and sibling.type in ("decorator", "comment"):
                if sibling.type == "decorator":
                    parts.append(_text(ctx, sibling))
                sibling = sibling.prev_named_sibling
            parts += [_text(ctx, d) for d in cur.children if d.type == "decorator"]
            if cur.parent is not None and cur.parent.type == "export_statement":
                parts += [_text(ctx, d) for d in cur.parent.children if d.type == "decorator"]
        elif lang == "java" and cur.type in ("method_declaration", "class_declaration"):
            parts += [_text(ctx, m) for m in cur.children if m.type == "modifiers"]
        cur = cur.parent
    return "\n".join(parts)


# -- parameters -----------------------------------------------------------------------------

def _names(ctx: FileContext, node: Node) -> list[str]:
    if node.type in ("identifier", "shorthand_property_identifier_pattern"):
        return [_text(ctx, node)]
    out: list[str] = []
    for child in node.named_children:
        if child.type in ("decorator", "type_annotation", "type", "modifiers"):
            continue
        if child.type == "pair_pattern":
            value = child.child_by_field_name("value")
            out += _names(ctx, value) if value is not None else []
            continue
        out += _names(ctx, child)
    return out


def _params(fn: Node) -> list[Node]:
    params = fn.child_by_field_name("parameters")
    if params is None:
        params = next((c for c in fn.named_children if c.type in ("formal_parameters",
                                                                  "parameters")), None)
    if params is None:
        single = fn.child_by_field_name("parameter")
        return [single] if single is not None else []
    return [p for p in params.named_children if p.type not in ("comment", "(", ")")]


# -- recognition ----------------------------------------------------------------------------

def _python(ctx: FileContext, fn: Node) -> Resolver | None:
    if fn.type != "function_definition":
        return None
    name = _text(ctx, fn.child_by_field_name("name"))
    params = _params(fn)
    names = [(_names(ctx, p) or [""])[0] for p in params]
    decorations = _decorations(ctx, fn)
    info = "info" in names[:3]
    decorated = bool(re.search(r"strawberry\.(field|mutation)|\.field\s*\(|\.mutation\s*\(",
                               decorations))
    if not ((info and (name.startswith("resolve_") or name == "mutate")) or decorated):
        return None
    klass = fn.parent
    while klass is not None and klass.type != "class_definition":
        klass = klass.parent
    label = name.removeprefix("resolve_")
    if name == "mutate" and klass is not None:
        label = _text(ctx, klass.child_by_field_name("name"))
    mutation = name == "mutate" or "mutation" in decorations.lower()
    skip = {"self", "root", "obj", "parent", "info", "cls", "_", "_root", "_parent", "_info"}
    args = [n for p, n in zip(params, names, strict=True) if n not in skip and p.type not in (
        "list_splat_pattern", "dictionary_splat_pattern")]
    args += _KWARGS_ID.findall(_text(ctx, fn))
    report = fn.child_by_field_name("name") or fn
    return Resolver(fn, report, label, mutation, tuple(args), (), decorations)


# the variable names a resolver map's parts go by (`Query`, `mutationResolvers`, `Mutations`)
_MAP_NAME = lazyre.compile(r"^(?:(query|mutation|subscription)(?:s|Resolvers)?|"
                           r"(Query|Mutation|Subscription)(?:s|Resolvers)?)$")


def _js_map(ctx: FileContext, fn: Node) -> Resolver | None:
    """A function that is a field of `Query: {...}` / `Mutation: {...}`."""
    holder = fn.parent
    if holder is None:
        return None
    key_node: Node | None
    container: Node | None
    if fn.type == "method_definition":
        key_node = fn.child_by_field_name("name")
        container = holder
    elif holder.type == "pair" and fn.type in ("arrow_function", "function_expression",
                                                  "function"):
        key_node = holder.child_by_field_name("key")
        container = holder.parent
    else:
        return None
    if container is None or container.type != "object" or container.parent is None or \
            container.parent.type not in ("pair", "variable_declarator"):
        return None
    # `Query: { ... }` in a resolver map, or `const Mutation = { ... }` spread into one
    type_key = _text(ctx, container.parent.child_by_field_name("key") or
                     container.parent.child_by_field_name("name")).strip("'\"")
    if container.parent.type == "variable_declarator":
        type_key = _MAP_NAME.sub(lambda m: (m.group(1) or m.group(2)).capitalize(), type_key)
    if type_key not in ("Query", "Mutation", "Subscription"):
        return None
    params = _params(fn)
    args: list[str] = []
    principals: list[str] = []
    if len(params) >= 2:
        second = params[1]
        names = _names(ctx, second)
        if second.type == "object_pattern" or any(c.type == "object_pattern"
                                                  for c in second.named_children):
            args += names
        elif names:
            args += re.findall(_JS_ARGS_MEMBER.format(args=re.escape(names[0])),
                               _text(ctx, fn))
    if len(params) >= 3:
        third = params[2]
        names = _names(ctx, third)
        if third.type == "object_pattern" or any(c.type == "object_pattern"
                                                 for c in third.named_children):
            principals += [n for n in names if _PRINCIPAL_NAMES.match(n)]
        else:
            principals += [f"{n}.{m}" for n in names[:1] for m in (
                "user", "viewer", "currentUser", "me", "auth", "session", "state.user")]
    report = key_node or fn
    return Resolver(fn, report, _text(ctx, key_node), type_key == "Mutation", tuple(args),
                    tuple(principals), _decorations(ctx, fn))


def _js_decorated(ctx: FileContext, fn: Node) -> Resolver | None:
    if fn.type != "method_definition":
        return None
    decorations = _decorations(ctx, fn)
    own = [d for d in decorations.split("\n")]
    kind = next((m.group(1) for d in own for m in [re.match(r"@(Query|Mutation|Subscription|"
                                                            r"FieldResolver|ResolveField)\b", d)]
                 if m), None)
    if kind is None:
        return None
    args: list[str] = []
    principals: list[str] = []
    for param in _params(fn):
        text = _text(ctx, param)
        names = _names(ctx, param)
        if _CALLER_PARAM_MARK.search(text):
            principals += names
        elif re.search(r"@Args?\b", text):
            args += _LITERAL_ARG.findall(text) + names
    name = fn.child_by_field_name("name")
    return Resolver(fn, name or fn, _text(ctx, name), kind == "Mutation", tuple(args),
                    tuple(principals), decorations)


def _java(ctx: FileContext, fn: Node) -> Resolver | None:
    if fn.type == "method_declaration":
        decorations = _decorations(ctx, fn)
        mark = re.search(r"@(QueryMapping|MutationMapping|SchemaMapping|SubscriptionMapping|"
                         r"DgsQuery|DgsMutation|DgsData)\b", decorations)
        if mark is None:
            return None
        args: list[str] = []
        principals: list[str] = []
        for param in _params(fn):
            text = _text(ctx, param)
            name = _text(ctx, param.child_by_field_name("name"))
            if _CALLER_PARAM_MARK.search(text) or _CALLER_PARAM_TYPE.search(
                    _text(ctx, param.child_by_field_name("type"))):
                principals.append(name)
            elif re.search(r"@(Argument|InputArgument)\b", text):
                args.append(name)
        node = fn.child_by_field_name("name")
        return Resolver(fn, node or fn, _text(ctx, node), "Mutation" in mark.group(1),
                        tuple(args), tuple(principals), decorations)
    if fn.type == "lambda_expression":
        text = _text(ctx, fn)
        body = fn.child_by_field_name("body")
        declared = fn.parent.parent if fn.parent is not None else None
        fetcher = declared is not None and "DataFetcher" in _text(
            ctx, declared.child_by_field_name("type"))
        if not _ENV_ARGUMENT.search(text) and "getArgument" not in text and not fetcher:
            return None
        mutation = bool(re.search(r"(?i)\b(update|delete|insert|save|remove|set[A-Z]\w*)\s*\(",
                                  _text(ctx, body)))
        return Resolver(fn, fn, _assigned(ctx, fn), mutation,
                        tuple(_ENV_ARGUMENT.findall(text)), (), _decorations(ctx, fn))
    return None


def _assigned(ctx: FileContext, fn: Node) -> str:
    """A data fetcher's name: its variable's, or the method's that returns it."""
    parent = fn.parent
    if parent is not None and parent.type == "variable_declarator":
        return _text(ctx, parent.child_by_field_name("name"))
    while parent is not None and parent.type != "method_declaration":
        parent = parent.parent
    return _text(ctx, parent.child_by_field_name("name")) if parent is not None else ""


def _go(ctx: FileContext, fn: Node) -> Resolver | None:
    if fn.type != "method_declaration":
        return None
    receiver = _text(ctx, fn.child_by_field_name("receiver"))
    match = re.search(r"(?<!\w)(\w*[Rr]esolver)\b", receiver)
    params = _params(fn)
    if match is None or not params or "context.Context" not in _text(ctx, params[0]):
        return None
    args: list[str] = []
    for param in params[1:]:
        args += [_text(ctx, n) for n in param.named_children if n.type == "identifier"]
    name = fn.child_by_field_name("name")
    return Resolver(fn, name or fn, _text(ctx, name), match.group(1).lower().startswith(
        "mutation"), tuple(args), (), "")


def resolvers(ctx: FileContext) -> list[Resolver]:
    found: list[Resolver] | None = ctx.cache.get("access.resolvers")
    if found is not None:
        return found
    out: list[Resolver] = []
    if ctx.tree is not None and _FILE_HINT.search(ctx.text):
        lang = family(ctx.language)
        for fn in functions(ctx):
            resolver = None
            if lang == "python":
                resolver = _python(ctx, fn)
            elif lang == "javascript":
                resolver = _js_map(ctx, fn) or _js_decorated(ctx, fn)
            elif lang == "java":
                resolver = _java(ctx, fn)
            elif lang == "go":
                resolver = _go(ctx, fn)
            if resolver is not None:
                out.append(resolver)
    ctx.cache["access.resolvers"] = out
    return out


# -- the caller's check ---------------------------------------------------------------------

_BOUND = lazyre.compile(r"(?m)(?:^|[;{(\s])(?:(?:const|let|var|final|val)\s+)?"
                        r"(?:[\w<>\[\]?.]+\s+)?([A-Za-z_]\w*)(?:\s*,\s*[A-Za-z_]\w*)*"
                        r"(?:\s*:\s*[\w<>\[\]|?. ]+)?\s*:?=(?!=)"
                        r"\s*([^\n;]*)")


def _principal_names(ctx: FileContext, resolver: Resolver, body: str) -> set[str]:
    names = {p for p in resolver.principals if "." not in p}
    roots = [re.escape(p) for p in resolver.principals if "." in p]
    context = re.compile(r"\b(" + "|".join(roots) + r")\b") if roots else None
    changed = True
    while changed:
        changed = False
        for match in _BOUND.finditer(body):
            target, value = match.group(1), match.group(2)
            if target in names:
                continue
            if _CONTEXT_USER.search(value) or _CALLER_CALL.search(value) or (
                    context is not None and context.search(value)) or any(
                    re.search(rf"(?<![\w.]){re.escape(n)}\b", value) for n in names) or (
                    family(ctx.language) == "python" and re.search(r"\(\s*info\b", value)) or (
                    family(ctx.language) == "java" and re.search(
                        r"\(\s*env\s*\)|\benv\.get(GraphQl|Local)?Context\s*\(", value)) or \
                    _CONTEXT_VALUE.search(value):
                names.add(target)
                changed = True
    return names


# Go: the caller a middleware stored in the request context (`ctx.Value(userKey).(*User)`)
_CONTEXT_VALUE = lazyre.compile(r"(?i)\.Value\s*\(\s*[\w.{}]*(user|auth|claim|principal|session|"
                                r"viewer|account|identity|caller)")


def _uses_caller(ctx: FileContext, resolver: Resolver, body: str) -> bool:
    """The resolver reads something of its caller (an id, a role) or hands the caller on."""
    names = _principal_names(ctx, resolver, body)
    roots = [re.escape(p) for p in resolver.principals if "." in p]
    for name in [*map(re.escape, names), *roots]:
        if re.search(rf"(?<![\w.]){name}\s*(!\s*)?(\?\.|\.|\[|->)\s*\w", body):
            return True
        # handed to a call with other values (`can_edit(user, plot)`, `ByOwner(ctx, user)`)
        if re.search(rf"\([^()]*,\s*{name}\b|\(\s*{name}\s*,", body):
            return True
    context = _CONTEXT_USER.search(body)
    while context is not None:
        after = body[context.end():context.end() + 3]
        if re.match(r"[\"']?\]?\s*(\?\.|\.|\[)", after):
            return True
        # a filter's value (`filter(customer=info.context.user)`, `{ owner: ctx.user }`)
        if re.search(r"(?<![=!<>])[=:]\s*$", body[max(0, context.start() - 3):context.start()]):
            return True
        context = _CONTEXT_USER.search(body, context.end())
    return bool(re.search(r"\b(ForContext|FromContext)\s*\([^)]*\)\s*\.\w", body))


def _authz_call(body: str) -> bool:
    for match in re.finditer(r"(?<!\w)([A-Za-z_]\w*)\s*\(", body):
        name = match.group(1)
        verb = _AUTHZ_VERB.match(name)
        if verb is not None and _AUTHZ_NOUN.search(name[verb.end():]):
            return True
    return False


def checks_caller(ctx: FileContext, resolver: Resolver) -> bool:
    if _GUARD_DECORATION.search(resolver.decorations):
        return True
    body = _text(ctx, resolver.node.child_by_field_name("body") or resolver.node)
    return _authz_call(body) or _uses_caller(ctx, resolver, body)


def _uses_id(ctx: FileContext, resolver: Resolver) -> bool:
    body = _text(ctx, resolver.node.child_by_field_name("body") or resolver.node)
    for arg in resolver.args:
        if not _ID_NAME.match(arg):
            continue
        if family(ctx.language) == "java" and resolver.node.type == "lambda_expression":
            return True
        # the id goes into a call (a lookup, an update, a delete)
        if re.search(rf"\w\s*\([^;]{{0,400}}(?<![\w.]){re.escape(arg)}\b", body) or \
                re.search(rf"[{{,]\s*{re.escape(arg)}\s*[,}}]", body):
            return True
    return False


def _admin(resolver: Resolver) -> bool:
    snake = re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", resolver.name).lower()
    if _ADMIN_NAME.search(snake):
        return True
    if sensitive("", resolver.name, resolver.mutation) and role_name(resolver.name):
        return True
    return any(a.lower() in ("role", "roles", "is_admin", "isadmin") for a in resolver.args)


_PLUMBING_WORDS = frozenset({"get", "find", "fetch", "fetcher", "resolve", "resolver", "load",
                             "by", "id", "ids", "one", "single", "query", "data", "field",
                             "lookup", "read", "show", "detail", "details", "info"})


def _model_word(name: str) -> str:
    """The record a resolver is named for (`getInvoiceById` -> `invoic`, `userFetcher` ->
    `user`), cut to a stem that its plural shares."""
    words = [w for w in re.split(r"_|(?<=[a-z0-9])(?=[A-Z])", name) if w]
    words = [w.lower() for w in words if w.lower() not in _PLUMBING_WORDS]
    if not words:
        return ""
    word = words[-1]
    return word[:-1] if word.endswith(("y", "s")) and len(word) > 3 else word


def resolver_flaws(ctx: FileContext) -> Iterator[ResolverFlaw]:
    found = resolvers(ctx)
    checked = [r for r in found if checks_caller(ctx, r)]
    if not checked:
        return  # no resolver of the file knows its caller: a public schema
    checked_starts = {r.node.start_byte for r in checked}
    scoped_text = " ".join(_text(ctx, r.node) for r in checked).lower()
    for resolver in found:
        if resolver.node.start_byte in checked_starts:
            continue
        admin = _admin(resolver)
        if not admin and not resolver.mutation:
            # an open read beside resolvers that check their caller is often public by design
            # (a product, a post), unless it names personal records or the records the file
            # scopes to the caller elsewhere (`myEntries` beside `entry(id)`)
            words = [_model_word(n) for n in (resolver.name, *(
                re.sub(r"(_?id|_?ID|Id)$", "", a) for a in resolver.args if _ID_NAME.match(a)))]
            if not any(personal_model(w) or (len(w) >= 3 and w in scoped_text)
                       for w in words if w):
                continue
        if admin or _uses_id(ctx, resolver):
            yield ResolverFlaw(resolver, admin)


def resolver_message(flaw: ResolverFlaw) -> str:
    name = f"`{flaw.resolver.name}`" if flaw.resolver.name else "This resolver"
    kind = "mutation" if flaw.resolver.mutation else "resolver"
    if flaw.admin:
        return (f"GraphQL {kind} {name} does administrative work with no check of the caller's "
                f"role, while other resolvers of this file check their caller: any signed-in "
                f"(or anonymous) client may call it; require the role here (a guard annotation "
                f"or a check of the context's user).")
    return (f"GraphQL {kind} {name} reads or changes the object its id argument names with no "
            f"check that it belongs to the caller, while other resolvers of this file check "
            f"their caller: any client reaches every object; filter by the context's user or "
            f"check ownership.")
