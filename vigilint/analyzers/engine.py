"""The engine: text in, findings out.

A file is parsed once. Every query rule's patterns, a `(kind) @node` pattern for each node kind
that a node rule handles, and the language's comment kinds are compiled into one tree-sitter
query per language, once per process, and run in one pass: adding a rule adds no tree walk.
Whole-file rules then run with the same context. The file's code role (analyzers/roles.py) then
caps or drops findings outside app code (role_policy.py), duplicates of one flaw are merged
(dedupe.py) after suppressions are applied (a directive covers its own line only).

The engine is pure and shared by the CLI and the language server.
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from fnmatch import translate
from pathlib import PurePosixPath
from typing import Any

from tree_sitter import Node, Query, QueryError, Tree

from vigilint import lazyre
from vigilint.analyzers.context import FileContext, Hit, Related
from vigilint.analyzers.dedupe import one_per_flaw
from vigilint.analyzers.fix_check import Rejection, verified
from vigilint.analyzers.languages import (
    TREE_LANGUAGES,
    compile_query,
    expand,
    language_for,
    own_parser,
    query_cursor,
    take_tree,
    tree_language,
)
from vigilint.analyzers.registry import all_rules, rules_for
from vigilint.analyzers.role_policy import apply_role
from vigilint.analyzers.suppression import Directive, parse_comment
from vigilint.analyzers.wide_nodes import blanked_source
from vigilint.model import Category, Finding, Fix, RelatedLocation, Rule, Suppression
from vigilint.policy import priority

_COMMENT_KINDS = ("comment", "line_comment", "block_comment", "html_comment")
_NODE_CAPTURE = "__node"
_COMMENT_CAPTURE = "__comment"
_MAX_SNIPPET_LINES = 3
_MAX_SNIPPET_CHARS = 400
# What the redactor reads of a snippet line beyond the characters shown: whole tokens only, so
# the cost of a finding stays bounded on a megabyte line (issue 26) and no secret is cut in two.
_REDACT_MARGIN = 4_096
_MENTION = lazyre.compile("vigilint", re.IGNORECASE)
# Suppression findings are about the directive itself; they cannot be suppressed.
UNSUPPRESSIBLE = frozenset({"VG-GEN-SUPPRESS-001"})


@dataclass
class Analysis:
    """The result of analysing one file."""

    path: str
    language: str
    findings: list[Finding]
    errors: list[str] = field(default_factory=list)
    tree: Tree | None = None
    directives: list[Directive] = field(default_factory=list)
    # fixes withheld because they failed the fix gate (analyzers/fix_check.py)
    fixes_rejected: list[Rejection] = field(default_factory=list)


@dataclass
class _Plan:
    """How one language is analysed: the combined query and what each pattern belongs to."""

    language: str
    query: Query | None
    owners: list[tuple[str, tuple[Rule, ...]]]  # per pattern index: ("query"|"node"|"comment", rules)
    file_rules: tuple[Rule, ...]
    errors: list[str]
    rules: tuple[Rule, ...] = ()  # every rule that applies to the language
    # ids of the rules with neither path globs nor a prefilter (active on every file), and the
    # others (decided per file)
    unconditional: frozenset[int] = frozenset()
    conditional: tuple[Rule, ...] = ()
    # every distinct path-glob tuple of the conditional rules (a file is tested once against
    # each), and per conditional rule its prefilter, shortest substring first: a substring is
    # looked for at most once per file, and a rule stops at the first one found
    path_globs: tuple[tuple[str, ...], ...] = ()
    prefilters: tuple[tuple[Rule, tuple[str, ...]], ...] = ()
    # per pattern index: True for a node-kind pattern (the rules get the node), False for a
    # query pattern (the rules get the captures), None for a comment pattern
    node_pattern: tuple[bool | None, ...] = ()
    # active conditional rule ids -> (active rule ids, owners of each pattern among the
    # active rules); files mostly fall in a few such classes
    _selections: dict[frozenset[int], tuple[frozenset[int], list[tuple[Rule, ...] | None]]] = \
        field(default_factory=dict)

    def __post_init__(self) -> None:
        self.unconditional = frozenset(id(r) for r in self.rules
                                       if not r.paths and not r.prefilter)
        self.conditional = tuple(r for r in self.rules if r.paths or r.prefilter)
        self.path_globs = tuple(dict.fromkeys(r.paths for r in self.conditional if r.paths))
        self.prefilters = tuple((r, tuple(sorted(r.prefilter, key=len))) for r in self.conditional)
        self.node_pattern = tuple(None if kind == "comment" else kind == "node"
                                  for kind, _ in self.owners)

    def select(self, path: str, text: str) -> tuple[frozenset[int], list[tuple[Rule, ...] | None]]:
        """The rules active on a file (path globs and prefilters), and per query pattern the
        active rules that own it in plan order (None for comment patterns)."""
        matched = {globs: _path_matches(path, globs) for globs in self.path_globs}
        seen: dict[str, bool] = {}
        chosen: list[int] = []
        for rule, substrings in self.prefilters:
            if rule.paths and not matched[rule.paths]:
                continue
            for substring in substrings:
                found = seen.get(substring)
                if found is None:
                    found = seen[substring] = substring in text
                if found:
                    break
            else:
                if substrings:
                    continue
            chosen.append(id(rule))
        key = frozenset(chosen)
        selection = self._selections.get(key)
        if selection is None:
            active = set(self.unconditional) | key
            selection = (frozenset(active), _owners_among(self.owners, active))
            if len(self._selections) >= _MAX_SELECTIONS:
                self._selections.clear()
            self._selections[key] = selection
        return selection


_MAX_SELECTIONS = 512


def _owners_among(owners: list[tuple[str, tuple[Rule, ...]]],
                  active: set[int] | frozenset[int]) -> list[tuple[Rule, ...] | None]:
    return [None if kind == "comment" else tuple(rule for rule in rules if id(rule) in active)
            for kind, rules in owners]


def _redact(text: str, secrets: tuple[str, ...], carries_secret: bool = False,
            scanned: bool = False) -> str:
    from vigilint.analyzers.secrets.redaction import redact_text

    return redact_text(text, secrets, carries_secret, scanned)


def _redaction_window(line: str) -> str:
    """The part of a snippet line that is redacted and then cut to `_MAX_SNIPPET_CHARS`: the
    whole line when it is short; else its tokens (runs between whitespace) that start within
    the first `_MAX_SNIPPET_CHARS + _REDACT_MARGIN` characters and end there too, then `…`. A
    token longer than the margin that starts within the part shown is left out whole: the
    redactor never sees (and so never shows) a piece of a value it could not judge."""
    cut = _MAX_SNIPPET_CHARS + _REDACT_MARGIN
    if len(line) <= cut:
        return line
    end = max(line.rfind(" ", 0, cut + 1), line.rfind("\t", 0, cut + 1))
    return (line[:end + 1] if end >= 0 else "") + "…"


def _secret_hash(value: str) -> str:
    from vigilint.analyzers.secrets.redaction import fingerprint

    return fingerprint(value)


def _file_secrets(ctx: FileContext, hits: list[tuple[Rule, Hit, Any]]) -> tuple[str, ...]:
    """Every secret in the file, to mask in every finding's snippet (a finding of another rule
    on a line holding a secret must not show it either)."""
    if not hits:
        return ()
    from vigilint.analyzers.secrets.scanner import secret_values

    found = {s for _, hit, _ in hits for s in hit.secrets if s}
    found.update(secret_values(ctx))
    return tuple(found)


def _was_scanned(ctx: FileContext) -> bool:
    from vigilint.analyzers.secrets.scanner import CACHE_KEY

    return CACHE_KEY in ctx.cache


def _secret_lines(ctx: FileContext) -> frozenset[int]:
    """The lines that carry a secret: every credential-shaped token on them is masked too."""
    from vigilint.analyzers.secrets.scanner import secret_lines

    return secret_lines(ctx)


@functools.lru_cache(maxsize=256)
def _basename(path: str) -> str:
    return PurePosixPath(path).name


@functools.lru_cache(maxsize=256)
def _glob_matchers(patterns: tuple[str, ...]) -> tuple[Any, Any, Any]:
    """`patterns` as three regexes (None when empty): for the file name, for the lowercased
    file name, and for the path: `fnmatch`'s semantics (normcase included), compiled once."""
    def one(globs: list[str]) -> Any:
        if not globs:
            return None
        return re.compile("|".join(translate(os.path.normcase(g)) for g in globs))

    names = [p for p in patterns if "/" not in p]
    paths = [p for p in patterns if "/" in p]
    return (one(names), one([p.lower() for p in names]),
            one([*paths, *("*/" + p.lstrip("*/") for p in paths)]))


