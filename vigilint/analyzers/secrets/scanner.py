"""One pass over a file's text for every secret detector; the rules read its result.

Speed: each detector runs its regex only around lines that contain one of its keywords (found
with `str.find` on the lower-cased text), on a window of at most `MAX_WINDOW` characters of the
line, and the search resumes after the window, so a keyword repeated a million times on one line
costs one window per `MAX_WINDOW` characters. Private keys (multi-line) get a longer window.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import accumulate, repeat
from operator import add
from typing import TYPE_CHECKING, Any

from vigilint import lazyre
from vigilint.analyzers.secrets import filters
from vigilint.analyzers.secrets.catalog import DETECTORS, Detector
from vigilint.analyzers.secrets.entropy import is_random_looking
from vigilint.analyzers.secrets.pairs import provider_pairs

if TYPE_CHECKING:  # annotations only: a hook redacts with the scanner without pydantic
    from vigilint.model import Confidence, Likelihood

MAX_WINDOW = 4096  # characters of one line a regex sees around a keyword
MULTILINE_WINDOW = 60_000
MULTILINE_BEFORE = 2_000
# A file with more matches of one detector than this is generated data; the first ones are
# reported and the rest skipped, which bounds the (per-match) filter work.
MAX_MATCHES = 100
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
CACHE_KEY = "secrets.matches"
BY_RULE_KEY = CACHE_KEY + ".by_rule"
_ARMOR = lazyre.compile(r"-----(?:BEGIN|END)[ A-Z0-9_]{0,60}-----")


@dataclass(frozen=True)
class SecretMatch:
    """A secret found in the text: its rule, where the value is (character offsets), and how
    sure we are. `value` is the raw secret: it goes into `Hit.secrets` and nowhere else."""

    rule_id: str
    title: str
    start: int
    end: int
    value: str
    confidence: Confidence = "high"
    likelihood: Likelihood | None = None
    placeholder: bool = False
    instruction: bool = False
    example: bool = False  # a documentation example by its own marker (`...EXAMPLE...`)
    example_block: bool = False  # ... or by where it is (an API schema's `"example": {...}`)
    checksum: bool | None = None
    advice: str | None = None  # how the value was given, when not a plain assignment


def lowered(text: str) -> str:
    """Lower-case ASCII letters only, so offsets stay the same as in `text`."""
    low = text.lower()
    # lower() only ever lengthens (e.g. "İ"); same length means every offset is unchanged.
    return low if len(low) == len(text) else text.translate(_ASCII_LOWER)


def windows(text: str, low: str, keywords: Iterable[str], multiline: bool = False,
            width: int = MAX_WINDOW, span: int = MULTILINE_WINDOW) -> list[tuple[int, int]]:
    """Character ranges around the keyword occurrences, merged and in order."""
    out: list[tuple[int, int]] = []
    size = len(text)
    for keyword in keywords:
        pos = low.find(keyword)
        while pos != -1:
            line_start = text.rfind("\n", 0, pos) + 1
            if multiline:  # from a few lines above (a YAML `data:` block before `kind:`)
                start = text.rfind("\n", 0, max(0, line_start - MULTILINE_BEFORE)) + 1
                end = min(size, pos + span)
            else:
                line_end = text.find("\n", pos)
                line_end = size if line_end == -1 else line_end
                # a shell command continued with `\` goes on on the next lines
                while (line_end < size and text[line_end - 1] == "\\"
                       and line_end - line_start < width):
                    following = text.find("\n", line_end + 1)
                    line_end = size if following == -1 else following
                if line_end - line_start <= width:
                    start, end = line_start, line_end
                else:
                    start = max(line_start, pos - width // 2)
                    end = min(line_end, pos + width // 2)
            out.append((start, end))
            pos = low.find(keyword, max(end, pos + 1))
    if len(out) <= 1:
        return out
    out.sort()
    merged = [out[0]]
    for start, end in out[1:]:
        last_start, last_end = merged[-1]
        if start <= last_end:
            merged[-1] = (last_start, max(last_end, end))
        else:
            merged.append((start, end))
    return merged


@functools.lru_cache(maxsize=4096)
def classify(value: str) -> str | None:
    """"drop" (not a value: a template, a mask, a fill-in slot), "example" (a documentation
    example by its own marker), "instruction" (a usable default password), "placeholder"
    (made up) or None (looks real)."""
    value = _ARMOR.sub("", value) if "-----" in value else value
    if filters.is_template_reference(value) or filters.is_instruction(value) \
            or filters.is_cut_short(value):
        return "drop"
    if filters.is_doc_example(value):
        return "example"
    if filters.is_filler(value):
        # masked (`xxxx`, `****`) unless a random-looking part shows it is a real token shape
        return "placeholder" if filters.has_random_segment(value) else "drop"
    if filters.is_default_password(value):
        return "instruction"
    if filters.looks_like_placeholder(value):
        return "placeholder"
    return None


def _value_of(match: Any) -> tuple[str, int, int] | None:
    for group in ("s", "s2"):
        try:
            value = match.group(group)
        except IndexError:
            continue
        if value:
            return value, match.start(group), match.end(group)
    return None


def scan_detector(detector: Detector, text: str, low: str) -> list[SecretMatch]:
    found: list[SecretMatch] = []
    if detector.keywords:
        ranges = windows(text, low, detector.keywords, detector.multiline,
                         span=detector.span or MULTILINE_WINDOW)
        if not ranges:
            return found
    else:
        ranges = [(0, len(text))]
    regex = detector.compiled
    seen = 0
    for start, end in ranges:
        for match in regex.finditer(text, start, end):
            seen += 1
            if seen > 4 * MAX_MATCHES or len(found) >= MAX_MATCHES:
                return found
            got = _value_of(match)
            if got is None:
                continue
            value, vstart, vend = got
            if detector.strict is not None and not detector.strict(value):
                continue
            verdict = classify(value)
            if detector.multiline and verdict == "placeholder":
                verdict = None  # long key bodies hold any short word by chance
            if verdict == "drop":
                if not (detector.prefixed and filters.is_filler(value)):
                    continue
                verdict = "example"  # `AKIAXXXXXXXXXXXXXXXX`: a documented shape
            if detector.entropy is not None and verdict is None and not is_random_looking(
                    value, detector.entropy):
                continue
            checksum = detector.validate(value) if detector.validate else None
            confidence: Confidence = detector.confidence
            if checksum is True:
                confidence = "high"
            elif checksum is False or verdict is not None:
                confidence = "medium" if confidence == "high" else "low"
            found.append(SecretMatch(detector.id, detector.title, vstart, vend, value,
                                     confidence=confidence,
                                     placeholder=verdict == "placeholder",
                                     instruction=verdict == "instruction",
                                     example=verdict == "example", checksum=checksum))
    return found


class _Spans:
    """Disjoint claimed ranges, sorted: overlap checks in O(log n)."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        index = bisect.bisect_left(self.starts, end)
        return index > 0 and self.ends[index - 1] > start

    def add(self, start: int, end: int) -> None:
        index = bisect.bisect_left(self.starts, start)
        self.starts.insert(index, start)
        self.ends.insert(index, end)


