"""A check of the caller inside a handler's body, in any language: a condition that names the
verified caller (`if not current_user.is_authenticated`, `if (!req.user)`, `if session is
None`, `if (request.getUserPrincipal() == null)`), directly or through a variable assigned from
it (`session = await getServerSession()` then `if (!session)`), or a call that raises when there
is no caller (`verify_jwt_in_request()`). Merely using the caller (`req.user.id` in a query) is
no check: the guard is then elsewhere (a mount, a filter chain)."""

from __future__ import annotations

import re

from tree_sitter import Node

from vigilint import lazyre
from vigilint.analyzers.access.model import Guard
from vigilint.analyzers.access.project import authenticates_only
from vigilint.analyzers.access.syntax import grammar, nodes_in
from vigilint.analyzers.access.vocabulary import ORDINARY_ROLES, privileged, required_group
from vigilint.analyzers.context import FileContext

_AWAIT = lazyre.compile(r"^\s*(await\s+|yield\s+)?")


def _check_guard(name: str, condition: str, node: Node) -> Guard:
    """A condition on the caller; one that checks a privileged role (`if not
    current_user.is_admin: abort(403)`) is a role guard named by its condition."""
    if privileged(condition):
        return Guard("check", " ".join(condition.split())[:80], node, role=True)
    return Guard("check", name, node)


def body_check(ctx: FileContext, body: Node | None, principal: re.Pattern[str],
               raising: re.Pattern[str] | None = None) -> list[Guard]:
    if body is None:
        return []
    text = ctx.node_text(body)
    if raising is not None:
        found = raising.search(text)
        if found is not None:
            return [Guard("check", found.group(0), body)]
    g = grammar(ctx.language)
    if g is None:
        return []
    if principal.search(text) is None:
        return _role_refusal(ctx, body) or _unauthenticated_refusal(ctx, body)
    names: set[str] = set()
    for node in nodes_in(ctx, body, *g.assignments):
        target_field, value_field = g.assignments[node.type]
        value = node.child_by_field_name(value_field)
        target = node.child_by_field_name(target_field) if target_field else None
        if value is None or target is None:
            continue
        # the value is the caller (`session = await getServerSession()`, `user = req.user`),
        # not something merely filtered by it (`note = Note.find({owner: req.user.id})`)
        found = principal.search(_AWAIT.sub("", ctx.node_text(value)).lstrip("("))
        if found is None or found.start() != 0:
            continue
        for name in re.findall(r"[A-Za-z_$][\w$]*", ctx.node_text(target)):
            names.add(name)
    kinds = [k for k, field in g.conditions.items() if field]
    for node in nodes_in(ctx, body, *kinds):
        condition = node.child_by_field_name(g.conditions[node.type])
        if condition is None:
            continue
        cond = ctx.node_text(condition)
        found = principal.search(cond)
        if found is not None:  # `if not current_user.is_admin: abort(403)` checks a role
            return [_check_guard(found.group(0), cond, node)]
        mentioned = next((n for n in names if re.search(
            rf"(?<![\w$.]){re.escape(n)}(?![\w$])", cond)), None)
        if mentioned is not None:
            return [_check_guard(mentioned, cond, node)]
    return _role_refusal(ctx, body) or _unauthenticated_refusal(ctx, body)


# A comparison with a privileged role's name (`role !== 'manager'`, `!"ADMIN".equals(role)`,
# `role not in ("admin", "staff")`) ...
# (the literal compared, never a header's or claim's name read beside it)
_ROLE_LITERAL = lazyre.compile(
    r"""(?:[!=]==?|\bnot\s+in|\bin)\s*(?:[(\[{]\s*)?["'`]([\w:-]{2,40})["'`]|"""
    r"""["'`]([\w:-]{2,40})["'`]\s*(?:[!=]==?|\.equals\w*\()|"""
    r"""\[\s*["'`]([\w:-]{2,40})["'`][^\]]*\]\s*\.\s*includes\(""")
# ... whose branch refuses the request
_REFUSAL = lazyre.compile(r"(40[13]|[Ff]orbidden|FORBIDDEN|[Uu]nauthori[sz]ed|UNAUTHORI[SZ]ED|"
                          r"PermissionDenied|AccessDenied|NotAuthorized|abort\(|"
                          r"ErrForbidden)")

