"""Scoped re-analysis after an edit: analyse only the groups of code the edit can change.

A full analysis of a large file costs time proportional to the file (hundreds of rules, taint
and crypto passes); typing changes one function or one statement. The text is cut into
*groups*: the top-level definitions and statements (for Java, the members of top-level
classes, the class header and closing brace being statements). Each group is known by its
text; what the server needs of it (the names it defines and mentions, its file-level facts)
is computed once per distinct text and kept with the result (`Layout`).

After edits, the new text is re-parsed incrementally and its groups are compared with the last
result's. The analysis is scoped when no *file-level fact* changed: the lines of removed and
added groups that are imports, decorators/annotations, route registrations or the like (see
`FACTS`) are the same multiset before and after. Then the groups to analyse again are those
the edits touched, closed over the names of the file: a group that mentions a name an
affected group defines (a caller, a reader of an edited constant), and a definition that an
affected definition mentions (a callee: call sites give it its parameters' taint), are
affected too, and so on (names of statements are followed from the edited statements only).
When an affected group carries a route or guard marker (`MARKED`), every marked group is
affected (routes are checked against their siblings). The engine runs on a *masked* copy of
the text: every statement group and the affected definitions, in order, without the other
lines (lines are kept whole, so columns do not change); findings are moved back to their
rows, and the findings of the other definitions are carried over from the last result, their
lines shifted by the edits. The result is complete: no full analysis follows.

Edits that change a file-level fact, or that affect most of the file, get a full analysis,
as do languages without this structure and files under `MIN_LINES`. While the text does not
parse (typing often leaves it so for a few keystrokes), tree-sitter's error recovery makes the
meaning of a group depend on text far from it: the scoped result is then provisional (not
complete; a full analysis follows when the document is idle), and the first version that
parses again gets a full analysis.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from tree_sitter import Node, Tree

from vigilint.analyzers.dedupe import best
from vigilint.model import Edit, Finding, Fix, RelatedLocation
from vigilint.server.positions import ByteEdit

# Top-level node kinds that are definitions, per language.
DEFINITIONS: dict[str, frozenset[str]] = {
    "python": frozenset({"function_definition", "class_definition", "decorated_definition"}),
    "javascript": frozenset({"function_declaration", "class_declaration",
                             "generator_function_declaration", "export_statement"}),
    "typescript": frozenset({"function_declaration", "class_declaration",
                             "generator_function_declaration", "export_statement",
                             "interface_declaration", "abstract_class_declaration"}),
    "tsx": frozenset({"function_declaration", "class_declaration",
                      "generator_function_declaration", "export_statement",
                      "interface_declaration", "abstract_class_declaration"}),
    "go": frozenset({"function_declaration", "method_declaration"}),
    # members of a top-level class (see CONTAINERS)
    "java": frozenset({"method_declaration", "constructor_declaration", "class_declaration",
                       "interface_declaration", "enum_declaration", "record_declaration"}),
}
# Top-level kinds whose members are the groups (the header and closing brace are statements).
CONTAINERS: dict[str, frozenset[str]] = {
    "java": frozenset({"class_declaration"}),
}
# File-level facts: lines that whole-file passes read whatever the names (imports resolve
# call names, decorators and annotations are guards and routes, registrations are routes).
# (Searched line by line: a pattern that starts with `.*` takes quadratic time on a long line.)
_JS_FACTS = (rb"^[ \t]*(?:import|export)\b|\brequire\s*\(|@[A-Za-z_]|"
             rb"\.(?:get|post|put|patch|delete|del|all|use|route|options|head)\s*\(\s*['\"`/]")
FACTS: dict[str, re.Pattern[bytes]] = {
    "python": re.compile(rb"^[ \t]*(?:import|from)\b|^[ \t]*@|\b(?:add_url_rule|"
                         rb"register_blueprint|include_router|add_api_route|add_route|"
                         rb"urlpatterns|__all__|__name__|before_request|"
                         rb"add_middleware|middleware)\b|\b(?:re_)?path\s*\(\s*r?['\"]"),
    "javascript": re.compile(_JS_FACTS),
    "typescript": re.compile(_JS_FACTS),
    "tsx": re.compile(_JS_FACTS),
    "go": re.compile(rb"^[ \t]*(?:import|package)\b|^[ \t]*\x22|"
                     rb"\.(?:Handle|HandleFunc|GET|POST|PUT|PATCH|DELETE|Use|Group)\s*\("),
    "java": re.compile(rb"^[ \t]*(?:import|package)\b|@[A-Za-z_]"),
}
# Groups that may be routes or guards, checked against each other (access control compares a
# route with its siblings): those with a fact line (decorators, annotations, registrations)
# and those that mention authentication or authorization.
MARKED = re.compile(rb"login|logout|auth|permission|admin|role|guard|csrf|session|"
                    rb"current_user|is_staff|is_superuser|abort|forbidden|unauthori[sz]ed|"
                    rb"40[13]|Depends|Security|Principal|jwt|token",
                    re.IGNORECASE)
# Reserved words (Python, JavaScript, Java, Go): never a name a statement defines.
_KEYWORDS = frozenset(b"""False None True and as assert async await break case catch class const
continue default def del delete do elif else enum except export extends final finally for from
func function global go if implements import in instanceof interface is lambda let new nonlocal
not or package pass private protected public raise return static super switch this throw throws
try typeof var void while with yield abstract boolean byte char double float int long short
synchronized transient volatile native strictfp record chan defer map range struct type
select fallthrough goto""".split())
_IDENT = re.compile(rb"[A-Za-z_$][\w$]*")
_NESTED = re.compile(rb"\b(?:def|class|function|interface|enum|record|func)\s+\*?\s*"
                     rb"(?:\([^)]*\)\s*)?([A-Za-z_$][\w$]*)")
_COMMENTS = frozenset({"comment", "line_comment", "block_comment"})
MIN_LINES = 400  # below this a full analysis is cheap enough
# A scoped analysis that keeps more than this share of the rows runs as a full one.
MAX_SHARE = 0.6


@dataclass(frozen=True, slots=True)
class Info:
    """What the server needs of a group's text."""

    definition: bool
    defines: frozenset[bytes]  # names a definition defines; every name of a statement
    names: frozenset[bytes]  # every identifier in the text
    facts: tuple[bytes, ...]  # file-level fact lines, stripped
    marked: bool  # may be a route or a guard
    # A statement that only assigns (no fact, no marker): it needs to be analysed again only
    # when it is affected or when the code analysed again mentions one of its names.
    droppable: bool = False


