"""Repeating-key XOR and keystream XOR: data XORed element by element with a key, a
key-named sequence indexed cyclically, or a stream computed from a key (VG-CRYPTO-002)."""


from __future__ import annotations

import re

from tree_sitter import Node

from vigilint import lazyre
from vigilint.analyzers.context import FileContext
from vigilint.analyzers.crypto.bodies import secret_context
from vigilint.analyzers.crypto.names import KEY_WORDS, NON_CRYPTO_WORDS, mentions
from vigilint.analyzers.crypto.recognize import Evidence
from vigilint.analyzers.crypto.recognize.prng import prng_classes
from vigilint.analyzers.crypto.syntax import (
    AUGMENTED_KINDS,
    BINARY_KINDS,
    LOOP_KINDS,
    enclosing,
    enclosing_function,
    file_mentions,
    function_name,
    function_nodes,
    in_loop,
    operands,
    operator,
    resolved_int,
    unwrap,
    walk,
    words,
)

_INDEXED = frozenset({"subscript", "index_expression", "array_access", "subscript_expression",
                      "slice_expression"})
_CHAR_CALLS = frozenset({"charCodeAt", "codePointAt", "ord", "at", "get", "charAt", "byte"})
_EXCLUDED_FUNCTION_WORDS = NON_CRYPTO_WORDS | {"hash", "random", "rand", "rng", "prng", "mix",
                                               "xorshift", "parity", "gray", "swap", "toggle",
                                               "flip", "websocket"}
# Calls that draw the next value of a generator: `rng.randrange(256)`, `r.Intn(256)`,
# `Math.random()`, `prng.next()`, `next()` of a closure (`const next = mulberry32(seed)`).
_DRAWS = frozenset({"random", "randint", "randrange", "getrandbits", "randbytes", "next",
                    "nextInt", "nextByte", "nextBytes", "nextLong", "nextDouble", "nextFloat",
                    "Intn", "Int31n", "Int63", "Int63n", "Uint32", "Uint64", "IntN", "Float64",
                    "rand", "rng", "prng", "step", "advance", "draw", "next_byte",
                    "nextUint8", "nextU8", "nextUint32", "nextU32"})


_STREAM_WORDS = KEY_WORDS | {"stream", "keystream"}
_DIGEST_CALLS = frozenset({"Sum256", "Sum512", "Sum", "digest", "sha256", "sha1", "md5",
                           "sha512", "blake2b", "blake2s", "hexdigest"})


def _keyish(ctx: FileContext, node: Node) -> bool:
    text = ctx.node_text(node)
    if mentions(text, KEY_WORDS) or set(words(text.rsplit(".", 1)[-1])) & {"stream",
                                                                           "keystream", "ks"}:
        return True
    return node.type == "identifier" and _bound_to_stream(ctx, node, text)


def _bound_to_stream(ctx: FileContext, node: Node, name: str) -> bool:
    """`ks = self._keystream(nonce, n)` / `pad := derivePad(key)`: a local computed by a call
    whose name (or arguments) say key or stream."""
    fn = enclosing_function(node)
    if fn is None:
        return False
    for n in walk(fn):
        if n.type not in ("assignment", "variable_declarator", "short_var_declaration",
                          "assignment_expression", "local_variable_declaration"):
            continue
        target = n.child_by_field_name("left") or n.child_by_field_name("name")
        value = n.child_by_field_name("right") or n.child_by_field_name("value")
        if target is None or value is None or ctx.node_text(target) != name:
            continue
        if value.type in ("call", "call_expression", "method_invocation", "expression_list") \
                and any(mentions(w, _STREAM_WORDS) or w in _DIGEST_CALLS
                        for w in _callee_words(ctx, value)):
            return True  # a stream, or a digest used as one (`pad := sha256.Sum256(pass)`)
    return False


def _callee_words(ctx: FileContext, call: Node) -> list[str]:
    if call.type == "expression_list" and call.named_children:
        call = call.named_children[0]
    function = call.child_by_field_name("function") or call.child_by_field_name("name")
    text = ctx.node_text(function)
    return [text.rsplit(".", 1)[-1]]


def _indexed_key(ctx: FileContext, operand: Node) -> bool:
    """The operand reads one element of a key-named sequence."""
    for n in walk(operand):
        if n.type in _INDEXED:
            target = (n.child_by_field_name("value") or n.child_by_field_name("operand")
                      or n.child_by_field_name("array") or n.child_by_field_name("object"))
            if target is not None and target.type in ("identifier", "attribute",
                                                      "member_expression", "field_access",
                                                      "selector_expression") \
                    and (_keyish(ctx, target) or _cyclic(ctx, n, target)):
                return True
        elif n.type in ("call", "call_expression", "method_invocation"):
            function = n.child_by_field_name("function")
            name = n.child_by_field_name("name")
            if function is not None and function.type in ("member_expression", "attribute"):
                obj = function.child_by_field_name("object")
                prop = function.child_by_field_name("property") or function.child_by_field_name(
                    "attribute")
                if prop is not None and ctx.node_text(prop) in _CHAR_CALLS and obj is not None \
                        and _keyish(ctx, obj):
                    return True
            if name is not None and ctx.node_text(name) in _CHAR_CALLS:
                obj = n.child_by_field_name("object")
                if obj is not None and _keyish(ctx, obj):
                    return True
    return False


_COUNTER_INDEX = re.compile(r"\w\s{0,4}\+\+\s{0,4}\)?\s{0,4}%|\+\+\s{0,4}[\w.]+\s{0,4}\)?\s{0,4}%")


def _counter_indexed(ctx: FileContext, side: Node) -> bool:
    """`phrase[(int) (pos++ % phrase.length)]`: a key read at a position that a counter kept
    between calls advances (a stream's `write(int b)`), cyclically like a repeating key."""
    if side.type not in _INDEXED:
        return False
    index = unwrap(side.child_by_field_name("index") or side.child_by_field_name("subscript"))
    return index is not None and _COUNTER_INDEX.search(ctx.node_text(index)) is not None and \
        _indexed_key(ctx, side)


def _cyclic(ctx: FileContext, subscript: Node, target: Node) -> bool:
    """`k[i % len(k)]` / `k[i % k.length]`: the sequence is reused cyclically, like a key."""
    index = subscript.child_by_field_name("subscript") or subscript.child_by_field_name(
        "index")
    index = unwrap(index)
    if index is None or index.type not in BINARY_KINDS or operator(ctx, index) != "%":
        return False
    modulus = ctx.node_text(index.child_by_field_name("right"))
    name = ctx.node_text(target)
    return modulus in (f"len({name})", f"{name}.length", f"{name}.size()")


