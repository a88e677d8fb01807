"""`vigilint rules` lists the rules; `vigilint rule ID` prints one rule's documentation."""

from __future__ import annotations

import argparse
import json
from typing import Any

from vigilint.analyzers.registry import all_rules, get_rule
from vigilint.cli import UsageError, write_output
from vigilint.report.rules import rule_dict, rule_text


def register(subparsers: Any) -> None:
    listing = subparsers.add_parser("rules", help="list the rules")
    listing.add_argument("--format", choices=("text", "json"), default="text")
    listing.add_argument("--category", help="only rules of this category")
    listing.add_argument("--language", help="only rules for this language")
    listing.set_defaults(func=run_list)
    one = subparsers.add_parser("rule", help="show one rule's documentation")
    one.add_argument("rule_id", metavar="ID")
    one.add_argument("--format", choices=("text", "json"), default="text")
    one.set_defaults(func=run_one)


def run_list(args: argparse.Namespace) -> int:
    rules = [r for r in all_rules()
             if (not args.category or r.category == args.category)
             and (not args.language or args.language in r.languages or "*" in r.languages)]
    if args.format == "json":
        write_output(json.dumps([rule_dict(r) for r in rules], indent=2) + "\n", None)
        return 0
    width = max((len(r.id) for r in rules), default=10)
    lines = [f"{r.id:<{width}}  {r.priority}  {r.category:<22} {','.join(r.languages):<22} "
             f"{r.name}" for r in rules]
    lines.append(f"{len(rules)} rules")
    write_output("\n".join(lines) + "\n", None)
    return 0


def run_one(args: argparse.Namespace) -> int:
    rule = get_rule(args.rule_id)
    if rule is None:
        raise UsageError(f"no rule {args.rule_id!r}; `vigilint rules` lists them")
    if args.format == "json":
        write_output(json.dumps(rule_dict(rule), indent=2) + "\n", None)
        return 0
    write_output(rule_text(rule), None)
    return 0
