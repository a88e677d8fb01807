"""One finding per hand-rolled implementation.

`implementations(ctx)` runs the recognisers (recognize/*.py) over the file once, groups their
evidence by the function or class that implements the primitive, and names each implementation
by the most specific kind it shows (`recognize.KINDS` order). Grouping:

- evidence belongs to the nearest named function around it (callbacks and IIFEs belong to the
  function or top-level statement around them); a module-level constant table belongs to the
  function that reads it;
- methods of one class (or of one Go type, with its constructors) that implement the same
  primitive (two or more of them, or one and a method it calls or that calls it) are one
  implementation: the class; so are methods of different kinds when the class is named for
  one primitive (`TicketCipher`: its key schedule and its rounds), when they call one another,
  when one writes state the other reads (the round keys), or when they are inverses;
- top-level functions that call one another, that are inverse pairs of the same kind
  (`encrypt`/`decrypt`, `conceal`/`reveal`, `sign`/`verify`), or that one entry point named
  for the operation composes (`encryptBlock(id, expandKey(key))`) are one implementation when
  nothing else stands between them;
- a caller that XORs the output of the implementation's generator or hash with data, or that
  signs by hashing the secret joined to the message with it, is evidence of it (a keystream,
  a MAC), and a helper only the implementation calls is part of it (`_absorb`).

The region of a finding spans the implementation; each piece of evidence is a related location
(SARIF `relatedLocations`). The VG-CRYPTO-* rules each report the implementations of their kinds
(`reporter(rule_id)`), so one implementation is reported once, by one rule.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from types import ModuleType

from tree_sitter import Node

from vigilint import lazyre
from vigilint.analyzers.context import FileContext, Hit, Related
from vigilint.analyzers.crypto.advice import advice
from vigilint.analyzers.crypto.bodies import profile
from vigilint.analyzers.crypto.names import KEY_WORDS, NON_CRYPTO_WORDS
from vigilint.analyzers.crypto.protocols import protocol_hash
from vigilint.analyzers.crypto.recognize import (
    KINDS,
    Evidence,
    arx,
    compare,
    encoding,
    feistel,
    handmade,
    keyed_hash,
    padding,
    prng,
    rsa,
    tables,
    weak_random,
    xor,
)
from vigilint.analyzers.crypto.syntax import (
    AUGMENTED_KINDS,
    BINARY_KINDS,
    CALL_KINDS,
    FUNCTION_KINDS,
    LOOP_KINDS,
    callee,
    enclosing,
    enclosing_function,
    function_name,
    in_loop,
    kind_nodes,
    last_name,
    operator,
    parameter_names,
    query_nodes,
    walk,
    words,
)

RECOGNIZERS: tuple[ModuleType, ...] = (tables, xor, feistel, arx, rsa, prng, weak_random,
                                       compare, encoding, handmade, keyed_hash, padding)
_CLASS_KINDS = frozenset({"class_definition", "class_declaration", "class"})
_ANONYMOUS = frozenset({"arrow_function", "function_expression", "function", "func_literal",
                        "lambda"})
_INVERSES = (("encrypt", "decrypt"), ("encipher", "decipher"), ("encode", "decode"),
             ("seal", "open"), ("sign", "verify"), ("conceal", "reveal"), ("hide", "reveal"),
             ("obfuscate", "deobfuscate"), ("scramble", "unscramble"), ("mask", "unmask"),
             ("protect", "unprotect"), ("wrap", "unwrap"), ("lock", "unlock"),
             ("save", "load"), ("store", "load"), ("obscure", "reveal"),
             ("obscure", "unobscure"), ("hide", "unhide"), ("shift", "unshift"))
# Verbs that put a value at rest and take it back (`fileNote`/`readNote`, `save_pin`/`show_pin`).
_AT_REST = (frozenset({"store", "file", "save", "persist", "write", "keep", "stash", "archive",
                       "put"}),
            frozenset({"read", "load", "fetch", "show", "restore", "retrieve", "get", "view",
                       "unstash"}))
_MAX_RELATED = 8
_FAMILY = {"typescript": "javascript", "tsx": "javascript"}


@dataclass
class Implementation:
    node: Node  # the function or class (or first of several functions)
    end: Node  # the last node of the region (== node unless functions were merged)
    name: str
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def kind(self) -> str:
        present = {e.kind for e in self.evidence}
        return next(k for k in KINDS if k in present)

    @property
    def rule(self) -> str:
        return KINDS[self.kind][0]


@functools.cache
def _recognized_kinds() -> frozenset[str]:
    return frozenset(k for module in RECOGNIZERS for k in module.NODE_KINDS)


@functools.cache
def _dispatch() -> dict[str, list[Callable[..., object]]]:
    """Node kind -> the recognizers that look at it, in RECOGNIZERS order."""
    dispatch: dict[str, list[Callable[..., object]]] = {}
    for module in RECOGNIZERS:
        for kind in module.NODE_KINDS:
            dispatch.setdefault(kind, []).append(module.evidence)
    return dispatch


def _collect(ctx: FileContext) -> list[Evidence]:
    if ctx.tree is None:
        return []
    dispatch = _dispatch()
    nodes = kind_nodes(ctx, _recognized_kinds())
    out: list[Evidence] = []
    for node in sorted(nodes, key=lambda n: (n.start_byte, -n.end_byte)):
        for recognize in dispatch.get(node.type, ()):
            found = recognize(ctx, node)
            if found is None:
                continue
            if isinstance(found, Evidence):
                out.append(found)
            elif isinstance(found, Iterable):
                out.extend(e for e in found if isinstance(e, Evidence))
    return [e for e in out if not _prescribed(ctx, e)]


# Kinds a protocol's own construction can look like: a keyed or chained hash, or a function
# named for signing or authenticating that computes its result by hand.
_HASH_KINDS = frozenset({"mac", "kdf", "hash", "nolib"})


def _prescribed(ctx: FileContext, e: Evidence) -> bool:
    """The evidence is a hash a protocol prescribes (HTTP Digest's HA1/HA2/response, a
    WebSocket accept value; `protocols.py`), computed in the function that implements it."""
    if e.kind not in _HASH_KINDS:
        return False
    fn = e.node if e.node.type in FUNCTION_KINDS else enclosing_function(e.node)
    if fn is None:
        return False
    owner = enclosing(fn, _CLASS_KINDS)
    return protocol_hash(ctx.node_text(fn), ctx.node_text(owner) if owner else "") is not None


def _named(ctx: FileContext, fn: Node) -> bool:
    return fn.type not in _ANONYMOUS or bool(function_name(ctx, fn))


def _owner(ctx: FileContext, node: Node) -> Node:
    """The named function around a node, else its declaration: a statement of the module or
    of a class body (a field)."""
    cur: Node | None = node
    top: Node | None = None
    while cur is not None:
        if cur.type in FUNCTION_KINDS and _named(ctx, cur):
            return cur
        if top is None and _declaration_level(cur):
            top = cur
        cur = cur.parent
    return top or node


def _declaration_level(node: Node) -> bool:
    parent = node.parent
    if parent is None:
        return False
    if parent.parent is None or parent.type in ("class_body", "field_declaration_list"):
        return True
    return parent.type == "block" and parent.parent is not None and \
        parent.parent.type == "class_definition"


def _class_of(fn: Node) -> Node | None:
    parent = fn.parent
    while parent is not None:
        if parent.type in _CLASS_KINDS:
            return parent
        if parent.type in FUNCTION_KINDS:
            return None
        parent = parent.parent
    return None


def _top(node: Node) -> Node:
    while node.parent is not None and node.parent.parent is not None:
        node = node.parent
    return node


def _bound_name(ctx: FileContext, statement: Node) -> str:
    """The name a top-level table is bound to (`SBOX = [...]`, `const K = [...]`)."""
    match = re.match(r"\s*(?:export\s+)?(?:(?:const|let|var|static|final|private|public)\s+)*"
                     r"(?:[\w<>\[\]]+\s+)?([A-Za-z_]\w*)\s*(?::[^=]*)?:?=",
                     ctx.node_text(statement))
    return match.group(1) if match else ""


def _calls(ctx: FileContext, caller: Node, name: str) -> bool:
    return bool(name) and re.search(rf"\b{re.escape(name)}\s*\(", ctx.node_text(caller)) is not None


def _calls_text(text: str, name: str) -> bool:
    return re.search(rf"\b{re.escape(name)}\s*\(", text) is not None


def _inverse(a: str, b: str) -> bool:
    wa, wb = words(a), words(b)
    for x, y in _INVERSES:
        for p, q in ((x, y), (y, x)):
            if p in wa and q in wb and [w for w in wa if w != p] == [w for w in wb if w != q]:
                return True
    # a value put at rest and read back: `FileAllergyNote`/`ReadAllergyNote`
    for puts, takes in ((_AT_REST[0], _AT_REST[1]), (_AT_REST[1], _AT_REST[0])):
        mine = [w for w in wa if w in puts]
        theirs = [w for w in wb if w in takes]
        if len(mine) == 1 and len(theirs) == 1 and len(wa) > 1 and \
                [w for w in wa if w != mine[0]] == [w for w in wb if w != theirs[0]]:
            return True
    # a verb and its undoing, whatever the verb: `padBlock`/`unpadBlock`, `frame`/`deframe`
    if len(wa) == len(wb) and wa != wb:
        diff = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
        if len(diff) == 1:
            x, y = diff[0]
            return any(len(v) > 2 and u == prefix + v for prefix in ("un", "de")
                       for u, v in ((x, y), (y, x)))
    return False


def implementations(ctx: FileContext) -> list[Implementation]:
    """The hand-rolled implementations of the file (memoised)."""
    found: list[Implementation] | None = ctx.cache.get("crypto.implementations")
    if found is None:
        found = ctx.cache["crypto.implementations"] = _group(ctx, _collect(ctx))
    return found


def _functions(ctx: FileContext) -> list[Node]:
    if ctx.tree is None:
        return []
    # in the recognizers' query's own order (the first reader of a table is its owner)
    return [n for n in query_nodes(ctx, _recognized_kinds())
            if n.type in FUNCTION_KINDS and _named(ctx, n)]


def _group(ctx: FileContext, evidence: list[Evidence]) -> list[Implementation]:
    # RSA keys generated by hand are evidence only in a file without the RSA operations
    # (where those are, they are the implementation; a key generator apart from them would
    # be a second finding for one RSA)
    if any(e.kind == "rsa" and not _keygen(e) for e in evidence):
        evidence = [e for e in evidence if not _keygen(e)]
    # the statement that rotates a translation table's alphabet: where the cipher that
    # translates by the table starts (placed once the implementations are merged)
    leading = {e.node.id: e for e in evidence if e.what == encoding.ROTATED_ALPHABET}
    evidence = [e for e in evidence if e.what != encoding.ROTATED_ALPHABET]
    if not evidence:
        return []
    units: dict[int, Implementation] = {}
    functions: list[Node] | None = None
    for item in evidence:
        owner = _owner(ctx, item.node)
        # a constant of the module or a class field (`SBOX = [...]`, `static final long MUL =
        # 25214903917L`): the implementation is the function that reads it
        if owner.type not in FUNCTION_KINDS and item.kind in _CONSTANT_KINDS:
            name = _bound_name(ctx, owner)
            functions = functions if functions is not None else _functions(ctx)
            # read in a body or as a parameter's default (`constructor(key = CARD_KEY)`)
            readers = [f for f in functions if name and any(re.search(
                rf"\b{re.escape(name)}\b", ctx.node_text(part)) for part in (
                    f.child_by_field_name("body"), f.child_by_field_name("parameters"))
                if part is not None)]
            if readers:
                owner = readers[0]
        if item.kind == "tables" and owner.type in FUNCTION_KINDS:
            # the constants are the key of a value of a type of the file (`gaugeCipher{k:
            # [4]uint32{0x61707865, ...}}`, `new Rounds(new int[]{...})`): they belong to the
            # type's methods, not to the function that builds the value
            methods = _constructed_methods(ctx, item.node, owner)
            if methods:
                owner = next((m for m in methods if m.id in units), methods[0])
        if item.kind == "caesar" and item.node.type in CALL_KINDS:
            # `rot13(dj.streamPassword)` with `rot13` written in this file: the cipher is the
            # helper (the call, its use on a secret, is a related location)
            functions = functions if functions is not None else _functions(ctx)
            helper = _local_callee(ctx, item.node, functions)
            if helper is not None:
                owner = helper
        unit = units.get(owner.id)
        if unit is None:
            name = function_name(ctx, owner) if owner.type in FUNCTION_KINDS else \
                _bound_name(ctx, owner)
            unit = units[owner.id] = Implementation(owner, owner, name)
        unit.evidence.append(item)
    merged = _across_classes(ctx, _contained(_one_generator(ctx, _by_class(
        ctx, list(units.values())))))
    return _exponentiation_helpers(ctx, _led_by_tables(ctx, _stream_sources(ctx, _mac_names(
        ctx, _to_sinks(ctx, _key_holders(ctx, _drivers(ctx, _absorb(ctx, _adjacent(
            ctx, merged))))))), list(leading.values())))


def _exponentiation_helpers(ctx: FileContext,
                            units: list[Implementation]) -> list[Implementation]:
    """A hand-written modular exponentiation of the module (`powmod`, square-and-multiply)
    and the textbook RSA or Diffie-Hellman that calls it with its key (a class's or Go
    type's `sign`/`decrypt`, wherever the type's declaration and constructor stand) are one
    implementation, when no other implementation stands between them: one region from the
    first to the last, the helper's and the key's lines as evidence."""
    rule = KINDS["rsa"][0]
    units = sorted(units, key=lambda u: u.node.start_byte)
    out: list[Implementation] = []
    for unit in units:
        last = out[-1] if out else None
        if last is not None and last.rule == unit.rule == rule and (
                _helper_of(ctx, last, unit) or _helper_of(ctx, unit, last)):
            last.end = unit.end if unit.end.end_byte > last.end.end_byte else last.end
            last.evidence.extend(unit.evidence)
        else:
            out.append(unit)
    return out


def _helper_of(ctx: FileContext, helper: Implementation, user: Implementation) -> bool:
    """`helper` is one top-level function, or a method of a class around `user` (a Java
    static helper beside the nested signer class), that `user`'s region calls."""
    if helper.node.id != helper.end.id or helper.node.type not in FUNCTION_KINDS or \
            not helper.name:
        return False
    cls = _class_of(helper.node)
    if cls is not None and not (cls.start_byte <= user.node.start_byte and
                                user.end.end_byte <= cls.end_byte):
        return False
    return _region_calls(ctx, user, helper.name)


