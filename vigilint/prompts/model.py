"""A learned second opinion for the prompt guard: two logistic regressions over the prompt's
stems (unigrams and bigrams, read through the glossary like the rules) and the character
4-grams of its words.

- `block`: the prompt asks for a cryptographic implementation (labels: kinds `crypto-impl` and
  `crypto-code`, verdict block).
- `flag`: the prompt is not allowed as it stands (verdict warn or block).

The weights (`model_weights.json`) are trained offline by `scripts/train_prompt_model.py`
(pure Python, fixed seed) on the labelled prompt sets under `bench/prompts/`; at run time
scoring is a sum of dictionary look-ups, no numpy. The guard uses it only to escalate, never
to lower a rule's verdict (guard.py).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from vigilint.prompts.text import Tokens

WEIGHTS = Path(__file__).with_name("model_weights.json")
MAX_TOKENS = 2000  # the opinion reads the first tokens only: the cost stays bounded


@dataclass(frozen=True)
class Model:
    bias: tuple[float, float]
    weights: dict[str, tuple[float, float]]
    thresholds: tuple[float, float]


@dataclass(frozen=True)
class Opinion:
    block: float  # probability that the prompt asks for a cryptographic implementation
    flag: float  # probability that the prompt is not allowed as it stands
    block_cues: tuple[str, ...]  # the words (stems) that pushed `block` up most
    flag_cues: tuple[str, ...]  # ... and `flag`
    thresholds: tuple[float, float]  # escalate to block / to warn at these probabilities


def features(tokens: Tokens, limit: int = MAX_TOKENS) -> set[str]:
    """The binary features of a prompt (shared by training and scoring)."""
    out: set[str] = set()
    stems = tokens.stems[:limit]
    text = tokens.text
    previous = "^"
    for i, stem in enumerate(stems):
        out.add("w:" + stem)
        out.add("b:" + previous + " " + stem)
        previous = stem
        word = " " + text[tokens.starts[i]:tokens.ends[i]].lower() + " "
        if len(word) > 32:
            word = word[:32]
        for j in range(len(word) - 3):
            out.add("c:" + word[j:j + 4])
    return out


@lru_cache(maxsize=1)
def model() -> Model | None:
    try:
        data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    names: list[str] = data["features"]
    block: list[float] = data["block"]
    flag: list[float] = data["flag"]
    return Model(bias=(data["bias"][0], data["bias"][1]),
                 weights={n: (b, f) for n, b, f in zip(names, block, flag, strict=True)},
                 thresholds=(data["thresholds"][0], data["thresholds"][1]))


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _cues(pushes: list[tuple[float, float, str]], head: int) -> tuple[str, ...]:
    weighted = [(p[1] if head else p[0], p[2]) for p in pushes]
    ranked = sorted(weighted, key=lambda p: (-p[0], p[1]))
    return tuple(name for weight, name in ranked[:3] if weight > 0)


def opinion(tokens: Tokens) -> Opinion | None:
    """The model's probabilities for `tokens`, or None when no weights are installed."""
    m = model()
    if m is None:
        return None
    feats = features(tokens)
    scale = 1.0 / math.sqrt(len(feats)) if feats else 0.0
    zb, zf = m.bias
    pushes: list[tuple[float, float, str]] = []
    for name in feats:
        pair = m.weights.get(name)
        if pair is None:
            continue
        zb += pair[0] * scale
        zf += pair[1] * scale
        if not name.startswith("c:"):  # words read better than character 4-grams
            pushes.append((pair[0], pair[1], name[2:]))
    return Opinion(block=_sigmoid(zb), flag=_sigmoid(zf),
                   block_cues=_cues(pushes, 0), flag_cues=_cues(pushes, 1),
                   thresholds=m.thresholds)