# A vendor token is a run of at least 12 characters of this set, with a digit or mixed case;
# lines without such a run are not shown to the format detectors at all. The runs are found on a
# byte copy mapped to b"a" (token characters) and b" " (the rest): `bytes.find` in C.
_TOKEN_CHARS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=_-"
_TO_RUNS = bytes(ord("a") if bytes([i]) in _TOKEN_CHARS and i < 128 else ord(" ")
                 for i in range(256))
_RUN = b"a" * 12
_RUNS = lazyre.compile(b"a{%d,}" % len(_RUN))
_TO_DIGITS = bytes(ord("d") if 48 <= i <= 57 else ord(" ") for i in range(256))
# Detectors whose value can be short, span lines, or sit in a URL: they search the whole text.
WHOLE_TEXT = frozenset({"private-key", "kubernetes-secret-data", "database-url-password",
                        "url-basic-auth", "curl-credentials", "nuget-config-password",
                        "authorization-header", "sidekiq-secret"})


def _qualifies(run: str) -> bool:
    """A run without a digit: mixed case and long enough (`hf_...` tokens, base64), or 16+
    capitals alone (base32 secrets, `AKIAZZZZZZZZZZZZZZZZ` examples; not `CONSTANT_NAMES`)."""
    if len(run) >= 20 and not run.islower() and not run.isupper():
        return True
    return len(run) >= 16 and run.isalpha() and run.isupper()


