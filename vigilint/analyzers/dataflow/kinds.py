"""The one vocabulary of the dataflow core: source kinds (taint labels) and sink kinds.

Every language, model table and rule spells sink kinds this way; see docs/dataflow.md section 1.
"""

from __future__ import annotations

from typing import Final

# Source kinds (taint labels). `param:N` labels are made by `param_label`.
HTTP: Final = "http"  # data of an incoming request
ARGV: Final = "argv"  # command-line arguments
STDIN: Final = "stdin"  # interactive input
ENV: Final = "env"  # environment variables
ARCHIVE: Final = "archive"  # names of the entries of an archive being read (zip slip)
SOURCE_KINDS: Final = frozenset({HTTP, ARGV, STDIN, ENV, ARCHIVE})
# What a function nothing is known of made of a whole request object (`adapter(request)`,
# `login.get_redirect_url(request)`): maybe some of the request's data, maybe an object the
# application built from it (a user, a form, a URL it chose): no source, an unknown origin.
HTTP_OBJECT: Final = "http.object"
UNTRUSTED: Final = frozenset({HTTP, ARGV, STDIN})
# Input from someone other than the person running the program: for sinks where that person's
# own choice is no flaw (a CLI opening the file its user names), `sys.argv`/`input()` are not
# sources.
REMOTE: Final = UNTRUSTED - {ARGV, STDIN}
PARAM_PREFIX: Final = "param:"

# Sink kinds: the injection vocabulary, then two auxiliary kinds.
SINK_KINDS: Final = frozenset({
    "sql", "nosql", "command", "code", "path", "template", "ldap", "xpath", "xxe", "ssrf",
    "redirect", "xss", "header", "deserialization", "log", "regex", "session",
})
ALL_KINDS: Final = SINK_KINDS


def param_label(index: int) -> str:
    return f"{PARAM_PREFIX}{index}"


def param_index(label: str) -> int | None:
    """N of a `param:N` label, None for any other label."""
    if not label.startswith(PARAM_PREFIX):
        return None
    try:
        return int(label[len(PARAM_PREFIX):])
    except ValueError:
        return None


def parse_kinds(names: list[str] | tuple[str, ...] | frozenset[str]) -> frozenset[str]:
    """Sink kinds named in a model table; "*" is every kind. Unknown names raise ValueError."""
    if "*" in names:
        return ALL_KINDS
    unknown = set(names) - SINK_KINDS
    if unknown:
        raise ValueError(f"unknown sink kind(s) {sorted(unknown)}; known: {sorted(SINK_KINDS)}")
    return frozenset(names)