def _loop_iterates_key(ctx: FileContext, node: Node) -> bool:
    loop = enclosing(node, LOOP_KINDS)
    if loop is None:
        return False
    if loop.type in ("list_comprehension", "generator_expression", "set_comprehension",
                     "dictionary_comprehension"):
        clauses = [c for c in loop.named_children if c.type == "for_in_clause"]
        iterables = [c.child_by_field_name("right") for c in clauses]
    else:
        iterables = [loop.child_by_field_name("right") or loop.child_by_field_name("value")]
    for iterable in iterables:
        if iterable is None:
            continue
        for n in walk(iterable):
            if n.type == "identifier" and _keyish(ctx, n):
                return True
    return False


def _websocket_mask(ctx: FileContext, node: Node) -> bool:
    """`data[i] ^ mask[i & 3]`, `payload[i] ^ maskingKey[i % 4]`: WebSocket frame masking
    (RFC 6455), a 4-byte mask that protects proxies, not secrets."""
    text = ctx.node_text(node).replace(" ", "")
    if "&3]" not in text and "%4]" not in text:
        return False
    if "mask" in text.lower():
        return True
    # `b[i] ^= key[pos&3]` in `maskBytes(key [4]byte, pos int, b []byte)`: a 4-byte key
    # cycled by a function named for masking (or unmasking) frames
    fn = enclosing_function(node)
    return fn is not None and bool(set(words(function_name(ctx, fn))) & {
        "mask", "unmask", "masking", "frame", "frames"})


def _drawn(ctx: FileContext, side: Node, fn: Node | None) -> bool:
    """The operand is the next value of a generator: a draw call (`rng.randrange(256)`,
    `Math.floor(next() * 256)`, `byte(r.Intn(256))`), where the generator is a non-crypto one
    or a closure/object made by a call in this function."""
    for n in walk(side):
        if n.type not in ("call", "call_expression", "method_invocation"):
            continue
        function = n.child_by_field_name("function") or n.child_by_field_name("name")
        text = ctx.node_text(function)
        name = text.rsplit(".", 1)[-1]
        if fn is not None and name != function_name(ctx, fn) and (
                _own_call(ctx, text, fn) or _local_instance(ctx, fn, text)) \
                and _streaming_function(ctx, name, any_language=True):
            return True  # `cmd[i] ^ c.next()` where the file's `next` hashes a counter
        if n.type == "method_invocation" and fn is not None:
            obj = n.child_by_field_name("object")
            if obj is not None and obj.type == "identifier" and _closure_draws(
                    ctx, fn, ctx.node_text(obj)):
                return True  # java `pad.applyAsInt(i)` with `pad = i -> r.nextInt(256)`
        if fn is not None and function is not None and function.type == "identifier" and \
                not _media_named(ctx, fn) and _closure_draws(ctx, fn, text):
            return True  # Go `next := func() byte { x ^= x << 13; ... }` then `b ^ next()`
        if name not in _DRAWS and not (fn is not None and _made_by_stream_function(
                ctx, fn, text.rsplit(".", 1)[0] if "." in text else "")):
            continue
        if text in ("Math.random", "random.random", "random.randrange", "random.randint",
                    "random.getrandbits", "rand.Intn", "rand.Uint32", "rand.Int63"):
            return True
        receiver = text.rsplit(".", 1)[0] if "." in text else text
        if n.type == "method_invocation":
            receiver = ctx.node_text(n.child_by_field_name("object")) or receiver
        if text == "next" and n.type == "call":  # python `next(pad)`: the iterator drawn from
            args = n.child_by_field_name("arguments")
            first = args.named_children[0] if args is not None and args.named_children else None
            if first is None or first.type != "identifier":
                continue
            receiver = ctx.node_text(first)
        if "." in receiver and _prng_field(ctx, receiver.rsplit(".", 1)[-1]):
            return True  # `s.src.Intn(256)`, `self._rng.getrandbits(8)`: a generator field
        if (receiver in ("this", "self") or "." not in text) and _generator_class(ctx, side):
            return True  # `b ^ this.nextByte()` in a class with a hand-written generator
        if receiver in ("this", "self") and _steps_fields(ctx, side, name):
            return True  # `b ^ this.step()` where `step` mixes the object's words (ARX)
        if fn is not None and fn.type == "method_declaration" and receiver == _go_receiver(
                ctx, fn)[0] and _go_receiver(ctx, fn)[1] in prng_classes(ctx):
            return True  # Go: `b ^ s.next()` in a method of a generator type
        outer = fn
        while outer is not None and receiver.isidentifier():  # the callback's function too
            if _bound_by_call(ctx, outer, receiver):
                return True
            outer = enclosing_function(outer)
    return False


def _from_stream(ctx: FileContext, side: Node, node: Node, fn: Node | None) -> bool:
    """The operand is a value a generator of the file hands out without a call at the XOR:
    the loop variable of `for (const k of keystream(seed))` / `for k in pad(key)` / `for _, k
    := range stream(key)`, or a receive `<-ks` from the channel `ks := keystream(seed)` that a
    goroutine of the file fills. The generator hashes, draws or steps a state (`stream_source`)."""
    if fn is None or _media_named(ctx, fn):
        return False
    if side.type == "unary_expression" and ctx.node_text(side).startswith("<-"):
        name = ctx.node_text(side)[2:].strip()
        if not name.isidentifier():
            return False
        bound = re.search(rf"\b{re.escape(name)}\s{{0,4}}:?=\s{{0,4}}([A-Za-z_]\w{{0,60}})\s{{0,4}}\(",
                          ctx.node_text(fn))
        return bound is not None and not set(words(bound.group(1))) & (
            NON_CRYPTO_WORDS | _MEDIA_WORDS) and stream_source(ctx, bound.group(1)) is not None
    if side.type != "identifier":
        return False
    name = ctx.node_text(side)
    loop = enclosing(node, LOOP_KINDS)
    while loop is not None and (fn.start_byte <= loop.start_byte < fn.end_byte):
        head = loop.child_by_field_name("left") or loop.child_by_field_name("name")
        over = loop.child_by_field_name("right") or loop.child_by_field_name("value")
        if head is None:
            clause = next((c for c in loop.named_children if c.type == "range_clause"), None)
            if clause is not None:
                head, over = clause.child_by_field_name("left"), clause.child_by_field_name("right")
        if head is not None and over is not None and name in set(
                re.findall(r"[A-Za-z_]\w*", ctx.node_text(head))):
            called = re.match(r"(?:self\.|this\.)?([A-Za-z_]\w{0,60})\s{0,4}\(", ctx.node_text(over))
            return called is not None and called.group(1) not in _NOT_STREAMS | {
                "range", "enumerate", "zip"} and not set(words(called.group(1))) & (
                    NON_CRYPTO_WORDS | _MEDIA_WORDS) and \
                stream_source(ctx, called.group(1)) is not None
        loop = enclosing(loop, LOOP_KINDS)
    return False


