"""A learned second opinion for the prompt guard: two logistic regressions over the prompt's
stems (unigrams and bigrams, read through the glossary like the rules), the character 4-grams
of its words and, when the weights were trained so (`stacked`), the rules' reading of it
(`rule_features`).

- `block`: the prompt asks for a cryptographic implementation (labels: kinds `crypto-impl` and
  `crypto-code`, verdict block).
- `flag`: the prompt is not allowed as it stands (verdict warn or block).

The weights (`model_weights.json`) are trained offline by `scripts/train_prompt_model.py`
(pure Python, fixed seed) on the labelled prompt sets under `bench/prompts/`; at run time
scoring is a sum of dictionary look-ups, no numpy. The guard lets it raise or lower the rules'
verdict within guard rails (`guard._second_opinion`).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from vigilint.prompts.text import Tokens

WEIGHTS = Path(__file__).with_name("model_weights.json")
MAX_TOKENS = 2000  # the opinion reads the first tokens only: the cost stays bounded


@dataclass(frozen=True)
class Thresholds:
    block: float  # allow/warn -> block at P(block) >= this
    flag: float  # allow -> warn at P(flag) >= this
    allow: float  # warn -> allow at P(flag) below this (0 or less: never)
    unblock: float  # block -> warn at P(block) below this, where the block may be lowered
    vetted: float  # -> block at P(block) >= this where a vetted library seems to do the work


@dataclass(frozen=True)
class Model:
    bias: tuple[float, float]
    weights: dict[str, tuple[float, float]]
    thresholds: Thresholds
    stacked: bool  # the rules' reading is among the features (`rule_features`)


@dataclass(frozen=True)
class Opinion:
    block: float  # probability that the prompt asks for a cryptographic implementation
    flag: float  # probability that the prompt is not allowed as it stands
    block_cues: tuple[str, ...]  # the words (stems) that pushed `block` up most
    flag_cues: tuple[str, ...]  # ... and `flag`
    thresholds: Thresholds
    unblock_cues: tuple[str, ...] = ()  # the words that pushed `block` down most
    allow_cues: tuple[str, ...] = ()  # ... and `flag`


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


def rule_features(verdict: str, ids: Iterable[str], domains: Iterable[str]) -> set[str]:
    """The rules' reading as features (stacking): their verdict, the ids of their findings and
    how many domains they detected."""
    count = len(list(domains))
    return {"r:v=" + verdict, "r:nd=" + str(min(count, 3))} | {"r:id=" + i for i in ids}


@lru_cache(maxsize=1)
def model() -> Model | None:
    try:
        data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    names: list[str] = data["features"]
    block: list[float] = data["block"]
    flag: list[float] = data["flag"]
    t = data["thresholds"]
    return Model(bias=(data["bias"][0], data["bias"][1]),
                 weights={n: (b, f) for n, b, f in zip(names, block, flag, strict=True)},
                 thresholds=Thresholds(block=t["block"], flag=t["flag"], allow=t["allow"],
                                       unblock=t["unblock"], vetted=t["vetted"]),
                 stacked=bool(data.get("stacked")))


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _cues(pushes: list[tuple[float, float, str]], head: int, sign: float = 1.0
          ) -> tuple[str, ...]:
    weighted = [(sign * (p[1] if head else p[0]), p[2]) for p in pushes]
    ranked = sorted(weighted, key=lambda p: (-p[0], p[1]))
    return tuple(name for weight, name in ranked[:3] if weight > 0)


def opinion(tokens: Tokens, rules: set[str] | None = None) -> Opinion | None:
    """The model's probabilities for `tokens`, or None when no weights are installed. `rules`:
    the rules' reading (`rule_features`), used when the model was trained with it."""
    m = model()
    if m is None:
        return None
    feats = features(tokens)
    if m.stacked and rules:
        feats |= rules
    scale = 1.0 / math.sqrt(len(feats)) if feats else 0.0
    zb, zf = m.bias
    pushes: list[tuple[float, float, str]] = []
    for name in feats:
        pair = m.weights.get(name)
        if pair is None:
            continue
        zb += pair[0] * scale
        zf += pair[1] * scale
        if name[0] in "wb":  # words read better than character 4-grams
            pushes.append((pair[0], pair[1], name[2:]))
    return Opinion(block=_sigmoid(zb), flag=_sigmoid(zf),
                   block_cues=_cues(pushes, 0), flag_cues=_cues(pushes, 1),
                   thresholds=m.thresholds, unblock_cues=_cues(pushes, 0, -1.0),
                   allow_cues=_cues(pushes, 1, -1.0))