def _path_matches(path: str, patterns: tuple[str, ...]) -> bool:
    if not patterns:
        return True
    by_name, by_lower_name, by_path = _glob_matchers(patterns)
    if by_name is not None:
        name = os.path.normcase(_basename(path))
        if by_name.match(name) or by_lower_name.match(os.path.normcase(name.lower())):
            return True
    return by_path is not None and by_path.match(os.path.normcase(path)) is not None


def _reporting(gate: Callable[[FileContext], Collection[str]],
               ctx: FileContext) -> Collection[str] | None:
    """The rule ids a `Rule.file_gate` lets run in this file; None (run them all, each then
    reports its own failure) when the gate fails."""
    try:
        return gate(ctx)
    except Exception:
        return None


def _default_node(captures: dict[str, list[Node]]) -> Node | None:
    if captures.get("report"):
        return captures["report"][0]
    best: Node | None = None
    for nodes in captures.values():
        for node in nodes:
            if best is None or (node.end_byte - node.start_byte) > (best.end_byte - best.start_byte):
                best = node
    return best


def _normalize(code: str) -> str:
    return " ".join(code.split())


class AnalysisCancelled(Exception):
    """Raised by `Engine.analyze` when its `should_stop` callback asks it to stop."""


class Engine:
    """Runs rules over files. Create one per configuration and reuse it: plans are cached."""

    def __init__(
        self,
        rules: Sequence[Rule] | None = None,
        disabled: Iterable[str] = (),
        settings: Any = None,
        project: Any = None,
        access: Any = None,
    ) -> None:
        self._disabled = frozenset(d.upper() for d in disabled)
        # None: the registry's rules, imported per language as plans need them (`rules_for`)
        self._rules = None if rules is None else self._enabled(rules)
        self.settings = settings
        # the scan's dataflow summaries (`dataflow.project.ProjectIndex`), when it has them
        self.project = project
        # the scan's access-control facts (`access.project.AccessFacts`), when it has them
        self.access = access
        self._plans: dict[str, _Plan] = {}

    def _enabled(self, rules: Iterable[Rule]) -> tuple[Rule, ...]:
        return tuple(r for r in rules if r.id not in self._disabled)

    @property
    def rules(self) -> tuple[Rule, ...]:
        """Every rule this engine runs (all languages): asking imports every rule module."""
        if self._rules is None:
            self._rules = self._enabled(all_rules())
        return self._rules

    # -- planning -------------------------------------------------------------------------
    def plan(self, language: str) -> _Plan:
        if language not in self._plans:
            self._plans[language] = self._build_plan(language)
        return self._plans[language]

    def _build_plan(self, language: str) -> _Plan:
        candidates = self._rules if self._rules is not None else \
            self._enabled(rules_for(language))
        applicable = [r for r in candidates if language in expand(r.languages)]
        file_rules = tuple(r for r in applicable if r.check_file is not None)
        if language not in TREE_LANGUAGES:
            return _Plan(language, None, [], file_rules, [], tuple(applicable))
        ts_language = tree_language(language)
        sources: list[str] = []
        owners: list[tuple[str, tuple[Rule, ...]]] = []
        errors: list[str] = []
        for rule in applicable:
            if not rule.query:
                continue
            try:
                single = compile_query(language, rule.query)
            except QueryError as exc:
                # A family rule may use node kinds one member lacks (JSX in plain TypeScript).
                if language == rule.languages[0]:
                    errors.append(f"rule {rule.id}: query does not compile for {language}: {exc}")
                continue
            sources.append(rule.query)
            owners.extend([("query", (rule,))] * single.pattern_count)
        by_kind: dict[str, list[Rule]] = defaultdict(list)
        for rule in applicable:
            for kind in rule.node_kinds:
                if ts_language.id_for_node_kind(kind, True) is not None:
                    by_kind[kind].append(rule)
        for kind, kind_rules in by_kind.items():
            sources.append(f"({kind}) @{_NODE_CAPTURE}")
            owners.append(("node", tuple(kind_rules)))
        for kind in _COMMENT_KINDS:
            if ts_language.id_for_node_kind(kind, True) is not None:
                sources.append(f"({kind}) @{_COMMENT_CAPTURE}")
                owners.append(("comment", ()))
        query = Query(ts_language, "\n".join(sources)) if sources else None
        return _Plan(language, query, owners, file_rules, errors, tuple(applicable))

    # -- analysis -------------------------------------------------------------------------
    def parse(self, language: str, source: bytes, old_tree: Tree | None = None) -> Tree | None:
        if language not in TREE_LANGUAGES:
            return None
        parser = own_parser(language)
        if old_tree is not None:
            return parser.parse(source, old_tree)
        # the tree the scan's project index parsed from these bytes, if it kept one
        shared = take_tree(language, source)
        return shared if shared is not None else parser.parse(source)

    def analyze(
        self,
        path: str,
        text: str,
        language: str | None = None,
        tree: Tree | None = None,
        categories: frozenset[Category] | None = None,
        project: Any = None,
        should_stop: Callable[[], bool] | None = None,
        verify_fixes: bool = True,
    ) -> Analysis:
        """Analyse one file's text. `tree` may be passed when the caller keeps an
        incrementally updated tree; `categories` limits the rules (reduced mode); `project`
        (default: the engine's) gives the dataflow summaries of the scan's other files;
        `should_stop` is asked between rules (the language server cancels analyses of
        superseded versions): when it answers True, `AnalysisCancelled` is raised. Fixes are
        offered only when they pass the fix gate (fix_check.py; `verify_fixes=False` is the
        gate's own re-analysis)."""
        language = language or language_for(path, text[:200].encode("utf-8", "replace"))
        ctx = FileContext(path=path, language=language, text=text)
        ctx.cache["settings"] = self.settings
        project = project if project is not None else self.project
        if project is not None:
            ctx.cache["dataflow.project"] = project
        if self.access is not None:
            ctx.cache["access.project"] = self.access
        plan = self.plan(language)
        errors = list(plan.errors)
        if tree is None:
            tree = self.parse(language, ctx.source)
        ctx.tree = tree
        if tree is not None:
            # A node with a very wide run of leaves makes every query slow: the rules query
            # a tree with the run blanked (wide_nodes.py); the caller keeps `tree`.
            blanked = blanked_source(tree, ctx.source)
            if blanked is not None:
                ctx.tree = self.parse(language, blanked)

        # The rules this file can trigger, decided once: category limits, path globs, and the
        # rules' prefilters (a substring the file must contain), so that most rules never run.
        # Per query pattern, the active rules that own it (in plan order), so that the match
        # loop does no per-rule test and skips patterns no active rule wants.
        active: set[int] | frozenset[int]
        if categories is None:
            active, wanted = plan.select(path, text)
        else:
            active = {id(rule) for rule in plan.rules
                      if rule.category in categories
                      and (not rule.paths or _path_matches(path, rule.paths))
                      and (not rule.prefilter or any(s in text for s in rule.prefilter))}
            wanted = _owners_among(plan.owners, active)
        if project is not None:
            # A call of another file's wrapper is a sink the prefilter cannot see.
            woken = {id(rule) for rule in plan.conditional
                     if rule.sink_kinds and id(rule) not in active
                     and (categories is None or rule.category in categories)
                     and (not rule.paths or _path_matches(path, rule.paths))
                     and project.mentions(text, rule.sink_kinds)}
            if woken:
                active = set(active) | woken
                wanted = _owners_among(plan.owners, active)
        if self.access is not None and self.access.mentions(text):
            # A call of another file's data-access function is a lookup the prefilter of the
            # access rules cannot see (`s.store.Invoice(ctx, id)`).
            woken = {id(rule) for rule in plan.conditional
                     if rule.category == "access-control" and id(rule) not in active
                     and (categories is None or rule.category in categories)
                     and (not rule.paths or _path_matches(path, rule.paths))}
            if woken:
                active = set(active) | woken
                wanted = _owners_among(plan.owners, active)

        hits: list[tuple[Rule, Hit, Any]] = []
        comments: list[Node] = []
        if ctx.tree is not None and plan.query is not None:
            cursor = query_cursor(plan.query)
            node_pattern = plan.node_pattern
            run = self._run
            extend = hits.extend
            for count, (pattern_index, captures) in enumerate(
                    cursor.matches(ctx.tree.root_node)):
                if should_stop is not None and count % 64 == 0 and should_stop():
                    raise AnalysisCancelled
                rules = wanted[pattern_index]
                if rules is None:
                    comments.extend(captures.get(_COMMENT_CAPTURE, ()))
                    continue
                if not rules:
                    continue
                target: Any = (captures[_NODE_CAPTURE][0] if node_pattern[pattern_index]
                               else captures)
                for rule in rules:
                    extend(run(rule, ctx, target, errors))
        directives = self._directives(ctx, comments)
        ctx.cache["directives"] = directives
        ctx.cache["comment_nodes"] = comments
        gated: dict[int, Collection[str] | None] = {}
        for rule in plan.file_rules:
            if id(rule) in active:
                if should_stop is not None and should_stop():
                    raise AnalysisCancelled
                gate = rule.file_gate
                if gate is not None:
                    # a group of rules that read one per-file result (the secrets scan): those
                    # it says cannot report here are not run
                    key = id(gate)
                    if key not in gated:
                        gated[key] = _reporting(gate, ctx)
                    allowed = gated[key]
                    if allowed is not None and rule.id not in allowed:
                        continue
                hits.extend(self._run(rule, ctx, None, errors))
        file_secrets = _file_secrets(ctx, hits)
        findings = [self._finding(ctx, rule, hit, target, errors, file_secrets)
                    for rule, hit, target in hits]
        if findings:
            # test, docs, example, generated, vendored and build code: role set, priority
            # capped or the finding dropped (role_policy.py); then one finding per flaw
            role = ctx.role
            if role != "app":
                findings = [f for f in (apply_role(f, role) for f in findings) if f is not None]
        # suppressions before the merging of one flaw's findings: a directive covers the line
        # it names, never the other lines a merged finding would carry along
        findings = self._apply_suppressions(findings, directives)
        if findings:
            findings = one_per_flaw(findings)
        findings = with_fingerprints(findings)
        findings.sort(key=Finding.sort_key)
        # The per-file analyses (semantic layer, dataflow) refer back to the context: dropping
        # them here frees the file's memory at once instead of at the next cyclic collection.
        ctx.cache.clear()
        rejected: list[Rejection] = []
        if verify_fixes and any(f.fix is not None for f in findings):
            def reanalyze(fixed: str) -> tuple[list[Finding], Tree | None]:
                again = self.analyze(path, fixed, language=language, categories=categories,
                                     project=project, should_stop=should_stop,
                                     verify_fixes=False)
                return again.findings, again.tree

            findings, rejected = verified(text, tree, findings, reanalyze)
        # a rule that fails fails on every node it is asked about: one notice per message
        return Analysis(path=path, language=language, findings=findings,
                        errors=list(dict.fromkeys(errors)),
                        tree=tree, directives=directives, fixes_rejected=rejected)

    def _run(self, rule: Rule, ctx: FileContext, target: Any,
             errors: list[str]) -> Sequence[tuple[Rule, Hit, Any]]:
        try:
            if target is None:
                assert rule.check_file is not None
                result = rule.check_file(ctx)
            elif rule.check is None:
                result = True
            else:
                result = rule.check(ctx, target)
        except Exception as exc:  # a broken rule must not stop the scan
            errors.append(f"rule {rule.id} failed on {ctx.path}: {type(exc).__name__}: {exc}")
            return ()
        if result is None or result is False:
            return ()
        if result is True:
            node = target if isinstance(target, Node) else _default_node(target or {})
            return [(rule, Hit(node=node), target)]
        if isinstance(result, Hit):
            return [(rule, result, target)]
        return [(rule, h, target) for h in result if isinstance(h, Hit)]

    def _finding(self, ctx: FileContext, rule: Rule, hit: Hit, target: Any,
                 errors: list[str], file_secrets: tuple[str, ...] = ()) -> Finding:
        place = _place(ctx, hit.position, hit.byte_range)
        if place is not None:
            line, col, end_line, end_col = place
        else:
            node = hit.node
            if node is None:
                node = target if isinstance(target, Node) else _default_node(target or {})
            if node is None:
                line, col, end_line, end_col = 1, 1, 1, 1
            else:
                line, col, end_line, end_col = ctx.node_position(node)
        fix: Fix | None = hit.fix
        if fix is None and rule.fix is not None and target is not None:
            try:
                fix = rule.fix(ctx, target)
            except Exception as exc:
                errors.append(f"fix of rule {rule.id} failed on {ctx.path}: {exc}")
        snippet_lines = ctx.lines[line - 1: min(end_line, line - 1 + _MAX_SNIPPET_LINES)]
        snippet = "\n".join(map(_redaction_window, snippet_lines))
        message = hit.message or rule.message
        secrets = (*hit.secrets, *file_secrets)
        # Mask before cutting the snippet, and mask each line of multi-line secrets (PEM
        # blocks), so no part of a secret survives the cut or the line limit. Every snippet
        # passes the redactor: values under secret names and, when the snippet holds a line
        # that carries a secret, every credential-shaped token are masked too.
        carrying = bool(hit.secrets) or (bool(file_secrets) and not _secret_lines(ctx).isdisjoint(
            range(line, line + len(snippet_lines))))
        # when the file's own scan ran, `secrets` holds every vendor-format value in it
        scanned = _was_scanned(ctx)
        snippet = _redact(snippet, secrets, carrying, scanned)
        message = _redact(message, secrets, scanned=scanned)
        if fix is not None:
            fix = _scrub_fix(fix, secrets)
        snippet = snippet[:_MAX_SNIPPET_CHARS]
        secret_hash = _secret_hash(hit.secrets[0]) if hit.secrets else ""
        likelihood = hit.likelihood or rule.likelihood
        impact = hit.impact or rule.impact
        related = tuple(_related(ctx, r, secrets) for r in hit.related)
        return Finding(
            related=related,
            rule=rule.id, name=rule.name, category=rule.category, cwe=rule.cwe, owasp=rule.owasp,
            likelihood=likelihood, impact=impact, priority=priority(likelihood, impact),
            confidence=hit.confidence or rule.confidence, path=ctx.path, line=line, column=col,
            end_line=end_line, end_column=end_col, message=message, snippet=snippet, fix=fix,
            secret_hash=secret_hash,
        )

    # -- suppressions ---------------------------------------------------------------------
    def _directives(self, ctx: FileContext, comments: list[Node]) -> list[Directive]:
        out: list[Directive] = []
        # one pass over the text spares most files (for ASCII text, a plain search is the same)
        if ("vigilint" not in ctx.text.lower() if ctx.is_ascii
                else _MENTION.search(ctx.text) is None):
            return out
        if ctx.tree is not None:
            seen: set[int] = set()
            for node in comments:
                if node.start_byte in seen:
                    continue
                seen.add(node.start_byte)
                text = ctx.node_text(node)
                if "vigilint" not in text.lower():
                    continue
                line, col, _, _ = ctx.node_position(node)
                standalone = not ctx.lines[line - 1][: col - 1].strip()
                out.extend(parse_comment(text, line, col, standalone))
        else:
            for index, text in enumerate(ctx.lines):
                pos = text.lower().find("vigilint")
                if pos == -1:
                    continue
                before = text[:pos].strip()
                standalone = re.fullmatch(r"(#|//|;|--|<!--|/\*|\*|%|REM)?\s*", before,
                                          re.IGNORECASE) is not None
                out.extend(parse_comment(text[pos:], index + 1, pos + 1, standalone))
        return out

    @staticmethod
    def _apply_suppressions(findings: list[Finding],
                            directives: list[Directive]) -> list[Finding]:
        valid = [d for d in directives if d.valid]
        if not valid:
            return findings
        out = []
        for finding in findings:
            directive = next((d for d in valid if finding.rule in d.rule_ids
                              and finding.rule not in UNSUPPRESSIBLE
                              and d.covers(finding.line)), None)
            if directive is not None:
                finding = finding.model_copy(update={"suppression": Suppression(
                    justification=directive.justification, line=directive.line)})
            out.append(finding)
        return out


