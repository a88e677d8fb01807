"""What the Java adapter knows about one file beyond a single method: resolved type names, the
file's methods by class and name (overloads), its enums, and the values of fields (constants
folded from their initializers, request objects injected by type)."""

from __future__ import annotations

from dataclasses import dataclass, field

from tree_sitter import Node

from vigilint.analyzers.context import FileContext
from vigilint.analyzers.dataflow.calls import CallModel, call_model
from vigilint.analyzers.dataflow.flow import FileFlow, FunctionState
from vigilint.analyzers.dataflow.kinds import HTTP
from vigilint.analyzers.dataflow.value import CLEAN, Origin, Value
from vigilint.analyzers.syntax import java
from vigilint.analyzers.syntax.java import JavaSemantics, known_type_names

_CLASS_KINDS = ("class_declaration", "interface_declaration", "enum_declaration",
                "record_declaration")


def retype(v: Value, type_: str) -> Value:
    """`v` with another type (`dataclasses.replace` is slower in this hot path)."""
    return Value(v.labels, v.clean, v.const, v.items, v.seq, v.rest, v.literal, v.facts,
                 v.origin, type_)


@dataclass
class JavaFile:
    """Per-file facts shared by the interpreters of one Java file."""

    ctx: FileContext
    state: FileFlow
    sem: JavaSemantics = field(init=False)
    calls: CallModel = field(init=False)
    # qualified class -> method name -> the methods of that name (overloads)
    methods: dict[str, dict[str, list[FunctionState]]] = field(default_factory=dict)
    # class declaration start -> field name -> value (constants, injected request objects)
    fields: dict[int, dict[str, Value]] = field(default_factory=dict)
    class_starts: dict[str, int] = field(default_factory=dict)  # qualified class -> start
    # memos: (class start, dotted text) -> the class it names ("" for none); qualified call
    # -> whether it never returns
    statics: dict[tuple[int, str], str] = field(default_factory=dict)
    exits: dict[str, bool] = field(default_factory=dict)
    enums: set[str] = field(default_factory=set)  # qualified names of the file's enums
    _resolved: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.sem = java(self.ctx)
        self.calls = call_model("java")

    def resolve(self, type_text: str) -> str:
        """`JavaSemantics.resolve_type`, memoised per text."""
        found = self._resolved.get(type_text)
        if found is None:
            found = self._resolved[type_text] = self.sem.resolve_type(type_text)
        return found

    # -- methods ------------------------------------------------------------------------
    def add_method(self, owner: str, info: FunctionState) -> None:
        self.methods.setdefault(owner, {}).setdefault(info.name, []).append(info)

    def local_methods(self, node: Node, owner: str, name: str, arity: int,
                      outer: bool = True) -> list[FunctionState]:
        """The file's methods `name` taking `arity` arguments, declared by `owner` (a
        qualified class of the file) or, for an unqualified call (`outer`), by a class around
        `node`."""
        owners = [owner] if owner else []
        if outer and not owner:
            cls = self.sem.class_at(node)
            while cls is not None:
                if cls.type in _CLASS_KINDS:
                    owners.append(self.sem.own_class(self.sem.class_name(cls)))
                cls = self.sem.class_at(cls)
        for candidate in owners:
            found = self.methods.get(candidate, {}).get(name)
            if found:
                exact = [m for m in found if len(m.params) == arity]
                return exact or [m for m in found if m.params and arity >= len(m.params) - 1]
        return []

    def superclass(self, node: Node) -> str:
        """The qualified superclass of the class around `node` ("" when none is named)."""
        cls = self.sem.class_at(node)
        while cls is not None and cls.type not in _CLASS_KINDS:
            cls = self.sem.class_at(cls)
        found = cls.child_by_field_name("superclass") if cls is not None else None
        if found is None or not found.named_children:
            return ""
        return self.resolve(self.ctx.node_text(found.named_children[0]))

    def worth_typing(self, type_: str) -> bool:
        """A declared type that decides something (a type the tables know, or one of the
        file's own classes): only such types are kept on the values of variables."""
        return type_ in known_type_names() or type_ in self.methods or type_ in self.enums

    def is_own_class(self, qualified: str) -> bool:
        return qualified in self.methods or qualified in self.enums

    # -- fields -------------------------------------------------------------------------
    def class_fields(self, cls: Node) -> dict[str, Value]:
        return self.fields.setdefault(cls.start_byte, {})

    def field_value(self, node: Node, name: str, cls: Node | None = None) -> Value | None:
        """The value of field `name` seen from `node` (its classes, inner to outer; `cls`, when
        given, is the class around `node`), None when no class around it declares one."""
        cur = cls if cls is not None else self.sem.class_at(node)
        while cur is not None:
            if cur.type in _CLASS_KINDS:
                values = self.fields.get(cur.start_byte)
                if values is not None and name in values:
                    return values[name]
                declared = self.sem.fields(cur).get(name)
                if declared is not None:
                    return self.default_field(name, declared[0], declared[1])
            cur = self.sem.class_at(cur)
        return None

    def default_field(self, name: str, type_: str, node: Node) -> Value:
        """A field whose value the file does not fix: a request object when its type is one
        (`@Autowired HttpServletRequest request`), else of unknown origin."""
        if type_ and self.calls.request_type(type_) is not None:
            return Value(labels=frozenset({HTTP}), type=type_,
                         origin=Origin(f"`{name}`", node.start_byte, node.end_byte))
        return Value(type=type_) if type_ else CLEAN
