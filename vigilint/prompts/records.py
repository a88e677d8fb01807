"""Plain records for the guard's verdict, with the part of pydantic's model API vigilint uses.

Importing pydantic and building a model's schema costs a `vigilint prompt` process more than
the check (about 80 ms of CPU on the build machine, with the rest of the answer under 100): the
guard's verdict classes are dataclasses instead. A subclass of `Record` is a keyword-only
dataclass whose fields are declared as in pydantic (`name: type = default`, or
`Field(default_factory=...)`), with `model_dump(mode=...)`, `model_validate(...)` and
`model_copy(update=...)`; the dump is what pydantic's was (field order, nested records as
dicts, lists copied), so the JSON contract of `vigilint prompt` (docs/DESIGN.md) is unchanged.
Values are converted like pydantic's lax mode does for these fields (a dict given for a
record, a tuple or other iterable for a list); they are not otherwise validated: every
verdict is built by vigilint's own code. pydantic models can hold records as fields (they are
standard dataclasses).

`tests/prompts/test_prompt_records.py` checks the dumps against pydantic models of the same
declarations.
"""

from __future__ import annotations

import copy
import dataclasses
import types
import typing
from collections.abc import Callable
from typing import Any, ClassVar, TypeVar, dataclass_transform

R = TypeVar("R", bound="Record")
_MISSING: Any = dataclasses.MISSING


def Field(default: Any = _MISSING, *, default_factory: Callable[[], Any] | None = None,
          description: str | None = None) -> Any:
    """A field's default, as pydantic's `Field` takes it."""
    metadata = {"description": description} if description is not None else None
    if default_factory is not None:
        return dataclasses.field(default_factory=default_factory, metadata=metadata)
    return dataclasses.field(default=default, metadata=metadata)


def _identity(value: Any) -> Any:
    return value


def _converter(hint: Any) -> Callable[[Any], Any]:
    """How a value given for a field of type `hint` is stored."""
    origin = typing.get_origin(hint)
    if origin is list:
        (item,) = typing.get_args(hint) or (Any,)
        convert = _converter(item)
        if convert is _identity:
            return list
        return lambda value: [convert(v) for v in value]
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(hint) if a is not type(None)]
        records = [a for a in options if isinstance(a, type) and issubclass(a, Record)]
        if len(records) == 1:
            record = records[0]
            return lambda value: record.model_validate(value) if isinstance(value, dict) \
                else value
        return _identity
    if isinstance(hint, type) and issubclass(hint, Record):
        return lambda value: hint.model_validate(value) if isinstance(value, dict) else value
    return _identity


def _dumped(value: Any, mode: str) -> Any:
    if isinstance(value, Record):
        return value.model_dump(mode=mode)
    if isinstance(value, list):
        return [_dumped(v, mode) for v in value]
    if isinstance(value, tuple):
        items = [_dumped(v, mode) for v in value]
        return items if mode == "json" else tuple(items)
    if isinstance(value, dict):
        return {k: _dumped(v, mode) for k, v in value.items()}
    return value


@dataclass_transform(kw_only_default=True, field_specifiers=(Field, dataclasses.field))
class Record:
    """Base of a keyword-only dataclass with pydantic's model methods (see the module)."""

    _converters: ClassVar[dict[str, Callable[[Any], Any]] | None]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls._converters = None
        dataclasses.dataclass(kw_only=True)(cls)

    def __post_init__(self) -> None:
        converters = type(self)._field_converters()
        for name, convert in converters.items():
            value = getattr(self, name)
            if value is not None:
                setattr(self, name, convert(value))

    @classmethod
    def _field_converters(cls) -> dict[str, Callable[[Any], Any]]:
        """The fields whose values are converted, resolved on first use (the annotations
        are strings until then)."""
        converters = cls.__dict__.get("_converters")
        if converters is None:
            hints = typing.get_type_hints(cls)
            converters = {}
            for field in dataclasses.fields(cls):  # type: ignore[arg-type]
                convert = _converter(hints[field.name])
                if convert is not _identity:
                    converters[field.name] = convert
            cls._converters = converters
        return converters

    @classmethod
    def model_validate(cls: type[R], obj: Any) -> R:
        """`obj` itself when it is one; else one made from a mapping of its fields (other
        keys are ignored, as pydantic does by default)."""
        if isinstance(obj, cls):
            return obj
        if not isinstance(obj, dict):
            raise TypeError(f"{cls.__name__}: expected a mapping, got {type(obj).__name__}")
        names = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
        return cls(**{k: v for k, v in obj.items() if k in names})

    def model_dump(self, *, mode: str = "python") -> dict[str, Any]:
        """The fields in declaration order; records as dicts, containers copied; with
        `mode="json"` tuples become lists."""
        if mode not in ("python", "json"):
            raise ValueError(f"unknown dump mode {mode!r}")
        return {f.name: _dumped(getattr(self, f.name), mode)
                for f in dataclasses.fields(self)}  # type: ignore[arg-type]

    def model_copy(self: R, *, update: dict[str, Any] | None = None, deep: bool = False) -> R:
        """A copy, with `update`'s values set as given (not converted, as in pydantic)."""
        out = copy.deepcopy(self) if deep else copy.copy(self)
        for name, value in (update or {}).items():
            setattr(out, name, value)
        return out


__all__ = ["Field", "Record"]
