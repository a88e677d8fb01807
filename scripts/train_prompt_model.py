"""Train the prompt guard's learned second opinion (`vigilint/prompts/model.py`) and measure,
blind, how it and its combinations with the rules generalise.

    python scripts/train_prompt_model.py scores --stack [--cache FILE]   # ~6 min: per fold,
        # the blind rules' reading and the LOSO and forward models' probabilities
    python scripts/train_prompt_model.py report [--cache FILE]           # the tables
    python scripts/train_prompt_model.py train --stack   # writes vigilint/prompts/model_weights.json
    python scripts/train_prompt_model.py loso --stack --folds holdout9,...,holdout14 --cache OUT
        # leave one set out on this tree's guard: per set, a model trained on the others
        # (weights in a temporary file, never installed) scores it with this tree's rules

Pure Python (no numpy/sklearn), deterministic (fixed seed, sorted inputs): the shipped weights
are reproducible from this script, the labelled sets under `bench/prompts/` and git history.

Model: two logistic regressions (`block`: the prompt asks for a cryptographic implementation;
`flag`: its label is warn or block) over binary features (stems, stem bigrams, character
4-grams of words; `model.features`) and, with `--stack`, the rules' reading
(`model.rule_features`: their verdict, finding ids, number of domains), scaled by
1/sqrt(number of features), trained with AdaGrad and L2, then pruned to the `KEEP` strongest
features and retrained on those. Stacking without leaking: each labelled set's rule features
come from the rules of the commit that registered it, before any pass read it
(`READING_COMMITS`), so the model learns how far to trust the rules on prompts they have not
seen; the prompt tests' prompts (labelled by the rules there) get no rule features.

Blind protocol, per evaluated set (`FOLDS`): the rules of its blind commit (`BLIND_RULES`);
a model trained on every other set (LOSO) and one trained on the sets before it only
(forward); each combination (`combined`, `DESIGNS`) with parameters chosen on the forward
scores of the folds before it (`pick`; the first fold uses `DEFAULTS`, fixed before looking).
The shipped design, `decide`: the model's own verdict at P = 0.5, a rule's warning lowered
only at P(flag) < tl (chosen forward). `corpus` reports the share of the shared corpus prompts
(all security-sensitive; bench/prompt_bench.py's dev/holdout split) flagged for each tl.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from vigilint.prompts.crypto_effects import vetted_use  # noqa: E402
from vigilint.prompts.guard import FIRM_READINGS  # noqa: E402
from vigilint.prompts.model import WEIGHTS, features, rule_features  # noqa: E402
from vigilint.prompts.text import CODE, tokenize  # noqa: E402

PROMPTS = ROOT / "bench" / "prompts"
SETS = ("labelled", "dev", "holdout", "holdout2", "holdout3", "holdout4", "holdout5",
        "holdout6", "holdout7", "holdout8", "holdout9", "holdout10", "holdout11", "holdout12",
        "holdout13", "holdout14", "holdout15", "holdout16", "holdout17", "holdout18")
FOLDS = ("holdout7", "holdout8", "holdout9", "holdout10", "holdout11")
HARMLESS_KINDS = ("harmless", "mention", "question")
EXPLAIN_KINDS = ("crypto-explain", "crypto-code-review", "crypto-use")
BLOCK_KINDS = ("crypto-impl", "crypto-code")
SEED = 17
EPOCHS = 12
RATE = 0.5
L2 = 1e-5
MIN_DF = 2
KEEP = 4000
# The shipped design is `decide` (see `combined`): the stacked model's own verdict at P = 0.5,
# within the guard rails, a rule's warning lowered only at P(flag) < tl = 0.2 (chosen on the
# pooled forward scores of holdout7-11, `report`); as thresholds of the guard
# (`guard._second_opinion`): block at P(block) >= 0.5, warn -> allow at P(flag) < 0.2, block ->
# warn at P(block) < 0.5 where a block may be lowered. Pass i17i raised two: an allowed prompt is
# warned only at P(flag) >= 0.65 (on the blind holdout12, i17h's model put 3 harmless prompts
# and no warn-labelled one between 0.5 and 0.7), and a prompt where a vetted library seems to do
# the work is blocked only at P(block) >= 0.7 (the blind holdout12's two such crypto requests
# scored 0.75 and 0.93; a library-use test prompt 0.51), and a rule's warning is lowered only at
# P(flag) < 0.1: with the weights retrained on holdout12 and the i17i tests, 0.2 let the shared
# corpus prompts through (flagged 0.44 of the dev part, main 0.53); 0.1 was chosen on the
# corpus's dev part to keep main's level (dev 0.539, holdout 0.532; `corpus`).
SHIPPED = {"block": 0.5, "flag": 0.65, "allow": 0.1, "unblock": 0.5, "vetted": 0.7}


def path_of(name: str) -> Path:
    return PROMPTS / ("labelled.jsonl" if name == "labelled" else f"labelled_{name}.jsonl")


def load_rows() -> list[dict]:
    rows: list[dict] = []
    for name in SETS:
        for line in path_of(name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                row["set"] = name
                row.setdefault("kind", "crypto-impl" if row["verdict"] == "block" else None)
                tokens = tokenize(row["prompt"])
                row["feats"] = sorted(features(tokens))
                row["vetted"] = vetted_use(row["prompt"])
                row["has_code"] = any(flag & CODE for flag in tokens.flags)
                rows.append(row)
    return rows


def labels(row: dict) -> tuple[int, int]:
    return (1 if row["verdict"] == "block" else 0, 0 if row["verdict"] == "allow" else 1)


def _fit(rows: list[dict], vocab: set[str]) -> tuple[list[float], dict[str, list[float]]]:
    rng = random.Random(SEED)  # noqa: S311 - a reproducible shuffle, not a secret
    order = list(range(len(rows)))
    weights: dict[str, list[float]] = {f: [0.0, 0.0] for f in sorted(vocab)}
    squares: dict[str, list[float]] = {f: [1e-8, 1e-8] for f in weights}
    bias = [0.0, 0.0]
    bias_sq = [1e-8, 1e-8]
    for _ in range(EPOCHS):
        rng.shuffle(order)
        for i in order:
            row = rows[i]
            feats = [f for f in row["feats"] if f in weights]
            scale = 1.0 / math.sqrt(len(row["feats"])) if row["feats"] else 0.0
            ys = labels(row)
            for k in (0, 1):
                z = bias[k] + scale * sum(weights[f][k] for f in feats)
                p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
                g = p - ys[k]
                bias_sq[k] += g * g
                bias[k] -= RATE * g / math.sqrt(bias_sq[k])
                for f in feats:
                    w = weights[f]
                    gf = g * scale + L2 * w[k]
                    sq = squares[f]
                    sq[k] += gf * gf
                    w[k] -= RATE * gf / math.sqrt(sq[k])
    return bias, weights


def train(rows: list[dict]) -> tuple[list[float], dict[str, list[float]]]:
    df = Counter(f for row in rows for f in row["feats"])
    vocab = {f for f, n in df.items() if n >= MIN_DF}
    _, weights = _fit(rows, vocab)
    kept = sorted(weights, key=lambda f: (-max(abs(weights[f][0]), abs(weights[f][1])), f))
    return _fit(rows, set(kept[:KEEP]))


def score(bias: list[float], weights: dict[str, list[float]], row: dict) -> tuple[float, float]:
    scale = 1.0 / math.sqrt(len(row["feats"])) if row["feats"] else 0.0
    zs = list(bias)
    for f in row["feats"]:
        w = weights.get(f)
        if w is not None:
            zs[0] += w[0] * scale
            zs[1] += w[1] * scale
    return tuple(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))) for z in zs)  # type: ignore[return-value]


def model_verdict(pb: float, pf: float) -> str:
    return "block" if pb >= 0.5 else ("warn" if pf >= 0.5 else "allow")


def metrics(rows: list[dict], verdicts: list[str]) -> dict[str, float | str]:
    def share(pred: list[bool]) -> str:
        return f"{sum(pred)}/{len(pred)}" if pred else "-"
    pairs = list(zip(rows, verdicts, strict=True))
    return {
        "accuracy": round(sum(r["verdict"] == v for r, v in pairs) / len(pairs), 3),
        "crypto-impl blocked": share([v == "block" for r, v in pairs if r["kind"] in BLOCK_KINDS]),
        "harmless allowed": share([v == "allow" for r, v in pairs if r["kind"] in HARMLESS_KINDS]),
        "explain/review/use blocked": share([v == "block" for r, v in pairs
                                             if r["kind"] in EXPLAIN_KINDS]),
        "warn recall": share([v != "allow" for r, v in pairs if r["verdict"] == "warn"]),
    }


# The commit at which each fold was registered, before any pass read it: the rules there are the
# rules that scored it blind (reproduces the "before" accuracies of bench/results/).
BLIND_RULES = {"holdout7": "6744ab8", "holdout8": "105fad7", "holdout9": "543759f",
               "holdout10": "8b1d24e", "holdout11": "644ca42", "holdout12": "9fb4cf4",
               "holdout13": "0813bcd6", "holdout14": "ac166852",
               # the commits that registered holdout15-18 (pass i17n; the rules there scored them)
               "holdout15": "6752b295", "holdout16": "c97a6bd9", "holdout17": "dff98587",
               "holdout18": "47288dd4"}
_OLD_RULES = """
import json, sys
sys.path.insert(0, sys.argv[1])
from vigilint.prompts import check_prompt
out = {}
for line in open(sys.argv[2], encoding="utf-8"):
    if line.strip():
        v = check_prompt(json.loads(line)["prompt"])
        request = getattr(v, "request", None)
        out[json.loads(line)["prompt"]] = [v.verdict, request.kind if request else None,
                                           sorted({f.id for f in v.findings}), list(v.domains),
                                           getattr(v, "owasp_fit", None),
                                           [f.message for f in v.findings if f.severity == "block"]]
