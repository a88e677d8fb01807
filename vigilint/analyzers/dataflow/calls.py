"""What a call does to data, from the model tables and naming conventions (language-neutral).

`CallModel(language)` answers, for a resolved callee, whether it is a source, a sanitizer (for
which sink kinds), a validator, a propagator (what its result carries) or an exit. Adapters
ask in this order: local function, project summary, source, propagator "none", "data" method,
sanitizer, sanitizer method, propagator with facts, then their own language's builtins.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from vigilint import lazyre
from vigilint.analyzers.dataflow.kinds import ALL_KINDS
from vigilint.analyzers.models import Models, Propagator, Sanitizer, Source, Validator, load

# Naming conventions of helpers that sanitize or validate (any language).
_NAME_SANITIZER = lazyre.compile(r"(^|_)(escape|sanitize|sanitise|clean|safe|quote|validate)", re.I)
_NAME_GUARD = lazyre.compile(r"(^is_safe|^is_\w*_safe$|safe_url|_allowed|allowlist|whitelist|"
                             r"permitted|^is_valid|^validate|^valid_)", re.I)
_NAME_EXIT = lazyre.compile(r"(^|\.)(abort|exit|_exit|fail|bad_request|forbidden|"
                            r"HttpResponseBadRequest|HttpResponseForbidden|PermissionDenied|Http404|"
                            r"HTTPException)$")
_QUOTE_KINDS = frozenset({"xss", "sql", "command", "ldap", "xpath", "log", "header"})
_ESCAPE_KINDS = frozenset({"xss", "log"})


def sanitizer_kinds_by_name(name: str) -> frozenset[str]:
    """Sink kinds a helper sanitizes, judged by its name (`escape_for_html` -> xss only):
    for helpers the models do not know."""
    lower = name.lower()
    if "regex" in lower or "regexp" in lower:
        return frozenset({"regex"})
    if "escape" in lower:
        if "sql" in lower:
            return frozenset({"sql"})
        if "shell" in lower or "cmd" in lower:
            return frozenset({"command"})
        if "ldap" in lower or "filter" in lower:
            return frozenset({"ldap"})
        return _ESCAPE_KINDS
    if "quote" in lower:
        return _QUOTE_KINDS
    return ALL_KINDS


@functools.lru_cache(maxsize=4096)
def looks_like_sanitizer(short: str) -> bool:
    return _NAME_SANITIZER.search(short) is not None


@functools.lru_cache(maxsize=4096)
def looks_like_guard(short: str) -> bool:
    return _NAME_GUARD.search(short) is not None


@dataclass(frozen=True, slots=True)
class CallFacts:
    """Everything the tables say about one qualified name (one lookup in the hot path)."""

    source: str = ""
    propagator: Propagator | None = None
    sanitizer: Sanitizer | None = None
    result_type: str = ""


@dataclass(frozen=True, slots=True)
class MethodFacts:
    """Everything the tables say about one method (last) name."""

    propagator: Propagator | None = None
    sanitizer: Sanitizer | None = None


class CallModel:
    """The model tables of one language, asked about one callee at a time."""

    def __init__(self, language: str) -> None:
        self.models: Models = load(language)
        m = self.models
        names = set(m.source_calls) | set(m.propagator_calls) | set(m.sanitizer_calls) | \
            set(m.types)
        self.by_name: dict[str, CallFacts] = {
            n: CallFacts(m.source_calls[n].kind if n in m.source_calls else "",
                         m.propagator_calls.get(n), m.sanitizer_calls.get(n), m.types.get(n, ""))
            for n in names}
        self.by_method: dict[str, MethodFacts] = {
            n: MethodFacts(m.propagator_methods.get(n), m.sanitizer_methods.get(n))
            for n in set(m.propagator_methods) | set(m.sanitizer_methods)}
        attributes: set[str] = set()
        safe: set[str] = set()
        uploads: set[str] = set()
        local_urls: set[str] = set()
        for src in (*self.models.request_types.values(), *self.models.request_parameters.values(),
                    *self.models.request_objects.values()):
            attributes.update(src.attributes)
            safe.update(src.safe)
            uploads.update(src.uploads)
            local_urls.update(src.local_urls)
        self.request_attributes = frozenset(attributes)
        self.request_safe = frozenset(safe - attributes)
        self.request_uploads = frozenset(uploads)
        self.request_local_urls = frozenset(local_urls)

    # -- sources ------------------------------------------------------------------------
    def source_kind(self, name: str) -> str:
        """The source kind of a call or attribute read (`sys.argv`, `os.getenv`), "" if none."""
        src = self.models.source_calls.get(name)
        return src.kind if src is not None else ""

    def request_object(self, name: str) -> Source | None:
        """The request source of a module-level object (`flask.request`)."""
        return self.models.request_objects.get(name)

    def request_type(self, type_name: str) -> Source | None:
        found = self.models.request_types.get(type_name)
        if found is None and type_name.endswith("Request"):
            short = type_name.rsplit(".", 1)[-1]
            for name, src in self.models.request_types.items():
                if name.rsplit(".", 1)[-1] == short:
                    return src
        return found

    def request_parameter(self, name: str) -> Source | None:
        return self.models.request_parameters.get(name)

    def uploads_member(self, src: Source | None, member: str) -> bool:
        """True for a request member holding uploaded files (file objects, not paths)."""
        return member in (src.uploads if src is not None else self.request_uploads)

    def local_url_member(self, src: Source | None, member: str) -> bool:
        """True for a request member a redirect may use as it is (`local_urls`)."""
        return member in (src.local_urls if src is not None else self.request_local_urls)

    def member_of_request(self, src: Source | None, member: str) -> str:
        """"tainted", "safe" or "" for a member of a request object (`src` None: of unknown
        library, judged by every library's lists)."""
        if src is not None:
            if member in src.attributes:
                return "tainted"
            if member in src.safe:
                return "safe"
        if member in self.request_attributes:
            return "tainted"
        if member in self.request_safe:
            return "safe"
        return ""

    # -- sanitizers, validators, propagators --------------------------------------------
    def sanitizer(self, name: str) -> Sanitizer | None:
        return self.models.sanitizer_calls.get(name)

    def validator(self, name: str) -> Validator | None:
        return self.models.validator_calls.get(name)

    def validator_method(self, short: str) -> Validator | None:
        return self.models.validator_methods.get(short)

    def propagator(self, name: str) -> Propagator | None:
        return self.models.propagator_calls.get(name)

    def result_type(self, name: str) -> str:
        return self.models.types.get(name, "")

    def is_exit(self, name: str) -> bool:
        """A call that never returns normally (`abort(403)`, `sys.exit()`)."""
        return name in self.models.exits or _NAME_EXIT.search(name) is not None


@functools.cache
def call_model(language: str) -> CallModel:
    return CallModel(language)