# Pictures, sound and animation: a generator's output mixed into them is noise, not a key.
_MEDIA_WORDS = frozenset({"texture", "render", "dither", "dithering", "pixel", "pixels", "image",
                          "sprite", "terrain", "shader", "color", "colour", "audio", "sound",
                          "particle", "particles", "glitch", "frame", "frames", "canvas",
                          "animation", "animate", "blur", "grain"})


def _media_named(ctx: FileContext, fn: Node) -> bool:
    """The named function around `fn` is named for pictures, sound or a game."""
    cur: Node | None = fn
    while cur is not None and not function_name(ctx, cur):
        cur = enclosing_function(cur)
    return cur is not None and bool(set(words(function_name(ctx, cur))) & (
        NON_CRYPTO_WORDS | _MEDIA_WORDS))


def _made_by_stream_function(ctx: FileContext, fn: Node, receiver: str) -> bool:
    """`st.take()` where the function made `st` with a function of the file that hashes,
    draws or steps a state (`const st = makeStream(seed)` returning `{ take() {...} }`)."""
    if not receiver.isidentifier():
        return False
    outer: Node | None = fn
    while outer is not None:  # the callback's function too
        made = re.search(rf"\b{re.escape(receiver)}\s{{0,4}}:?=\s{{0,4}}([A-Za-z_]\w{{0,60}})"
                         rf"\s{{0,4}}\(", ctx.node_text(outer))
        if made is not None:
            return made.group(1) not in _NOT_STREAMS and not _media_named(ctx, fn) and \
                not set(words(made.group(1))) & (NON_CRYPTO_WORDS | _MEDIA_WORDS) and \
                stream_source(ctx, made.group(1)) is not None
        outer = enclosing_function(outer)
    return False


def _closure_draws(ctx: FileContext, fn: Node, name: str) -> bool:
    """`name` is a local of `fn` bound to a closure that draws from a generator (java
    `IntUnaryOperator pad = i -> r.nextInt(256)`, `next := func() byte { ... r.Intn(256) }`)."""
    for n in walk(fn):
        if n.type != "variable_declarator" and n.type != "short_var_declaration":
            continue
        target = n.child_by_field_name("name") or n.child_by_field_name("left")
        value = n.child_by_field_name("value") or n.child_by_field_name("right")
        if value is not None and value.type == "expression_list" and value.named_children:
            value = value.named_children[0]
        if target is not None and value is not None and ctx.node_text(target) == name and \
                value.type in _CLOSURES and (_DRAW_CALL.search(ctx.node_text(value)) or (
                    len(ctx.node_text(value)) < 1200 and _steps_own_state(ctx.node_text(value)))):
            return True
    return False


def _steps_own_state(text: str) -> bool:
    """A body that steps a state by a generator's recurrence: three xor-shifts, an LCG step,
    or a multiply-add of the state with any constants."""
    return len(_SHIFT_XOR.findall(text)) >= 3 or _LCG_STEP.search(text) is not None or \
        _STATE_STEP.search(text) is not None


def _own_call(ctx: FileContext, text: str, fn: Node) -> bool:
    """`next()`, `self.next()`, `this.next()`, Go `c.next()` on the method's receiver: a call
    of a function or method of the file."""
    if "." not in text or text.startswith(("self.", "this.")):
        return True
    return fn.type == "method_declaration" and text.split(".", 1)[0] == _go_receiver(ctx, fn)[0]


def _local_instance(ctx: FileContext, fn: Node, text: str) -> bool:
    """`p.take()` where the function made `p` from a type of the file (`p := &padder{...}`,
    `const s = new Sealer(key)`, `Pad p = new Pad(k)`)."""
    if "." not in text:
        return False
    receiver = text.split(".", 1)[0]
    if not receiver.isidentifier():
        return False
    outer: Node | None = fn
    while outer is not None:
        made = re.search(rf"\b{re.escape(receiver)}\s{{0,4}}(?::=|=)\s{{0,4}}(?:&|new\s+)?"
                         rf"([A-Za-z_]\w{{0,60}})\s{{0,4}}[({{]", ctx.node_text(outer))
        if made is not None:
            return made.group(1) in _declared_types(ctx)
        outer = enclosing_function(outer)
    return False


def _declared_types(ctx: FileContext) -> frozenset[str]:
    """Names of the classes and Go types the file declares (cached)."""
    found: frozenset[str] | None = ctx.cache.get("crypto.xor_declared_types")
    if found is None:
        found = frozenset(re.findall(r"\b(?:class|type)\s+([A-Za-z_]\w*)", ctx.text))
        ctx.cache["crypto.xor_declared_types"] = found
    return found


def _prng_field(ctx: FileContext, name: str) -> bool:
    """The file sets the field `name` to a non-cryptographic generator (`src:
    rand.New(...)`, `self._rng = random.Random(seed)`, `this.rng = new Random(seed)`)."""
    if not name.isidentifier():
        return False
    cache = ctx.cache.setdefault("crypto.prng_fields", {})
    if name not in cache:
        cache[name] = re.search(
            rf"(?<![\w.]){re.escape(name)}\s{{0,8}}(?::=|=|:)\s{{0,8}}(?:rand\.New\(|"
            rf"random\.Random\(|new\s(?:java\.util\.)?Random\(|new\sSplittableRandom\()",
            ctx.text) is not None
    return bool(cache[name])


_CLOSURES = frozenset({"func_literal", "arrow_function", "function_expression", "lambda",
                       "function", "lambda_expression"})
_DRAW_CALL = lazyre.compile(r"\b(?:Intn|Int31n|Int63n|Uint32|random|randrange|randint|getrandbits|"
                            r"nextInt|nextByte)\s*\(")


def _generator_class(ctx: FileContext, node: Node) -> bool:
    cls = enclosing(node, frozenset({"class_definition", "class_declaration", "class"}))
    return cls is not None and ctx.node_text(cls.child_by_field_name("name")) in \
        prng_classes(ctx)


# `this.b = ((this.b << 7) | (this.b >>> 25)) ^ this.a`, `self.x = (self.x + self.y) & M`: a
# field of the object assigned from the object's fields
_FIELD_UPDATE = lazyre.compile(r"\b(?:this|self)\.(\w{1,40})\s{0,4}(?:[+^]?=)(?!=)([^;\n]{1,200})")