def _place(ctx: FileContext, position: tuple[int, int, int, int] | None,
           byte_range: tuple[int, int] | None) -> tuple[int, int, int, int] | None:
    """1-based (line, column, end line, end column) of a position or a byte range."""
    if position is not None:
        return position
    if byte_range is not None:
        line, col = ctx.position_of_byte(byte_range[0])
        end_line, end_col = ctx.position_of_byte(byte_range[1])
        return line, col, end_line, end_col
    return None


def _related(ctx: FileContext, related: Related, secrets: tuple[str, ...]) -> RelatedLocation:
    line, col, end_line, end_col = _place(ctx, related.position, related.byte_range) or \
        (1, 1, 1, 1)
    message = _redact(related.message, secrets)  # the one redactor, as for every message
    return RelatedLocation(path=related.path or ctx.path, line=line, column=col,
                           end_line=end_line, end_column=end_col, message=message)


def _scrub_fix(fix: Fix, secrets: tuple[str, ...]) -> Fix | None:
    """A fix must not carry a secret either; drop it if it would (a known secret, or anything
    the redactor would mask)."""
    for text in (fix.title, *(edit.new_text for edit in fix.edits)):
        if any(s and s in text for s in secrets) or _redact(text, ()) != text:
            return None
    return fix


def with_fingerprints(findings: list[Finding]) -> list[Finding]:
    """Fingerprint = rule + normalized code (for secrets: the HMAC of the value) + occurrence
    index: stable when lines move. The language server computes them again over the findings
    of a scoped analysis (some analysed again, some carried over)."""
    seen: Counter[tuple[str, str]] = Counter()
    out = []
    for finding in sorted(findings, key=Finding.sort_key):
        key = (finding.rule, finding.secret_hash or _normalize(finding.snippet))
        index = seen[key]
        seen[key] += 1
        digest = hashlib.sha256(
            f"{finding.rule}\0{key[1]}\0{index}".encode("utf-8", "surrogatepass")).hexdigest()
        fingerprint = digest[:24]
        # (an unchanged finding is kept as it is: the server reuses its diagnostic)
        out.append(finding if finding.fingerprint == fingerprint else
                   finding.model_copy(update={"fingerprint": fingerprint}))
    return out