def _stream_sources(ctx: FileContext, units: list[Implementation]) -> list[Implementation]:
    """A unit that is only the hashing behind a keystream (`__next__` of an iterator class,
    the `refill` of a pool) joins the function that XORs that stream with data and makes it
    (`ks = _Stream(key)`) or calls its methods: one keystream cipher, whose region spans the
    class or type and the function, when nothing else stands between."""
    sources = [u for u in units if u.evidence and all(
        e.what == xor.REFILLED for e in u.evidence)]
    for source in sources:
        holder = _class_of(source.node) or source.node
        holder_name = ctx.node_text(holder.child_by_field_name("name")) if \
            holder.type in _CLASS_KINDS else source.name
        names = {holder_name} | {function_name(ctx, m) for m in _class_methods(holder)} \
            if holder.type in _CLASS_KINDS else {holder_name}
        names -= {"", "__init__", "constructor", "__iter__"}
        users = [u for u in units if u is not source and any(
            e.what.startswith("the XOR of the data with a generator") for e in u.evidence)
            and any(_region_calls(ctx, u, n) for n in names)]
        if len(users) != 1:
            continue
        user = users[0]
        rest = [u for u in units if u is not source and u is not user]
        start = min(holder.start_byte, user.node.start_byte)
        end = max(holder.end_byte, user.end.end_byte)
        if any(start < o.end.end_byte and o.node.start_byte < end for o in rest):
            continue
        user.evidence.extend(source.evidence)
        if holder.start_byte < user.node.start_byte:
            user.node = holder
        if holder.end_byte > user.end.end_byte:
            user.end = holder
        units = [u for u in units if u is not source]
    return units


def _led_by_tables(ctx: FileContext, units: list[Implementation],
                   leading: list[Evidence]) -> list[Implementation]:
    """A table of shifted letters built ahead of time at the top of the module or class
    (`_ROT = _ABC[7:] + _ABC[:7]` then `_T = str.maketrans(_ABC, _ROT)`; a Java `static { }`
    block filling `SHIFTED[c]`; a Go `init`) and the function after it that translates a
    secret through it are one implementation: its region starts at the statement that builds
    the table, when no other definition stands between them."""
    if not leading or ctx.tree is None:
        return units
    for item in sorted(leading, key=lambda e: e.node.start_byte):
        top = _declaration(item.node)
        if top is None or top.parent is None or (
                _definition(top) and _definition_name(ctx, top) != "init"):
            continue
        siblings = top.parent.named_children
        index = {st.id: i for i, st in enumerate(siblings)}
        after: list[tuple[Implementation, Node]] = []
        for u in units:
            first_of = _declaration(u.node)
            if u.node.start_byte > top.end_byte and first_of is not None and \
                    first_of.id in index and any(e.kind in ("caesar", "vigenere")
                                                 for e in u.evidence):
                after.append((u, first_of))
        if not after:
            continue
        unit, first = min(after, key=lambda pair: pair[0].node.start_byte)
        if any(_definition(st) for st in siblings[index[top.id] + 1:index[first.id]]):
            continue
        unit.node = top
        unit.evidence.append(item)
    return units


def _declaration(node: Node) -> Node | None:
    """The statement of the module or of a class body that holds `node`."""
    cur: Node | None = node
    while cur is not None and cur.parent is not None:
        if cur.parent.type in ("module", "program", "source_file", "class_body") or (
                cur.parent.type == "block" and cur.parent.parent is not None and
                cur.parent.parent.type == "class_definition"):
            return cur
        cur = cur.parent
    return None

# Units whose evidence is a round (or the tables a round reads).
_ROUND_KINDS = frozenset({"arx", "feistel", "spn", "tables"})


def _drivers(ctx: FileContext, units: list[Implementation]) -> list[Implementation]:
    """A function beside the round function that calls it in a loop (`for i in range(10):
    quarter(s, 0, 4, 8, 12)`, `for r := 0; r < 8; r++ { a, b = round(a, b, k[r]) }`) drives
    the rounds: it is part of the cipher, and the loop a related location."""
    for unit in units:
        if unit.kind not in _ROUND_KINDS | _SHIFT_KINDS or \
                unit.node.type not in FUNCTION_KINDS or not unit.name or \
                unit.node.id != unit.end.id:
            continue
        for call in handmade.calls_of(ctx).get(unit.name, ()):
            if unit.node.start_byte <= call.start_byte < unit.end.end_byte or \
                    not in_loop(call):
                continue
            caller = _enclosing_named(ctx, call)
            if caller is None or not _beside(unit.node, caller):
                continue
            if _grow(ctx, unit, caller, units):
                unit.evidence.append(Evidence(call, unit.kind, "the round function called "
                                                               "in a loop (the rounds)"
                                              if unit.kind not in _SHIFT_KINDS else
                                              "the shift applied to each character in a loop"))
            break
    return units