def _steps_fields(ctx: FileContext, node: Node, method: str) -> bool:
    """The method `method` of the class around `node` updates two or more of the object's
    fields from themselves, mixing with XOR and a shift or an addition (an add-rotate-XOR
    step of a state the object keeps): its output is a generator's, whatever its constants."""
    cls = enclosing(node, frozenset({"class_definition", "class_declaration", "class"}))
    if cls is None:
        return False
    for fn in function_nodes(ctx):
        if function_name(ctx, fn) != method or enclosing(fn, frozenset({
                "class_definition", "class_declaration", "class"})) != cls:
            continue
        text = ctx.node_text(fn)
        updated = {field for field, value in _FIELD_UPDATE.findall(text)
                   if re.search(r"\b(?:this|self)\.\w", value)}
        if len(updated) >= 2 and "^" in text and re.search(r"<<|>>|\+", text):
            return True
    return False


def _go_receiver(ctx: FileContext, method: Node) -> tuple[str, str]:
    """(name, type) of a Go method's receiver: `(s *scrambler)` -> ("s", "scrambler")."""
    receiver = method.child_by_field_name("receiver")
    parts = ctx.node_text(receiver).replace("*", " ").strip("() ").split() \
        if receiver is not None else []
    return (parts[0], parts[-1]) if len(parts) >= 2 else ("", "")


_NOT_STREAMS = frozenset({"next", "iter", "list", "bytes", "bytearray", "len", "reversed"})


def _bound_by_call(ctx: FileContext, fn: Node, name: str) -> bool:
    """`name` is a local of `fn` assigned the result of a call or constructor (`rng =
    random.Random(seed)`, `const next = mulberry32(seed)`, `r := rand.New(src)`)."""
    for n in walk(fn):
        if n.type not in ("assignment", "variable_declarator", "short_var_declaration",
                          "local_variable_declaration"):
            continue
        if n.type == "local_variable_declaration":
            declarators = [d for d in n.named_children if d.type == "variable_declarator"]
            pairs = [(d.child_by_field_name("name"), d.child_by_field_name("value"))
                     for d in declarators]
        else:
            target = n.child_by_field_name("left") or n.child_by_field_name("name")
            value = n.child_by_field_name("right") or n.child_by_field_name("value")
            if value is not None and value.type == "expression_list" and value.named_children:
                value = value.named_children[0]
            if target is not None and target.type == "expression_list" and \
                    target.named_children:
                target = target.named_children[0]
            pairs = [(target, value)]
        for target, value in pairs:
            if target is None or value is None or ctx.node_text(target) != name:
                continue
            if value.type in ("call", "call_expression", "new_expression",
                              "object_creation_expression", "method_invocation"):
                # `prev = next(it)`: the previous frame of the data, not a stream's output
                return ctx.node_text(value.child_by_field_name("function")) not in _NOT_STREAMS
            if value.type in _CLOSURES and _DRAW_CALL.search(ctx.node_text(value)):
                return True  # `next := func() byte { return byte(r.Intn(256)) }`
    return False


def _accumulates(ctx: FileContext, node: Node, sides: list[Node]) -> bool:
    """XOR folded into one scalar (`h ^= x`, `h = h ^ x`) rather than written out per
    element (`out[i] = ...`, `buf[i] ^= ...`, `chr(...)`)."""
    if node.type in AUGMENTED_KINDS:
        target = unwrap(node.child_by_field_name("left"))
        return target is not None and target.type == "identifier"
    if _reduced_into(ctx, node, sides):
        return True
    parent = node.parent
    through_call = False  # `h1 = Math.imul(h1 ^ c, 16777619)`: FNV through a call
    while parent is not None and parent.type in ("parenthesized_expression", "binary_operator",
                                                 "binary_expression", "arguments",
                                                 "argument_list", "call_expression", "call",
                                                 "expression_list"):
        through_call = through_call or parent.type in ("call_expression", "call")
        parent = parent.parent
    if parent is None or parent.type not in AUGMENTED_KINDS | {"assignment"}:
        return False
    target = unwrap(parent.child_by_field_name("left"))
    if target is not None and target.type == "expression_list" and target.named_child_count == 1:
        target = target.named_children[0]  # Go: `p = ...` has a list on each side
    if target is None or target.type != "identifier":
        return False
    name = ctx.node_text(target)
    if any(ctx.node_text(side) == name for side in sides) or (
            not through_call and operator(ctx, parent) not in ("=", "")):
        return True
    # `p = (p & 0x1ffffff) << 5 ^ v`, `crc = (crc >> 8) ^ table[...]`: the scalar shifted or
    # masked and folded with the next element: a checksum's step (CRC, Bech32's polymod); with
    # a key in it (`a = (rotl(a, 3) + key[i % n]) ^ i`) it is a key schedule
    if any(mentions(ctx.node_text(side), KEY_WORDS) for side in sides):
        return False
    return not through_call and any(
        side.type not in ("identifier",) and any(
            n.type == "identifier" and ctx.node_text(n) == name for n in walk(side))
        for side in sides)


def _reduced_into(ctx: FileContext, node: Node, sides: list[Node]) -> bool:
    """`squares.reduce((k, p, i) => k ^ keys[i], 0n)`, `reduce(lambda acc, b: acc ^ b, ...)`:
    the XOR folds into the accumulator of a reduce callback (a hash, not a cipher)."""
    fn = enclosing(node, frozenset({"arrow_function", "function_expression", "lambda"}))
    call = fn.parent.parent if fn is not None and fn.parent is not None else None
    if fn is None or call is None or call.type not in ("call_expression", "call"):
        return False
    function = call.child_by_field_name("function")
    if function is None or not ctx.node_text(function).endswith("reduce"):
        return False
    params = fn.child_by_field_name("parameters")
    first = next((p for p in params.named_children), None) if params is not None else None
    if first is None and fn.type == "arrow_function":
        first = fn.child_by_field_name("parameter")
    if first is None:
        return False
    name = ctx.node_text(first.child_by_field_name("pattern") or first).split(":")[0].strip()
    return any(ctx.node_text(side) == name for side in sides)


NODE_KINDS = BINARY_KINDS | AUGMENTED_KINDS | {"call"}


def evidence(ctx: FileContext, node: Node) -> Evidence | list[Evidence] | None:
    if node.type == "call":
        return _mapped_xor(ctx, node)
    if not file_mentions(ctx, "crypto.xor_operator", ("^",)):
        return None  # `^` or `^=`: a per-file test first (a line of 125,000 assignments)
    if constant_xor(ctx, node):
        return Evidence(node, "xor", "the XOR of each element with one constant byte")
    if _whole_number_xor(ctx, node):
        return Evidence(node, "xor", "the data and the key read as one big number and XORed "
                                     "(a repeating-key XOR)")
    if _rc4_schedule(ctx, node):
        return Evidence(node, "xor", "the RC4 key schedule (the state table permuted by the "
                                     "key)")
    if is_key_xor(ctx, node):
        fn = enclosing_function(node)
        sides = [side for side in (unwrap(n) for n in operands(node)) if side is not None]
        if any(_drawn(ctx, side, fn) or _from_stream(ctx, side, node, fn) for side in sides):
            found = Evidence(node, "xor", "the XOR of the data with a generator's output "
                                          "(a keystream)")
            refill = next((r for side in sides for r in [_refilled_by(ctx, side, fn)]
                           if r is not None), None)
            return [found, refill] if refill is not None else found
        return Evidence(node, "xor", "the XOR of the data with the key (stream)")
    return None