@dataclass(frozen=True, slots=True)
class Group:
    start_row: int
    end_row: int
    start_byte: int
    end_byte: int
    key: bytes
    info: Info


@dataclass
class Layout:
    """The groups of one version of a document, and the infos of their texts."""

    language: str
    groups: list[Group]
    infos: dict[bytes, Info] = field(default_factory=dict)
    # The text does not parse: how tree-sitter recovers depends on text far from the error,
    # so groups of the same text can mean different code in another version.
    errors: bool = False


@dataclass
class Plan:
    """What a scoped analysis keeps: 0-based rows of the new text."""

    kept_rows: set[int]
    frozen: list[tuple[int, int]]  # (first row, last row) of unaffected definitions
    affected: int = 0  # groups analysed again (statements excepted)


def _name_of(node: Node) -> bytes | None:
    target: Node | None = node
    for _ in range(3):
        if target is None:
            return None
        name = target.child_by_field_name("name")
        if name is not None and name.text is not None:
            return name.text
        target = target.child_by_field_name("definition") or \
            target.child_by_field_name("declaration")
    return None


_BINDINGS = frozenset({"expression_statement", "lexical_declaration", "variable_declaration"})
_FUNCTION_VALUES = frozenset({"arrow_function", "function_expression", "function",
                              "generator_function", "class", "lambda"})


def _function_value_name(language: str, node: Node) -> bytes | None:
    """The name a statement binds to a function (`const run = (c) => exec(c);`,
    `run = lambda c: os.system(c)`): such a statement is a definition (its taint comes from
    its call sites, like a function's)."""
    if language == "python":
        if node.type != "expression_statement" or node.named_child_count != 1:
            return None
        target = node.named_children[0]
        name, value = target.child_by_field_name("left"), target.child_by_field_name("right")
    elif node.type in ("lexical_declaration", "variable_declaration"):
        declarators = [c for c in node.named_children if c.type == "variable_declarator"]
        if len(declarators) != 1:
            return None
        name = declarators[0].child_by_field_name("name")
        value = declarators[0].child_by_field_name("value")
    else:
        return None
    if name is None or value is None or name.type != "identifier" \
            or value.type not in _FUNCTION_VALUES:
        return None
    return name.text


