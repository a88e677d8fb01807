"""The password hash fix: a fast hash of a password that is stored (assigned or returned)
becomes scrypt with a random salt kept beside the hash:

    hashed = hashlib.sha256(password.encode()).hexdigest()
    -> salt = os.urandom(16)
       hashed = salt.hex() + "$" + hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8,
                                                   p=1).hex()

Unsafe (review it): stored hashes change format, and the code that checks a password must read
the salt back and compare with `hmac.compare_digest`. No fix where the hash is compared on the
spot (that code needs the stored salt) or kept as a hash object."""

from __future__ import annotations

import re

from tree_sitter import Node

from vigilint import lazyre
from vigilint.analyzers.context import FileContext
from vigilint.analyzers.fix_edits import python_module, scope_names
from vigilint.analyzers.rules.python._built_strings import enclosing_statement
from vigilint.analyzers.rules.python._common import enclosing_function
from vigilint.model import Edit, Fix

_PASSWORD = lazyre.compile(r"(^|_)(pass(word|wd)?|pwd|pw)($|_)", re.I)
_SCRYPT = "hashlib.scrypt({data}, salt={salt}, n=2**14, r=8, p=1)"


def names_password(ctx: FileContext, node: Node) -> bool:
    """An identifier under `node` names a password (`password`, `user_pw`, `passwd`)."""
    return any(sub.type == "identifier" and _PASSWORD.search(ctx.node_text(sub))
               for sub in ctx.walk(node))


def _digest_call(call: Node) -> tuple[Node, str] | None:
    """`hashlib.x(data).hexdigest()` / `.digest()`: the outer call and the method."""
    attribute = call.parent
    if attribute is None or attribute.type != "attribute":
        return None
    method = attribute.child_by_field_name("attribute")
    outer = attribute.parent
    if method is None or outer is None or outer.type != "call":
        return None
    arguments = outer.child_by_field_name("arguments")
    name = method.text.decode() if method.text else ""
    if name not in ("hexdigest", "digest") or arguments is None or arguments.named_children:
        return None
    return outer, name


def password_hash_fix(ctx: FileContext, call: Node, data: Node) -> Fix | None:
    """The fix for `call` (a fast hash of the password `data`), or None."""
    digest = _digest_call(call)
    if digest is None:
        return None
    outer, method = digest
    parent = outer.parent
    if parent is None or parent.type not in ("assignment", "return_statement") or \
            (parent.type == "assignment" and parent.child_by_field_name("right") != outer):
        return None
    statement = enclosing_statement(outer)
    if statement is None or enclosing_function(ctx, call) is None:
        return None
    used = scope_names(ctx, call)[1]
    salt = next((n for n in ("salt", "password_salt") if n not in used), None)
    if salt is None:
        return None
    column = statement.start_point[1]
    indent = ctx.lines[statement.start_point[0]][:column]
    if indent.strip():
        return None  # the statement shares its line with something else
    scrypt = _SCRYPT.format(data=ctx.node_text(data), salt=salt)
    value = f'{salt}.hex() + "$" + {scrypt}.hex()' if method == "hexdigest" else \
        f"{salt} + {scrypt}"
    edits: list[Edit] = [ctx.insert_at(statement.start_byte, f"{salt} = os.urandom(16)\n{indent}"),
                         ctx.edit_node(outer, value)]
    for module in ("hashlib", "os"):
        needed = python_module(ctx, module, call)
        if needed is None:
            return None
        edits[:0] = needed
    return Fix(title="Hash the password with `hashlib.scrypt` and a random salt stored with it "
                     "(stored hashes change format)", edits=tuple(edits), safe=False)
