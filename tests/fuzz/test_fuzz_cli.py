"""CLI fuzzing, short and seeded: hostile file trees and prompts (bench/fuzz_soak.py runs the
same properties for longer with fresh seeds)."""

from __future__ import annotations

from hookfuzz import SCALE
from hypothesis import HealthCheck, given, seed, settings
from treefuzz import Tree, check_prompt_input, check_tree, prompt_inputs, trees

FUZZ = settings(deadline=20_000, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@seed(20261206)
@settings(FUZZ, max_examples=int(40 * SCALE))
@given(trees())
def test_scans_of_hostile_trees_hold_their_properties(tree: Tree) -> None:
    check_tree(tree)


@seed(20261206)
@settings(FUZZ, max_examples=int(30 * SCALE))
@given(prompt_inputs())
def test_prompt_command_always_gives_a_verdict(case: tuple[bytes, str]) -> None:
    check_prompt_input(*case)