def _info(language: str, node: Node, key: bytes, definition: bool) -> Info:
    search = FACTS[language].search
    facts = tuple(line.strip() for line in key.split(b"\n") if search(line))
    if node.type in _COMMENTS:  # read by suppressions only (see `plan`)
        return Info(False, frozenset(), frozenset(), facts, False)
    names = frozenset(_IDENT.findall(key))
    name = (_name_of(node) or _function_value_name(language, node)) if definition else None
    marked = bool(facts) or bool(MARKED.search(key))
    if name is None:  # a statement (or a definition without a name): all its names
        droppable = not definition and not marked and _assigns(language, node)
        return Info(False, names - _KEYWORDS, names, facts, marked, droppable)
    defines = frozenset({name, *_NESTED.findall(key)})
    return Info(True, defines, names, facts, marked)


# Top-level (or class-member) statements that only declare or assign, per language.
_ASSIGNMENTS: dict[str, frozenset[str]] = {
    "javascript": frozenset({"lexical_declaration", "variable_declaration"}),
    "typescript": frozenset({"lexical_declaration", "variable_declaration"}),
    "tsx": frozenset({"lexical_declaration", "variable_declaration"}),
    "go": frozenset({"const_declaration", "var_declaration"}),
    "java": frozenset({"field_declaration"}),
}


def _assigns(language: str, node: Node) -> bool:
    if node.has_error:
        return False
    if language == "python":
        return node.type == "expression_statement" and node.named_child_count == 1 \
            and node.named_children[0].type == "assignment"
    return node.type in _ASSIGNMENTS.get(language, ())


def _members(language: str, root: Node) -> list[tuple[Node, bool, int, int]]:
    """(node, is a definition, start byte, end byte) of each group, in order."""
    kinds = DEFINITIONS[language]
    containers = CONTAINERS.get(language, frozenset())
    out: list[tuple[Node, bool, int, int]] = []
    for node in root.children:
        body = node.child_by_field_name("body") if node.type in containers else None
        inner = body.children if body is not None else []
        if body is None or len(inner) < 2 or inner[0].type != "{" or inner[-1].type != "}":
            out.append((node, node.type in kinds or (
                node.type in _BINDINGS and _function_value_name(language, node) is not None),
                node.start_byte, node.end_byte))
            continue
        out.append((node, False, node.start_byte, inner[0].end_byte))  # the header
        for member in inner[1:-1]:
            out.append((member, member.type in kinds, member.start_byte, member.end_byte))
        out.append((inner[-1], False, inner[-1].start_byte, node.end_byte))
    return out


def layout(language: str, tree: Tree, source: bytes,
           old: Layout | None = None) -> Layout | None:
    """The groups of a parsed text (infos of texts seen in `old` are reused), or None for a
    language without groups or a short text."""
    if language not in DEFINITIONS or tree.root_node.end_point[0] < MIN_LINES:
        return None
    known = old.infos if old is not None and old.language == language else {}
    infos: dict[bytes, Info] = {}
    groups = []
    for node, definition, start, end in _members(language, tree.root_node):
        key = source[start:end]
        info = infos.get(key) or known.get(key)
        if info is None or info.definition != definition:
            info = _info(language, node, key, definition)
        infos[key] = info
        start_row = node.start_point[0] if start == node.start_byte else \
            source.count(b"\n", 0, start)
        end_row = node.end_point[0] if end == node.end_byte else \
            start_row + key.count(b"\n")
        groups.append(Group(start_row, end_row, start, end, key, info))
    return Layout(language, groups, infos, tree.root_node.has_error)