# Every match of `_REFUSAL` holds one of these (case-sensitive).
_REFUSAL_WORDS = ("401", "403", "orbidden", "FORBIDDEN", "nauthori", "UNAUTHORI",
                  "PermissionDenied", "AccessDenied", "NotAuthorized", "abort(")


def _mentions(text: str, words: tuple[str, ...]) -> bool:
    return any(w in text for w in words)


def role_condition(text: str) -> bool:
    """`text` compares something with a privileged role's name."""
    return any(privileged(m.group(1) or m.group(2) or m.group(3))
               for m in _ROLE_LITERAL.finditer(text))


def _role_refusal(ctx: FileContext, body: Node) -> list[Guard]:
    """A role check written in the handler (`if (fastify.roleOf(request) !== 'manager') return
    reply.code(403)...`): a role guard, whatever the role comes from (another rule judges
    that source)."""
    g = grammar(ctx.language)
    if g is None or not _mentions(ctx.node_text(body), _REFUSAL_WORDS):
        return []  # no branch of the body can refuse: `_REFUSAL` finds nothing in it
    kinds = [k for k, field in g.conditions.items() if field]
    for node in nodes_in(ctx, body, *kinds):
        condition = node.child_by_field_name(g.conditions[node.type])
        if condition is None:
            continue
        cond = ctx.node_text(condition)
        if not role_condition(cond):
            continue
        branch = node.child_by_field_name("consequence") or node.child_by_field_name("body")
        if branch is not None and _REFUSAL.search(ctx.node_text(branch)[:400]):
            return [Guard("check", " ".join(cond.split())[:80], node, role=True)]
    return []


# A branch that turns the caller away (401/403), in any framework's words
_UNAUTHENTICATED = lazyre.compile(r"(UnauthorizedException|StatusUnauthorized|\b40[13]\b|"
                                  r"NotAuthenticated|AuthenticationFailed|HTTP_40[13]_\w+|"
                                  r"Boom\.(unauthorized|forbidden)|ErrUnauthorized|UNAUTHORIZED\b|"
                                  r"ForbiddenException|StatusForbidden|PermissionDenied|"
                                  r"ErrForbidden|FORBIDDEN\b)")
# Every match of `_UNAUTHENTICATED` holds one of these (case-sensitive).
_UNAUTHENTICATED_WORDS = ("Unauthorized", "401", "403", "NotAuthenticated", "AuthenticationFailed",
                          "Boom.", "UNAUTHORIZED", "Forbidden", "PermissionDenied", "FORBIDDEN")
# A login handler answers 401 to a wrong password: that is no check of a caller
_CREDENTIALS = lazyre.compile(r"(?i)(password|passwd|bcrypt|argon2|scrypt|pbkdf2|\bpin\b|"
                              r"otp|credential)")

# Every match of `_CREDENTIALS` holds one of these, lower-cased (in ASCII text).
_CREDENTIAL_WORDS = ("passw", "bcrypt", "argon2", "scrypt", "pbkdf2", "pin", "otp", "credential")


def _credentials(text: str) -> bool:
    """`_CREDENTIALS` matches; ASCII text is tested for its words first (the case-insensitive
    search is slow; non-ASCII text always runs it: Unicode case folding)."""
    if text.isascii():
        low = text.lower()
        if not any(w in low for w in _CREDENTIAL_WORDS):
            return False
    return _CREDENTIALS.search(text) is not None


def _unauthenticated_refusal(ctx: FileContext, body: Node) -> list[Guard]:
    """A condition whose branch answers 401 or 403 (`if (!claims) throw new
    UnauthorizedException()`, `if err != nil { http.Error(w, "", http.StatusUnauthorized) }`):
    the handler checks its caller itself, whatever the value is called (where the value comes
    from is another rule's concern)."""
    g = grammar(ctx.language)
    text = ctx.node_text(body)
    if g is None or not _mentions(text, _UNAUTHENTICATED_WORDS) or _credentials(text):
        return []  # (no branch or catch of the body can match `_UNAUTHENTICATED`)
    kinds = [k for k, field in g.conditions.items() if field]
    for node in nodes_in(ctx, body, *kinds):
        if node.type not in ("if_statement",):
            continue
        branch = node.child_by_field_name("consequence") or node.child_by_field_name("body")
        if branch is not None and _UNAUTHENTICATED.search(ctx.node_text(branch)[:300]):
            condition = node.child_by_field_name(g.conditions[node.type])
            cond = ctx.node_text(condition) if condition is not None else "check"
            return [Guard("check", " ".join(cond.split())[:80], node, local=True)]
    # `try { claims = verify(token, ...) } catch { ctx.throw(401) }`
    for node in nodes_in(ctx, body, "catch_clause", "except_clause"):
        if _UNAUTHENTICATED.search(ctx.node_text(node)[:300]):
            return [Guard("check", "catch: refused", node, local=True)]
    return []