# A letter shift written as a helper (`shiftRune(r, k)`): the loop that applies it to each
# character (with a repeating key: Vigenère) is the rest of the cipher.
_SHIFT_KINDS = frozenset({"caesar", "vigenere"})


def _key_holders(ctx: FileContext, units: list[Implementation]) -> list[Implementation]:
    """A modular exponentiation helper (`powMod(base, exp, mod)`) and the class or function
    right beside it that calls it with an exponent it holds (`powMod(g, this.mine, P)`, not a
    literal): the holder of the private exponent is the rest of the RSA or Diffie-Hellman, and
    the call a related location."""
    for unit in list(units):
        if unit not in units or unit.kind != "rsa" or unit.node.type not in FUNCTION_KINDS or \
                not unit.name or unit.node.id != unit.end.id:
            continue
        for call in handmade.calls_of(ctx).get(unit.name, ()):
            if unit.node.start_byte <= call.start_byte < unit.end.end_byte:
                continue
            args = call.child_by_field_name("arguments")
            values = args.named_children if args is not None else []
            if len(values) not in (2, 3) or values[1].type in _LITERALS:
                continue
            caller = _enclosing_named(ctx, call)
            holder = _class_of(caller) if caller is not None else None
            holder = holder or caller
            if holder is not None and holder.type in _CLASS_KINDS and \
                    holder.start_byte <= unit.node.start_byte < holder.end_byte:
                _party_class(ctx, unit, holder, units, call)
                break
            if holder is None or not _beside(unit.node, holder):
                continue
            if _grow(ctx, unit, holder, units):
                unit.evidence.append(Evidence(call, unit.kind, "the modular exponentiation "
                                                               "by a held exponent"))
            break
    return units


def _party_class(ctx: FileContext, unit: Implementation, cls: Node,
                 units: list[Implementation], call: Node) -> bool:
    """The exponentiation helper is a method of the class whose other methods raise by the
    exponent it holds (`publicValue()`/`agree(theirs)` calling `power(b, this.secret)`): the
    class is one party of a textbook RSA or Diffie-Hellman, and the drawing of its exponent (a
    weak generator in the constructor) is part of it. Only when every method of the class is
    the helper, a constructor, or calls the helper, and nothing but the exponent's drawing is
    reported inside it."""
    methods = _class_methods(cls)
    for method in methods:
        name = function_name(ctx, method)
        if method.id == unit.node.id or not name or name in (
                "__init__", "constructor", ctx.node_text(cls.child_by_field_name("name"))):
            continue
        if not _calls(ctx, method, unit.name):
            return False
    inner = [o for o in units if o is not unit and o.node.start_byte < cls.end_byte and
             cls.start_byte < o.end.end_byte]
    if any(o.kind not in ("weakrandom", "rsa") or o.node.start_byte < cls.start_byte or
           o.end.end_byte > cls.end_byte for o in inner):
        return False
    for o in inner:
        unit.evidence.extend(o.evidence)
        units.remove(o)
    unit.evidence.append(Evidence(call, unit.kind, "the modular exponentiation by a held "
                                                   "exponent"))
    # a generator raised to the held exponent (`power(G, this.secret, P)`, `power(BASE,
    # secret)`): the party of a Diffie-Hellman exchange, not an RSA key holder
    if any(set(words(first)) & {"g", "gen", "generator", "base"} for first in (
            re.split(r"[,)]", ctx.node_text(other).split("(", 1)[-1])[0].strip().rsplit(".", 1)[-1]
            for other in handmade.calls_of(ctx).get(unit.name, ())
            if cls.start_byte <= other.start_byte < cls.end_byte)):
        unit.evidence = [Evidence(e.node, e.kind, f"{_DH_WHAT} party: {e.what}")
                         if e.kind == "rsa" else e for e in unit.evidence]
    unit.node = unit.end = cls
    unit.name = ctx.node_text(cls.child_by_field_name("name")) or unit.name
    return True


_LITERALS = frozenset({"integer", "number", "int_literal", "decimal_integer_literal",
                       "hex_integer_literal", "string", "string_literal"})


def _beside(a: Node, b: Node) -> bool:
    """`b` is the definition right before or after `a` in the same module or class body
    (comments and declarations of constants aside)."""
    top_a, top_b = a, b
    while top_a.parent is not None and top_a.parent.type in ("export_statement",
                                                             "decorated_definition"):
        top_a = top_a.parent
    while top_b.parent is not None and top_b.parent.type in ("export_statement",
                                                             "decorated_definition"):
        top_b = top_b.parent
    if top_a.parent is None or top_b.parent is None or top_a.parent.id != top_b.parent.id:
        return False
    siblings = [s for s in top_a.parent.named_children if _definition(s)]
    at = {s.id: i for i, s in enumerate(siblings)}
    return top_a.id in at and top_b.id in at and abs(at[top_a.id] - at[top_b.id]) == 1


# Evidence that a declared constant can show by itself: published tables, an LCG's multiplier.
_CONSTANT_KINDS = frozenset({"tables", "prng"})
_CONSTRUCTIONS = frozenset({"composite_literal", "object_creation_expression", "new_expression",
                            "call"})


def _constructed_methods(ctx: FileContext, node: Node, fn: Node) -> list[Node]:
    """The methods of the file's type whose value `node` helps construct inside `fn`."""
    cur = node.parent
    while cur is not None and cur.id != fn.id:
        if cur.type in _CONSTRUCTIONS:
            kind = cur.child_by_field_name("type") or cur.child_by_field_name("constructor") \
                or cur.child_by_field_name("function")
            name = ctx.node_text(kind).rsplit(".", 1)[-1] if kind is not None else ""
            if name and name[0].isalpha() and (cur.type != "call" or name[0].isupper()):
                if ctx.language == "go":
                    container = _go_types(ctx).get(name)
                    if container is not None:
                        return [m for m in container.methods if m.id != fn.id]
                for cls in kind_nodes(ctx, _CLASS_KINDS):
                    if ctx.node_text(cls.child_by_field_name("name")) == name and not (
                            cls.start_byte <= fn.start_byte < cls.end_byte):
                        return _class_methods(cls)
        cur = cur.parent
    return []


def _keygen(e: Evidence) -> bool:
    return e.kind == "rsa" and e.what.startswith("RSA key generation")


def _local_callee(ctx: FileContext, call: Node, functions: list[Node]) -> Node | None:
    function = call.child_by_field_name("function") or call.child_by_field_name("name")
    name = ctx.node_text(function).rsplit(".", 1)[-1] if function is not None else ""
    return next((f for f in functions if name and function_name(ctx, f) == name and
                 not (f.start_byte <= call.start_byte < f.end_byte)), None)


def _mac_names(ctx: FileContext, units: list[Implementation]) -> list[Implementation]:
    """A MAC of top-level functions (a hash helper and the function that feeds it the secret
    joined to the message) is named for the function that signs."""
    for unit in units:
        if unit.kind != "mac" or unit.node.type not in FUNCTION_KINDS or \
                _class_of(unit.node) is not None:
            continue
        main = next(e for e in unit.evidence if e.kind == "mac")
        signer = _enclosing_named(ctx, main.node)
        if signer is not None and function_name(ctx, signer):
            unit.name = function_name(ctx, signer)
    return units


def _across_classes(ctx: FileContext, units: list[Implementation]) -> list[Implementation]:
    """Units in two top-level classes of the file are one implementation when one calls into
    the other's class (`FeistelNetwork.forward(...)`, `new Rounds(...)`): the class that
    whitens the block and the helper class that runs the rounds."""
    out: list[Implementation] = []
    for unit in sorted(units, key=lambda u: u.node.start_byte):
        last = out[-1] if out else None
        if last is not None and _class_of_top(last) is not None and \
                _class_of_top(unit) is not None and \
                _top(last.end).id != _top(unit.node).id and (
                    _uses_class(ctx, last, _top(unit.node)) or
                    _uses_class(ctx, unit, _top(last.end))):
            last.end = unit.end
            last.evidence.extend(unit.evidence)
        else:
            out.append(unit)
    return out


def _class_of_top(unit: Implementation) -> Node | None:
    top = _top(unit.node)
    return top if top.type in _CLASS_KINDS else None


def _uses_class(ctx: FileContext, unit: Implementation, cls: Node) -> bool:
    name = ctx.node_text(cls.child_by_field_name("name"))
    if not name:
        return False
    text = ctx.source[unit.node.start_byte:unit.end.end_byte].decode("utf-8", "replace")
    return re.search(rf"\b{re.escape(name)}\s*[.(]", text) is not None


def _contained(units: list[Implementation]) -> list[Implementation]:
    """A unit inside another's region is part of it: the Feistel rounds of a nested class
    (or an inner function) and the outer class whose `encryptId` calls them are one
    implementation, reported once over the outer region."""
    out: list[Implementation] = []
    for unit in sorted(units, key=lambda u: (u.node.start_byte, -u.end.end_byte)):
        outer = next((o for o in reversed(out) if o.node.start_byte <= unit.node.start_byte
                      and unit.end.end_byte <= o.end.end_byte), None)
        if outer is None:
            out.append(unit)
        else:
            outer.evidence.extend(unit.evidence)
    return out


