"""The prompt guard as engine rules, so editors and `vigilint scan` show its verdicts.

Eight rules: the four verdict reasons (crypto implementation -> block; missing constraints;
missing, wrong or ambiguous OWASP reference; a prompt the guard could not read whole), once for
prompt documents (`paths=` globs) and once for prompt-like comments in code. Each warn finding carries the "add security constraints" fix: the
constraint block inserted under the prompt (as comment lines in code). One fix per prompt: it
rides on the prompt's first warn finding, so applying every fix inserts the block once.

Categories: `crypto-implementation` for the block (the prompt asks for hand-rolled crypto);
`insecure-default` for a prompt without constraints or OWASP reference, because what it leads
to is the assistant's insecure default code (OWASP A04:2021 / A06:2025 Insecure Design: the
security requirements are missing from the design input).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from vigilint.analyzers.context import FileContext, Hit
from vigilint.model import Edit, Fix, Rule
from vigilint.prompts.rule_ids import RULE_CONSTRAINTS, RULE_CRYPTO, RULE_OWASP, RULE_UNREAD
from vigilint.prompts.sources import (
    COMMENT_LANGUAGES,
    DOCUMENT_GLOBS,
    CommentPrompt,
    comment_prompts,
    has_comment_marker,
)

if TYPE_CHECKING:
    from vigilint.prompts.guard import PromptFinding, PromptVerdict

COMMENT_IDS = {RULE_CRYPTO: "VG-PROMPT-011", RULE_CONSTRAINTS: "VG-PROMPT-012",
               RULE_OWASP: "VG-PROMPT-013", RULE_UNREAD: "VG-PROMPT-014"}
# Prompt documents and prompt comments are read up to this many characters (about 50,000 tokens;
# prompt files in repositories hold a few thousand). What lies beyond is reported unread
# (VG-PROMPT-004/014, a block verdict), never skipped silently. The hooks, `vigilint prompt` and
# the MCP server keep the guard's own limit (`MAX_PROMPT_CHARS`): they answer once per prompt,
# where the editor checks a document again on every change, and no rule may spend more than a
# second on a megabyte (issue 26; the guard costs about 2 s of CPU per million characters).
FILE_PROMPT_CHARS = 200_000

_CACHE_DOC = "prompt.document"
_CACHE_COMMENTS = "prompt.comments"


def _settings(ctx: FileContext) -> Any:
    """The scan's settings (`check_prompt` reads only the OWASP edition from them), or None."""
    return ctx.cache.get("settings")


def check_prompt(text: str, settings: Any) -> PromptVerdict:
    """The guard's verdict on at most `FILE_PROMPT_CHARS` of `text`; the guard is imported when
    a file holds a prompt to check."""
    from vigilint.prompts.guard import check_prompt as guard_check

    return guard_check(text, settings, limit=FILE_PROMPT_CHARS)