def _mapped_xor(ctx: FileContext, call: Node) -> Evidence | None:
    """Python's XOR as a function: `map(operator.xor, data, keystream(seed))`,
    `itertools.starmap(operator.xor, zip(data, pad))`: the elements of the data XORed with the
    values of a generator of the file (one that hashes, draws or steps a state)."""
    if ctx.language != "python" or not file_mentions(ctx, "crypto.operator_xor", ("xor",)):
        return None
    function = ctx.node_text(call.child_by_field_name("function")).rsplit(".", 1)[-1]
    args = call.child_by_field_name("arguments")
    items = [a for a in args.named_children if a.type != "comment"] if args is not None else []
    if function not in ("map", "starmap") or len(items) < 2 or ctx.node_text(items[0]) not in (
            "operator.xor", "xor", "operator.__xor__"):
        return None
    rest = items[1:]
    if function == "starmap" and rest[0].type == "call":
        inner = rest[0].child_by_field_name("arguments")
        rest = [a for a in inner.named_children if a.type != "comment"] if inner else []
    fn = enclosing_function(call)
    if fn is not None and _media_named(ctx, fn):
        return None
    for item in rest:
        if item.type != "call":
            continue
        name = ctx.node_text(item.child_by_field_name("function")).rsplit(".", 1)[-1]
        if name not in _NOT_STREAMS and not set(words(name)) & (
                NON_CRYPTO_WORDS | _MEDIA_WORDS) and stream_source(ctx, name) is not None:
            return Evidence(call, "xor", "the XOR of the data with a generator's output "
                                         "(a keystream)")
    return None


# What the hashing that refills a keystream pool in another method shows (implementations.py
# joins it to the function that XORs the stream).
REFILLED = "the keystream made by hashing or drawing in another method"


def _refilled_by(ctx: FileContext, side: Node, fn: Node | None) -> Evidence | None:
    """The hashing that refills the pool a drawn byte comes from, when a method other than
    the one called does it (`take()` calling `refill()` over `sha256.Sum256(counter)`): a
    piece of the same keystream cipher (its state spread over methods of one type)."""
    if fn is None:
        return None
    for n in walk(side):
        if n.type not in ("call", "call_expression", "method_invocation"):
            continue
        function = n.child_by_field_name("function") or n.child_by_field_name("name")
        name = ctx.node_text(function).rsplit(".", 1)[-1]
        source = stream_source(ctx, name)
        if source is None or function_name(ctx, source) == name or \
                source.start_byte <= fn.start_byte < source.end_byte:
            continue
        hashing = next((c for c in walk(source) if c.type in (
            "call", "call_expression", "method_invocation") and _HASHES_OR_DRAWS.search(
                ctx.node_text(c))), None)
        return Evidence(hashing or source, "xor", REFILLED)
    return None


def is_key_xor(ctx: FileContext, node: Node) -> bool:
    """An XOR of data with a key inside a loop, a comprehension or an array callback."""
    op = operator(ctx, node)
    if node.type in BINARY_KINDS:
        if op != "^":
            return False
    elif node.type in AUGMENTED_KINDS:
        if op != "^=":
            return False
    else:
        return False
    left, right = (unwrap(n) for n in operands(node))
    sides = [s for s in (left, right) if s is not None]
    if not in_loop(node) and not any(_counter_indexed(ctx, s) for s in sides):
        return False
    fn = enclosing_function(node)
    if fn is not None and set(words(function_name(ctx, fn))) & _EXCLUDED_FUNCTION_WORDS:
        # a hash's or a simulation's mixing step is not a cipher, unless the data is zipped
        # with the output of a generator of the file that hashes or draws (`_mix(data,
        # secret)` over `zip(data, _block_stream(secret, n))`): a keystream, whatever its name
        return all(s.type == "identifier" for s in sides) and node.type in BINARY_KINDS and \
            _zips_a_stream(ctx, node, fn)
    if _accumulates(ctx, node, sides):
        return False  # `h ^= key[i]`: folding a key into a hash, not encrypting data
    if _websocket_mask(ctx, node):
        return False
    if any(_indexed_key(ctx, side) for side in sides):
        return True
    if any(_RC4_OUTPUT.search(ctx.node_text(side)) for side in sides if side.type in _ELEMENTS):
        return True  # `c.s[(c.s[c.i] + c.s[c.j]) & 255]`: the keystream byte of RC4's PRGA
    if any(_drawn(ctx, side, fn) or _from_stream(ctx, side, node, fn) for side in sides):
        return True
    if any(s.type in _ELEMENTS for s in sides) and any(_stepped(ctx, s, node) for s in sides):
        return True  # `out[i] = data[i] ^ (s >>> 24)` with `s = s * A + C` in the loop
    if any(_loop_item(ctx, s, node) for s in sides) and any(
            _stepped_by_call(ctx, s, node) or _stepped(ctx, s, node) for s in sides):
        return True  # `for b in data: s = xorshift(s); out.append(b ^ (s & 0xFF))`
    if all(s.type == "identifier" for s in sides) and node.type in BINARY_KINDS:
        return _loop_iterates_key(ctx, node) or _zips_a_stream(ctx, node, fn)
    return False


# `j + S[i] + key[i % len(key)]`, `j += c.s[n] + key[n%len(key)]`: a table entry and a key
# byte read at the same position, the key cycled
_RC4_SCHEDULE = lazyre.compile(r"([\w.]{1,40})\[\s{0,4}(\w{1,20})\s{0,4}\]\s{0,4}\+\s{0,4}\(?"
                               r"\s{0,4}[\w.]{1,40}\[\s{0,4}\2\s{0,4}%")