def candidate_lines(text: str) -> list[tuple[int, int]]:
    """Ranges of the lines (or windows of long lines) that hold a token-like run."""
    encoded = text.encode("ascii", "replace")  # one byte per character
    runs = encoded.translate(_TO_RUNS)
    digits = encoded.translate(_TO_DIGITS)
    out: list[tuple[int, int]] = []
    size = len(text)
    last_end = -1
    misses = 0  # token-like runs without a digit since the last window: a long line of
    # them (minified code) gets windows anyway, not a Python loop per run
    for run in _RUNS.finditer(runs):  # the maximal runs, found in C
        start, end = run.span()
        if start < last_end:  # (partly) inside the last window: what follows it, if a run
            if end - last_end < len(_RUN):
                continue
            start = last_end
        head = min(end, start + 256)
        good = digits.find(b"d", start, head) != -1 or _qualifies(text[start:head])
        misses = 0 if good else misses + 1
        if start >= last_end and (good or misses > 64):
            dense = misses > 64  # a long line of token-like words: take all of it
            misses = 0
            line_start = text.rfind("\n", 0, start) + 1
            line_end = text.find("\n", start)
            line_end = size if line_end == -1 else line_end
            if line_end - line_start > MAX_WINDOW and not dense:
                line_start = max(line_start, start - MAX_WINDOW // 2)
                line_end = min(line_end, start + MAX_WINDOW)
            line_start = max(line_start, last_end)
            out.append((line_start, line_end))
            last_end = line_end
    return out


class _Reduced:
    """The candidate lines joined into one string, with a map back to the original offsets."""

    def __init__(self, text: str, ranges: list[tuple[int, int]]) -> None:
        self.origins = [start for start, _ in ranges]
        self.starts: list[int] = []
        parts: list[str] = []
        pos = 0
        for start, end in ranges:
            self.starts.append(pos)
            parts.append(text[start:end])
            pos += end - start + 1
        self.text = "\n".join(parts)

    def original(self, offset: int) -> int:
        index = bisect.bisect_right(self.starts, offset) - 1
        return self.origins[index] + offset - self.starts[index]


def _moved(match: SecretMatch, reduced: _Reduced) -> SecretMatch:
    start = reduced.original(match.start)
    return replace(match, start=start, end=start + match.end - match.start)


@dataclass(frozen=True)
class _Plan:
    """Detector indices by the text they search (whole text or candidate lines) and keyword."""

    whole: frozenset[int]
    whole_always: tuple[int, ...]  # no keywords: always run
    whole_keywords: tuple[tuple[str, tuple[int, ...]], ...]
    reduced_always: tuple[int, ...]
    reduced_keywords: tuple[tuple[str, tuple[int, ...]], ...]

    @property
    def reduced_searched(self) -> bool:
        return bool(self.reduced_always or self.reduced_keywords)


_PLANS: dict[int, tuple[Sequence[Detector], _Plan]] = {}


def _plan(detectors: Sequence[Detector]) -> _Plan:
    cached = _PLANS.get(id(detectors))
    if cached is not None and cached[0] is detectors:
        return cached[1]
    whole: set[int] = set()
    always: dict[bool, list[int]] = {True: [], False: []}
    by_keyword: dict[bool, dict[str, list[int]]] = {True: {}, False: {}}
    for index, detector in enumerate(detectors):
        is_whole = detector.name in WHOLE_TEXT or detector.multiline
        if is_whole:
            whole.add(index)
        if not detector.keywords:
            always[is_whole].append(index)
        for keyword in detector.keywords:
            by_keyword[is_whole].setdefault(keyword, []).append(index)
    plan = _Plan(frozenset(whole), tuple(always[True]),
                 tuple((k, tuple(v)) for k, v in by_keyword[True].items()),
                 tuple(always[False]), tuple((k, tuple(v)) for k, v in by_keyword[False].items()))
    if len(_PLANS) > 16:
        _PLANS.clear()
    _PLANS[id(detectors)] = (detectors, plan)
    return plan


def scan_text(text: str, path: str = "", language: str = "text",
              detectors: Sequence[Detector] = DETECTORS, generic: bool = True) -> list[SecretMatch]:
    """Every secret in `text`. A value claimed by a specific detector is not reported again by
    a later or a generic one."""
    from vigilint.analyzers.secrets.generic import scan_generic

    low = lowered(text)
    accepted: list[SecretMatch] = []
    spans = _Spans()

    def accept(found: Iterable[SecretMatch]) -> None:
        for match in found:
            if not spans.overlaps(match.start, match.end):
                accepted.append(match)
                spans.add(match.start, match.end)

    plan = _plan(detectors)
    # The detectors that can match: those whose keyword is in the text they search (`windows`
    # finds nothing otherwise), found with one `in` per distinct keyword, not one per detector.
    active = set(plan.whole_always)
    for keyword, indices in plan.whole_keywords:
        if keyword in low:
            active.update(indices)
    reduced = _Reduced(text, candidate_lines(text) if plan.reduced_searched else [])
    reduced_low = ""
    if reduced.text:
        reduced_low = lowered(reduced.text)
        active.update(plan.reduced_always)
        for keyword, indices in plan.reduced_keywords:
            if keyword in reduced_low:
                active.update(indices)
    for index in sorted(active):
        detector = detectors[index]
        if index in plan.whole:
            found = scan_detector(detector, text, low)
            if found:
                accept(found)
        else:
            found = scan_detector(detector, reduced.text, reduced_low)
            if found:
                accept(_moved(m, reduced) for m in found)
    paired = [(m.rule_id, m.start, m.end) for m in accepted if m.rule_id in PROVIDER_IDS]
    if paired:
        accept(_provider_secrets(text, paired))
    if generic:
        accept(scan_generic(text, low, path, language))
    accepted.sort(key=lambda m: (m.start, m.rule_id))
    return accepted


PROVIDER_IDS = frozenset({"VG-SEC-001", "VG-SEC-011"})
PAIRED_ADVICE = "next to its key id; load both from the environment or a secret manager and " \
                "rotate them"


def _provider_secrets(text: str, ids: list[tuple[str, int, int]]) -> Iterator[SecretMatch]:
    for rule, title, start, end in provider_pairs(text, ids):
        value = text[start:end]
        verdict = classify(value)
        if verdict == "drop":
            continue
        yield SecretMatch(rule, title, start, end, value,
                          confidence="high" if verdict is None else "low",
                          placeholder=verdict == "placeholder",
                          instruction=verdict == "instruction", example=verdict == "example",
                          advice=PAIRED_ADVICE)


def matches_for(ctx: Any) -> list[SecretMatch]:
    """The file's secrets, computed once per file and shared by all secret rules."""
    cached = ctx.cache.get(CACHE_KEY)
    if cached is None:
        cached = scan_text(ctx.text, ctx.path, ctx.language)
        ctx.cache[CACHE_KEY] = cached
    return cached


def matches_by_rule(ctx: Any) -> dict[str, list[SecretMatch]]:
    """The file's secrets grouped by rule id (each rule reads only its own)."""
    grouped = ctx.cache.get(BY_RULE_KEY)
    if grouped is None:
        grouped = {}
        for match in matches_for(ctx):
            grouped.setdefault(match.rule_id, []).append(match)
        ctx.cache[BY_RULE_KEY] = grouped
    return grouped


def line_starts(ctx: Any) -> list[int]:
    """Character offsets of the file's line starts, memoised for the file."""
    starts = ctx.cache.get("secrets.line_starts")
    if starts is None:
        # offsets of the line starts: 0, then running sums of len(line) + 1 (in C)
        starts = list(accumulate(map(add, map(len, ctx.lines[:-1]), repeat(1)), initial=0))
        ctx.cache["secrets.line_starts"] = starts
    return starts


def secret_lines(ctx: Any) -> frozenset[int]:
    """The 1-based lines on which a secret found in the file starts, ends or runs."""
    lines = ctx.cache.get(CACHE_KEY + ".lines")
    if lines is None:
        starts = line_starts(ctx)
        found: set[int] = set()
        for match in matches_for(ctx):
            first = bisect.bisect_right(starts, match.start)
            last = bisect.bisect_right(starts, max(match.start, match.end - 1))
            found.update(range(first, last + 1))
        lines = ctx.cache[CACHE_KEY + ".lines"] = frozenset(found)
    return frozenset(lines)


def secret_values(ctx: Any) -> list[str]:
    """Raw values to mask anywhere in the file's findings (the engine's safety net)."""
    return [m.value for m in matches_for(ctx)]