# The caller's role, authorities, groups or permissions as the subject of a check
_ROLE_SUBJECT = lazyre.compile(r"(?i)(\brole\b|\broles\b|\.role\w*|authorit|has_?role|has_?any_?role|"
                               r"has_?perm|permission|\.groups?\b|\bin_group|\bis_?(admin|staff|"
                               r"superuser|manager|moderator|operator)\b|isInRole|IsInRole|"
                               r"\brequire_?role|\brequire_?roles|\bscopes?\b)")
_ROLE_WORD = lazyre.compile(r"""["'`]([\w:.-]{2,40})["'`]""")
# roles every ordinary account holds: a check for them still leaves each caller their own
# records only
_ORDINARY_ROLE = ORDINARY_ROLES


def _gating_roles(text: str) -> bool:
    """`text` checks the caller's role against a role no ordinary account holds."""
    if not _ROLE_SUBJECT.search(text):
        return False
    words = [re.sub(r"^(ROLE_|role:|roles:)", "", m.group(1), flags=re.IGNORECASE).lower()
             for m in _ROLE_WORD.finditer(text)]
    words = [w for w in words if w not in ("role", "roles", "authorities", "scope", "scopes")]
    if not words:  # `if not current_user.is_admin:`
        return bool(re.search(r"(?i)\bis_?(admin|staff|superuser|manager|moderator|operator)\b",
                              text))
    return not any(w in _ORDINARY_ROLE for w in words)


# `if not is_coordinator(): abort(403)`, `if (!isDispatcher()) throw ...`: a predicate about the
# caller alone (no argument, so no record) named for a role
_PREDICATE = lazyre.compile(r"(?<![\w$.])(?:self\.|this\.)?(is|has)_?([A-Za-z]+?)(_?role)?\(\s*\)")
_NOT_A_ROLE = frozenset({"owner", "author", "self", "mine", "own", "authenticated", "logged",
                         "loggedin", "signedin", "valid", "active", "verified", "anonymous",
                         "empty", "none", "set", "present", "open", "closed", "expired"})


def _role_predicate(text: str) -> bool:
    return any(m.group(2).lower() not in _ORDINARY_ROLE and m.group(2).lower() not in _NOT_A_ROLE
               for m in _PREDICATE.finditer(text))


def role_gated(ctx: FileContext, guards: list[Guard], handler: Node | None,
               before: int) -> bool:
    """The route lets in only holders of a role no ordinary account has, by a guard
    (`requireRole("fulfilment")`, `@Secured("ROLE_WAREHOUSE")`) or by a check at the top of
    its handler, before byte `before`, whose branch refuses the caller (`if current_user.role
    != "warehouse_lead": abort(403)`): its lookups by id are that role's work on anyone's
    record."""
    for guard in guards:
        if guard.role and guard.kind != "check" and _ROLE_WORD.search(guard.name) and \
                _gating_roles(guard.name + " role"):
            return True
        if guard.kind != "check" and required_group(guard.name) and \
                not authenticates_only(ctx, guard.name):  # `require_committee`
            return True
    g = grammar(ctx.language)
    if handler is None or g is None:
        return False
    kinds = [k for k, field in g.conditions.items() if field]
    for node in nodes_in(ctx, handler, *kinds):
        if node.start_byte >= before or node.type not in ("if_statement", "if_expression"):
            continue
        condition = node.child_by_field_name(g.conditions[node.type])
        branch = node.child_by_field_name("consequence") or node.child_by_field_name("body")
        if condition is None or branch is None:
            continue
        cond = ctx.node_text(condition)
        if (_gating_roles(cond) or _role_predicate(cond)) and \
                _REFUSAL.search(ctx.node_text(branch)[:300]):
            return True
    return False
