"""A token read without its signature only to choose the key that verifies it.

PyJWT documents the pattern: read the unverified header or claims (`kid`, `iss`), look the
signing key up from them, then decode the same token again with that key and a fixed algorithm
list. Libraries do it with a key callback (flask-jwt-extended's `decode_key_loader`:
`claims = jwt.decode(raw, options={"verify_signature": False})`, `secret =
self._decode_key_callback(header, claims)`, then `decode(raw, secret, ...)`). The unverified
claims decide nothing there but which key is tried: a forged token fails the second decode.

`picks_key_only` says so for one unverified decode call when, in its function,
- its result is bound to a name (`claims = jwt.decode(...)`),
- every later use of that name is on the right of an assignment to a name that says it holds a
  key (`secret`, `signing_key`, `jwk`, `public_pem`) or whose value a key-named call returns
  (`self._decode_key_callback(header, claims)`), and
- a later statement hands the same token on together with that key in a call or a dictionary
  (`jwt.decode(raw, secret, algorithms=[...])`, `{"encoded_token": raw, "secret": secret}` for
  a decode helper), not merely stores them (`cache[raw] = secret`).
Anything else done with the claims (a user looked up, a role read, the claims returned) keeps
the token an unverified one.
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint import lazyre
from vigilint.analyzers.access.syntax import descendants, enclosing_function
from vigilint.analyzers.context import FileContext

# a name or callee that says it holds or returns a verification key
_KEY_NAME = lazyre.compile(r"(?i)(key|secret|jwk|cert|pem)")
_BLOCKS = ("block", "module")


def _statement(node: Node) -> Node:
    """The statement (a direct child of a block) holding `node`."""
    cur = node
    while cur.parent is not None and cur.parent.type not in _BLOCKS:
        cur = cur.parent
    return cur


def _token_text(ctx: FileContext, call: Node) -> str:
    args = call.child_by_field_name("arguments")
    first = args.named_children[0] if args is not None and args.named_children else None
    if first is None or first.type not in ("identifier", "attribute"):
        return ""
    return ctx.node_text(first)


def _mentions(ctx: FileContext, node: Node, name: str) -> bool:
    return any(n.type in ("identifier", "attribute") and ctx.node_text(n) == name
               for n in descendants(node))


def picks_key_only(ctx: FileContext, call: Node) -> bool:
    """The unverified decode `call` only feeds the choice of a key, and the same token is then
    handed on with that key (see the module's text)."""
    if ctx.language != "python":
        return False
    assign = call.parent
    if assign is None or assign.type != "assignment":
        return False
    target = assign.child_by_field_name("left")
    token = _token_text(ctx, call)
    scope = enclosing_function(ctx, call)
    if target is None or target.type != "identifier" or not token or scope is None:
        return False
    claims = ctx.node_text(target)
    keys: dict[str, int] = {}  # key name -> end of the assignment that binds it
    for node in descendants(scope):
        if node.start_byte < assign.end_byte or node.type != "identifier" or \
                ctx.node_text(node) != claims:
            continue
        binding = node.parent
        while binding is not None and binding.type not in ("assignment", "block"):
            binding = binding.parent
        if binding is None or binding.type != "assignment":
            return False  # the claims used for something else
        left = binding.child_by_field_name("left")
        right = binding.child_by_field_name("right")
        if left is None or right is None or left.type != "identifier" or \
                not (right.start_byte <= node.start_byte < right.end_byte):
            return False
        callee = right.child_by_field_name("function") if right.type == "call" else None
        if not (_KEY_NAME.search(ctx.node_text(left))
                or (callee is not None and _KEY_NAME.search(ctx.node_text(callee)))):
            return False  # `user = load_user(claims["sub"])`: not a key
        keys[ctx.node_text(left)] = binding.end_byte
    if not keys:
        return False
    for key, bound in keys.items():
        for node in descendants(scope):
            if node.start_byte < bound or node.type != "identifier" or ctx.node_text(node) != key:
                continue
            statement = _statement(node)
            if _mentions(ctx, statement, token) and any(
                    n.type in ("call", "dictionary") for n in descendants(statement)):
                return True  # `decode(raw, key, ...)`, `{"token": raw, "key": key}`
    return False