def _rc4_schedule(ctx: FileContext, node: Node) -> bool:
    """RC4's key schedule: in a loop, a running index grows by a state-table entry plus the
    key byte at the same position, and the loop swaps two entries of that table."""
    if operator(ctx, node) not in ("+", "+=") or b"%" not in ctx.source[
            node.start_byte:node.end_byte]:
        return False
    if node.parent is not None and node.parent.type in BINARY_KINDS and \
            operator(ctx, node.parent) == "+":
        return False  # the outermost sum only
    match = _RC4_SCHEDULE.search(ctx.node_text(node))
    loop = enclosing(node, LOOP_KINDS)
    if match is None or loop is None:
        return False
    fn = enclosing_function(node)
    if fn is None or (ctx.language != "go" and fn.type in (
            "function_definition", "function_declaration") and
                      enclosing(fn, _TYPE_BODIES) is None):
        # a free function: found as the helper its caller's keystream uses (Go's are the
        # constructors of its types, grouped with their methods)
        return False
    table = re.escape(match.group(1))
    return len(re.findall(rf"(?<![\w.]){table}\[", ctx.node_text(loop))) >= 5


_TYPE_BODIES = frozenset({"class_definition", "class_declaration", "class_body", "class"})


# A state table read at the sum of two of its own entries (`S[(S[i] + S[j]) % 256]`,
# `s[s[i]+s[j]]`, `this.S[(this.S[a] + this.S[b]) & 0xff]`): RC4's output, whatever the names.
_RC4_OUTPUT = lazyre.compile(r"^([\w.]{1,40})\[\s{0,4}\(?\s{0,4}\1\[[^\[\]\n]{1,40}\]\s{0,4}\+"
                             r"\s{0,4}\1\[[^\[\]\n]{1,40}\]\s{0,4}\)?\s{0,4}(?:(?:%|&)\s{0,4}"
                             r"(?:256|255|0xff|0xFF)\s{0,4})?\]$")
_ELEMENTS = frozenset({"subscript", "subscript_expression", "index_expression",
                       "array_access", "element_reference"})


def _stepped(ctx: FileContext, side: Node, node: Node) -> bool:
    """The side reads a state that the loop steps by a recurrence of itself (an LCG's `s =
    (s * 1664525 + 1013904223) >>> 0`, `x = x * 6364136223846793005 + 1`, a xorshift): a
    generator written inline, its output XORed with the data (a keystream)."""
    if side.type in _ELEMENTS:
        return False
    names = set(re.findall(r"\b[A-Za-z_]\w*\b", ctx.node_text(side))) - {
        "Math", "imul", "byte", "uint8", "int", "char", "this", "self"}
    loop = _iteration(node)
    if loop is None or not names or len(names) > 2:
        return False
    text = ctx.node_text(loop)
    for name in names:
        n = re.escape(name)
        for value in re.findall(rf"(?<![.\w]){n}\s*=(?!=)([^;\n]*)", text):
            if re.search(rf"\b{n}\b", value) and re.search(r"\*|imul|\^|<<", value) and \
                    re.search(r"\b(?:0x[0-9a-fA-F]{5,}|\d{5,})", value):
                return True
            # a running key: the state mixed with the key's next element each round (`k = (k
            # * 31 + key.charCodeAt(i % key.length)) & 0xff`, an autokey keystream)
            if re.search(rf"\b{n}\b", value) and re.search(r"\*|imul|\^|<<|\+", value) and \
                    any(mentions(ref, KEY_WORDS) for ref in re.findall(
                        r"\b([A-Za-z_]\w*)\s*(?:\[|\.(?:charCodeAt|codePointAt|charAt|at)\()",
                        value)):
                return True
    return False


_ITERATING_CALLS = frozenset({"forEach", "map", "flatMap", "reduce", "each", "from", "replace",
                              "for_each", "Map", "apply"})
_CALLBACKS = frozenset({"arrow_function", "function_expression", "function", "lambda",
                        "lambda_expression", "func_literal"})


def _iteration(node: Node) -> Node | None:
    """What repeats around `node`: the loop, or the callback an iterating call runs for each
    element (`plan.forEach((byte, i) => { carry = ...; out[i] = byte ^ carry })`,
    `Array.from(bytes, (b, i) => ...)`)."""
    loop = enclosing(node, LOOP_KINDS)
    if loop is not None:
        return loop
    callback = enclosing(node, _CALLBACKS)
    holder = callback.parent if callback is not None else None
    if holder is not None and holder.type in ("arguments", "argument_list"):
        call = holder.parent
        function = call.child_by_field_name("function") if call is not None else None
        name = function.text.decode("utf-8", "replace").rsplit(".", 1)[-1] if \
            function is not None and function.text is not None else ""
        if name in _ITERATING_CALLS:
            return callback
    return None


def _loop_item(ctx: FileContext, side: Node, node: Node) -> bool:
    """`b` of `for b in data` / `for (const b of data)` / `for _, b := range data` / `for
    (byte b : data)`: the element the enclosing loop walks."""
    if side.type != "identifier":
        return False
    loop = enclosing(node, LOOP_KINDS)
    if loop is None:
        # the element an iterating call hands its callback (`plan.forEach((byte, i) => ...)`)
        callback = _iteration(node)
        params = callback.child_by_field_name("parameters") or callback.child_by_field_name(
            "parameter") if callback is not None else None
        first = re.match(r"\(?\s*([A-Za-z_]\w*)", ctx.node_text(params)) if params else None
        return first is not None and first.group(1) == ctx.node_text(side)
    head = loop.child_by_field_name("left") or loop.child_by_field_name("name")
    if head is None:
        clause = next((c for c in loop.named_children if c.type == "range_clause"), None)
        head = clause.child_by_field_name("left") if clause is not None else None
    if head is None:
        return False
    return ctx.node_text(side) in set(re.findall(r"[A-Za-z_]\w*", ctx.node_text(head)))


def _stepped_by_call(ctx: FileContext, side: Node, node: Node) -> bool:
    """The side reads a state the loop steps through a function of the file that is a
    generator's step (`state = _xorshift32(state)`, `s = lcgNext(s)`): a keystream whose
    generator is written in a helper."""
    if side.type in _ELEMENTS:
        return False
    names = set(re.findall(r"\b[A-Za-z_]\w*\b", ctx.node_text(side))) - {
        "Math", "byte", "uint8", "int", "char", "this", "self"}
    loop = _iteration(node)
    if loop is None or not names or len(names) > 2:
        return False
    text = ctx.node_text(loop)
    for name in names:
        n = re.escape(name)
        for step in re.findall(rf"(?<![.\w]){n}\s*:?=(?!=)\s*(?:this\.|self\.)?([A-Za-z_]\w*)"
                               rf"\s*\(\s*{n}\s*\)", text):
            if _generator_step(ctx, step):
                return True
    return False


# `x ^= x << 13`, `s ^ (s >>> 17)`: one xorshift step (three make a generator)
_SHIFT_XOR = lazyre.compile(r"\^=?\s{0,4}\(?\s{0,4}[\w.]{1,40}\s{0,4}(?:<<|>>>?)\s{0,4}\d{1,2}\b")


