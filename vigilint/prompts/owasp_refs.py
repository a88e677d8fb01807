"""OWASP Top 10 references in prompt text: `A03`, `A03:2021`, `OWASP A07`, `A01:2025`, and the
category names ("Injection", "Broken Access Control", ...).

An id with an edition (`A05:2025`, `A05-2025`, `A05 (2025)`) is exact. A bare id (`A03`) is
resolved with the configured edition, unless the text names one edition alone ("OWASP Top 10
2025"): then that one. Where a bare id means different categories in 2021 and 2025 (A02..A06,
A10) the guard says how it read it. A category name matches every edition that has it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vigilint.policy import OWASP_2021, OWASP_2025, OWASP_NAMES, Edition

_ID = re.compile(
    r"(?<![A-Za-z0-9])(?:owasp[\s-]*(?:top[\s-]*10[\s:-]*(?:20(?:21|25))?\s*)?)?"
    r"A(0[1-9]|10)(?:\s*(?::|-|/|\s|\()\s*(2021|2025)\)?)?(?![0-9A-Za-z])",
    re.IGNORECASE)
_EDITION_CONTEXT = re.compile(r"owasp[\s-]*(?:top[\s-]*(?:10|ten)[\s:-]*)?\(?(20(?:21|25))\b",
                              re.IGNORECASE)

# Category names, their common short forms, and the ids they denote.
_NAME_ALIASES: dict[str, tuple[str, ...]] = {
    "broken access control": ("A01:2021", "A01:2025"),
    "cryptographic failure": ("A02:2021", "A04:2025"),
    "sensitive data exposure": ("A02:2021", "A04:2025"),
    "insecure design": ("A04:2021", "A06:2025"),
    "security misconfiguration": ("A05:2021", "A02:2025"),
    "vulnerable and outdated components": ("A06:2021",),
    "vulnerable components": ("A06:2021",),
    "software supply chain failure": ("A03:2025",),
    "supply chain failure": ("A03:2025",),
    "identification and authentication failure": ("A07:2021",),
    "authentication failure": ("A07:2021", "A07:2025"),
    "broken authentication": ("A07:2021", "A07:2025"),
    "software and data integrity failure": ("A08:2021",),
    "software or data integrity failure": ("A08:2025",),
    "data integrity failure": ("A08:2021", "A08:2025"),
    "insecure deserialization": ("A08:2021", "A08:2025"),
    "security logging and monitoring failure": ("A09:2021",),
    "security logging & alerting failure": ("A09:2025",),
    "security logging and alerting failure": ("A09:2025",),
    "server-side request forgery": ("A10:2021", "A01:2025"),
    "server side request forgery": ("A10:2021", "A01:2025"),
    "ssrf": ("A10:2021", "A01:2025"),
    "mishandling of exceptional conditions": ("A10:2025",),
}
_NAMES = re.compile(
    r"\b(" + "|".join(re.escape(n).replace(r"\ ", r"[\s-]+") for n in
                      sorted(_NAME_ALIASES, key=len, reverse=True)) + r")s?\b",
    re.IGNORECASE)
# "Injection" is the category only as a name: after "OWASP", or capitalised and not naming a
# specific flaw ("SQL Injection") or something else ("Dependency Injection").
_INJECTION = re.compile(r"\binjection\b", re.IGNORECASE)
_OWASP_BEFORE = re.compile(r"owasp[^.\n]{0,40}$", re.IGNORECASE)
_NOT_CATEGORY_BEFORE = re.compile(
    r"\b(sql|nosql|command|code|dependency|prompt|ldap|xpath|header|template|log|os|shell|"
    r"script|html|css|constructor|field|property|crlf|xml|query|object|eval)[\s-]*$",
    re.IGNORECASE)


@dataclass(frozen=True)
class OwaspRef:
    ids: tuple[str, ...]  # resolved ids, edition-qualified
    text: str  # as written
    start: int
    end: int
    bare: bool = False  # an id without edition


def _other(edition: Edition) -> Edition:
    return "2025" if edition == "2021" else "2021"


def find_refs(text: str, edition: Edition) -> list[OwaspRef]:
    """Every OWASP reference in `text`, with bare ids resolved for `edition` (or for the one
    edition the text names)."""
    named_editions = {m.group(1) for m in _EDITION_CONTEXT.finditer(text)}
    context_edition: Edition = edition
    if len(named_editions) == 1:
        context_edition = "2021" if "2021" in named_editions else "2025"
    refs: list[OwaspRef] = []
    for match in _ID.finditer(text):
        number, year = match.group(1), match.group(2)
        start = match.start()
        # "a10" inside a word or a hex string is no reference; require "A" uppercase or "owasp"
        raw = match.group(0)
        if not raw.lower().startswith("owasp") and raw[0] != "A":
            continue
        if year:
            refs.append(OwaspRef((f"A{number}:{year}",), raw, start, match.end()))
        else:
            refs.append(OwaspRef((f"A{number}:{context_edition}",), raw, start, match.end(),
                                 bare=True))
    for match in _NAMES.finditer(text):
        ids = _NAME_ALIASES.get(re.sub(r"[\s-]+", " ", match.group(1).lower()), ())
        if ids:
            refs.append(OwaspRef(ids, match.group(0), match.start(), match.end()))
    for match in _INJECTION.finditer(text):
        before = text[max(0, match.start() - 60):match.start()]
        if _OWASP_BEFORE.search(before) or (
                match.group(0)[0] == "I" and not _NOT_CATEGORY_BEFORE.search(before)):
            refs.append(OwaspRef(("A03:2021", "A05:2025"), match.group(0), match.start(),
                                 match.end()))
    refs.sort(key=lambda r: r.start)
    return refs


def differs_between_editions(number: str) -> bool:
    """True when `Annn` names different categories in 2021 and 2025."""
    return OWASP_2021[f"{number}:2021"] != OWASP_2025[f"{number}:2025"] and number not in (
        "A07", "A08", "A09")


def edition_note(ref: OwaspRef, configured: Edition) -> str | None:
    """A sentence saying how a bare id was read, when the editions disagree about it."""
    if not ref.bare:
        return None
    resolved = ref.ids[0]
    number, edition = resolved.split(":")
    if not differs_between_editions(number):
        return None
    other = _other(edition)  # type: ignore[arg-type]
    how = ("the configured owasp_edition" if edition == configured
           else "the edition the prompt names")
    return (f"`{ref.text.strip()}` has no edition; read as {resolved} {OWASP_NAMES[resolved]} "
            f"({how}); in the {other} edition {number} is {OWASP_NAMES[f'{number}:{other}']}: "
            f"write `{resolved}` to be explicit.")
