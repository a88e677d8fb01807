"""Receiver types in JavaScript and TypeScript: imported modules (ES imports and `require`),
`new C()`, what inventoried calls return (chains such as `body("x").isEmail()`), TypeScript
annotations of variables and parameters, and class fields (annotated, initialised, or
constructor parameter properties)."""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.apis.receivers.base import Receivers, Types
from vigilint.analyzers.languages import compile_query, query_cursor
from vigilint.analyzers.syntax import semantics

_FUNCTIONS = frozenset({"function_declaration", "function_expression", "arrow_function",
                        "method_definition", "generator_function_declaration", "function"})
_DECLARATIONS = "(variable_declarator name: (identifier) @name) @decl"
_DESTRUCTURED = "(variable_declarator name: (object_pattern) @pattern) @decl"
# Calls whose options choose the result: Node's `generateKeyPairSync(type)` returns KeyObjects
# unless the options name a key encoding (then PEM/DER strings or buffers, which the
# inventory's return type describes).
_UNENCODED = {"crypto.generateKeyPairSync": "crypto.KeyPairKeyObjectResult"}
_PARAMETERS = "[(required_parameter) (optional_parameter)] @param"
_TYPED = frozenset({"typescript", "tsx"})


# Types older declaration files of Node name differently from the inventory's (`Cipher` is
# what `createCipheriv` returned before it became `Cipheriv`).
_RENAMED = {"crypto.Cipher": "crypto.Cipheriv", "crypto.Decipher": "crypto.Decipheriv"}


def module_path(spec: str) -> str:
    """`node:crypto` -> `crypto`; inventory keys use the bare specifier."""
    return spec.removeprefix("node:")


