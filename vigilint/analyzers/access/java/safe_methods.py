"""Java handlers that change state on a request method CSRF protection leaves alone.

Spring Security checks the CSRF token on POST, PUT, PATCH and DELETE only: GET, HEAD, TRACE
and OPTIONS are "safe" methods that must not change anything
(https://docs.spring.io/spring-security/reference/features/exploits/csrf.html#csrf-protection-read-only).
A handler mapped with `@GetMapping`, or with `@RequestMapping` without `method` (every method)
or with a safe one among its methods, that writes (JDBC updates, JdbcTemplate/MyBatis writes,
repository saves and deletes, a service call whose name changes state) can be triggered by a
link or an image on another site while the user is signed in. Jenkins' Stapler web methods
(`doXyz`) are protected only with `@RequirePOST`/`@POST`
(https://www.jenkins.io/doc/developer/security/form-validation/#protecting-from-csrf).
One switch per handler, at its mapping.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tree_sitter import Node

from vigilint import lazyre
from vigilint.analyzers.access.java.common import Annotation, annotations_of, invocation
from vigilint.analyzers.access.model import Switch
from vigilint.analyzers.access.syntax import nodes_in
from vigilint.analyzers.context import FileContext

_SAFE = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})
_VERBS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE", "POST", "PUT", "PATCH", "DELETE"})
_METHOD_ATTR = lazyre.compile(r"\bmethod\s*=\s*(\{[^{}]*\}|[\w.]+)")

# Calls that always write (JDBC)
_ALWAYS = frozenset({"executeUpdate", "executeLargeUpdate", "executeBatch", "executeLargeBatch"})
# SQL that changes data
_WRITE_SQL = lazyre.compile(r"^\s*\"\s*(insert|update|delete|merge|replace|upsert|drop|alter|"
                            r"create|truncate)\b", re.IGNORECASE)
# Receivers by declared type (or name, when the type is not seen)
_JDBC_TEMPLATE = lazyre.compile(r"(JdbcTemplate|JdbcOperations|JdbcClient)$")
_STATEMENT = lazyre.compile(r"(Statement|JdbcTemplate|JdbcOperations)$")
_SQL_RUNNER = lazyre.compile(r"(SqlRunner|SqlSession|SqlSessionTemplate)$")
_STORE = lazyre.compile(r"(Repository|Repo|Dao|DAO|EntityManager|Session|Mapper|Store)$")
_STORE_NAME = lazyre.compile(r"(?i)(repository|repo|dao|entityManager|em|mapper|store)$")
_SERVICE = lazyre.compile(r"(Service|Manager|Facade|Handler|Gateway)$")
_STORE_WRITES = lazyre.compile(r"^(save|delete|remove|insert|update|persist|merge|saveOrUpdate|"
                               r"upsert|replace|truncate|drop|increment|decrement)")
# a service method whose name changes state
_SERVICE_WRITES = lazyre.compile(r"^(delete|remove|destroy|purge|drop|save|update|insert|"
                                 r"create|add|register|enrol|enroll|assign|unassign|cancel|"
                                 r"approve|reject|revoke|grant|ban|unban|block|unblock|reset|"
                                 r"transfer|pay|refund|charge|withdraw|deposit|promote|demote|"
                                 r"archive|restore|publish|unpublish|mark|apply|change|set|"
                                 r"increment|decrement|clear|wipe|disable|enable|activate|"
                                 r"deactivate|close|reopen|book|unbook|subscribe|unsubscribe|"
                                 r"follow|unfollow|invite|kick|lock|unlock|approve|confirm|"
                                 r"import|upload|move|rename|merge)([A-Z_]|$)")
# the handler's own name says it changes state (when nothing in its body shows it)
_HANDLER_WRITES = lazyre.compile(r"^(delete|remove|destroy|purge|drop|revoke|cancel|reset|"
                                 r"transfer|approve|update|save|post|put|insert|ban|grant|"
                                 r"unsubscribe|deactivate|disable|wipe)([A-Z_]\w*)?$")
_FORM_NAME = lazyre.compile(r"(Form|Page|View|Confirm|Confirmation|Dialog|Modal|Screen|Preview|"
                            r"Prompt|Template|Info|Details?)$")
_MODEL_TYPES = frozenset({"Model", "ModelMap", "ModelAndView"})
_STAPLER_PARAM = lazyre.compile(r"^(StaplerRequest2?|StaplerResponse2?)$")
_STAPLER_ANNOTATIONS = frozenset({"QueryParameter", "AncestorInPath", "Header",
                                  "JsonBody", "SubmittedForm"})
_HTTP_RESPONSE = lazyre.compile(r"\b(HttpResponse|HttpRedirect|HttpResponses\.\w+|"
                                r"ForwardToView)\b")
_STAPLER_VERB = lazyre.compile(r"^do(Post|Put|Delete|Remove|Submit|Save|Update|Configure|"
                               r"ConfigSubmit|Create|Add|Reset|Cancel|Disable|Enable|Wipe|"
                               r"Revoke|Approve|Stop|Kill|Restart|Exit|Quiet|Install|Uninstall|"
                               r"Upload|Build|Schedule|Toggle|Set|Clear)([A-Z0-9_]\w*)?$")


def _safe_verbs(ctx: FileContext, ann: Annotation) -> frozenset[str] | None:
    """The safe methods a Spring mapping answers, None when it answers none of them."""
    if ann.name == "GetMapping":
        return frozenset({"GET"})
    if ann.name != "RequestMapping":
        return None
    found = _METHOD_ATTR.search(ann.text(ctx))
    if found is None:
        return frozenset({"GET"})  # every method, GET among them
    verbs = {w.rsplit(".", 1)[-1] for w in re.findall(r"[\w.]+", found.group(1))}
    verbs &= _VERBS
    safe = verbs & _SAFE
    return frozenset(safe) if safe else None


def _types(ctx: FileContext, cls: Node, method: Node) -> dict[str, str]:
    """Declared type of each name the handler may use: the class's fields, the method's
    parameters and locals (last part of the type, generics dropped)."""
    out: dict[str, str] = {}
    body = cls.child_by_field_name("body")
    decls = [c for c in (body.named_children if body is not None else ())
             if c.type == "field_declaration"]
    decls += nodes_in(ctx, method, "local_variable_declaration", "formal_parameter")
    for decl in decls:
        kind = decl.child_by_field_name("type")
        name = re.sub(r"<.*", "", ctx.node_text(kind)).rsplit(".", 1)[-1] if kind is not None \
            else ""
        if decl.type == "formal_parameter":
            ident = decl.child_by_field_name("name")
            if ident is not None:
                out[ctx.node_text(ident)] = name
            continue
        for declarator in decl.named_children:
            if declarator.type == "variable_declarator":
                ident = declarator.child_by_field_name("name")
                if ident is not None:
                    out[ctx.node_text(ident)] = name
    return out


def _sql_of(ctx: FileContext, method: Node, arg: Node) -> str:
    """The SQL text an argument holds: a literal, a concatenation, or a local initialised with
    one."""
    if arg.type == "identifier":
        name = ctx.node_text(arg)
        for declarator in nodes_in(ctx, method, "variable_declarator"):
            ident = declarator.child_by_field_name("name")
            value = declarator.child_by_field_name("value")
            if ident is not None and value is not None and ctx.node_text(ident) == name:
                return ctx.node_text(value)
        return ""
    return ctx.node_text(arg)


def _receiver_type(ctx: FileContext, receiver: Node | None, types: dict[str, str]) -> str:
    if receiver is None:
        return ""
    text = ctx.node_text(receiver).removeprefix("this.")
    return types.get(text, "")


def _writes(ctx: FileContext, cls: Node, method: Node) -> str:
    """What the handler writes with (for the message), "" when nothing is seen."""
    body = method.child_by_field_name("body")
    if body is None:
        return ""
    types = _types(ctx, cls, method)
    for call in nodes_in(ctx, body, "method_invocation"):
        receiver, name, args = invocation(ctx, call)
        rtext = ctx.node_text(receiver).removeprefix("this.") if receiver is not None else ""
        rtype = _receiver_type(ctx, receiver, types)
        if name in _ALWAYS:
            return f"`{name}`"
        if name == "execute" and args and (_STATEMENT.search(rtype) or
                                            "jdbc" in rtext.lower() or
                                            "statement" in rtext.lower()):
            if _WRITE_SQL.match(_sql_of(ctx, method, args[0])):
                return f"`{rtext}.execute` of an SQL write"
            continue
        if name in ("update", "batchUpdate") and (_JDBC_TEMPLATE.search(rtype) or
                                                  "jdbc" in rtext.lower()):
            return f"`{rtext}.{name}`"
        if name in ("insert", "update", "delete") and _SQL_RUNNER.search(rtype):
            return f"`{rtext}.{name}`"
        if receiver is None or receiver.type not in ("identifier", "field_access"):
            continue
        if _STORE_WRITES.match(name) and (_STORE.search(rtype) or (
                not rtype and _STORE_NAME.search(rtext))):
            return f"`{rtext}.{name}`"
        if _SERVICE_WRITES.match(name) and _SERVICE.search(rtype or rtext[:1].upper() +
                                                            rtext[1:]):
            return f"`{rtext}.{name}`"
    return ""


def _renders(ctx: FileContext, method: Node) -> bool:
    """The handler fills a view model (it shows a page, a form before its POST)."""
    params = method.child_by_field_name("parameters")
    text = ctx.node_text(params) if params is not None else ""
    return any(re.search(rf"\b{t}\b", text) for t in _MODEL_TYPES) or \
        "ModelAndView" in ctx.node_text(method.child_by_field_name("type"))


def _spring(ctx: FileContext, cls: Node) -> Iterator[Switch]:
    body = cls.child_by_field_name("body")
    methods = [m for m in (body.named_children if body is not None else ())
               if m.type == "method_declaration"]
    for method in methods:
        anns = annotations_of(ctx, method)
        mapping = next((a for a in anns if a.name in ("GetMapping", "RequestMapping")), None)
        if mapping is None:
            continue
        safe = _safe_verbs(ctx, mapping)
        if safe is None:
            continue
        name = ctx.node_text(method.child_by_field_name("name"))
        what = _writes(ctx, cls, method)
        if not what and _HANDLER_WRITES.match(name) and not _FORM_NAME.search(name) and \
                not _renders(ctx, method):
            what = f"its name (`{name}`)"
        if not what:
            continue
        how = "`@GetMapping`" if mapping.name == "GetMapping" else (
            "`@RequestMapping` without `method` (every method)"
            if not _METHOD_ATTR.search(mapping.text(ctx)) else
            f"`@RequestMapping` with {', '.join(sorted(safe))}")
        yield Switch(mapping.node, "csrf-off",
                     f"`{name}` changes state ({what}) but is mapped with {how}: CSRF "
                     f"protection does not check GET, HEAD, OPTIONS or TRACE, so a link or an "
                     f"image on another site can trigger it for a signed-in user; map it to "
                     f"POST, PUT, PATCH or DELETE.")


def _stapler(ctx: FileContext, cls: Node) -> Iterator[Switch]:
    body = cls.child_by_field_name("body")
    for method in body.named_children if body is not None else ():
        if method.type != "method_declaration":
            continue
        name = ctx.node_text(method.child_by_field_name("name"))
        anns = annotations_of(ctx, method)
        names = {a.name for a in anns}
        if names & {"RequirePOST", "POST"}:
            continue
        params = method.child_by_field_name("parameters")
        web = "WebMethod" in names or bool(names & {"GET", "PUT"})
        for param in params.named_children if params is not None else ():
            kind = ctx.node_text(param.child_by_field_name("type")).rsplit(".", 1)[-1]
            if _STAPLER_PARAM.match(kind) or any(
                    a.name in _STAPLER_ANNOTATIONS for a in annotations_of(ctx, param)):
                web = True
        signature = ctx.node_text(method.child_by_field_name("type")) + " " + " ".join(
            ctx.node_text(c) for c in method.named_children if c.type == "throws")
        if _HTTP_RESPONSE.search(signature):
            web = True
        if not web or not (name.startswith("do") or "WebMethod" in names):
            continue
        if not (_STAPLER_VERB.match(name) or _writes(ctx, cls, method)):
            continue
        report = next((a.node for a in anns if a.name in ("WebMethod", "GET", "PUT")),
                      method.child_by_field_name("name")) or method
        yield Switch(report, "csrf-off",
                     f"Stapler web method `{name}` changes state but is not limited to POST: "
                     f"Jenkins checks its CSRF crumb on POST only, so another site can "
                     f"trigger it for a signed-in user; annotate it with `@RequirePOST` or "
                     f"`@POST`.")


def switches(ctx: FileContext) -> Iterator[Switch]:
    if "SessionCreationPolicy.STATELESS" in ctx.text:
        return  # no cookie session: a forged request carries no credential
    stapler = "org.kohsuke.stapler" in ctx.text
    if ctx.tree is None:
        return
    for cls in nodes_in(ctx, ctx.tree.root_node, "class_declaration"):
        anns = {a.name for a in annotations_of(ctx, cls)}
        if anns & {"Controller", "RestController"} and "io.micronaut" not in ctx.text:
            yield from _spring(ctx, cls)
        if stapler:
            yield from _stapler(ctx, cls)