# `return s*1103515245 + 12345`, `return (x * 0x5DEECE66D + 0xB)`: an LCG step returned
_LCG_RETURN = lazyre.compile(r"\breturn\s{1,4}\(?\s{0,4}(?:Math\.imul\(\s{0,4})?[\w.]{1,60}\s{0,4}"
                             r"[*,]\s{0,4}(?:0x[0-9a-fA-F]{5,16}|\d{5,20})\b")


def _generator_step(ctx: FileContext, name: str) -> bool:
    """A function of the file named `name` is a generator's step: three xorshift steps or a
    linear congruential step over its argument."""
    for fn in function_nodes(ctx):
        if function_name(ctx, fn) != name:
            continue
        body = ctx.node_text(fn)
        if len(body) < 800 and (len(_SHIFT_XOR.findall(body)) >= 3 or _LCG_STEP.search(body)
                                or _LCG_RETURN.search(body)):
            return True
    return False


def _zips_a_stream(ctx: FileContext, node: Node, fn: Node | None) -> bool:
    """`a ^ b for a, b in zip(chunk, block)` where `block` is computed in the function (a
    digest, a generator's output, a loop variable drawn from a generator): a keystream."""
    loop = enclosing(node, LOOP_KINDS)
    if loop is None or fn is None:
        return False
    text = ctx.node_text(loop)
    match = re.search(r"\bzip\(\s*(\w+)[^,\n]{0,200},\s*(\w+)", text)
    if match is None:
        # the pairs zipped first and kept in a local (`pairs = zip(card, stream)`, then
        # `x ^ y for x, y in pairs`)
        iterable = loop.child_by_field_name("right") or next((
            c.child_by_field_name("right") for c in loop.named_children
            if c.type == "for_in_clause"), None)
        name = ctx.node_text(iterable).strip() if iterable is not None else ""
        bound = re.search(rf"\b{re.escape(name)}\s{{0,4}}=\s{{0,4}}((?:list\()?zip\([^\n]{{0,200}})",
                          ctx.node_text(fn)) if name.isidentifier() else None
        if bound is None:
            return False
        text = bound.group(1)
        match = re.search(r"\bzip\(\s*(\w+)[^,\n]{0,200},\s*(\w+)", text)
        if match is None:
            return _zips_a_generator(ctx, text)
    for name in match.groups():
        if _bound_by_call(ctx, fn, name) or _drawn_loop_variable(ctx, node, name):
            return True
    return _zips_a_generator(ctx, text)


# `zip(data, self._stream(nonce, n))`, `zip(chunk, keystream(key))`: the data zipped with a call
_ZIPPED_CALL = lazyre.compile(r"\bzip\(\s*[\w.]{1,80}(?:\[[^\]\n]{0,40}\])?\s*,\s*"
                              r"(?:self\.|this\.|cls\.)?([A-Za-z_]\w*)\s*\(|"
                              r"\bzip\(\s*(?:self\.|this\.|cls\.)?([A-Za-z_]\w*)\s*\(")


def _zips_a_generator(ctx: FileContext, text: str) -> bool:
    """The data is zipped with the output of a call named for a key or stream, or of a
    generator function of the file that hashes or draws (`yield from sha256(key + ctr)`)."""
    for match in _ZIPPED_CALL.finditer(text):
        name = match.group(1) or match.group(2)
        if name in ("range", "enumerate", "len", "iter", "reversed", "zip"):
            continue
        if mentions(name, _STREAM_WORDS) or _streaming_function(ctx, name):
            return True
    return False


def _streaming_function(ctx: FileContext, name: str, any_language: bool = False) -> bool:
    """A function of the file named `name` yields values it hashes or draws (python); with
    `any_language`, also a function or method of any language that returns bytes it hashes
    or draws (`func (c *stream) next() byte` over `sha256.Sum256(counter)`), itself or through
    the method it refills its pool with (`take()` calling `refill()`)."""
    return stream_source(ctx, name, any_language) is not None


def stream_source(ctx: FileContext, name: str, any_language: bool = True,
                  depth: int = 0) -> Node | None:
    """The function of the file (`name`, or one it calls) that hashes or draws the stream;
    python's `next(it)` reaches the `__next__` of an iterator class (memoised per file)."""
    memo: dict[tuple[str, bool, int], Node | None] = ctx.cache.setdefault(
        "crypto.stream_sources", {})
    key = (name, any_language, depth)
    if key not in memo:
        memo[key] = _stream_source(ctx, name, any_language, depth)
    return memo[key]


def _stream_source(ctx: FileContext, name: str, any_language: bool, depth: int) -> Node | None:
    wanted = {name, "__next__"} if name == "next" and ctx.language == "python" else {name}
    for fn in function_nodes(ctx):
        if function_name(ctx, fn) not in wanted:
            continue
        body = ctx.node_text(fn)
        if fn.type == "function_definition" and "yield" in body and re.search(
                r"hashlib\.|\bsha\d+|blake2|\.digest\(|random\.|getrandbits|randrange", body):
            return fn
        if not any_language:
            continue
        if _HASHES_OR_DRAWS.search(body) or _LCG_STEP.search(body) or _SINE_NOISE.search(body):
            return fn
        if _STATE_STEP.search(body):
            return fn  # a state stepped from itself by multiply-add, whatever the constants
        if len(body) < 1200 and (len(_SHIFT_XOR.findall(body)) >= 3 or
                                 _GALOIS_STEP.search(body) is not None):
            return fn  # a xorshift or a linear-feedback shift register stepping its state
        if depth == 0:  # `if not self._buf: self._refill()`: the pool refilled by a method
            for called in dict.fromkeys(_OWN_CALLS.findall(body)):
                if called != name:
                    found = stream_source(ctx, called, any_language, 1)
                    if found is not None:
                        return found
    return None


# A Galois LFSR's step: the register shifted by one, then XORed with its taps when the bit
# shifted out was set (`g.state >>= 1; if lsb == 1 { g.state ^= 0xA3000000 }`, `s = (s >> 1) ^
# (-(s & 1) & 0xB400)`).
_GALOIS_STEP = re.compile(r"([\w.]{1,40})\s{0,4}>>>?=\s{0,4}1\b[^\n]{0,2}\n(?:[^\n]{0,120}\n){0,3}"
                          r"[^\n]{0,40}\1\s{0,4}\^=\s{0,4}0x[0-9a-fA-F]{3,16}\b|"
                          r"=\s{0,4}\(\s{0,4}([\w.]{1,40})\s{0,4}>>>?\s{0,4}1\s{0,4}\)\s{0,4}\^\s{0,4}\(\s{0,4}-"
                          r"\s{0,4}\(?\s{0,4}\2\s{0,4}&\s{0,4}1\s{0,4}\)?\s{0,4}&\s{0,4}0x[0-9a-fA-F]{3,16}")