class JavaScriptReceivers(Receivers):
    call_kinds = ("call_expression",)
    callee = ("member_expression", "object", "property", "property_identifier")
    language = "javascript"
    inventory_language = "javascript"

    def __init__(self, ctx) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx)
        self.imports = {k: module_path(v) for k, v in semantics(ctx).imports().items()}
        self._captured: dict[tuple[str, int, int, str], list[dict[str, list[Node]]]] = {}

    def _captures(self, source: str, node: Node) -> list[dict[str, list[Node]]]:
        # Kept per file: the declarations of the outermost scope were queried again for
        # every receiver resolved, whole file each time (quadratic: a 5,000-line file took
        # 2 s, a 20,000-line one over the server's 8 s budget).
        key = (source, node.start_byte, node.end_byte, node.type)
        found = self._captured.get(key)
        if found is None:
            query = compile_query(self.ctx.language, source)
            found = self._captured[key] = [caps for _, caps in query_cursor(query).matches(node)]
        return found


    def skip_receiver(self, receiver: Node) -> bool:
        return receiver.type == "identifier" and self.text(receiver) in self.imports

    def resolve(self, type_text: str) -> str:
        """A type annotation's text as an inventory name (`crypto.Hash`, imported `Hmac`)."""
        text = type_text.lstrip(":").strip()
        head, _, rest = text.partition(".")
        if head in self.imports:
            name = f"{self.imports[head]}.{rest}" if rest else self.imports[head]
            return _RENAMED.get(name, name)
        return ""

    def _type(self, node: Node, depth: int) -> Types:
        kind = node.type
        if kind in ("parenthesized_expression", "await_expression", "as_expression",
                    "non_null_expression", "satisfies_expression") and node.named_children:
            return self.type_of(node.named_children[0], depth)
        if kind == "call_expression":
            function = node.child_by_field_name("function")
            if function is None:
                return ()
            if function.type == "member_expression":
                obj = function.child_by_field_name("object")
                owners = self.type_of(obj, depth)
                if owners:
                    prop = self.text(function.child_by_field_name("property"))
                    # (`crypto.generateKeyPairSync('ed25519')` as the imported function is)
                    unencoded = {_UNENCODED.get(f"{owner}.{prop}") for owner in owners} - {None}
                    if unencoded and "Encoding" not in self.text(
                            node.child_by_field_name("arguments")):
                        return tuple(t for t in unencoded if t)
                    return self.member_returns(owners, prop)
            if function.type == "identifier" and self.text(function) not in self.imports:
                return self._declared_result(self.text(function))
            resolved = self.resolve(self.text(function))
            if resolved in _UNENCODED and "Encoding" not in self.text(
                    node.child_by_field_name("arguments")):
                return (_UNENCODED[resolved],)
            return self.returned(resolved)
        if kind == "new_expression":
            return self.returned(self.resolve(self.text(node.child_by_field_name("constructor"))))
        if kind == "identifier":
            name = self.text(node)
            if name in self.imports:
                return (self.imports[name],)
            return self._local(node, name, depth)
        if kind == "member_expression":
            obj = node.child_by_field_name("object")
            if obj is not None and obj.type == "this":
                return self._field(node, self.text(node.child_by_field_name("property")), depth)
            if obj is not None and self.ctx.language in _TYPED:
                return self._literal_member(obj, self.text(node.child_by_field_name("property")))
        return ()

    def _literal_member(self, obj: Node, prop: str) -> Types:
        """`this.signing.privateKey` where the field is annotated with an object type
        (`signing: { privateKey: KeyObject; publicKey: KeyObject }`): the member's type."""
        annotation: Node | None = None
        if obj.type == "member_expression":
            inner = obj.child_by_field_name("object")
            if inner is not None and inner.type == "this":
                member = self._field_member(obj, self.text(obj.child_by_field_name("property")))
                annotation = member.child_by_field_name("type") if member is not None else None
        if annotation is None or not prop:
            return ()
        for signature in annotation.named_children[0].named_children \
                if annotation.named_children and annotation.named_children[0].type == \
                "object_type" else []:
            if signature.type == "property_signature" and self.text(
                    signature.child_by_field_name("name")) == prop:
                return self._annotated(signature)
        return ()

    def _field_member(self, node: Node, name: str) -> Node | None:
        """The class field (or constructor parameter property) `name` of the class around
        `node`."""
        cls = node.parent
        while cls is not None and cls.type not in ("class_declaration", "class"):
            cls = cls.parent
        body = cls.child_by_field_name("body") if cls is not None else None
        for member in body.named_children if body is not None else []:
            if member.type in ("public_field_definition", "field_definition"):
                key = member.child_by_field_name("name") or member.child_by_field_name("property")
                if self.text(key) == name:
                    return member
        return None

    def _declared_result(self, name: str) -> Types:
        """What a function of this file named `name` is declared to return
        (`function webhookMac(secret: string): Hmac`)."""
        if self.ctx.tree is None or self.ctx.language not in _TYPED:
            return ()
        for caps in self._captures("(function_declaration name: (identifier) @name) @fn",
                                   self.ctx.tree.root_node):
            if self.text(caps["name"][0]) != name:
                continue
            annotation = caps["fn"][0].child_by_field_name("return_type")
            resolved = self.resolve(self.text(annotation)) if annotation is not None else ""
            return (resolved,) if resolved else ()
        return ()

    def _enclosing(self, node: Node) -> list[Node]:
        scopes = []
        cur = node.parent
        while cur is not None:
            if cur.type in _FUNCTIONS or cur.parent is None:
                scopes.append(cur)
            cur = cur.parent
        return scopes

    def _local(self, node: Node, name: str, depth: int) -> Types:
        for scope in self._enclosing(node):
            if scope.type in _FUNCTIONS:
                param = self._parameter(scope, name)
                if param is not None:
                    return self._annotated(param)
            for caps in self._captures(_DECLARATIONS, scope):
                if self.text(caps["name"][0]) != name:
                    continue
                decl = caps["decl"][0]
                if self._function_of(decl) != (scope if scope.type in _FUNCTIONS else None):
                    continue
                if decl.child_by_field_name("type") is not None:
                    return self._annotated(decl)
                return self.type_of(decl.child_by_field_name("value"), depth)
            found = self._destructured(scope, name, depth)
            if found:
                return found
        return ()

    def _destructured(self, scope: Node, name: str, depth: int) -> Types:
        """`const { privateKey } = generateKeyPairSync('ed25519')` (or `{ privateKey: key }`):
        the inventoried type of that property of the value's type."""
        for caps in self._captures(_DESTRUCTURED, scope):
            decl = caps["decl"][0]
            if self._function_of(decl) != (scope if scope.type in _FUNCTIONS else None):
                continue
            for prop in caps["pattern"][0].named_children:
                if prop.type == "shorthand_property_identifier_pattern" and \
                        self.text(prop) == name:
                    key = name
                elif prop.type == "pair_pattern" and self.text(
                        prop.child_by_field_name("value")) == name:
                    key = self.text(prop.child_by_field_name("key"))
                else:
                    continue
                owners = self.type_of(decl.child_by_field_name("value"), depth)
                return tuple(t for owner in owners for t in self.returned(f"{owner}.{key}"))
        return ()

    def _function_of(self, node: Node) -> Node | None:
        cur = node.parent
        while cur is not None and cur.type not in _FUNCTIONS:
            cur = cur.parent
        return cur

    def _field(self, node: Node, name: str, depth: int) -> Types:
        cls = node.parent
        while cls is not None and cls.type not in ("class_declaration", "class"):
            cls = cls.parent
        body = cls.child_by_field_name("body") if cls is not None else None
        if body is None:
            return ()
        for member in body.named_children:
            if member.type in ("public_field_definition", "field_definition"):
                key = member.child_by_field_name("name") or member.child_by_field_name("property")
                if self.text(key) != name:
                    continue
                if member.child_by_field_name("type") is not None:
                    return self._annotated(member)
                return self.type_of(member.child_by_field_name("value"), depth)
            if member.type == "method_definition" and self.text(
                    member.child_by_field_name("name")) == "constructor":
                param = self._parameter(member, name)
                if param is not None and any(c.type == "accessibility_modifier" or self.text(
                        c) == "readonly" for c in param.children):  # a parameter property
                    return self._annotated(param)
        return ()

    def _parameter(self, function: Node, name: str) -> Node | None:
        params = function.child_by_field_name("parameters")
        if params is None or self.ctx.language not in _TYPED:
            return None  # plain JavaScript parameters carry no type (and no such node kinds)
        for caps in self._captures(_PARAMETERS, params):
            pattern = caps["param"][0].child_by_field_name("pattern")
            if pattern is not None and self.text(pattern) == name:
                return caps["param"][0]
        return None

    def _annotated(self, node: Node) -> Types:
        """The inventoried type a TypeScript annotation names (`: crypto.Hash`)."""
        annotation = node.child_by_field_name("type")
        resolved = self.resolve(self.text(annotation)) if annotation is not None else ""
        return (resolved,) if resolved else ()