print(json.dumps(out))
"""


# Runs a tree's prompt tests with the learned opinion off and records every prompt the tests
# check with the default settings, with the rules' verdict: the tests pass on the rules, so that
# verdict agrees with what the test asserts (the near misses the labelled sets have few of).
# Known gaps (xfail) are left out: there the rules are wrong on purpose; so are the tests of the
# model itself (tests/prompts/test_prompt_model.py), which assert what the model adds.
_TEST_PROMPTS = """
import json, os, sys
sys.path.insert(0, sys.argv[1])
import vigilint.prompts as vp
import vigilint.prompts.guard as guard
if hasattr(guard, "opinion"):
    guard.opinion = lambda *args, **kwargs: None
original = guard.check_prompt
seen = {}
def wrapped(text, *args, **kwargs):
    verdict = original(text, *args, **kwargs)
    node = os.environ.get("PYTEST_CURRENT_TEST", "")
    if (isinstance(text, str) and not args and not kwargs and "known_gap" not in node
            and "test_prompt_model" not in node):
        seen.setdefault(text, verdict.verdict)
    return verdict
vp.check_prompt = guard.check_prompt = wrapped
import pytest
pytest.main(["-q", "-p", "no:cacheprovider", "-p", "no:randomly", "tests/prompts"])
print("@@" + json.dumps(seen, sort_keys=True))
"""


def _tree(commit: str | None, tmp: str) -> str:
    if commit is None:
        return str(ROOT)
    archive = subprocess.run(["git", "archive", commit, "vigilint", "tests", "pyproject.toml"],
                             cwd=ROOT, check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
    return tmp


def test_rows(commit: str | None) -> list[dict]:
    """The prompts of the prompt tests at `commit` (None: this tree), labelled as above."""
    with tempfile.TemporaryDirectory() as tmp:
        tree = _tree(commit, tmp)
        done = subprocess.run([sys.executable, "-c", _TEST_PROMPTS, tree], cwd=tree,
                              capture_output=True, text=True, check=False)
    line = [x for x in done.stdout.splitlines() if x.startswith("@@")][-1]
    return [{"set": "tests", "kind": "test", "verdict": verdict, "prompt": prompt,
             "feats": sorted(features(tokenize(prompt)))}
            for prompt, verdict in sorted(json.loads(line[2:]).items())]


# Stacking (`--stack`): every labelled set is also read by the rules of the commit that
# registered it, before any pass tuned on it (out-of-sample rule readings, like the rules' reading
# of a new prompt at run time); the three first sets came with the first guard (e0a3ab7).
READING_COMMITS = BLIND_RULES | {"labelled": "e0a3ab7", "dev": "e0a3ab7", "holdout": "e0a3ab7",
                                 "holdout2": "bddd1c0", "holdout3": "b4f7aef",
                                 "holdout4": "fa9f189", "holdout5": "9e3aea5",
                                 "holdout6": "2d1c48d"}


def add_rule_features(rows: list[dict]) -> None:
    """Adds the blind rules' reading (`model.rule_features`) to each labelled row's features;
    test prompts get none (their labels are the rules' verdicts: in-sample)."""
    for name in SETS:
        readings = _old_rules(READING_COMMITS[name], name)
        for row in rows:
            if row["set"] == name:
                verdict, _, ids, domains, _, _ = readings[row["prompt"]]
                row["feats"] = sorted(set(row["feats"]) | rule_features(verdict, ids, domains))
        print(f"rule features of {name} from {READING_COMMITS[name]}", file=sys.stderr,
              flush=True)


def _old_rules(commit: str, name: str) -> dict[str, list]:
    with tempfile.TemporaryDirectory() as tmp:
        tree = _tree(commit, tmp)
        done = subprocess.run([sys.executable, "-c", _OLD_RULES, tree, str(path_of(name))],
                              check=True, capture_output=True, text=True, cwd=tree)
    return json.loads(done.stdout)


def blind_rule_verdicts(rows: list[dict], name: str) -> None:
    """The verdicts of the rules as they were when `name` was scored blind."""
    with tempfile.TemporaryDirectory() as tmp:
        tree = _tree(BLIND_RULES[name], tmp)
        done = subprocess.run([sys.executable, "-c", _OLD_RULES, tree, str(path_of(name))],
                              check=True, capture_output=True, text=True, cwd=tree)
    verdicts = json.loads(done.stdout)
    for row in rows:
        if row["set"] == name:
            (row["rule"], row["rule_kind"], row["rule_ids"], row["rule_domains"],
             row["rule_fit"], row["rule_blocks"]) = verdicts[row["prompt"]]


def fold_scores(rows: list[dict], folds: tuple[str, ...], with_tests: bool) -> dict:
    """Per fold: each prompt's label, the blind rules' reading and the LOSO and forward
    models' probabilities (the input of `report`)."""
    out: dict[str, list[dict]] = {}
    for name in folds:
        blind_rule_verdicts(rows, name)
        part = [r for r in rows if r["set"] == name]
        labelled = {r["prompt"] for r in rows}  # a labelled prompt keeps its own label
        tests = ([r for r in test_rows(BLIND_RULES[name]) if r["prompt"] not in labelled]
                 if with_tests else [])
        before = SETS[:SETS.index(name)]
        loso_model = train([r for r in rows if r["set"] != name] + tests)
        forward_model = train([r for r in rows if r["set"] in before] + tests)
        print(f"{name}: {len(tests)} test prompts (tests at {BLIND_RULES[name]})",
              file=sys.stderr, flush=True)
        out[name] = [{k: v for k, v in r.items() if k != "feats"}
                     | {"loso": score(*loso_model, r), "forward": score(*forward_model, r)}
                     for r in part]
    return out


# The combinations compared by `report`. Parameters: tb/tf escalate to block/warn at
# P(block)/P(flag) >= tb/tf (as shipped by i17g); tl lowers a rule's warn to allow at P(flag)
# below tl; tk lowers a rule's block to warn at P(block) below tk. A threshold of -1 is off.
# tv: a prompt where a vetted library seems to do the work (`vetted_use`) is escalated to block
# only at P(block) >= tv (1.01: never, as i17g shipped).
DESIGNS = ("escalate", "escalate+lower-warn", "escalate+lower-block", "symmetric",
           "symmetric+vetted", "decide")
DEFAULTS = {"tb": 0.9, "tf": 0.9, "tl": 0.05, "tk": 0.05, "tv": 1.01}  # fold holdout7,
# fixed before looking
GRID = {"tb": (0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.01),
        "tf": (0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.01),
        "tl": (-1.0, 0.02, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6),
        "tk": (-1.0, 0.02, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5),
        "tv": (0.8, 0.9, 0.95, 0.99, 1.01)}


def lowerable_block(row: dict) -> bool:
    """A rule's block the model may lower: not on pasted code (the prompt has a code span or
    the rule read crypto code) nor on a firm reading (`guard.FIRM_READINGS`), and the only block is the crypto rule's (not the size limit)."""
    return (not row["has_code"] and not any("code" in m or any(
                f": {reading})" in m for reading in FIRM_READINGS) for m in row["rule_blocks"])
            and row["rule_ids"] == sorted(set(row["rule_ids"]) - {"VG-PROMPT-004"}))


def combined(row: dict, p: tuple[float, float], design: str, t: dict[str, float]) -> str:
    rule, (pb, pf) = row["rule"], p
    if row["rule_kind"] != "produce":
        return rule
    if design == "decide":  # the model's own verdict, within the guard rails
        own = model_verdict(pb, pf)
        if rule == "block" and own != "block":
            return "warn" if lowerable_block(row) else "block"
        if rule == "warn" and own == "allow" and pf >= t["tl"]:
            return "warn"  # a rule's warning is lowered only below tl
        return own
    if rule != "block" and pb >= t["tb"] and (not row["vetted"] or pb >= t["tv"]):
        return "block"
    if rule == "allow" and pf >= t["tf"]:
        return "warn"
    if "tl" in _keys(design) and rule == "warn" and pf < t["tl"]:
        return "allow"
    if ("tk" in _keys(design) and rule == "block" and pb < t["tk"]
            and lowerable_block(row)):
        return "warn"
    return rule


def _fits(rows: list[dict], probs: list, design: str, t: dict[str, float]) -> float:
    """Accuracy of a design on rows, or -1 when it allows fewer harmless prompts, blocks more
    explanations or blocks fewer crypto-implementation requests than the rules there."""
    right = harmless = explain = crypto = 0
    for r, p in zip(rows, probs, strict=True):
        v = combined(r, p, design, t)
        if r["kind"] in HARMLESS_KINDS:
            harmless += (v == "allow") - (r["rule"] == "allow")
        elif r["kind"] in EXPLAIN_KINDS:
            explain += (v == "block") - (r["rule"] == "block")
        elif r["kind"] in BLOCK_KINDS:
            crypto += (v == "block") - (r["rule"] == "block")
        right += r["verdict"] == v
    return right / len(rows) if harmless >= 0 and explain <= 0 and crypto >= 0 else -1.0


def _keys(design: str) -> list[str]:
    if design == "decide":
        return ["tl"]
    return ["tb", "tf"] + (["tl"] if "lower-warn" in design or "symmetric" in design else []) + (
        ["tk"] if "lower-block" in design or "symmetric" in design else []) + (
        ["tv"] if "vetted" in design else [])


def pick(rows: list[dict], probs: list, design: str) -> dict[str, float]:
    """The parameters of `design` most accurate on rows under the constraints of `_fits`;
    ties go to the more conservative (higher escalation, lower lowering) thresholds."""
    keys = _keys(design)
    best: tuple = (-2.0,)
    base = {"tb": 0.0, "tf": 0.0, "tl": -1.0, "tk": -1.0, "tv": 1.01}
    grids = [GRID[k] for k in keys]

    def walk(i: int, chosen: dict[str, float]) -> None:
        nonlocal best
        if i == len(keys):
            t = base | chosen
            acc = _fits(rows, probs, design, t)
            key = (acc, t["tb"], t["tf"], -t["tl"], -t["tk"], t["tv"])
            if key > best:
                best = (*key, t)
            return
        for value in grids[i]:
            walk(i + 1, chosen | {keys[i]: value})
    walk(0, {})
    return best[-1]


def report(scores: dict) -> None:
    """Per fold and pooled: rules at the blind commit, the model alone (LOSO, forward), and each
    design with parameters chosen forward (on the forward scores of the folds before it; the
    first fold uses DEFAULTS)."""
    folds = list(scores)
    header = ("| set | scorer | accuracy | crypto-impl blocked | harmless allowed | "
              "explain/review/use blocked | warn recall |")
    print(header)
    print("|---|---|---|---|---|---|---|")
    pooled: dict[str, list[tuple[dict, str]]] = {}
    for i, name in enumerate(folds):
        part = scores[name]
        earlier = [r for f in folds[:i] for r in scores[f]]
        scorers: list[tuple[str, list[str]]] = [
            ("rules at blind commit", [r["rule"] for r in part]),
            ("model alone, LOSO", [model_verdict(*r["loso"]) for r in part]),
            ("model alone, forward", [model_verdict(*r["forward"]) for r in part])]
        for design in DESIGNS:
            t = (DEFAULTS | ({"tl": 0.5} if design == "decide" else {})) if not earlier else pick(
                earlier, [r["forward"] for r in earlier], design)
            t = {k: (t[k] if k in _keys(design) else off) for k, off in
                 (("tb", 0), ("tf", 0), ("tl", -1.0), ("tk", -1.0), ("tv", 1.01))}
            shown = "/".join(f"{k}={t[k]}" for k in _keys(design))
            for how in ("LOSO", "forward"):
                scorers.append((f"{design} {how} ({shown})",
                                [combined(r, r[how.lower()], design, t) for r in part]))
        for label, verdicts in scorers:
            m = metrics(part, verdicts)
            key = label.split(" (")[0]
            pooled.setdefault(key, []).extend(zip(part, verdicts, strict=True))
            print(f"| {name} | {label} | " + " | ".join(str(v) for v in m.values()) + " |")
    everything = [r for f in folds for r in scores[f]]
    print("\nparameters chosen on the pooled forward scores of all folds: " + "; ".join(
        f"{d} {pick(everything, [r['forward'] for r in everything], d)}" for d in DESIGNS))
    print(f"\n| scorer ({', '.join(folds)}) | mean accuracy | pooled accuracy | "
          "crypto-impl blocked | harmless allowed | explain/review/use blocked | warn recall |")
    print("|---|---|---|---|---|---|---|")
    for key, pairs in pooled.items():
        rows = [r for r, _ in pairs]
        verdicts = [v for _, v in pairs]
        per = [metrics([r for r in rows if r["set"] == f],
                       [v for r, v in pairs if r["set"] == f])["accuracy"] for f in folds]
        m = metrics(rows, verdicts)
        mean = round(sum(float(x) for x in per) / len(per), 3)
        print(f"| {key} | {mean} | " + " | ".join(str(v) for v in m.values()) + " |")


def corpus(cache: Path) -> None:
    """The shared corpus prompts (bench/prompt_bench.py's folder and split): share flagged by the
    rules alone and by this tree's rules with the shipped opinion at each warn -> allow threshold
    (the other thresholds as shipped). The corpus is out of the model's domain: all its prompts
    led assistants to vulnerable code."""
    sys.path.insert(0, str(ROOT / "bench"))
    import prompt_bench

    import vigilint.prompts.guard as guard
    from vigilint.prompts.model import opinion
    seen: dict[str, object] = {}

    def spy(tokens: object, rules: set[str] | None = None) -> None:
        seen["o"] = opinion(tokens, rules)  # type: ignore[arg-type]

    guard.opinion = spy  # type: ignore[assignment]
    parts = prompt_bench.load_split()
    rows = []
    for path in sorted(prompt_bench.CORPUS.glob("*.jsonl")):
        for row in prompt_bench.load(path):
            if row.get("cwe"):
                seen.clear()
                rule = guard.check_prompt(row["prompt"]).verdict
                o = seen.get("o")
                rows.append(("holdout" if row["id"] in parts["holdout"] else "dev", rule,
                             (o.block, o.flag) if o is not None else None))  # type: ignore[attr-defined]
    print("| warn -> allow below | corpus dev flagged | corpus holdout flagged |")
    print("|---|---|---|")

    def flagged(rule: str, p: tuple[float, float] | None, tl: float) -> bool:
        if p is None or rule == "block" or p[0] >= SHIPPED["block"]:
            return rule != "allow" or (p is not None and p[0] >= SHIPPED["block"])
        return p[1] >= SHIPPED["flag"] if rule == "allow" else p[1] >= tl
    print("| rules alone | " + " | ".join(
        f"{sum(r[1] != 'allow' for r in rows if r[0] == part) / sum(r[0] == part for r in rows):.3f}"
        for part in ("dev", "holdout")) + " |")
    for tl in GRID["tl"]:
        print(f"| {tl} | " + " | ".join(
            f"{sum(flagged(r[1], r[2], tl) for r in rows if r[0] == part) / sum(r[0] == part for r in rows):.3f}"
            for part in ("dev", "holdout")) + " |")


def guard_loso(rows: list[dict], folds: tuple[str, ...], with_tests: bool, out: Path) -> None:
    """Leave one set out, on this tree's guard: per set, a model trained on every other labelled
    set (and this tree's prompt tests) is installed with the SHIPPED thresholds and this tree's
    rules score the held-out set. The rules themselves were tuned on every set (in-sample); the
    model never saw the set it scores. Writes each prompt's verdict to `out` (JSON)."""
    import vigilint.prompts.model as model_module
    from vigilint.prompts import check_prompt
    labelled = {r["prompt"] for r in rows}
    tests = [r for r in test_rows(None) if r["prompt"] not in labelled] if with_tests else []
    shipped = model_module.WEIGHTS
    results: dict[str, list[dict]] = {}
    print("| set | accuracy | crypto-impl blocked | harmless allowed | "
          "explain/review/use blocked | warn recall |")
    print("|---|---|---|---|---|---|")
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for name in folds:
                bias, weights = train([r for r in rows if r["set"] != name] + tests)
                path = Path(tmp) / f"weights_{name}.json"
                _write_weights(path, bias, weights, SHIPPED, stacked=True, trained_on=[
                    s for s in SETS if s != name])
                model_module.WEIGHTS = path
                model_module.model.cache_clear()
                part = [r for r in rows if r["set"] == name]
                seen = [check_prompt(r["prompt"]) for r in part]
                verdicts = [v.verdict for v in seen]
                results[name] = [{"id": r.get("id"), "kind": r["kind"], "variant": r.get("variant"),
                                  "expected": r["verdict"], "got": v.verdict,
                                  "rules": (v.second_opinion.rules_verdict if v.second_opinion
                                            else v.verdict),
                                  "p": ([v.second_opinion.block, v.second_opinion.flag]
                                        if v.second_opinion else None)}
                                 for r, v in zip(part, seen, strict=True)]
                print(f"| {name} | " + " | ".join(str(v) for v in metrics(part, verdicts).values())
                      + " |", flush=True)
    finally:
        model_module.WEIGHTS = shipped
        model_module.model.cache_clear()
    out.write_text(json.dumps(results), encoding="utf-8")


def _write_weights(path: Path, bias: list[float], weights: dict[str, list[float]],
                   thresholds: dict[str, float], stacked: bool, trained_on: list[str]) -> None:
    names = sorted(weights)
    path.write_text(json.dumps({
        "trained_on": trained_on, "seed": SEED, "stacked": stacked, "thresholds": thresholds,
        "bias": [round(b, 4) for b in bias], "features": names,
        "block": [round(weights[n][0], 4) for n in names],
        "flag": [round(weights[n][1], 4) for n in names]}, ensure_ascii=False,
        separators=(",", ":")) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("command", choices=("scores", "report", "train", "corpus", "loso"))
    parser.add_argument("--cache", default=str(Path(tempfile.gettempdir()) / "prompt_model_scores.json"),
                        help="scores: where to write the per-fold probabilities; report: read")
    parser.add_argument("--stack", action="store_true",
                        help="add the rules' reading to the model's features (stacking)")
    parser.add_argument("--folds", default=",".join(FOLDS))
    parser.add_argument("--no-tests", action="store_true",
                        help="train on the labelled sets only, not on the prompt tests")
    parser.add_argument("--thresholds", default="",
                        help="block,flag,allow,unblock,vetted (default: SHIPPED)")
    args = parser.parse_args()
    if args.command == "corpus":
        corpus(Path(args.cache))
        return
    if args.command == "report":
        report(json.loads(Path(args.cache).read_text(encoding="utf-8")))
        return
    rows = load_rows()
    if args.stack:
        add_rule_features(rows)
    if args.command == "scores":
        Path(args.cache).write_text(json.dumps(
            fold_scores(rows, tuple(args.folds.split(",")), not args.no_tests)), encoding="utf-8")
        return
    if args.command == "loso":
        guard_loso(rows, tuple(args.folds.split(",")), not args.no_tests, Path(args.cache))
        return
    given = [float(x) for x in args.thresholds.split(",")] if args.thresholds else None
    labelled = {r["prompt"] for r in rows}
    tests = [] if args.no_tests else [r for r in test_rows(None) if r["prompt"] not in labelled]
    bias, weights = train(rows + tests)
    thresholds = dict(zip(("block", "flag", "allow", "unblock", "vetted"), given, strict=True)
                      ) if given else SHIPPED
    _write_weights(WEIGHTS, bias, weights, thresholds, args.stack,
                   list(SETS) + ([] if args.no_tests else ["tests/prompts"]))
    print(f"wrote {WEIGHTS.relative_to(ROOT)}: {len(weights)} features", file=sys.stderr)


if __name__ == "__main__":
    main()