# A call of a method of the same object or a function of the file: `self._refill()`,
# `this.refill()`, `p.refill()`, `refill()`.
_OWN_CALLS = lazyre.compile(r"(?:\b(?:self|this|[a-z]\w{0,20})\.)?\b([A-Za-z_]\w{0,60})\s{0,4}\(")


# `Math.floor(Math.abs(Math.sin(seed + i)) * 10000) & 0xff`, `fract(sin(x) * 43758.5453)`: a
# byte made from the sine of a seed (the "sine hash" of shaders), a generator by other means
_SINE_NOISE = lazyre.compile(r"\b[Mm]ath\.(?:[Ss]in|[Cc]os)\([^\n;]{0,80}(?:&\s{0,4}(?:0x[fF]{2}|"
                             r"255)\b|%\s{0,4}256\b|\*\s{0,4}(?:\d{4,}|43758))")


# `self._state = (self._state * 214013 + 2531011) % (1 << 31)`: a state multiplied by a large
# constant and assigned (a linear congruential step written in a method)
_LCG_STEP = re.compile(r"(?<![=!<>])=\s{0,4}\(?\s{0,4}(?:Math\.imul\(\s{0,4})?[\w.]{1,60}\s{0,4}[*,]"
                       r"\s{0,4}(?:0x[0-9a-fA-F]{5,16}|\d{5,20})\b")


# `state = (state * 75 + 74) % 65537`, `this.s = (this.s * a + c) & 0xffff`: a linear
# congruential step of a state variable, whatever its constants.
_STATE_STEP = re.compile(r"(?<![\w.])([\w.]{1,40})\s{0,4}=\s{0,4}\(\s{0,4}\(?\s{0,4}\1\s{0,4}\*"
                         r"\s{0,4}[\w.]{1,40}\s{0,4}\)?\s{0,4}\+\s{0,4}[\w.]{1,40}\s{0,4}\)\s{0,4}[%&]")


_HASHES_OR_DRAWS = re.compile(r"\bsha\d+\.|\bSum(?:256|512|224)?\(|\bcreateHash\(|"
                              r"MessageDigest\b|\.digest\(|\bmd5\.|\bhmac\.|\bHmac|"
                              r"Math\.random\(|\brand\.(?:Intn|Uint32|Int63|Read)\(|"
                              r"\.(?:nextInt|nextBytes|nextLong|Intn)\(")


def _drawn_loop_variable(ctx: FileContext, node: Node, name: str) -> bool:
    """`block` of `for i, block in enumerate(_blocks(key, n))`: each value drawn from a call."""
    loop = enclosing(node, frozenset({"for_statement", "for_in_statement"}))
    while loop is not None:
        left = loop.child_by_field_name("left")
        right = loop.child_by_field_name("right")
        if left is not None and right is not None and right.type in (
                "call", "call_expression") and re.search(rf"\b{re.escape(name)}\b",
                                                         ctx.node_text(left)):
            inner = ctx.node_text(right)
            return bool(re.match(r"(?:enumerate|zip)\(\s*\w+\(|\w+\(", inner)) and \
                not inner.startswith(("range(", "enumerate(range", "len("))
        loop = enclosing(loop, frozenset({"for_statement", "for_in_statement"}))
    return False


_PROTECT_WORDS = frozenset({"protect", "obfuscate", "obscure", "encrypt", "decrypt", "encode",
                            "decode", "scramble", "unscramble", "hide", "conceal", "cloak",
                            "cipher", "encipher", "decipher", "deobfuscate", "unprotect"})


def _default_byte(ctx: FileContext, node: Node, name: str) -> int | None:
    """The integer default of the parameter `name` of a function around `node` (`def
    mask(ssn, key=0x5A)`, `function hide(s, k = 0x2f)`): a key fixed in the code."""
    fn = enclosing_function(node)
    while fn is not None:
        params = fn.child_by_field_name("parameters")
        if params is not None:
            found = re.search(rf"(?<![\w.]){re.escape(name)}\s{{0,4}}(?::\s{{0,4}}\w{{1,20}}\s{{0,4}})?="
                              rf"\s{{0,4}}(0[xX][0-9a-fA-F]{{1,2}}|\d{{1,3}})\b", ctx.node_text(params))
            if found is not None:
                return int(found.group(1), 0)
            if name in re.findall(r"[A-Za-z_]\w*", ctx.node_text(params)):
                return None  # a parameter without a default: the caller's key
        fn = enclosing_function(fn)
    return None


_AS_NUMBER = lazyre.compile(r"^(?:int\.from_bytes|BigInt|new\s+BigInteger)\s{0,4}\(")


def _whole_number_xor(ctx: FileContext, node: Node) -> bool:
    """`int.from_bytes(data, "big") ^ int.from_bytes(pad, "big")`, `BigInt('0x' + hex) ^
    BigInt('0x' + keyHex)`: the data and a key (by name) each read as one number and XORed,
    the loop of a repeating-key XOR done by the integer type."""
    if node.type not in BINARY_KINDS or operator(ctx, node) != "^":
        return False
    sides = [unwrap(n) for n in operands(node)]
    if len(sides) != 2 or any(s is None or not _AS_NUMBER.search(ctx.node_text(s))
                              for s in sides):
        return False
    fn = enclosing_function(node)
    if fn is not None and set(words(function_name(ctx, fn))) & _EXCLUDED_FUNCTION_WORDS:
        return False
    return any(mentions(name, KEY_WORDS) for s in sides if s is not None
               for name in re.findall(r"[A-Za-z_]\w*", ctx.node_text(s)))


def constant_xor(ctx: FileContext, node: Node) -> bool:
    """`b ^ 0x5A` over each element, in a function named for protecting data or one that
    handles a secret: a single-byte XOR "cipher"."""
    if node.type not in BINARY_KINDS or operator(ctx, node) != "^" or not in_loop(node):
        return False
    left, right = (unwrap(n) for n in operands(node))
    if left is None or right is None:
        return False
    value = resolved_int(ctx, right)
    if value is None and right.type == "identifier":
        value = _default_byte(ctx, node, ctx.node_text(right))
    if value is None or not 0 < value < 256 or left.type in ("integer", "number",
                                                             "int_literal",
                                                             "decimal_integer_literal"):
        return False
    if _accumulates(ctx, node, [left, right]):
        return False
    fn = enclosing_function(node)
    while fn is not None and not function_name(ctx, fn):
        fn = enclosing_function(fn)
    if fn is None:
        return False
    name_words = set(words(function_name(ctx, fn)))
    if name_words & _EXCLUDED_FUNCTION_WORDS:
        return False
    return bool(name_words & _PROTECT_WORDS) or secret_context(ctx, fn)


