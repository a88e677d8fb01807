"""What the MCP server publishes besides its tools: the rule documentation, the OWASP
catalogue, and one prompt template per security-sensitive domain of the prompt guard.

Every text comes from the one place vigilint keeps it: rule docs from the rule modules (the
same text as `vigilint rule ID`), OWASP names and mappings from `policy`, the domains and their
constraint text from the prompt guard's lexicon and templates (`suggestion_for`).
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from dataclasses import dataclass

from vigilint.policy import CATEGORY_OWASP, EDITIONS, OWASP_NAMES, Edition, owasp_label

RULES_URI = "vigilint://rules"
RULE_URI = "vigilint://rules/{rule_id}"
OWASP_URI = "vigilint://owasp"


@dataclass(frozen=True)
class DomainPrompt:
    """A security-sensitive domain of the prompt guard, as a prompt template."""

    domain: str
    title: str
    owasp: tuple[str, ...]

    @property
    def name(self) -> str:
        return f"secure-{self.domain}"


def domains() -> list[DomainPrompt]:
    """The prompt guard's domains, in the lexicon's order."""
    from vigilint.prompts.lexicon import lexicon

    return [DomainPrompt(d.id, d.title, tuple(d.owasp)) for d in lexicon().domains.values()]


def domain_prompt_text(domain: DomainPrompt, task: str, edition: Edition) -> str:
    """The prompt for writing code in `domain`: the task, the domain's security constraints
    with their OWASP categories, and the checks to run on the result."""
    from vigilint.prompts import suggestion_for

    task = task.strip() or f"<describe the {domain.title} code to write>"
    return "\n".join([
        task,
        "",
        suggestion_for([domain.domain], edition),
        "",
        "Do not implement cryptographic primitives or protocols yourself; use a vetted library.",
        "Before writing, check this prompt with vigilint's `check_prompt` tool; after writing, "
        "run `scan_code` (or `scan_paths`) on the result and fix every finding it reports.",
    ])


_RULE_ID = re.compile(r"VG-[A-Z0-9-]{1,40}")


def unknown_rule_sentence(rule_id: str) -> str:
    """A refusal for a rule id that does not exist, with the closest ids. The id is quoted back
    only when it has the shape of a rule id: anything else may be data that must not be
    echoed (a token pasted by mistake)."""
    from vigilint.analyzers.registry import rules_by_id

    wanted = rule_id.strip().upper()
    named = f"`{wanted}`" if _RULE_ID.fullmatch(wanted) else "with the id given (not a VG-… id)"
    close = difflib.get_close_matches(wanted, list(rules_by_id()), n=3)
    hint = f"; did you mean {', '.join(f'`{c}`' for c in close)}?" if close else "."
    return f"there is no rule {named}{hint} The resource {RULES_URI} lists every rule"


def rules_index() -> str:
    """Every rule, one Markdown table row each."""
    from vigilint.analyzers.registry import all_rules

    lines = ["# vigilint rules", "",
             f"Read one rule's documentation at `{RULE_URI}` or with the `explain_rule` tool.",
             "", "| id | priority | category | languages | name |", "|---|---|---|---|---|"]
    lines += [f"| {r.id} | {r.priority} | {r.category} | {', '.join(r.languages)} | {r.name} |"
              for r in all_rules()]
    return "\n".join(lines) + "\n"


def rule_document(rule_id: str) -> str | None:
    """One rule's documentation, or None when there is no such rule."""
    from vigilint.analyzers.registry import get_rule
    from vigilint.report.rules import rule_text

    rule = get_rule(rule_id)
    return None if rule is None else rule_text(rule)


def owasp_catalogue() -> str:
    """The OWASP Top 10 of both editions, with the vigilint categories, prompt-guard domains
    and rules that map to each category."""
    from vigilint.analyzers.registry import all_rules

    categories: dict[str, list[str]] = defaultdict(list)
    for category, ids in CATEGORY_OWASP.items():
        for owasp_id in ids:
            categories[owasp_id].append(category)
    guarded: dict[str, list[str]] = defaultdict(list)
    for domain in domains():
        for owasp_id in domain.owasp:
            guarded[owasp_id].append(domain.domain)
    rules: dict[str, list[str]] = defaultdict(list)
    for rule in all_rules():
        for owasp_id in rule.owasp:
            rules[owasp_id].append(rule.id)
    lines = ["# OWASP Top 10 in vigilint", "",
             "Each category with the vigilint finding categories that default to it, the "
             "prompt-guard domains that expect it, and the rules that report it.", ""]
    for edition in EDITIONS:
        lines += [f"## OWASP Top 10 {edition}", ""]
        for owasp_id in (i for i in OWASP_NAMES if i.endswith(edition)):
            rule_ids = rules.get(owasp_id, [])
            lines.append(f"### {owasp_label(owasp_id)}")
            lines.append(f"- finding categories: {', '.join(categories[owasp_id]) or 'none'}")
            lines.append(f"- prompt-guard domains: {', '.join(guarded[owasp_id]) or 'none'}")
            lines.append(f"- rules ({len(rule_ids)}): {', '.join(rule_ids) or 'none'}")
            lines.append("")
    return "\n".join(lines)
