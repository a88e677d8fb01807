"""Train the prompt guard's learned second opinion (`vigilint/prompts/model.py`) and measure
how it generalises, leave-one-set-out.

    python scripts/train_prompt_model.py loso [--folds holdout7,holdout8,holdout9,holdout10]
    python scripts/train_prompt_model.py train      # writes vigilint/prompts/model_weights.json

Pure Python (no numpy/sklearn), deterministic (fixed seed, sorted inputs): the shipped weights
are reproducible from this script and the labelled sets under `bench/prompts/`.

Model: two logistic regressions (`block`: the prompt asks for a cryptographic implementation;
`flag`: its label is warn or block) over binary features (stems, stem bigrams, character
4-grams of words; `model.features`), scaled by 1/sqrt(number of features), trained with
AdaGrad and L2, then pruned to the `KEEP` strongest features and retrained on those.

Combination with the rules (`combine`), conservative: only a prompt the rules read as a request
to produce something (not an explanation, review or docs) is escalated: to block when the rules
did not block, P(block) >= the block threshold and no vetted library does the work
(`crypto_effects.vetted_use` of this tree, which has read every set), to warn when the rules allowed and
P(flag) >= the flag threshold. A rule's verdict is never lowered.

LOSO: for each evaluated set, the model is trained on every other set and scored on it. The
thresholds are chosen once, on the LOSO scores of holdout5 and holdout6 (sets not among the
evaluated folds), before the evaluated folds are scored. The rules have read every set, so
"rules" and "rules+model" on a fold are in-sample for the rules; the model's own figure is
the out-of-sample one (compare it with the rules' first blind score of each set).
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

from vigilint.prompts import check_prompt  # noqa: E402
from vigilint.prompts.crypto_effects import vetted_use  # noqa: E402
from vigilint.prompts.model import WEIGHTS, features  # noqa: E402
from vigilint.prompts.text import tokenize  # noqa: E402

PROMPTS = ROOT / "bench" / "prompts"
SETS = ("labelled", "dev", "holdout", "holdout2", "holdout3", "holdout4", "holdout5",
        "holdout6", "holdout7", "holdout8", "holdout9", "holdout10")
THRESHOLD_SETS = ("holdout5", "holdout6")
FOLDS = ("holdout7", "holdout8", "holdout9", "holdout10")
HARMLESS_KINDS = ("harmless", "mention", "question")
EXPLAIN_KINDS = ("crypto-explain", "crypto-code-review", "crypto-use")
BLOCK_KINDS = ("crypto-impl", "crypto-code")
SEED = 17
EPOCHS = 12
RATE = 0.5
L2 = 1e-5
MIN_DF = 2
KEEP = 4000
# The shipped thresholds: chosen on the pooled forward scores of holdout7-10 (`blind`), the
# most accurate pair that loses no harmless prompt and blocks no further explanation there.
SHIPPED = (0.8, 0.95)


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
                row["feats"] = sorted(features(tokenize(row["prompt"])))
                row["vetted"] = vetted_use(row["prompt"])
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


def combine(rule: str, kind: str | None, pb: float, pf: float, tb: float, tf: float,
            vetted: bool = False) -> str:
    if kind != "produce":
        return rule
    if rule != "block" and pb >= tb and not vetted:
        return "block"
    if rule == "allow" and pf >= tf:
        return "warn"
    return rule


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


def rule_verdicts(rows: list[dict]) -> None:
    for row in rows:
        v = check_prompt(row["prompt"])
        row["rule"] = v.verdict
        row["rule_kind"] = v.request.kind if v.request else None


def loso(rows: list[dict], folds: tuple[str, ...], thresholds: tuple[float, float] | None
         ) -> tuple[float, float]:
    scored: dict[str, list[tuple[float, float]]] = {}
    for name in (*THRESHOLD_SETS, *folds):
        if name in scored:
            continue
        bias, weights = train([r for r in rows if r["set"] != name])
        scored[name] = [score(bias, weights, r) for r in rows if r["set"] == name]
        print(f"trained without {name}", file=sys.stderr)
    if thresholds is None:
        thresholds = choose([r for r in rows if r["set"] in THRESHOLD_SETS],
                            [p for s in THRESHOLD_SETS for p in scored[s]])
    tb, tf = thresholds
    print(f"thresholds (chosen on LOSO {'+'.join(THRESHOLD_SETS)}): block {tb}, flag {tf}\n")
    print("| set | scorer | accuracy | crypto-impl blocked | harmless allowed | "
          "explain/review/use blocked | warn recall |")
    print("|---|---|---|---|---|---|---|")
    for name in (*THRESHOLD_SETS, *folds):
        part = [r for r in rows if r["set"] == name]
        probs = scored[name]
        for label, verdicts in (
                ("rules (seen)", [r["rule"] for r in part]),
                ("model alone (LOSO)", [model_verdict(*p) for p in probs]),
                ("rules+model (LOSO model)", [combine(r["rule"], r["rule_kind"], *p, tb, tf, r["vetted"])
                                              for r, p in zip(part, probs, strict=True)])):
            m = metrics(part, verdicts)
            print(f"| {name} | {label} | " + " | ".join(str(v) for v in m.values()) + " |")
    return thresholds


def choose(rows: list[dict], probs: list[tuple[float, float]]) -> tuple[float, float]:
    """The thresholds that maximise accuracy of rules+model on `rows`, with no harmless prompt
    lost and no explanation blocked that the rules did not block; ties go to the higher
    (more conservative) threshold."""
    grid = [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.97, 0.99, 1.01]
    best: tuple[float, float, float] = (-1.0, 1.01, 1.01)
    for tb in grid:
        for tf in grid:
            verdicts = [combine(r["rule"], r["rule_kind"], *p, tb, tf, r["vetted"])
                        for r, p in zip(rows, probs, strict=True)]
            lost = sum(1 for r, v in zip(rows, verdicts, strict=True)
                       if r["kind"] in HARMLESS_KINDS and v != "allow" and r["rule"] == "allow")
            bad = sum(1 for r, v in zip(rows, verdicts, strict=True)
                      if r["kind"] in EXPLAIN_KINDS and v == "block" and r["rule"] != "block")
            if lost or bad:
                continue
            acc = sum(r["verdict"] == v for r, v in zip(rows, verdicts, strict=True)) / len(rows)
            if (acc, tb, tf) > best:
                best = (acc, tb, tf)
    return best[1], best[2]


# The commit at which each fold was registered, before any pass read it: the rules there are the
# rules that scored it blind (reproduces the "before" accuracies of bench/results/).
BLIND_RULES = {"holdout7": "6744ab8", "holdout8": "105fad7", "holdout9": "543759f",
               "holdout10": "8b1d24e"}
_OLD_RULES = """
import json, sys
sys.path.insert(0, sys.argv[1])
from vigilint.prompts import check_prompt
out = {}
for line in open(sys.argv[2], encoding="utf-8"):
    if line.strip():
        v = check_prompt(json.loads(line)["prompt"])
        out[json.loads(line)["prompt"]] = [v.verdict, v.request.kind if v.request else None]
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
    guard.opinion = lambda tokens: None
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


