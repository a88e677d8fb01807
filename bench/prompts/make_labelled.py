"""Render the labelled prompt set from bench/prompts/scenarios.py and split it.

    python bench/prompts/make_labelled.py            # (re)write labelled_dev.jsonl + labelled_holdout.jsonl
    python bench/prompts/make_labelled.py --check    # fail if the committed files differ

The split is by *group*, not by row: every prompt rendered from one scenario (or one template)
lands in the same part, and the phrasings of controls, OWASP references and connectors are
split too (a held-back prompt uses held-back phrasings where the pool has any), so the
held-back part has tasks and wordings the dev part never shows. Fixed seed; 40% held back.

Written and run once, before tuning the guard; the held-back file is only scored
(`bench/prompt_bench.py --split holdout`), never read while tuning.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import scenarios as S  # noqa: E402

SEED = "vigilint-prompt-labels-2026-12-07"
HOLDOUT_SHARE = 0.4
OUT = {"dev": HERE / "labelled_dev.jsonl", "holdout": HERE / "labelled_holdout.jsonl"}


def part_of(key: str) -> str:
    digest = hashlib.sha256(f"{SEED}\0{key}".encode()).digest()
    return "holdout" if int.from_bytes(digest[:8], "big") / 2**64 < HOLDOUT_SHARE else "dev"


def pool(items: list[str], part: str, name: str) -> list[str]:
    """The items of `items` assigned to `part` (all of them if none is)."""
    mine = [item for item in items if part_of(f"pool\0{name}\0{item}") == part]
    return mine or items


def fill(text: str, rng: random.Random) -> str:
    for key, values in [*S.FILL.items(), ("prim", S.PRIMS)]:
        while "{" + key + "}" in text:
            text = text.replace("{" + key + "}", rng.choice(values), 1)
    return text


def lower_first(text: str) -> str:
    return text[0].lower() + text[1:] if text and not text[:2].isupper() else text


def upper_first(text: str) -> str:
    return text[0].upper() + text[1:] if text else text


STYLES = ["plain", "plain", "plain", "polite", "terse", "nonnative", "todo", "agent", "context",
          "doc"]


def styled(task: str, style: str, rng: random.Random, part: str) -> tuple[str, str]:
    """(text, leader for constraint lines) for a request in `style`."""
    t = task.rstrip(".?! ")
    if style == "polite":
        return fill(rng.choice(pool(S.POLITE, part, "polite")).format(t=lower_first(t)), rng), ""
    if style == "terse":
        return t.lower(), ""
    if style == "nonnative":
        return rng.choice(pool(S.NONNATIVE, part, "nonnative")).format(t=t.lower()), ""
    if style == "todo":
        leader = rng.choice(S.TODO_LEADERS)
        short = leader.split("TODO")[0].split("FIXME")[0]
        return leader + lower_first(t), short
    if style == "agent":
        return rng.choice(pool(S.AGENT, part, "agent")).format(t=lower_first(t)), ""
    if style == "context":
        return fill(rng.choice(pool(S.CONTEXT, part, "context")).replace("{T}", upper_first(t)), rng), ""
    return upper_first(t) + ".", ""


def compose(task: str, controls: list[str], owasp: str, style: str, rng: random.Random,
            part: str) -> str:
    if style == "doc":
        lines = ["## Task", upper_first(task.rstrip(".?! ")) + "."]
        if controls:
            lines += ["", "## Requirements", *[f"- {upper_first(c)}" for c in controls]]
        if owasp:
            lines += ["", f"OWASP: {owasp}"]
        return "\n".join(lines) + "\n"
    text, leader = styled(task, style, rng, part)
    if leader:  # a comment prompt: constraints go on following comment lines
        extra = [f"{leader}{c}" for c in controls]
        if owasp:
            extra.append(f"{leader}{owasp}")
        return "\n".join([text, *extra])
    body = text.rstrip(".")
    if controls:
        connector = rng.choice(pool(S.CONNECT, part, "connect"))
        body = connector.format(T=body, C=upper_first("; ".join(controls)),
                                c="; ".join(controls),
                                bullets="\n- ".join(controls))
        if not body.endswith((".", "\n")):
            body += "."
    elif not body.endswith((".", "?", "!")):
        body += "."
    if owasp:
        body = rng.choice(pool(S.OWASP_PLACE, part, "owasp_place")).format(S=body, o=owasp)
    return body


def _controls(concerns: dict[str, list[str]], part: str, rng: random.Random,
              skip: tuple[str, str] | None = None) -> list[str]:
    out = []
    for domain, names in concerns.items():
        for name in names:
            key = f"{domain}/{name}"
            if skip == (domain, name):
                continue
            out.append(rng.choice(pool(S.CONTROLS[key], part, key)))
    return out


def sensitive_rows(group: str, concerns: dict[str, list[str]], tasks: list[str],
                   code: bool) -> list[dict]:
    part = part_of(group)
    main = next(iter(concerns))
    domains = list(concerns)
    all_missing = {d: list(c) for d, c in concerns.items()}
    rows: list[dict] = []

    def add(variant: str, verdict: str, missing: dict, owasp: str, reason: str,
            controls: list[str], ref: str, k: int = 0) -> None:
        rng = random.Random(f"{SEED}:{group}:{variant}:{k}")
        task = fill(rng.choice(tasks), rng)
        style = "plain" if code else rng.choice(STYLES)
        prompt = compose(task, controls, ref, style, rng, part) if not code else \
            _compose_code(task, controls, ref, rng, part)
        rows.append({"group": group, "part": part, "kind": "code" if code else "sensitive",
                     "variant": f"{variant}{k or ''}", "style": style, "prompt": prompt,
                     "verdict": verdict, "domains": domains, "missing": missing,
                     "owasp": owasp, "reason": reason})

    def rng_for(tag: str) -> random.Random:
        return random.Random(f"{SEED}:{group}:{tag}")

    right = pool(S.OWASP_RIGHT[main], part, f"right:{main}")
    wrong = [w for w in pool(S.OWASP_WRONG[main], part, f"wrong:{main}")
             if not any(w.split()[-1] in r for d in domains[1:] for r in S.OWASP_RIGHT[d])]
    wrong = wrong or S.OWASP_WRONG[main]
    add("bare", "warn", all_missing, "missing", "sensitive request without constraints", [], "")
    if not code:
        add("bare", "warn", all_missing, "missing", "sensitive request without constraints",
            [], "", k=2)
    add("owasp-only", "warn", all_missing, "ok", "names an OWASP category but no constraint",
        [], rng_for("o1").choice(right))
    add("no-owasp", "warn", {}, "missing", "constraints but no OWASP category",
        _controls(concerns, part, rng_for("c2")), "")
    for k in (1, 2):
        add("full", "allow", {}, "ok", "constraints for every concern and the right category",
            _controls(concerns, part, rng_for(f"c3{k}")), rng_for(f"o3{k}").choice(right), k=k)
    add("wrong-owasp", "warn", {}, "wrong", "constraints, but the OWASP category does not fit",
        _controls(concerns, part, rng_for("c4")), rng_for("o4").choice(wrong))
    pairs = [(d, c) for d, cs in concerns.items() for c in cs]
    if len(pairs) > 1:
        dropped = rng_for("c5").choice(pairs)
        add("partial", "warn", {dropped[0]: [dropped[1]]}, "ok",
            f"no control for {dropped[0]}/{dropped[1]}",
            _controls(concerns, part, rng_for("c5"), skip=dropped), rng_for("o5").choice(right))
    negatable = [(d, c) for d, c in pairs if f"{d}/{c}" in S.NEGATED]
    if negatable and not code:
        d, c = negatable[0]
        rng = rng_for("c6")
        controls = _controls(concerns, part, rng, skip=(d, c))
        controls.append(rng.choice(S.NEGATED[f"{d}/{c}"]))
        add("negated", "warn", {d: [c]}, "ok", f"the {d}/{c} control is negated", controls,
            rng_for("o6").choice(right))
    if not code and part_of(f"fake\0{group}") == "dev":  # about half the scenarios
        rng = rng_for("c7")
        add("fake", "warn", all_missing, "missing", "'make it secure' is no constraint",
            [rng.choice(S.FAKE_CONSTRAINTS).rstrip(".")], "")
    return rows


def _compose_code(task: str, controls: list[str], ref: str, rng: random.Random,
                  part: str) -> str:
    text = task
    if controls:
        text += "\n" + upper_first("; ".join(controls)) + "."
    if ref:
        text += f" ({ref})" if controls else f"\nOWASP: {ref}"
    return text


def simple_rows(group: str, kind: str, template: str, verdict: str, reason: str,
                count: int = 2) -> list[dict]:
    part = part_of(group)
    rows = []
    seen: set[str] = set()
    for k in range(count * 3):
        if len(rows) == count:
            break
        rng = random.Random(f"{SEED}:{group}:{k}")
        task = fill(template, rng)
        styles = ["plain", "plain", "polite", "terse", "agent"]
        if kind not in ("question", "crypto-explain"):
            styles += ["todo", "nonnative"]
        style = rng.choice(styles) \
            if kind not in ("crypto-code", "crypto-code-review") and k else "plain"
        prompt = task if kind in ("crypto-code", "crypto-code-review") else \
            compose(task, [], "", style, rng, part)
        if prompt in seen:
            continue
        seen.add(prompt)
        rows.append({"group": group, "part": part, "kind": kind, "variant": f"v{k}",
                     "style": style, "prompt": prompt, "verdict": verdict,
                     "domains": ["crypto"] if kind.startswith("crypto") else [],
                     "missing": {}, "owasp": "n/a", "reason": reason})
    return rows


def build() -> dict[str, list[dict]]:
    rows: list[dict] = []
    for group, concerns, tasks in S.SCENARIOS:
        rows += sensitive_rows(group, concerns, tasks, code=False)
    for group, concerns, tasks in S.CODE_SCENARIOS:
        for i, task in enumerate(tasks):
            rows += sensitive_rows(f"{group}-{i}", concerns, [task], code=True)
    for i, template in enumerate(S.CRYPTO_BLOCK):
        rows += simple_rows(f"crypto-block-{i}", "crypto-impl", template, "block",
                            "asks for a cryptographic implementation")
    for i, code in enumerate(S.CRYPTO_CODE):
        rng = random.Random(f"{SEED}:crypto-code-{i}")
        for ask in rng.sample(S.CRYPTO_CODE_BLOCK_ASKS, 3):
            rows += simple_rows(f"crypto-code-{i}", "crypto-code", ask.format(code=code),
                                "block", "completes, fixes or ports crypto code", count=1)
        for ask in rng.sample(S.CRYPTO_CODE_ALLOW_ASKS, 2):
            rows += simple_rows(f"crypto-code-{i}", "crypto-code-review", ask.format(code=code),
                                "allow", "explains or reviews crypto code", count=1)
    for i, text in enumerate(S.CRYPTO_EXPLAIN):
        rows += simple_rows(f"crypto-explain-{i}", "crypto-explain", text, "allow",
                            "explains cryptography, asks for no implementation")
    for i, text in enumerate(S.HARMLESS):
        rows += simple_rows(f"harmless-{i}", "harmless", text, "allow", "ordinary coding task")
    for i, text in enumerate(S.MENTIONS):
        rows += simple_rows(f"mention-{i}", "mention", text, "allow",
                            "mentions a sensitive word but asks for nothing sensitive")
    for i, text in enumerate(S.QUESTIONS):
        rows += simple_rows(f"question-{i}", "question", text, "allow",
                            "a question that asks for no code")
    parts: dict[str, list[dict]] = {"dev": [], "holdout": []}
    seen: set[str] = set()
    for row in rows:
        if row["prompt"] in seen:
            continue
        seen.add(row["prompt"])
        key = f"{row['group']}\0{row['variant']}\0{row['prompt']}"
        row["id"] = ("d" if row["part"] == "dev" else "h") + hashlib.sha256(
            key.encode()).hexdigest()[:10]
        parts[row["part"]].append(row)
    for items in parts.values():
        items.sort(key=lambda r: r["id"])
    return parts


FIELDS = ["id", "part", "group", "kind", "variant", "style", "verdict", "domains", "missing",
          "owasp", "reason", "prompt"]


def render(items: list[dict]) -> str:
    return "".join(json.dumps({k: r[k] for k in FIELDS}, ensure_ascii=False) + "\n"
                   for r in items)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    parts = build()
    if args.check:
        stale = [p for p, path in OUT.items() if path.read_text(encoding="utf-8") != render(parts[p])]
        if stale:
            print(f"labelled set out of date: {stale}", file=sys.stderr)
            return 1
        return 0
    for name, path in OUT.items():
        path.write_text(render(parts[name]), encoding="utf-8")
    for name, items in parts.items():  # counts only: the held-back rows are not printed
        verdicts = {v: sum(r["verdict"] == v for r in items) for v in ("allow", "warn", "block")}
        print(name, len(items), verdicts)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