def _position(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


# -- documents ------------------------------------------------------------------------------
def _document_hits(ctx: FileContext) -> list[tuple[str, Hit]]:
    if _CACHE_DOC not in ctx.cache:
        verdict = check_prompt(ctx.text, _settings(ctx))
        fix = _document_fix(ctx, verdict)
        hits: list[tuple[str, Hit]] = []
        for finding in verdict.findings:
            line, col = _position(ctx.text, finding.start)
            end_line, end_col = _position(ctx.text, max(finding.end, finding.start))
            hits.append((finding.id, _hit(finding, (line, col, end_line, end_col),
                                          fix if _takes_fix(finding, verdict) else None,
                                          _past_limit(finding, verdict))))
        ctx.cache[_CACHE_DOC] = hits
    cached: list[tuple[str, Hit]] = ctx.cache[_CACHE_DOC]
    return cached


def _document_fix(ctx: FileContext, verdict: PromptVerdict) -> Fix | None:
    if verdict.verdict != "warn" or not verdict.suggestion:
        return None
    lines = ctx.lines
    last = len(lines)
    end_col = len(lines[-1]) + 1
    if ctx.text.endswith("\n"):
        new_text = "\n" + verdict.suggestion + "\n"
    else:
        new_text = "\n\n" + verdict.suggestion + "\n"
    edit = Edit(line=last, column=end_col, end_line=last, end_column=end_col, new_text=new_text)
    return Fix(title="Add security constraints to the prompt", edits=(edit,), safe=False)


# -- comments -------------------------------------------------------------------------------
def _comment_hits(ctx: FileContext) -> list[tuple[str, Hit]]:
    if _CACHE_COMMENTS not in ctx.cache:
        hits: list[tuple[str, Hit]] = []
        if has_comment_marker(ctx.text):
            settings = _settings(ctx)
            for prompt in comment_prompts(ctx.lines):
                verdict = check_prompt(prompt.text, settings)
                fix = _comment_fix(ctx, prompt, verdict)
                position = (prompt.first_line, prompt.marker_column, prompt.first_line,
                            prompt.marker_end_column)
                for finding in verdict.findings:
                    hits.append((COMMENT_IDS[finding.id],
                                 _hit(finding, position,
                                      fix if _takes_fix(finding, verdict) else None,
                                      _past_limit(finding, verdict))))
        ctx.cache[_CACHE_COMMENTS] = hits
    cached: list[tuple[str, Hit]] = ctx.cache[_CACHE_COMMENTS]
    return cached


def _comment_fix(ctx: FileContext, prompt: CommentPrompt, verdict: PromptVerdict) -> Fix | None:
    if verdict.verdict != "warn" or not verdict.suggestion:
        return None
    prefix = f"{prompt.indent}{prompt.leader} "
    block = "".join(f"{prefix}{line}".rstrip() + "\n" for line in verdict.suggestion.splitlines())
    if prompt.last_line < len(ctx.lines):
        edit = Edit(line=prompt.last_line + 1, column=1, end_line=prompt.last_line + 1,
                    end_column=1, new_text=block)
    else:
        end = len(ctx.lines[-1]) + 1
        edit = Edit(line=prompt.last_line, column=end, end_line=prompt.last_line,
                    end_column=end, new_text="\n" + block.rstrip("\n"))
    return Fix(title="Add security constraints to the prompt comment", edits=(edit,),
               safe=True)


# -- shared ---------------------------------------------------------------------------------
def _takes_fix(finding: PromptFinding, verdict: PromptVerdict) -> bool:
    first_warn = next((f for f in verdict.findings if f.severity == "warn"), None)
    return finding is first_warn


def _past_limit(finding: PromptFinding, verdict: PromptVerdict) -> bool:
    """The unread finding of a prompt longer than the limit: what was not read may ask for
    anything, so it weighs as much as a crypto request (the verdict is a block)."""
    return finding.id == RULE_UNREAD and verdict.verdict == "block" and \
        any(part.reason == "size-limit" for part in verdict.unread)


def _hit(finding: PromptFinding, position: tuple[int, int, int, int], fix: Fix | None,
         past_limit: bool = False) -> Hit:
    if finding.severity == "note":
        return Hit(position=position, message=finding.message, likelihood="unlikely",
                   impact="low", fix=fix)
    if past_limit:
        return Hit(position=position, message=finding.message, likelihood="likely",
                   impact="high", fix=fix)
    return Hit(position=position, message=finding.message, fix=fix)


def _for(rule_id: str, source: str) -> Callable[[FileContext], Iterator[Hit]]:
    def check(ctx: FileContext) -> Iterator[Hit]:
        hits = _document_hits(ctx) if source == "document" else _comment_hits(ctx)
        return (hit for found_id, hit in hits if found_id == rule_id)
    return check


_DOCS_CRYPTO = """## What it does
Flags a prompt ({where}) that asks the AI assistant to implement a cryptographic primitive or
protocol itself: "implement AES", "write SHA-256 from scratch", "my own encryption", "an HMAC
without libraries", a PRNG for keys, or indirectly "scramble the bytes with a key so nobody can
read them". The prompt guard's verdict is **block**, whatever else the prompt says.

## Why is this bad?
Hand-written cryptography is almost always breakable (padding, modes, nonces, timing, weak
randomness) and an assistant will happily produce plausible-looking broken code. Cryptography
must come from audited libraries.

{examples}## References
- CWE-1240 Use of a Cryptographic Primitive with a Risky Implementation; CWE-327
- OWASP A02:2021 Cryptographic Failures / A04:2025 Cryptographic Failures
- docs/prompt-guard.md
"""

_DOCS_CONSTRAINTS = """## What it does
Flags a security-sensitive prompt ({where}) that states no security constraint for one of its
domains: authentication, access control, cryptography, secrets, personal or payment data,
untrusted input (queries, commands, templates, parsers), outbound requests to user-given URLs,
file uploads and paths, deserialization, configuration, dependencies, memory safety. Each
domain has concerns (for authentication: password storage, brute-force protection, sessions,
one-time tokens, federated login) with a catalogue of concrete controls
(`vigilint/prompts/controls.toml`); the finding names the concerns that have no control, and
the fix inserts exactly those constraints with the domain's OWASP categories.

## Why is this bad?
An assistant asked for a feature without security requirements writes the insecure default:
string-built SQL, plain-text passwords, unchecked object ids, `pickle.loads` on uploads.
Stating the constraints in the prompt is the cheapest fix there is.

{examples}## References
- CWE-1059 Insufficient Technical Documentation (the requirements are missing)
- OWASP A04:2021 Insecure Design / A06:2025 Insecure Design
- docs/prompt-guard.md
"""

_DOCS_OWASP = """## What it does
Flags a security-sensitive prompt ({where}) that states constraints but names no OWASP Top 10
category for the domains it touches (or only unrelated ones), and, as a hint, a bare id such
as `A03` whose meaning differs between the 2021 and 2025 editions (A03:2021 is Injection,
A03:2025 Software Supply Chain Failures). Bare ids are read with `owasp_edition` (default
2021), or with the edition the prompt names ("OWASP Top 10 2025").

## Why is this bad?
Naming the category points the assistant (and the reviewer) at the whole class of weakness,
not only the constraints listed; an ambiguous id points at the wrong one.

{examples}## References
- OWASP Top 10 2021 and 2025
- docs/prompt-guard.md
"""

_DOCS_UNREAD = """## What it does
Flags a prompt ({where}) that the guard could not read whole: text beyond its size limit,
bytes that are not UTF-8, NUL characters, or invisible Unicode *tag* characters that spell
text a model reads but a person does not see. The verdict covers what was read; this finding
says what was not, so the prompt is never allowed silently.

## Why is this bad?
A guard that skips what it cannot read can be bypassed by padding a prompt, by an encoding
trick, or by hiding instructions in invisible characters ("ASCII smuggling").

{examples}## References
- CWE-1007 Insufficient Visual Distinction of Homoglyphs Presented to User; CWE-116
- docs/prompt-guard.md
"""

_WHERE = {"document": "a prompt document: `*.prompt.md`, `.github/copilot-instructions.md`, "
                      "`.github/instructions/*.md`, `.cursor/rules/*`, `AGENTS.md`, `CLAUDE.md`",
          "comment": "a prompt-like comment in code: `# TODO: write …`, `// AI: generate …`, "
                     "`# prompt: …`, `// write a function that …`"}
_EXAMPLES = {
    ("crypto", "document"): ("Implement AES-256 encryption for the notes in pure Python.",
                             "Encrypt the notes with AES-GCM from the `cryptography` package; "
                             "keys come from the KMS."),
    ("crypto", "comment"): ("# TODO: write our own encryption for the backup files",
                            "# TODO: encrypt the backup files with Fernet from the cryptography "
                            "package"),
    ("constraints", "document"): ("Write a Flask endpoint that looks up orders by the id in the "
                                  "URL.",
                                  "Write a Flask endpoint that looks up orders by the id in the "
                                  "URL. Check that the order belongs to the current user and "
                                  "deny by default (OWASP A01:2021 Broken Access Control)."),
    ("constraints", "comment"): ("# TODO: write login handler",
                                 "# TODO: write login handler\n# Security constraints:\n"
                                 "# Authentication (OWASP A07:2021 Identification and "
                                 "Authentication Failures, A07:2025 Authentication Failures):\n"
                                 "# - Hash passwords with argon2id ...; rate-limit attempts"),
    ("unread", "document"): ("Summarise the release notes.<U+E0049><U+E006D><U+E0070>... "
                             "(invisible tag characters spelling an instruction)",
                             "Summarise the release notes."),
    ("unread", "comment"): ("# TODO: write the export <U+E0041><U+E0045><U+E0053>... (invisible "
                            "tag characters)", "# TODO: write the export"),
    ("owasp", "document"): ("Search products with parameterized queries; limit q to 100 "
                            "characters.",
                            "Search products with parameterized queries; limit q to 100 "
                            "characters (OWASP A03:2021 Injection)."),
    ("owasp", "comment"): ("// AI: generate the user lookup with a parameterized query",
                           "// AI: generate the user lookup with a parameterized query "
                           "(OWASP A03:2021 Injection)"),
}


_EXAMPLE_SECTIONS = """## Example
```text
{bad}
```

## Use instead
```text
{good}
```

"""


def _docs(template: str, kind: str, source: str) -> str:
    bad, good = _EXAMPLES[(kind, source)]
    return template.format(where=_WHERE[source],
                           examples=_EXAMPLE_SECTIONS.format(bad=bad, good=good))


def _rules() -> list[Rule]:
    out: list[Rule] = []
    for source in ("document", "comment"):
        ids = ({RULE_CRYPTO: RULE_CRYPTO, RULE_CONSTRAINTS: RULE_CONSTRAINTS,
                RULE_OWASP: RULE_OWASP, RULE_UNREAD: RULE_UNREAD} if source == "document"
               else COMMENT_IDS)
        languages: tuple[str, ...] = ("*",) if source == "document" else COMMENT_LANGUAGES
        paths = DOCUMENT_GLOBS if source == "document" else ()
        suffix = "" if source == "document" else "-comment"
        out.append(Rule(
            id=ids[RULE_CRYPTO], name=f"prompt-crypto-implementation{suffix}",
            category="crypto-implementation", languages=languages, cwe=(1240, 327),
            owasp=("A02:2021", "A04:2025"), likelihood="likely", impact="high",
            confidence="medium",
            message="The prompt asks the assistant to implement cryptography itself; ask for a "
                    "vetted library instead.",
            check_file=_for(ids[RULE_CRYPTO], source), paths=paths,
            docs=_docs(_DOCS_CRYPTO, "crypto", source)))
        out.append(Rule(
            id=ids[RULE_CONSTRAINTS], name=f"prompt-missing-security-constraints{suffix}",
            category="insecure-default", languages=languages, cwe=(1059,),
            owasp=("A04:2021", "A06:2025"), likelihood="likely", impact="medium",
            confidence="medium",
            message="The security-sensitive prompt states no security constraints; add the "
                    "constraint block for its domain.",
            check_file=_for(ids[RULE_CONSTRAINTS], source), paths=paths, fixable=True,
            docs=_docs(_DOCS_CONSTRAINTS, "constraints", source)))
        out.append(Rule(
            id=ids[RULE_OWASP], name=f"prompt-owasp-reference{suffix}",
            category="insecure-default", languages=languages, cwe=(1059,),
            owasp=("A04:2021", "A06:2025"), likelihood="possible", impact="low",
            confidence="medium",
            message="The security-sensitive prompt names no OWASP category for its domain; "
                    "name it (e.g. `A03:2021 Injection`).",
            check_file=_for(ids[RULE_OWASP], source), paths=paths, fixable=True,
            docs=_docs(_DOCS_OWASP, "owasp", source)))
        out.append(Rule(
            id=ids[RULE_UNREAD], name=f"prompt-not-fully-read{suffix}",
            category="scanner-bypass", languages=languages, cwe=(116,),
            owasp=("A04:2021", "A06:2025"), likelihood="possible", impact="medium",
            confidence="high",
            message="The prompt guard could not read all of the prompt (size limit, "
                    "undecodable bytes or invisible text); check that part yourself.",
            check_file=_for(ids[RULE_UNREAD], source), paths=paths,
            docs=_docs(_DOCS_UNREAD, "unread", source)))
    return out


RULES = _rules()