def dirty_ranges(edits: Sequence[ByteEdit]) -> list[tuple[int, int]]:
    """Byte ranges of the current text written by `edits` (applied in order)."""
    ranges: list[tuple[int, int]] = []
    for edit in edits:
        delta = edit.new_end_byte - edit.old_end_byte
        moved: list[tuple[int, int]] = []
        start, end = edit.start_byte, edit.new_end_byte
        for a, b in ranges:
            if a >= edit.old_end_byte:
                moved.append((a + delta, b + delta))
            elif b < edit.start_byte:
                moved.append((a, b))
            else:  # overlaps the edit: merge into it
                start = min(start, a)
                end = max(end, b + delta if b >= edit.old_end_byte else end)
        moved.append((start, end))
        ranges = moved
    return ranges


def plan(new: Layout, old: Layout, edits: Sequence[ByteEdit]) -> Plan | None:
    """The rows to analyse again, or None when a full analysis is needed."""
    groups = new.groups
    if not edits or old.language != new.language or (old.errors and not new.errors):
        return None  # (code that parses again after errors: a full analysis)
    before = Counter(g.key for g in old.groups)
    after = Counter(g.key for g in groups)
    gone = before - after
    added = after - before
    gone_infos = [old.infos[key] for key in gone]
    facts_gone: Counter[bytes] = Counter()
    for key, count in gone.items():
        for fact in old.infos[key].facts:
            facts_gone[fact] += count
    facts_added: Counter[bytes] = Counter()
    for key, count in added.items():
        for fact in new.infos[key].facts:
            facts_added[fact] += count
    if facts_gone != facts_added:
        return None  # an import, a decorator, a route...: a full analysis
    affected: set[int] = set()
    starts = [g.start_byte for g in groups]
    for start, end in dirty_ranges(edits):
        first = max(bisect_right(starts, start) - 1, 0)
        for i in range(first, bisect_right(starts, end)):
            if groups[i].start_byte <= end and start <= groups[i].end_byte:
                affected.add(i)
    affected.update(i for i, g in enumerate(groups) if g.key in added)
    # A comment may be a suppression of the line below it: the group below is affected.
    affected.update([i + 1 for i in affected if i + 1 < len(groups)
                     and not groups[i].info.names and not groups[i].info.definition])
    changed: set[bytes] = set()
    for i in affected:
        changed |= groups[i].info.defines
    for info in gone_infos:
        changed |= info.defines
    marked = [i for i, g in enumerate(groups) if g.info.marked]
    expand = any(info.marked for info in gone_infos)
    by_name: dict[bytes, list[int]] = {}
    for i, g in enumerate(groups):
        if g.info.definition:
            for name in g.info.defines:
                by_name.setdefault(name, []).append(i)
    # the callees of what was removed: their parameters lost the taint of those call sites
    fresh = set(affected)
    for info in gone_infos:
        if info.definition:
            for name in info.names:
                for j in by_name.get(name, ()):
                    if j not in affected:
                        fresh.add(j)
                        affected.add(j)
                        changed |= groups[j].info.defines
    while fresh:
        if marked and (expand or any(groups[i].info.marked for i in fresh)):
            # a route or guard: the others are checked against it
            for i in marked:
                if i not in affected:
                    fresh.add(i)
                    affected.add(i)
                    changed |= groups[i].info.defines
            marked = []
        # callees of affected definitions (their parameters get taint at the call sites)
        more: set[int] = set()
        for i in fresh:
            if groups[i].info.definition:
                for name in groups[i].info.names:
                    for j in by_name.get(name, ()):
                        if j not in affected:
                            more.add(j)
        for j in more:
            affected.add(j)
            changed |= groups[j].info.defines
        # readers of changed names (callers, users of an edited constant)
        for i, g in enumerate(groups):
            if i not in affected and not g.info.names.isdisjoint(changed):
                more.add(i)
                affected.add(i)
                changed |= g.info.defines
        fresh = more
    # Statements that only assign are analysed again when affected or read by the code
    # analysed again (closed over the names of the statements kept); the findings of the
    # others are carried over like those of unaffected definitions.
    drop: set[int] = set() if new.errors else {
        i for i, g in enumerate(groups) if i not in affected and g.info.droppable}
    holders: dict[bytes, list[int]] = {}
    for i in drop:
        for name in groups[i].info.names:
            holders.setdefault(name, []).append(i)
    seen_names: set[bytes] = set()

    def keep_context(indices: Iterable[int]) -> None:
        todo = [groups[i].info.names for i in indices]
        while todo:
            for name in todo.pop():
                if name in seen_names:
                    continue
                seen_names.add(name)
                for j in holders.get(name, ()):
                    if j in drop:
                        drop.discard(j)
                        todo.append(groups[j].info.names)

    keep_context(i for i, g in enumerate(groups)
                 if i in affected or not (g.info.definition or i in drop))
    # and what removed code mentioned (a statement `const f = (x) => ...` lost those calls)
    for info in gone_infos:
        for name in info.names:
            if name not in seen_names:
                seen_names.add(name)
                for j in holders.get(name, ()):
                    if j in drop:
                        drop.discard(j)
                        keep_context([j])
    kept: set[int] = set()
    for i, g in enumerate(groups):
        if i in affected or not (g.info.definition or i in drop):
            kept.update(range(g.start_row, g.end_row + 1))
    # A row shared by a kept group and another (`a(); function b() {}`) keeps both whole.
    grew = True
    while grew:
        grew = False
        for i, g in enumerate(groups):
            if i not in affected and (g.info.definition or i in drop) and (
                    g.start_row in kept or g.end_row in kept):
                affected.add(i)
                drop.discard(i)
                kept.update(range(g.start_row, g.end_row + 1))
                grew = True
                if not g.info.definition:  # analysed again: what it reads too
                    dropped = set(drop)
                    keep_context([i])
                    for j in dropped - drop:
                        kept.update(range(groups[j].start_row, groups[j].end_row + 1))
    total = groups[-1].end_row + 1 if groups else 0
    if len(kept) > MAX_SHARE * total:
        return None  # about as costly as a full analysis
    frozen = [(g.start_row, g.end_row) for i, g in enumerate(groups)
              if i not in affected and (g.info.definition or i in drop)]
    return Plan(kept, frozen, sum(1 for i in affected if groups[i].info.definition))