# A class (or Go type) named for one primitive is one implementation: its key schedule, rounds,
# generator and encrypt/decrypt methods are parts of it (`TicketCipher`, `PinScrambler`), when
# they show one primitive (besides methods that merely compute an encryption by hand).
_PRIMITIVE_WORDS = frozenset({"cipher", "encryptor", "encrypter", "decryptor", "crypter",
                              "feistel", "keystream", "prng", "rng", "hasher", "signer", "mac",
                              "hmac", "scrambler", "obfuscator", "shroud", "masker", "sealer"})
_COLLECTION_WORDS = frozenset({"utils", "util", "helper", "helpers", "tools", "service",
                               "services", "manager", "factory", "registry"})


@dataclass
class _Container:
    """A class, or a Go type with its methods and constructors (top-level functions)."""

    name: str
    methods: list[Node]
    node: Node | None = None  # the class; None for a Go type


def _named_for_primitive(name: str) -> bool:
    w = {x.lower() for x in words(name)}
    return bool(w & _PRIMITIVE_WORDS) and not w & _COLLECTION_WORDS


def _containers(ctx: FileContext, units: list[Implementation]) -> tuple[
        dict[int | str, tuple[_Container, list[Implementation]]], list[Implementation]]:
    groups: dict[int | str, tuple[_Container, list[Implementation]]] = {}
    others: list[Implementation] = []
    go_types = _go_types(ctx) if ctx.language == "go" else {}
    for unit in units:
        key: int | str | None = None
        container: _Container | None = None
        if unit.kind == "weakrandom":  # a method that calls `random`, not a class's primitive
            others.append(unit)
            continue
        if unit.node.type in FUNCTION_KINDS:
            cls = _class_of(unit.node)
            if cls is not None:
                key = cls.id
                container = _Container(ctx.node_text(cls.child_by_field_name("name")),
                                       _class_methods(cls), cls)
            elif go_types:
                type_name = _go_type_of(ctx, unit.node, go_types)
                if type_name:
                    key, container = f"go:{type_name}", go_types[type_name]
        if key is None or container is None:
            others.append(unit)
        else:
            groups.setdefault(key, (container, []))[1].append(unit)
    return groups, others


def _by_class(ctx: FileContext, units: list[Implementation]) -> list[Implementation]:
    groups, others = _containers(ctx, units)
    for container, members in groups.values():
        kinds = {m.kind for m in members}
        related = len(members) >= 2 or _helper_calls(ctx, container.methods, members[0])
        # two keyed hashes of one class are two tags (a webhook check, a ticket), not one
        # primitive, unless they call one another or one helper, or are inverses
        if related and kinds != {"mac"} and (len(kinds) == 1 or (len(kinds - {"nolib"}) <= 1 and
                                            _named_for_primitive(container.name))):
            groups_here = _calling_groups(ctx, container, members)
            if len(groups_here) > 1 and kinds <= _TOY_KINDS and not _named_for_primitive(
                    container.name):
                # two toy ciphers of a utility class that share nothing (a shifted licence,
                # a scrambled address) are two implementations
                others.extend(_spanning(group) for group in groups_here)
                continue
            others.append(_class_region(ctx, container, members))
            continue
        # Methods of different kinds are one implementation when they call one another (an
        # `encrypt` that splits the block by hand and calls the Feistel `rounds` of the class),
        # share state (the key schedule writes the round keys the rounds read) or are inverses
        # (an `encrypt` and a `decrypt` whose rounds read differently).
        for group in _calling_groups(ctx, container, members):
            others.append(_class_region(ctx, container, group) if len(group) == len(members) > 1
                          else _spanning(group))
    return others


_TOY_KINDS = frozenset({"caesar", "vigenere", "transposition", "encoding"})


def _class_region(ctx: FileContext, container: _Container,
                  members: list[Implementation]) -> Implementation:
    """The class is the implementation when it is named for it or holds nothing else; a class
    of many duties (`ThermostatLink`: a cipher, a CRC, a simulation) is reported from the
    first to the last method that implements."""
    if _named_for_primitive(container.name) or _only_implementation(ctx, container, members):
        return _whole_class(ctx, container, members)
    return _spanning(members)


def _only_implementation(ctx: FileContext, container: _Container,
                         members: list[Implementation]) -> bool:
    """Every method of the class is a member, a constructor, or called by (or calling) one of
    those, transitively: nothing in the class lies outside the implementation."""
    def inside(method: Node) -> bool:
        return any(m.node.start_byte <= method.start_byte and method.end_byte <= m.end.end_byte
                   for m in members)

    names = {method.id: function_name(ctx, method) for method in container.methods}
    part = {method.id for method in container.methods if inside(method) or names[method.id] in (
        "__init__", "constructor", "init", "New", container.name)}
    grown = True
    while grown:
        grown = False
        for method in container.methods:
            if method.id in part or not names[method.id]:
                continue
            if any(other.id in part and (_calls(ctx, other, names[method.id]) or
                                         _calls(ctx, method, names[other.id]))
                   for other in container.methods):
                part.add(method.id)
                grown = True
    return all(method.id in part or not names[method.id] for method in container.methods)


def _one_generator(ctx: FileContext, units: list[Implementation]) -> list[Implementation]:
    """Methods of one class (or Go type) that make secrets from one weak generator field
    (`RANDOM.nextInt` in `issueSmsCode`, `RANDOM.nextBytes` in `newDeviceSecret`) are one
    misuse of it: one finding from the first to the last, named for the class."""
    go_types = _go_types(ctx) if ctx.language == "go" else {}
    groups: dict[tuple[int | str, str], list[Implementation]] = {}
    for unit in units:
        if unit.kind != "weakrandom" or unit.node.type not in FUNCTION_KINDS:
            continue
        cls = _class_of(unit.node)
        key: int | str | None = cls.id if cls is not None else None
        if key is None and go_types:
            name = _go_type_of(ctx, unit.node, go_types)
            key = f"go:{name}" if name else None
        calls = [e.node for e in unit.evidence if e.kind == "weakrandom"]
        receiver = ctx.node_text(calls[0]).split("(", 1)[0].rsplit(".", 2) if calls else []
        if key is None or len(receiver) < 2:
            continue
        groups.setdefault((key, receiver[-2]), []).append(unit)
    gone: set[int] = set()
    out: list[Implementation] = []
    functions = _functions(ctx)
    for members in groups.values():
        members.sort(key=lambda m: m.node.start_byte)
        lo, hi = members[0].node.start_byte, members[-1].end.end_byte
        inside = {m.node.id for m in members}
        if len(members) < 2 or any(
                lo < f.start_byte and f.end_byte < hi and f.id not in inside and
                not any(m.node.start_byte <= f.start_byte < m.end.end_byte for m in members)
                for f in functions):
            continue  # another method stands between: the region would cover it
        whole = _spanning(members)
        cls = _class_of(members[0].node)
        if cls is not None:
            whole.name = ctx.node_text(cls.child_by_field_name("name")) or whole.name
        elif ctx.language == "go":
            whole.name = _go_type_of(ctx, members[0].node, go_types) or whole.name
        gone.update(id(m) for m in members)
        out.append(whole)
    return [u for u in units if id(u) not in gone] + out


def _whole_class(ctx: FileContext, container: _Container,
                 members: list[Implementation]) -> Implementation:
    if container.node is None:  # a Go type: from its first to its last implementing method
        whole = _spanning(members)
        whole.name = container.name
        return whole
    whole = Implementation(container.node, container.node, container.name or members[0].name)
    for m in members:
        whole.evidence.extend(m.evidence)
    return whole


def _spanning(group: list[Implementation]) -> Implementation:
    """Methods of one class that call one another, as one unit from the first to the last."""
    if len(group) == 1:
        return group[0]
    group = sorted(group, key=lambda m: m.node.start_byte)
    merged = Implementation(group[0].node, max(group, key=lambda m: m.end.end_byte).end,
                            group[0].name)
    for m in group:
        merged.evidence.extend(m.evidence)
    return merged


