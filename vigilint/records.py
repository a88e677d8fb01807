"""Plain records with the part of pydantic's model API vigilint uses: the findings and rules
(vigilint/model.py), the settings (vigilint/config.py) and the prompt guard's verdict.

Importing pydantic and building a model's schema costs a `vigilint prompt` or a one-file
`vigilint scan` process more than its work (about 80 ms of CPU on the build machine for the
import alone): these classes are dataclasses instead. A subclass of `Record` is a keyword-only
dataclass (`class Finding(Record, frozen=True)` for an immutable, hashable one) whose fields
are declared as in pydantic (`name: type = default`, or `Field(default_factory=...)`), with
`model_dump(mode=...)`, `model_dump_json()`, `model_validate(...)`, `model_validate_json(...)`
and `model_copy(update=...)`; the dump is what pydantic's was (field order, nested records as
dicts, containers copied, tuples as lists in JSON), so the JSON and SARIF contracts
(docs/DESIGN.md) are unchanged. Values are converted like pydantic's lax mode does for these
fields (a dict given for a record, a tuple or other iterable for a list, a list for a tuple,
records for the items of a tuple or list of records); they are not otherwise validated: they
are built by vigilint's own code, and user configuration is validated with pydantic before a
settings record is made of it (vigilint/config_schema.py). pydantic can validate and dump
records too (they are standard dataclasses).

`tests/prompts/test_prompt_records.py` and `tests/test_model_records.py` check the dumps
against pydantic's for the same declarations.
"""

from __future__ import annotations

import copy
import dataclasses
import json
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
    if origin is tuple:
        args = typing.get_args(hint)
        if len(args) != 2 or args[1] is not Ellipsis:
            return _identity  # fixed-length tuples: not used by vigilint's records
        convert = _converter(args[0])
        if convert is _identity:
            return lambda value: value if type(value) is tuple or isinstance(value, str) \
                else tuple(value)
        return lambda value: value if isinstance(value, str) \
            else tuple(convert(v) for v in value)
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


class RecordValidationError(ValueError, TypeError):
    """A mapping that does not make a record: a field missing, unknown or of the wrong type
    (a ValueError, as pydantic's ValidationError is)."""


def _fits(value: Any, hint: Any) -> bool:
    """Whether `value` (after conversion) has the declared type: what `model_validate` checks
    of data read back from a file or a cache. Callables and other types are not checked."""
    if hint is Any:
        return True
    if hint is type(None) or hint is None:
        return value is None
    if hint is bool:
        return isinstance(value, bool)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if hint is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if hint is str:
        return isinstance(value, str)
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin is typing.Literal:
        return value in args
    if origin in (typing.Union, types.UnionType):
        return any(_fits(value, option) for option in args)
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return isinstance(value, tuple) and all(_fits(v, args[0]) for v in value)
    if origin is list:
        return isinstance(value, list) and all(_fits(v, args[0]) for v in value) if args \
            else isinstance(value, list)
    if origin is dict:
        return isinstance(value, dict) and (not args or all(
            _fits(k, args[0]) and _fits(v, args[1]) for k, v in value.items()))
    if isinstance(hint, type) and issubclass(hint, Record):
        return isinstance(value, hint)
    return True


def _default(field: dataclasses.Field[Any]) -> Any:
    if field.default_factory is not dataclasses.MISSING:
        return field.default_factory()
    return field.default  # MISSING for a required field: equal to no value


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
    _hints: ClassVar[dict[str, Any] | None]

    def __init_subclass__(cls, frozen: bool = False, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls._converters = cls._hints = None
        dataclasses.dataclass(kw_only=True, frozen=frozen)(cls)

    def __post_init__(self) -> None:
        converters = type(self)._field_converters()
        for name, convert in converters.items():
            value = getattr(self, name)
            if value is not None:
                object.__setattr__(self, name, convert(value))

    @classmethod
    def _field_hints(cls) -> dict[str, Any]:
        hints = cls.__dict__.get("_hints")
        if hints is None:
            hints = typing.get_type_hints(cls)
            cls._hints = hints
        return hints

    @classmethod
    def _field_converters(cls) -> dict[str, Callable[[Any], Any]]:
        """The fields whose values are converted, resolved on first use (the annotations
        are strings until then)."""
        converters = cls.__dict__.get("_converters")
        if converters is None:
            hints = cls._field_hints()
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
        keys are ignored, as pydantic does by default), its values converted and their types
        checked (`RecordValidationError`, a ValueError, when they do not fit)."""
        if isinstance(obj, cls):
            return obj
        if not isinstance(obj, dict):
            raise RecordValidationError(
                f"{cls.__name__}: expected a mapping, got {type(obj).__name__}")
        fields = dataclasses.fields(cls)  # type: ignore[arg-type]
        names = {f.name for f in fields}
        try:
            out = cls(**{k: v for k, v in obj.items() if k in names})
        except TypeError as exc:  # a field missing
            raise RecordValidationError(f"{cls.__name__}: {exc}") from None
        hints = cls._field_hints()
        for field in fields:
            if not _fits(getattr(out, field.name), hints[field.name]):
                raise RecordValidationError(
                    f"{cls.__name__}: field `{field.name}` is not a {hints[field.name]}")
        return out

    @classmethod
    def model_validate_json(cls: type[R], data: str | bytes) -> R:
        return cls.model_validate(json.loads(data))

    def model_dump(self, *, mode: str = "python",
                   exclude_defaults: bool = False) -> dict[str, Any]:
        """The fields in declaration order; records as dicts, containers copied; with
        `mode="json"` tuples become lists; with `exclude_defaults`, fields equal to their
        default are left out (in nested records too), as pydantic does."""
        if mode not in ("python", "json"):
            raise ValueError(f"unknown dump mode {mode!r}")
        out: dict[str, Any] = {}
        for f in dataclasses.fields(self):  # type: ignore[arg-type]
            value = getattr(self, f.name)
            if exclude_defaults and value == _default(f):
                continue
            if exclude_defaults and isinstance(value, Record):
                out[f.name] = value.model_dump(mode=mode, exclude_defaults=True)
            else:
                out[f.name] = _dumped(value, mode)
        return out

    def model_dump_json(self) -> str:
        """The JSON-mode dump as compact JSON, as pydantic writes it."""
        return json.dumps(self.model_dump(mode="json"), ensure_ascii=False,
                          separators=(",", ":"))

    def model_copy(self: R, *, update: dict[str, Any] | None = None, deep: bool = False) -> R:
        """A copy, with `update`'s values set as given (not converted, as in pydantic)."""
        if deep:
            out = copy.deepcopy(self)
        else:  # what copy.copy does for a plain dataclass instance, without its dispatch
            out = object.__new__(type(self))
            out.__dict__.update(self.__dict__)
        for name, value in (update or {}).items():
            object.__setattr__(out, name, value)
        return out


__all__ = ["Field", "Record", "RecordValidationError"]