def masked_text(lines: Sequence[str], kept_rows: set[int]) -> tuple[str, list[int]]:
    """The rows in `kept_rows` of a text split into `lines` (each with its terminator, rows
    counted at `\n`), in order, and the original row of each: the engine then works in
    proportion to the code kept, not to the file."""
    rows = sorted(r for r in kept_rows if r < len(lines))
    return "".join(lines[r] for r in rows), rows


def restore_rows(findings: Sequence[Finding], rows: list[int]) -> list[Finding]:
    """Findings of the masked text moved back to their rows in the full text."""

    def row(line: int) -> int:
        return rows[min(max(line - 1, 0), len(rows) - 1)] + 1

    out = []
    for finding in findings:
        fix = finding.fix
        if fix is not None:
            fix = Fix(title=fix.title, safe=fix.safe, edits=tuple(
                Edit(line=row(e.line), column=e.column, end_line=row(e.end_line),
                     end_column=e.end_column, new_text=e.new_text) for e in fix.edits))
        suppression = finding.suppression
        if suppression is not None:
            suppression = suppression.model_copy(update={"line": row(suppression.line)})
        related = tuple(
            r.model_copy(update={"line": row(r.line), "end_line": row(r.end_line)})
            if r.path == finding.path else r for r in finding.related)
        out.append(finding.model_copy(update={
            "line": row(finding.line), "end_line": row(finding.end_line), "fix": fix,
            "suppression": suppression, "related": related}))
    return out


def shift_row(row: int, edits: Sequence[ByteEdit]) -> int | None:
    """The row (0-based) in the edited text of a row of the old text, or None when an edit
    touched it."""
    for edit in edits:
        if row > edit.old_end_point[0]:
            row += edit.new_end_point[0] - edit.old_end_point[0]
        elif row >= edit.start_point[0]:
            return None
    return row