def _calling_groups(ctx: FileContext, container: _Container,
                    members: list[Implementation]) -> list[list[Implementation]]:
    """`members` split into groups connected by calls (one calls the other by name, or both
    call the same method of the class: the round function), by state (one writes a field the
    other reads: the key schedule and the rounds) or by being an inverse pair (`encrypt`/
    `decrypt`, whose rounds are often written differently)."""
    methods = {function_name(ctx, m) for m in container.methods} - {""}
    callees = [{n for n in methods if n != m.name and _calls(ctx, m.node, n)} for m in members]
    # and one method further (`seal` calls `nextPad`, which calls `refill`): a pool of
    # keystream refilled behind a taker
    by_name = {function_name(ctx, m): m for m in container.methods}
    reach = [set(cs) | {n for c in cs for n in methods if n != c and c in by_name and
                       _calls(ctx, by_name[c], n)} for cs in callees]
    fields = _fields(ctx, container, members)
    texts = [ctx.source[m.node.start_byte:m.end.end_byte].decode("utf-8", "replace")
             for m in members]
    writes = [{f for f in fields if _writes(ctx, t, f)} for t in texts]
    # a method whose result the class keeps (`self.schedule = self.expand_key(key)` in the
    # constructor) writes that field: the key schedule and the rounds that read it are one
    whole = ctx.node_text(container.node) if container.node is not None else "\n".join(
        ctx.node_text(m) for m in container.methods)
    for i, m in enumerate(members):
        if m.name:
            writes[i].update(f for f in fields if re.search(
                rf"\b{re.escape(f)}\s*=(?!=)[^;\n]{{0,80}}\b{re.escape(m.name)}\s*\(", whole))
    uses = [{f for f in fields if _uses(ctx, t, f)} for t in texts]
    parent = list(range(len(members)))

    def root(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for i, a in enumerate(members):
        for j in range(i + 1, len(members)):
            b = members[j]
            if _calls(ctx, a.node, b.name) or _calls(ctx, b.node, a.name) or \
                    b.name in reach[i] or a.name in reach[j] or _inverse(a.name, b.name) or not callees[i].isdisjoint(callees[j]) or \
                    writes[i] & uses[j] or writes[j] & uses[i] or \
                    a.kind == b.kind in ("rsa", "padding") or (
                        a.kind == b.kind != "mac" and _key_fields(uses[i] & uses[j])):
                parent[root(j)] = root(i)
    groups: dict[int, list[Implementation]] = {}
    for i, member in enumerate(members):
        groups.setdefault(root(i), []).append(member)
    return list(groups.values())


def _key_fields(fields: set[str]) -> bool:
    """A field named for a key (`balanceKey`, `self._pad`, `secret`) that two methods of one
    kind both read: the two directions of one cipher (`balanceToken`/`pointsFromToken`)."""
    return any(set(words(f)) & KEY_WORDS for f in fields)


_SELF_FIELD = lazyre.compile(r"\b(?:self|this)\.#?([A-Za-z_]\w*)")
_UPDATE = r"\s*(?:\[[^\]\n]*\]\s*)*(?:[-+*/%^|&]|<<|>>>?)?=(?!=)"


def _fields(ctx: FileContext, container: _Container, members: list[Implementation]) -> set[str]:
    """The state of a class or Go type: its declared fields and the `self.x`/`this.x` its
    implementing methods touch."""
    out: set[str] = set()
    for m in members:
        out.update(_SELF_FIELD.findall(ctx.node_text(m.node)))
        if ctx.language in ("typescript", "tsx"):  # `constructor(private readonly key = K)`
            out.update(_PARAMETER_PROPERTY.findall(ctx.node_text(
                m.node.child_by_field_name("parameters") or m.node)))
    if container.node is not None:
        body = container.node.child_by_field_name("body")
        for child in body.named_children if body is not None else []:
            if child.type == "field_declaration":  # java
                out.update(ctx.node_text(d.child_by_field_name("name")) for d in
                           child.named_children if d.type == "variable_declarator")
            elif child.type in ("public_field_definition", "field_definition"):
                name = child.child_by_field_name("name") or child.child_by_field_name("property")
                out.add(ctx.node_text(name).lstrip("#"))
    else:
        out.update(_go_fields(ctx, container.name))
    return out - {""}


# A TypeScript parameter property: the constructor's parameter is a field it writes.
_PARAMETER_PROPERTY = lazyre.compile(r"\b(?:private|public|protected|readonly)\s{1,8}"
                                     r"(?:readonly\s{1,8})?([A-Za-z_]\w{0,60})")


def _writes(ctx: FileContext, text: str, name: str) -> bool:
    if ctx.language in ("typescript", "tsx") and name in _PARAMETER_PROPERTY.findall(text):
        return True
    prefix = {"java": r"(?:\bthis\.|(?<![\w.]))", "go": r"\."}.get(
        ctx.language, r"\b(?:self|this)\.#?")
    return re.search(prefix + re.escape(name) + r"\b" + _UPDATE, text) is not None


def _uses(ctx: FileContext, text: str, name: str) -> bool:
    prefix = {"java": r"\b", "go": r"\."}.get(ctx.language, r"\b(?:self|this)\.#?")
    return re.search(prefix + re.escape(name) + r"\b", text) is not None


def _go_types(ctx: FileContext) -> dict[str, _Container]:
    """The Go types of the file that have methods, each with its methods and constructors
    (functions returning the type)."""
    found: dict[str, _Container] | None = ctx.cache.get("crypto.go_types")
    if found is not None:
        return found
    found = {}
    statements = ctx.tree.root_node.named_children if ctx.tree is not None else []
    for node in statements:
        if node.type == "method_declaration":
            name = _go_receiver(ctx, node)
            if name:
                found.setdefault(name, _Container(name, [])).methods.append(node)
    for node in statements:
        if node.type == "function_declaration":
            result = _go_result(ctx, node)
            if result in found:
                found[result].methods.append(node)
    ctx.cache["crypto.go_types"] = found
    return found


def _go_receiver(ctx: FileContext, method: Node) -> str:
    receiver = method.child_by_field_name("receiver")
    for param in receiver.named_children if receiver is not None else []:
        kind = param.child_by_field_name("type")
        if kind is not None:
            return re.sub(r"\[.*", "", ctx.node_text(kind).lstrip("*")).strip()
    return ""


def _go_result(ctx: FileContext, fn: Node) -> str:
    result = fn.child_by_field_name("result")
    if result is None:
        return ""
    text = ctx.node_text(result).strip("()").split(",")[0].strip()
    return text.split()[-1].lstrip("*") if text else ""


def _go_type_of(ctx: FileContext, fn: Node, types: dict[str, _Container]) -> str:
    if fn.type == "method_declaration":
        name = _go_receiver(ctx, fn)
        return name if name in types else ""
    result = _go_result(ctx, fn) if fn.type == "function_declaration" else ""
    return result if result in types else ""


def _go_fields(ctx: FileContext, type_name: str) -> set[str]:
    out: set[str] = set()
    if ctx.tree is None:
        return out
    for node in ctx.tree.root_node.named_children:
        if node.type != "type_declaration":
            continue
        for spec in node.named_children:
            if spec.type == "type_spec" and ctx.node_text(
                    spec.child_by_field_name("name")) == type_name:
                out.update(ctx.node_text(n) for n in walk(spec) if n.type == "field_identifier")
    return out


def _helper_calls(ctx: FileContext, methods: list[Node], unit: Implementation) -> bool:
    """The unit's method is a private helper that another method of the class calls (`_next`
    of a generator), or the unit calls a private helper of the class (a round function)."""
    for n in methods:
        if n.id == unit.node.id:
            continue
        if (_private(ctx, unit.node) and _calls(ctx, n, unit.name)) or (
                _private(ctx, n) and _calls(ctx, unit.node, function_name(ctx, n))):
            return True
    return False


def _private(ctx: FileContext, method: Node) -> bool:
    name = function_name(ctx, method)
    if name.startswith(("_", "#")) and not name.startswith("__"):
        return True
    modifiers = [c for c in method.children if c.type in ("modifiers", "accessibility_modifier")]
    return any("private" in ctx.node_text(m) for m in modifiers)


def _class_methods(cls: Node) -> list[Node]:
    body = cls.child_by_field_name("body")
    out = []
    for child in body.named_children if body is not None else []:
        if child.type == "decorated_definition":
            child = child.child_by_field_name("definition") or child
        if child.type in FUNCTION_KINDS:
            out.append(child)
    return out


def _adjacent(ctx: FileContext, units: list[Implementation]) -> list[Implementation]:
    """Merge top-level implementations that call one another, are inverse pairs or are
    composed by one caller (`encryptBlock(id, expandKey(key))`: the key schedule and the
    rounds), when only helpers of theirs (or no definitions at all) stand between them."""
    units.sort(key=lambda u: u.node.start_byte)
    if len(units) < 2 or ctx.tree is None:
        return units
    statements = ctx.tree.root_node.named_children
    index = {s.id: i for i, s in enumerate(statements)}
    out: list[Implementation] = [units[0]]
    for unit in units[1:]:
        last = out[-1]
        a, b = _top(last.end), _top(unit.node)
        if a.id not in index or b.id not in index or _class_of(unit.node) is not None \
                or (_class_of(last.end) is not None and last.node.type not in _CLASS_KINDS):
            out.append(unit)
            continue
        names = [last.name, unit.name]
        calls = _region_calls(ctx, unit, last.name) or _region_calls(ctx, last, unit.name)
        between = statements[index[a.id] + 1:index[b.id]]
        if not calls:
            # through a helper between them: `SealMemo` calls `p.take()`, and `take` calls
            # `p.refill()`, the method that hashes the keystream
            calls = any(_definition(st) and _definition_name(ctx, st) and (
                (_calls(ctx, st, last.name) and _region_calls(
                    ctx, unit, _definition_name(ctx, st))) or
                (_calls(ctx, st, unit.name) and _region_calls(
                    ctx, last, _definition_name(ctx, st)))) for st in between)
        # an inverse pair is one cipher even when its directions read differently (the
        # S-box rounds of `encrypt_ref`, the XORs of `decrypt_ref`) if they share helpers
        pair = _inverse(last.name, unit.name) and (
            last.rule == unit.rule or _shared_helper(ctx, last, unit))
        clear = all(not _definition(s) or any(_calls(ctx, s, n) or _calls(
            ctx, m, _definition_name(ctx, s)) for n in names for m in (last.end, unit.node))
            for s in between)
        # a padding written out for the hand-made cipher or RSA it feeds is part of it
        composed = not calls and not pair and (_common_caller(ctx, last, unit) or (
            (last.rule == unit.rule or "padding" in (last.kind, unit.kind)) and
            _nested_calls(ctx, last, unit)))
        # textbook RSA's operations (key generation, encrypt, decrypt, sign) side by side
        # are one scheme, whatever they are called; so are a pad and its unpad
        shared = not (calls or pair or composed) and last.rule == unit.rule and (
            last.kind == unit.kind in ("rsa", "padding") or _shared_helper(ctx, last, unit) or
            _shared_key_type(ctx, last, unit) or (
                last.kind == unit.kind != "mac" and _shared_key_name(ctx, last, unit)) or (
                last.kind == unit.kind == "mac" and _signer_and_verifier(ctx, last, unit)))
        if (calls or pair or composed or shared) and clear and \
                last.node.type not in _CLASS_KINDS:
            last.end = unit.end
            last.evidence.extend(unit.evidence)
        else:
            out.append(unit)
    return out


def _region_calls(ctx: FileContext, unit: Implementation, name: str) -> bool:
    """A function of the unit's region calls `name` (the RSA operation that pads its block)."""
    return _calls(ctx, unit.node, name) or _calls(ctx, unit.end, name) or any(
        _calls(ctx, fn, name) for fn in _unit_functions(ctx, unit))


def _unit_functions(ctx: FileContext, unit: Implementation) -> list[Node]:
    return [f for f in _functions(ctx) if unit.node.start_byte <= f.start_byte
            and f.end_byte <= unit.end.end_byte]


def _shared_helper(ctx: FileContext, a: Implementation, b: Implementation) -> bool:
    """Both call one helper of the file that computes by hand (`powMod` of `sealForHub` and
    `openAtHub`): two operations of one implementation."""
    own = {function_name(ctx, f) for u in (a, b) for f in _unit_functions(ctx, u)}
    for fn in _functions(ctx):
        name = function_name(ctx, fn)
        if not name or name in own or not _hand_work(ctx, fn):
            continue
        if _calls(ctx, a.node, name) and _calls(ctx, b.node, name):
            return True
    return False


_COMPARES = lazyre.compile(r"[!=]==?(?!=)|\.equals\(|\bEqual\(|\bcompare\w*\(")


def _signer_and_verifier(ctx: FileContext, a: Implementation, b: Implementation) -> bool:
    """Two MACs over one key of the module, one making the tag and the other recomputing and
    comparing it (`ticket_qr` / `ticket_from_qr`): the two halves of one MAC."""
    def compares(unit: Implementation) -> bool:
        return any(_COMPARES.search(ctx.node_text(f)) for f in _unit_functions(ctx, unit))

    return compares(a) != compares(b) and _shared_key_name(ctx, a, b)


def _shared_key_name(ctx: FileContext, a: Implementation, b: Implementation) -> bool:
    """Both read one key of the module (`BALANCE_KEY`, `_PAD`), not a parameter of theirs:
    the two directions of one cipher (`mask_balance` / `balance_from_mask`)."""

    def keys(unit: Implementation) -> set[str]:
        text = ctx.source[unit.node.start_byte:unit.end.end_byte].decode("utf-8", "replace")
        params = {p for f in _unit_functions(ctx, unit) for p in parameter_names(ctx, f)}
        return {n for n in set(re.findall(r"\b[A-Za-z_]\w*\b", text))
                if set(words(n)) & KEY_WORDS and n not in params}

    return bool(keys(a) & keys(b))


_TYPE_NODES = frozenset({"type_identifier", "type"})


def _shared_key_type(ctx: FileContext, a: Implementation, b: Implementation) -> bool:
    """Both take a parameter of one type declared in this file (`keys: TenantKeys`, `hub:
    HubKey`): operations on one key structure (textbook RSA's encrypt, decrypt, sign)."""
    declared = _declared_types(ctx)
    if not declared:
        return False

    def types(unit: Implementation) -> set[str]:
        out: set[str] = set()
        for fn in _unit_functions(ctx, unit):
            params = fn.child_by_field_name("parameters")
            for n in walk(params) if params is not None else ():
                if n.type in _TYPE_NODES:
                    out.update(t for t in re.findall(r"[A-Za-z_]\w*", ctx.node_text(n))
                               if t in declared)
        return out

    return bool(types(a) & types(b))


def _declared_types(ctx: FileContext) -> set[str]:
    found: set[str] | None = ctx.cache.get("crypto.declared_types")
    if found is None:
        found = set()
        for n in ctx.walk():
            if n.type in ("class_definition", "class_declaration", "interface_declaration",
                          "type_alias_declaration", "type_spec", "record_declaration"):
                name = ctx.node_text(n.child_by_field_name("name"))
                if name:
                    found.add(name)
        ctx.cache["crypto.declared_types"] = found
    return found


def _crypto_entry(ctx: FileContext, fn: Node) -> bool:
    """A function named for the operation (`EncryptID`, `sign_request`, `derive_key`), not
    a `main` or a request handler that happens to call two parts."""
    return bool(profile(ctx, fn).verb)


def _nested_calls(ctx: FileContext, a: Implementation, b: Implementation) -> bool:
    """One's result is passed straight to the other (`speckRounds(x, y, expandKey(key))`):
    the key schedule and the rounds of one cipher, wherever the call is."""
    names_a = {a.name, function_name(ctx, a.end)} - {""}
    names_b = {b.name, function_name(ctx, b.end)} - {""}
    calls = handmade.calls_of(ctx)
    for outer, inner in ((names_a, names_b), (names_b, names_a)):
        for name in outer:
            for call in calls.get(name, ()):
                args = call.child_by_field_name("arguments")
                if args is not None and any(_calls(ctx, args, n) for n in inner):
                    return True
                # through a local: `block = pad(msg)` then `modPow(toInt(block), d, n)`
                caller = _enclosing_named(ctx, call)
                if args is None or caller is None:
                    continue
                held = {v for n in inner for v in re.findall(
                    rf"\b([A-Za-z_]\w*)\s*:?=(?!=)[^;\n]{{0,120}}\b{re.escape(n)}\s*\(",
                    ctx.node_text(caller))}
                if held & set(re.findall(r"[A-Za-z_]\w*", ctx.node_text(args))):
                    return True
    return False


def _common_caller(ctx: FileContext, a: Implementation, b: Implementation) -> bool:
    names_a = {a.name, function_name(ctx, a.end)} - {""}
    names_b = {b.name, function_name(ctx, b.end)} - {""}
    for fn in _functions(ctx):
        if not _crypto_entry(ctx, fn):
            continue
        inside = any(u.node.start_byte <= fn.start_byte and fn.end_byte <= u.end.end_byte
                     for u in (a, b))
        if not inside and any(_calls(ctx, fn, n) for n in names_a) and any(
                _calls(ctx, fn, n) for n in names_b):
            return True
    return False


# Kinds whose output is a digest or a stream of bytes: a caller that XORs it with data makes a
# keystream cipher of it; a signing caller that feeds it the secret and the message, a MAC.
_STREAMS = frozenset({"prng", "arx", "tables", "hash", "kdf"})
_DIGESTS = frozenset({"hash", "arx", "tables"})
_HAND_OPERATORS = frozenset({"^", "<<", ">>", ">>>", "%", "*"})


def _absorb(ctx: FileContext, units: list[Implementation]) -> list[Implementation]:
    """The functions around an implementation that belong to it:

    - a caller that XORs the output of a generator or hash of the implementation with data
      (the keystream method of a PRNG class), or that signs by feeding its hash the secret
      joined to the message (a MAC on a hand-written hash): evidence of the implementation;
    - a helper that only the implementation calls and that computes by hand (`rotl`, the
      keystream generator of `encrypt`/`decrypt`).

    The region grows over them when no other implementation stands between; not upwards over
    a one-line helper (`rotl` above the rounds stays a related location)."""
    if not units or ctx.tree is None:
        return units
    functions = [f for f in _functions(ctx) if f.type in FUNCTION_KINDS]
    names = [{function_name(ctx, f) for f in functions
              if u.node.start_byte <= f.start_byte and f.end_byte <= u.end.end_byte} - {""}
             for u in units]
    calls = handmade.calls_of(ctx)
    spans = [(u.node.start_byte, u.end.end_byte) for u in units]  # before any grows

    def inside(node: Node) -> bool:
        return any(a <= node.start_byte and node.end_byte <= b for a, b in spans)

    gone: set[int] = set()
    for unit, own in zip(units, names, strict=True):
        if id(unit) in gone:
            continue
        for name in sorted(own):
            for call in calls.get(name, ()):
                caller = _enclosing_named(ctx, call)
                if caller is None or function_name(ctx, caller) == name:
                    continue
                found = _use_of_output(ctx, unit, call, caller, name)
                if found is None:
                    continue
                unit.evidence.append(found)
                # the caller XORing the stream may be reported on its own (the keystream
                # XOR): it is this implementation's stream cipher
                consumer = next((o for o in units if o is not unit and id(o) not in gone and
                                 o.node.start_byte <= caller.start_byte and
                                 caller.end_byte <= o.end.end_byte and
                                 {e.kind for e in o.evidence} <= {"xor", "nolib"} | (
                                     {"mac"} if found.kind == "mac" else set())), None)
                if consumer is not None:
                    gone.add(id(consumer))
                    unit.evidence.extend(consumer.evidence)
                alone = unit.node.type in FUNCTION_KINDS and _class_of(unit.node) is None
                live = [u for u in units if id(u) not in gone]
                grown = _grow(ctx, unit, caller, live)
                if grown and alone and (found.kind == "mac" or (
                        consumer is not None and _crypto_entry(ctx, caller))):
                    # the MAC is the signing function; the cipher, its encrypt entry point
                    unit.name = function_name(ctx, caller)
    units = [u for u in units if id(u) not in gone]
    for fn in functions:  # the entry point that composes the parts (`EncryptID`)
        if not _crypto_entry(ctx, fn) or inside(fn):
            continue
        used = [sum(1 for n in own if _calls(ctx, fn, n)) for own in names]
        if sum(1 for n in used if n) == 1 and max(used) >= 2:
            unit = units[next(i for i, n in enumerate(used) if n)]
            alone = unit.node.type in FUNCTION_KINDS and _class_of(unit.node) is None
            if _grow(ctx, unit, fn, units) and alone and _class_of(fn) is None:
                unit.name = function_name(ctx, fn)
    for fn in functions:  # the round driver: calls the round function again and again
        if inside(fn) or _class_of(fn) is not None:
            continue
        for unit in units:
            if unit.kind not in ("arx", "feistel", "tables") or unit.node.type not in \
                    FUNCTION_KINDS or _class_of(unit.node) is not None:
                continue
            own = {function_name(ctx, f) for f in functions if unit.node.start_byte <=
                   f.start_byte and f.end_byte <= unit.end.end_byte} - {""}
            text = ctx.node_text(fn)
            count = sum(len(re.findall(rf"\b{re.escape(n)}\s*\(", text)) for n in own)
            used_by_other = any(o is not unit and o.node.start_byte <= c.start_byte and
                                c.end_byte <= o.end.end_byte for o in units
                                for c in calls.get(function_name(ctx, fn), ()))
            if count >= 4 and not used_by_other and _nothing_between(ctx, unit, fn, own):
                unit.evidence.append(Evidence(fn.child_by_field_name("name") or fn, unit.kind,
                                              f"`{function_name(ctx, fn)}` running its rounds"))
                _grow(ctx, unit, fn, units)
                break
    for fn in functions:
        name = function_name(ctx, fn)
        sites = [c for c in calls.get(name, ()) if not (fn.start_byte <= c.start_byte
                                                          and c.end_byte <= fn.end_byte)]
        hashing_only = not _hand_work(ctx, fn) and _generating(ctx, fn) == "hash"
        if not sites or inside(fn) or not (_hand_work(ctx, fn) or _generating(ctx, fn)):
            continue
        owners = {id(u) for c in sites for u in units
                  if u.node.start_byte <= c.start_byte and c.end_byte <= u.end.end_byte}
        if len(owners) == 1 and all(any(
                u.node.start_byte <= c.start_byte and c.end_byte <= u.end.end_byte
                for u in units) for c in sites):
            unit = next(u for u in units if id(u) in owners)
            unit.evidence.append(Evidence(fn.child_by_field_name("name") or fn, unit.kind,
                                          f"`{name}`, a helper only this implementation calls"))
            # not upwards over a helper that only hashes a counter (a related location), nor
            # over functions between that have nothing to do with the implementation
            region = ctx.source[unit.node.start_byte:unit.end.end_byte].decode(
                "utf-8", "replace")
            unit_names = {function_name(ctx, f) for f in functions if unit.node.start_byte <=
                          f.start_byte and f.end_byte <= unit.end.end_byte} | {unit.name, name}
            # the other helpers the implementation calls are part of it too (`_f`)
            unit_names |= {function_name(ctx, f) for f in functions if function_name(
                ctx, f) and _calls_text(region, function_name(ctx, f))}
            # (upwards over the step a MAC's loop folds each element with: the hash itself)
            stepped = unit.kind == "mac" and any(_fold_step(ctx, c) for c in sites)
            # (a reduction folding each element is the loop written as a call)
            if (fn.start_byte > unit.end.end_byte or stepped or (not hashing_only and (any(
                    n.type in LOOP_KINDS for n in walk(fn)) or keyed_hash.fold_reduce(
                        ctx, fn) is not None))) and _nothing_between(
                        ctx, unit, fn, unit_names - {""}):
                _grow(ctx, unit, fn, units)
    for unit in units:  # the entry points of a toy cipher: `protectName` calling `affine`
        if unit.kind not in ("caesar", "vigenere") or unit.node.type not in FUNCTION_KINDS:
            continue
        for call in calls.get(unit.name, ()) if unit.name else ():
            caller = _enclosing_named(ctx, call)
            if caller is None or inside(caller) or not set(words(function_name(
                    ctx, caller))) & _WRAPPING_VERBS:
                continue
            if _nothing_between(ctx, unit, caller, {unit.name, function_name(ctx, caller)}):
                _grow(ctx, unit, caller, units)
    return units


# Entry points named for what a cipher does (`protectName`, `sealNote`, `revealName`).
_WRAPPING_VERBS = frozenset({"protect", "unprotect", "reveal", "seal", "unseal", "open",
                             "encrypt", "decrypt", "encipher", "decipher", "scramble",
                             "unscramble", "obscure", "conceal", "hide", "unhide", "mask",
                             "unmask", "obfuscate", "deobfuscate"})
_GENERATED = frozenset({"prng", "weakrandom"})
_REFERENCES = frozenset({"identifier", "property_identifier", "field_identifier",
                         "type_identifier"})


def _to_sinks(ctx: FileContext, units: list[Implementation]) -> list[Implementation]:
    """A generator of secret values (a PRNG class, a helper that calls `random.choice`) and
    the functions named for a key, token or IV that take their value from it are one
    implementation: each such use (the sink) is evidence, and the region grows over the
    using functions when nothing else stands between. A method of a generator class is
    reported as its class."""
    for unit in units:
        if unit.kind not in _GENERATED:
            continue
        if unit.kind == "prng" and unit.node.type in FUNCTION_KINDS and \
                unit.node.id == unit.end.id:
            cls = _class_of(unit.node)
            if cls is not None and not any(
                    o is not unit and cls.start_byte <= o.node.start_byte < cls.end_byte
                    for o in units):
                unit.node = unit.end = cls
                unit.name = ctx.node_text(cls.child_by_field_name("name")) or unit.name
        names = {unit.name} | {function_name(ctx, f) for f in _functions(ctx)
                               if unit.node.start_byte <= f.start_byte
                               and f.end_byte <= unit.end.end_byte}
        names -= {""}
        for name in list(names):
            names |= prng.aliases(ctx, name)
        span = (unit.node.start_byte, unit.end.end_byte)
        seen: set[int] = {e.node.start_point[0] for e in unit.evidence}
        for user_name, user in prng.security_users(ctx):
            if span[0] <= user.start_byte < span[1]:
                continue
            ref = next((n for n in walk(user) if n.type in _REFERENCES
                        and ctx.node_text(n) in names), None)
            if ref is None or ref.start_point[0] in seen:
                continue
            seen.add(ref.start_point[0])
            unit.evidence.append(Evidence(ref, unit.kind, f"its value used as `{user_name}`"))
            fn = user if user.type in FUNCTION_KINDS else _enclosing_named(ctx, user)
            if fn is not None and _nothing_between(ctx, unit, fn, names):
                _grow(ctx, unit, fn, units)
    return units


def _nothing_between(ctx: FileContext, unit: Implementation, fn: Node, names: set[str]) -> bool:
    """Between the unit and `fn` stand no definitions that do not use the unit."""
    if ctx.tree is None:
        return False
    lo, hi = sorted(((unit.node.start_byte, unit.end.end_byte), (fn.start_byte, fn.end_byte)))
    parent = fn.parent  # the class body of two methods, else the module
    if parent is None or not (parent.start_byte <= unit.node.start_byte and
                              unit.end.end_byte <= parent.end_byte):
        parent = _top(fn).parent
    for statement in parent.named_children if parent is not None else []:
        if not (lo[1] <= statement.start_byte and statement.end_byte <= hi[0]):
            continue
        if _definition(statement) and not any(
                n.type in _REFERENCES and ctx.node_text(n) in names for n in walk(statement)):
            return False
    return True


def _enclosing_named(ctx: FileContext, node: Node) -> Node | None:
    cur = node.parent
    while cur is not None:
        if cur.type in FUNCTION_KINDS and _named(ctx, cur):
            return cur
        cur = cur.parent
    return None


def _use_of_output(ctx: FileContext, unit: Implementation, call: Node, caller: Node,
                   name: str) -> Evidence | None:
    kinds = {e.kind for e in unit.evidence}
    if kinds & _DIGESTS and not kinds & {"mac"} and handmade.signing_function(ctx, caller) \
            and handmade.concatenates_secret(ctx, call):
        return Evidence(call, "mac", f"`{name}` over the secret joined to the message (a MAC)")
    if kinds & _STREAMS and not kinds & {"xor"} and _xored(ctx, call, caller):
        return Evidence(call, "xor", f"the output of `{name}` XORed with the data")
    return None


_WRAPPERS = frozenset({"parenthesized_expression", "cast_expression",
                       "type_conversion_expression", "as_expression"})
_CONVERSIONS = frozenset({"byte", "uint8", "uint16", "uint32", "uint64", "int", "int8",
                          "int16", "int32", "int64", "rune", "uint", "Number", "BigInt"})


def _xored(ctx: FileContext, call: Node, caller: Node) -> bool:
    """The call's result is an operand of `^` (through parentheses and casts), or is stored
    in a local that a `^` reads (`ks = keystream(...)`, `data[i] ^ ks[i]`)."""
    node = call
    while node.parent is not None and node.parent.id != caller.id:
        parent = node.parent
        if parent.type in _WRAPPERS:
            node = parent
        elif parent.type == "argument_list" and parent.parent is not None and \
                parent.parent.type in ("call_expression", "call") and len(
                    parent.named_children) == 1 and ctx.node_text(
                    parent.parent.child_by_field_name("function")) in _CONVERSIONS:
            node = parent.parent  # Go `byte(r.Uint32())`, Python `int(...)`
        else:
            break
    up = node.parent
    if up is not None and up.type in BINARY_KINDS | AUGMENTED_KINDS and \
            operator(ctx, up).rstrip("=") == "^":
        return True
    holder = up if up is not None and up.type in (
        "assignment", "variable_declarator", "short_var_declaration", "expression_list") \
        else None
    if holder is not None and holder.type == "expression_list":
        holder = holder.parent
    if holder is None:
        return False
    target = holder.child_by_field_name("left") or holder.child_by_field_name("name")
    local = ctx.node_text(target).strip()
    if not local.isidentifier():
        return False
    text = ctx.node_text(caller)
    return re.search(rf"\^=?\s*\(?{re.escape(local)}\b|\b{re.escape(local)}\b(?:\[[^\]]*\])?"
                     rf"\)?\s*\^", text) is not None


def _hand_work(ctx: FileContext, fn: Node) -> bool:
    body = fn.child_by_field_name("body")
    if body is None:
        return False
    ops = {operator(ctx, n).rstrip("=") if n.type in AUGMENTED_KINDS else operator(ctx, n)
           for n in walk(body) if n.type in BINARY_KINDS | AUGMENTED_KINDS}
    # or a loop folding its input into an accumulator (`acc = c + (acc << 6) + (acc << 16) -
    # acc`: sdbm), a hand-written hash
    # or the step of such a fold on its own (`return (c + (h << 6) + (h << 16) - h) & M`)
    return "^" in ops or len(ops & _HAND_OPERATORS) >= 2 or (
        bool(ops & _HAND_OPERATORS) and keyed_hash.fold_loop(ctx, body) is not None) or (
        {"+", "<<"} <= ops and bool(ops & {"&", "%"}))


def _fold_step(ctx: FileContext, call: Node) -> bool:
    """`h = _fold(h, ch)` in a loop: the call is the step that folds each element into the
    accumulator (the hash itself), not a helper used inside the step (`rotl`)."""
    holder = call.parent
    if enclosing(call, LOOP_KINDS) is None or holder is None or holder.type not in (
            "assignment", "assignment_expression", "assignment_statement"):
        return False
    target = ctx.node_text(holder.child_by_field_name("left")).strip()
    args = call.child_by_field_name("arguments")
    return bool(target) and args is not None and any(
        ctx.node_text(a).strip() == target for a in args.named_children)


_BYTE_MASKS = lazyre.compile(r"&\s*(?:255|0x[fF]{2}|0xFF)\b|%\s*256\b")


def _generating(ctx: FileContext, fn: Node) -> str:
    """A loop that makes bytes by hand ("bytes": RC4's `ksa`/`prga` with `& 255`) or by hashing
    ("hash": a hash run over a counter): the keystream helper of a cipher, not a checksum or
    a reader ("")."""
    if set(words(function_name(ctx, fn))) & NON_CRYPTO_WORDS or \
            not any(n.type in LOOP_KINDS for n in walk(fn)):
        return ""
    text = ctx.node_text(fn)
    if _BYTE_MASKS.search(text) is not None:
        return "bytes"
    return "hash" if re.search(r"\b(?:sha\w*|md5|createHash|digest|Sum\d*|MessageDigest)\b",
                               text) is not None else ""


def _grow(ctx: FileContext, unit: Implementation, fn: Node,
          units: list[Implementation]) -> bool:
    """Let the unit's region cover `fn`, unless another implementation stands between. Two
    methods of one class are named after the class."""
    start = min(unit.node.start_byte, fn.start_byte)
    end = max(unit.end.end_byte, fn.end_byte)
    if any(o is not unit and start < o.end.end_byte and o.node.start_byte < end for o in units):
        return False
    if unit.node.type in FUNCTION_KINDS:
        cls = _class_of(unit.node)
        if cls is not None and cls == _class_of(fn):
            unit.name = ctx.node_text(cls.child_by_field_name("name")) or unit.name
    if fn.start_byte < unit.node.start_byte:
        unit.node = fn
    if fn.end_byte > unit.end.end_byte:
        unit.end = fn
    return True


def _definition(statement: Node) -> bool:
    node = statement
    if node.type in ("export_statement", "decorated_definition") and node.named_children:
        node = node.named_children[-1]
    return node.type in FUNCTION_KINDS or node.type in _CLASS_KINDS or node.type in (
        "method_declaration", "function_declaration")


def _definition_name(ctx: FileContext, statement: Node) -> str:
    node = statement
    if node.type in ("export_statement", "decorated_definition") and node.named_children:
        node = node.named_children[-1]
    return ctx.node_text(node.child_by_field_name("name"))


def _line(ctx: FileContext, node: Node) -> int:
    return node.start_point[0] + 1


def _message(ctx: FileContext, impl: Implementation) -> str:
    kind = impl.kind
    # the XOR of the data rather than the hashing behind the stream, when both are there
    main = next((e for e in impl.evidence if e.kind == kind and e.what != xor.REFILLED),
                next(e for e in impl.evidence if e.kind == kind))
    others = sorted({KINDS[e.kind][1] if e.kind != "tables" else e.what
                     for e in impl.evidence if e.kind != kind})
    hashing = kind in ("tables", "arx") and (
        any(re.search(r"SHA|MD5", e.what) for e in impl.evidence if e.kind == "tables")
        or bool(set(words(impl.name)) & {"hash", "sha", "md5", "digest", "compress"}))
    also = f"; also {', '.join(others)}" if others else ""
    name = f"`{impl.name}`" if impl.name else "This code"
    if kind == "weakrandom":
        return (f"{name} makes a secret value with a generator that is not cryptographically "
                f"secure ({main.what}, line {_line(ctx, main.node)}{also}); use "
                f"{advice(kind, ctx.language)} instead.")
    if kind == "rsa" and (all(e.what.startswith(_DH_WHAT) for e in impl.evidence
                              if e.kind == "rsa") or _one_exponent_two_bases(ctx, impl)):
        return (f"{name} is a hand-rolled textbook Diffie-Hellman key agreement (a hand-picked "
                f"group, no library) ({main.what}, line {_line(ctx, main.node)}{also}); use "
                f"{advice('dh', ctx.language)} instead.")
    title = KINDS[kind][1]
    if kind == "caesar" and "Atbash" in main.what:
        title = "Atbash substitution over a secret"
    elif kind == "caesar" and "substitution" in main.what:
        title = "monoalphabetic substitution (a keyed alphabet) over a secret"
    return (f"{name} is a hand-rolled {title} ({main.what}, line "
            f"{_line(ctx, main.node)}{also}); use "
            f"{advice(kind, ctx.language, hashing)} instead.")


_DH_WHAT = "a textbook Diffie-Hellman"

# Modular exponentiations by name: `pow(b, e, m)`, `modpow(b, e, m)`, Go `.Exp(b, e, m)`,
# Java `b.modPow(e, m)`; and any function defined inside the implementation (its own helper).
_MODEXP_NAMES = frozenset({"pow", "powmod", "powMod", "modpow", "modPow", "modExp", "expMod",
                           "mod_exp", "modexp", "Exp", "power", "modular_pow"})


def _one_exponent_two_bases(ctx: FileContext, impl: Implementation) -> bool:
    """The implementation raises two different bases to one exponent modulo one number (`g^x
    mod p` to publish, `peer^x mod p` to agree): a Diffie-Hellman party's private exponent.
    RSA raises to two exponents (e and d) modulo its n instead."""
    start, end = impl.node.start_byte, impl.end.end_byte
    inside: list[Node] = []
    pending = [ctx.tree.root_node] if ctx.tree is not None else []
    while pending:  # the nodes of the region, descending only into those that overlap it
        node = pending.pop()
        if node.end_byte <= start or node.start_byte >= end:
            continue
        if node.start_byte >= start:
            inside.append(node)
        pending.extend(node.children)
    own = {function_name(ctx, n) for n in inside if n.type in FUNCTION_KINDS} - {""}
    by_modulus: dict[str, dict[str, set[str]]] = {}

    def plain(node: Node | None) -> str:
        # what the value is called, whoever holds it (`this.mine`, `own.secret`,
        # `big.NewInt(l.secret)`: mine, secret)
        names = re.findall(r"[A-Za-z_]\w*", ctx.node_text(node)) if node is not None else []
        return names[-1] if names else (ctx.node_text(node) if node is not None else "")

    for call in inside:
        if call.type not in CALL_KINDS:
            continue
        name = last_name(callee(ctx, call))
        if name not in _MODEXP_NAMES and name not in own:
            continue
        args = call.child_by_field_name("arguments")
        items = [a for a in args.named_children if a.type != "comment"] if args else []
        if name == "modPow" and len(items) == 2:  # Java: the receiver is the base
            receiver = call.child_by_field_name("object")
            items = [receiver, *items] if receiver is not None else items
        if len(items) not in (2, 3):
            continue
        modulus = plain(items[2]) if len(items) == 3 else ""
        exponents = by_modulus.setdefault(modulus, {})
        exponents.setdefault(plain(items[1]), set()).add(plain(items[0]))
    return any(len(exponents) == 1 and len(next(iter(exponents.values()))) >= 2
               for exponents in by_modulus.values())


def _hit(ctx: FileContext, impl: Implementation) -> Hit:
    related: list[Related] = []
    seen: set[int] = set()
    for e in sorted(impl.evidence, key=lambda e: e.node.start_byte):
        line = _line(ctx, e.node)
        if line in seen:
            continue
        seen.add(line)
        related.append(Related(message=f"{e.what} (evidence of a {KINDS[e.kind][1]})",
                               byte_range=(e.node.start_byte, e.node.end_byte)))
        if len(related) >= _MAX_RELATED:
            break
    return Hit(byte_range=(impl.node.start_byte, impl.end.end_byte),
               message=_message(ctx, impl), related=tuple(related))


def reporter(rule_id: str) -> Callable[[FileContext], list[Hit]]:
    """The `check_file` of a VG-CRYPTO-* rule: the implementations reported as `rule_id`."""

    def check_file(ctx: FileContext) -> list[Hit]:
        return [_hit(ctx, impl) for impl in implementations(ctx) if impl.rule == rule_id]

    return check_file