def blind_rule_verdicts(rows: list[dict], name: str) -> None:
    """The verdicts of the rules as they were when `name` was scored blind."""
    with tempfile.TemporaryDirectory() as tmp:
        tree = _tree(BLIND_RULES[name], tmp)
        done = subprocess.run([sys.executable, "-c", _OLD_RULES, tree, str(path_of(name))],
                              check=True, capture_output=True, text=True, cwd=tree)
    verdicts = json.loads(done.stdout)
    for row in rows:
        if row["set"] == name:
            row["rule"], row["rule_kind"] = verdicts[row["prompt"]]


def blind(rows: list[dict], folds: tuple[str, ...], with_tests: bool) -> None:
    """Each fold as if scored blind with the model: the rules of its blind commit, and a model
    trained (a) on every other set (LOSO) and (b) on the sets that existed before it only
    (forward). Thresholds for a fold are chosen on the previous fold's forward scores (the
    first fold uses 0.9/0.9, fixed before looking)."""
    previous: tuple[list[dict], list[tuple[float, float]]] | None = None
    print("| set | scorer | accuracy | crypto-impl blocked | harmless allowed | "
          "explain/review/use blocked | warn recall |")
    print("|---|---|---|---|---|---|---|")
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
              file=sys.stderr)
        lp = [score(*loso_model, r) for r in part]
        fp = [score(*forward_model, r) for r in part]
        tb, tf = (0.9, 0.9) if previous is None else choose(*previous)
        previous = (part, fp)
        for label, verdicts in (
                ("rules at blind commit", [r["rule"] for r in part]),
                ("model alone, LOSO", [model_verdict(*p) for p in lp]),
                ("model alone, forward", [model_verdict(*p) for p in fp]),
                (f"rules+model LOSO (t={tb}/{tf})",
                 [combine(r["rule"], r["rule_kind"], *p, tb, tf, r["vetted"]) for r, p in zip(part, lp, strict=True)]),
                (f"rules+model forward (t={tb}/{tf})",
                 [combine(r["rule"], r["rule_kind"], *p, tb, tf, r["vetted"]) for r, p in zip(part, fp, strict=True)]),
                (f"rules+model forward (shipped t={SHIPPED[0]}/{SHIPPED[1]})",
                 [combine(r["rule"], r["rule_kind"], *p, *SHIPPED, r["vetted"])
                  for r, p in zip(part, fp, strict=True)])):
            m = metrics(part, verdicts)
            print(f"| {name} | {label} | " + " | ".join(str(v) for v in m.values()) + " |",
                  flush=True)
        sweep = []
        for t in (0.6, 0.7, 0.8, 0.9, 0.95):
            v = [combine(r["rule"], r["rule_kind"], *p, t, t, r["vetted"]) for r, p in zip(part, fp, strict=True)]
            sweep.append(f"{t}: {metrics(part, v)}")
        print("  sweep (forward): " + "; ".join(sweep), file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("command", choices=("loso", "blind", "train"))
    parser.add_argument("--folds", default=",".join(FOLDS))
    parser.add_argument("--no-tests", action="store_true",
                        help="train on the labelled sets only, not on the prompt tests")
    parser.add_argument("--thresholds", default="", help="block,flag (default: chosen)")
    args = parser.parse_args()
    rows = load_rows()
    given = (tuple(float(x) for x in args.thresholds.split(",")) if args.thresholds else None)
    if args.command == "loso":
        rule_verdicts(rows)
        loso(rows, tuple(args.folds.split(",")), given)  # type: ignore[arg-type]
        return
    if args.command == "blind":
        blind(rows, tuple(args.folds.split(",")), not args.no_tests)
        return
    labelled = {r["prompt"] for r in rows}
    tests = [] if args.no_tests else [r for r in test_rows(None) if r["prompt"] not in labelled]
    bias, weights = train(rows + tests)
    names = sorted(weights)
    thresholds = given or SHIPPED
    WEIGHTS.write_text(json.dumps({
        "trained_on": list(SETS) + ([] if args.no_tests else ["tests/prompts"]), "seed": SEED, "thresholds": list(thresholds),
        "bias": [round(b, 4) for b in bias], "features": names,
        "block": [round(weights[n][0], 4) for n in names],
        "flag": [round(weights[n][1], 4) for n in names]}, ensure_ascii=False,
        separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {WEIGHTS.relative_to(ROOT)}: {len(names)} features", file=sys.stderr)


if __name__ == "__main__":
    main()