def _shift_finding(finding: Finding, edits: Sequence[ByteEdit]) -> Finding | None:
    start = shift_row(finding.line - 1, edits)
    end = shift_row(finding.end_line - 1, edits)
    if start is None or end is None:
        return None
    delta = start - (finding.line - 1)
    related = _shift_related(finding, edits)
    if delta == 0 and related == finding.related:
        return finding
    fix = finding.fix
    if fix is not None:
        fix = Fix(title=fix.title, safe=fix.safe, edits=tuple(
            Edit(line=e.line + delta, column=e.column, end_line=e.end_line + delta,
                 end_column=e.end_column, new_text=e.new_text) for e in fix.edits))
    suppression = finding.suppression
    if suppression is not None:
        suppression = suppression.model_copy(update={"line": suppression.line + delta})
    return finding.model_copy(update={"line": finding.line + delta,
                                      "end_line": finding.end_line + delta, "fix": fix,
                                      "suppression": suppression,
                                      "related": related})


def _shift_related(finding: Finding, edits: Sequence[ByteEdit]) -> tuple[RelatedLocation, ...]:
    """The related locations in the finding's own file moved with the edits (one an edit
    touched is dropped: what it pointed at may be gone)."""
    out = []
    for related in finding.related:
        if related.path != finding.path:
            out.append(related)
            continue
        start = shift_row(related.line - 1, edits)
        end = shift_row(related.end_line - 1, edits)
        if start is not None and end is not None:
            out.append(related.model_copy(update={"line": start + 1, "end_line": end + 1}))
    return tuple(out)


def _row_of(node_rows: list[tuple[int, int]], starts: list[int], row: int) -> bool:
    i = bisect_right(starts, row) - 1
    return i >= 0 and node_rows[i][0] <= row <= node_rows[i][1]


def carried(old: Sequence[Finding], edits: Sequence[ByteEdit],
            the_plan: Plan) -> tuple[list[Finding], bool, dict[int, tuple[Finding, Finding]]]:
    """Findings of the unaffected definitions, moved to their rows in the edited text;
    whether a finding about a secret was left behind (a secret is reported once per file: an
    occurrence elsewhere that was not reported may have to be now); and the origin of each
    moved finding (`id(moved)` -> (moved, old finding), for reusing its diagnostic)."""
    frozen = sorted(the_plan.frozen)
    starts = [a for a, _ in frozen]
    out = []
    origin: dict[int, tuple[Finding, Finding]] = {}
    secret_dropped = False
    for finding in old:
        moved = _shift_finding(finding, edits)
        if moved is not None and _row_of(frozen, starts, moved.line - 1) \
                and _row_of(frozen, starts, moved.end_line - 1):
            out.append(moved)
            origin[id(moved)] = (moved, finding)
        elif finding.secret_hash:
            secret_dropped = True
    return out, secret_dropped, origin


def fixes_as_before(findings: list[Finding], old: Sequence[Finding]) -> list[Finding]:
    """The findings with the fixes the fix gate let through for the last result (matched by
    fingerprint; a new finding keeps what the gate decided on the masked text). Whether a fix
    passes the gate (analyzers/fix_check.py) depends on the whole file (the fixed text is
    analysed again: a caller's finding may change; another occurrence of a secret is reported
    once this one is fixed), which a scoped analysis does not see."""
    before = {f.fingerprint: f for f in old}
    out = []
    for finding in findings:
        prior = before.get(finding.fingerprint)
        if prior is not None and prior.rule == finding.rule and (prior.fix is None) != (
                finding.fix is None):
            fix = None if prior.fix is None else _moved(prior.fix, prior, finding)
            finding = finding.model_copy(update={"fix": fix})
        out.append(finding)
    return out


def _moved(fix: Fix, old: Finding, new: Finding) -> Fix:
    delta = new.line - old.line
    return Fix(title=fix.title, safe=fix.safe, edits=tuple(
        Edit(line=e.line + delta, column=e.column, end_line=e.end_line + delta,
             end_column=e.end_column, new_text=e.new_text) for e in fix.edits))


def one_per_secret(findings: list[Finding]) -> list[Finding]:
    """One finding per secret value, as the engine reports them (analyzers/dedupe.py): the
    scoped analysis and the carried findings may each hold one."""
    by_secret: dict[str, list[Finding]] = {}
    out = []
    for finding in findings:
        if finding.secret_hash:
            by_secret.setdefault(finding.secret_hash, []).append(finding)
        else:
            out.append(finding)
    if all(len(group) == 1 for group in by_secret.values()):
        return findings
    return out + [best(group) for group in by_secret.values()]

