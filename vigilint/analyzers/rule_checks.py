"""What a registered rule must satisfy beyond its pydantic model: checks that need a grammar or
read its docs. The registry test runs them on every rule, and the scaffold's test on a freshly
scaffolded one, so a rule that matches nothing (a node kind its grammar lacks, which the engine
would silently never visit) or still carries scaffold placeholders cannot land.
"""

from __future__ import annotations

import re

from vigilint.analyzers.languages import TREE_LANGUAGES, expand, tree_language
from vigilint.model import Rule

DOC_SECTIONS = ("## What it does", "## Why is this bad?", "## Example", "## Use instead",
                "## References")

# Code (fenced blocks and inline spans) may say TODO: prompt rules quote `# TODO: write ...`
# comments as their examples. A TODO in the prose is a placeholder nobody filled in.
_FENCED = re.compile(r"^```.*?^```", re.MULTILINE | re.DOTALL)
_INLINE = re.compile(r"`[^`\n]*`")
_TODO = re.compile(r"\bTODO\b")


def grammar_has(language: str, kind: str) -> bool:
    """Whether a tree-sitter language names `kind` as a named node."""
    return tree_language(language).id_for_node_kind(kind, True) not in (None, 0)


def unknown_node_kinds(rule: Rule) -> list[str]:
    """The rule's node kinds that none of its languages' grammars has (the engine would never
    call its check for them)."""
    grammars = sorted(expand(rule.languages) & set(TREE_LANGUAGES))
    if not rule.node_kinds:
        return []
    if not grammars:
        return list(rule.node_kinds)
    return [kind for kind in rule.node_kinds
            if not any(grammar_has(language, kind) for language in grammars)]


def prose(docs: str) -> str:
    """The docs without fenced code blocks and inline code spans."""
    return _INLINE.sub("", _FENCED.sub("", docs))


def rule_problems(rule: Rule) -> list[str]:
    """Every problem found, as sentences; empty when the rule may be registered."""
    problems = [f"node kind {kind!r} is in no grammar of {', '.join(rule.languages)}"
                for kind in unknown_node_kinds(rule)]
    problems += [f"docs lack the section {section!r}" for section in DOC_SECTIONS
                 if section not in rule.docs]
    if _TODO.search(prose(rule.docs)):
        problems.append("docs still hold a TODO placeholder")
    if _TODO.search(rule.message) or _TODO.search(rule.name):
        problems.append("the message or name still holds a TODO placeholder")
    return problems
