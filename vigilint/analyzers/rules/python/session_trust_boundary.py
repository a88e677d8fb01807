"""## What it does
Flags untrusted input (request data, route parameters) stored in the server-side session as a
key or a value (`session["user"] = request.form["user"]`, `request.session[key] = ...`).

The address the request was made to (`request.url`, `request.full_path`), stored under a
return-to key (`next`, `came_from`, `return_to`) to come back to after the login page, is not
reported: it is where the user already was, and the redirect that uses it checks it there.

A key that says who the caller is or what they may do (`user_id`, `role`, `tenant`, `is_admin`),
or a key the client chooses, is a very likely flaw (P1); other state kept between requests (a
return-to address taken from the query, a provider's token, a language) is the rule's own
likelihood (P2): the code reading it back has to check it anyway.

## Why is this bad?
Code that reads the session trusts it as state the server wrote itself: a user id, a role or a
"verified" flag taken straight from the request lets the caller impersonate others or skip
checks (trust boundary violation).

## Example
```python
session["userid"] = request.args["id"]
```

## Use instead
```python
user = authenticate(request.form["user"], request.form["password"])
session["userid"] = user.id  # a value the server derived and checked
```

## References
- CWE-501: Trust Boundary Violation
- OWASP A04:2021 / A06:2025 Insecure Design
"""

from __future__ import annotations

import re

from tree_sitter import Node

from vigilint import lazyre
from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.dataflow import flow, related_source
from vigilint.analyzers.imports import qualified_name
from vigilint.model import Likelihood, Rule

_SESSIONS = frozenset({"flask.session", "session", "request.session", "self.request.session",
                       "quart.session"})


_RECORD_IDS = frozenset({"id", "pk", "uuid"})
# A return-to key, and the address the request was made to: where the user already was, kept to
# come back to after the login page (whoever redirects to it checks it there).
_RETURN_KEY = lazyre.compile(
    r"^_?(?:next|next_url|login_next|return_to|return_url|returnto|came_from|redirect_to|"
    r"redirect_url|back_url|continue_url|target_url|origin_url)$", re.IGNORECASE)
_REQUEST_ADDRESS = lazyre.compile(
    r"^`(?:\w+\.)*request\.(?:url|full_path|path|base_url|path_info|get_full_path|"
    r"build_absolute_uri|uri)(?:\(\))?`$")


def _return_address(ctx: FileContext, key: Node | None, description: str) -> bool:
    """`session["next"] = request.url` (or a relative form of it)."""
    if key is None or key.type != "string":
        return False
    name = ctx.node_text(key).strip("'\"")
    return bool(_RETURN_KEY.match(name)) and bool(_REQUEST_ADDRESS.match(description))


def _record_id(ctx: FileContext, value: Node) -> bool:
    """`user.id`: the key of a record the server looked up (after checking a password, say),
    not the request's own text, even when the lookup was chosen by request data."""
    if value.type != "attribute":
        return False
    attribute = value.child_by_field_name("attribute")
    base = value.child_by_field_name("object")
    return attribute is not None and ctx.node_text(attribute) in _RECORD_IDS and \
        base is not None and base.type == "identifier" and \
        not (qualified_name(ctx, base) or "").startswith(("flask.request", "request"))


# The head word of a session key that holds who the caller is or what they may do (`user_id`,
# `role`, `tenant`, `is_admin`): code reading it back trusts it as the server's own decision.
_IDENTITY_HEADS = frozenset({
    "id", "uid", "pk", "user", "userid", "username", "name", "login", "account", "role", "roles",
    "admin", "staff", "superuser", "perm", "perms", "permission", "permissions", "privilege",
    "privileges", "group", "groups", "authenticated", "authorized", "verified", "tenant", "org",
    "organization", "owner", "member", "customer", "email", "identity", "principal", "level",
    "access", "scope", "scopes", "plan", "tier", "fresh", "mfa", "otp", "2fa"})
_FLAG_WORDS = frozenset({"is", "has", "can"})
_KEY_WORDS = lazyre.compile(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])")


def _likelihood(ctx: FileContext, key: Node | None) -> Likelihood:
    """Very likely when the key says who the caller is or what they may do, or when the client
    chooses the key itself; likely (the rule's own) for other state kept between requests (a
    return-to address, a provider's token, a wizard's choice), which the code reading it back
    has to check anyway."""
    if key is None or key.type != "string" or key.child_count > 3:  # not a plain literal
        return "very-likely"
    content = next((c for c in key.children if c.type == "string_content"), None)
    text = ctx.node_text(content) if content is not None else ""
    words = [w.lower() for w in _KEY_WORDS.findall(text)]
    if not words or words[-1] in _IDENTITY_HEADS or _FLAG_WORDS.intersection(words[:1]):
        return "very-likely"
    return "likely"


def _check(ctx: FileContext, node: Node) -> Hit | None:
    left = node.child_by_field_name("left")
    if left is None or left.type != "subscript":
        return None
    container = qualified_name(ctx, left.child_by_field_name("value")) or ""
    if container not in _SESSIONS:
        return None
    right = node.child_by_field_name("right")
    if right is not None and _record_id(ctx, right):
        return None
    key = left.child_by_field_name("subscript")
    for part in (key, right):
        verdict = flow(ctx).verdict(part, "session")
        if verdict.level == "tainted" and part is right and \
                _return_address(ctx, key, verdict.description):
            continue
        if verdict.level == "tainted":
            return Hit(node=node, likelihood=_likelihood(ctx, key),
                       message=f"The session receives untrusted input from "
                               f"{verdict.description}; store only values the server derived "
                               "and validated.", related=related_source(ctx, verdict))
    return None


RULE = Rule(
    id="VG-PY-AUTH-003",
    name="untrusted-data-in-session",
    category="access-control",
    languages=("python",),
    cwe=(501,),
    likelihood="likely",
    impact="medium",
    confidence="medium",
    message="Untrusted input is stored in the session; store only values the server derived and "
            "validated.",
    prefilter=("session",),
    node_kinds=("assignment",),
    check=_check,
)
