"""Hook fuzzing, short and seeded (the long run with fresh seeds is bench/fuzz_soak.py)."""

from __future__ import annotations

import pytest
from hookfuzz import SCALE, HookCase, check_hook_case, hook_cases
from hypothesis import HealthCheck, given, seed, settings


@pytest.fixture(autouse=True)
def _state_dir(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("VIGILINT_STATE_DIR", str(tmp_path_factory.mktemp("state")))


@seed(20261206)
@settings(max_examples=int(150 * SCALE), deadline=10_000, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                 HealthCheck.function_scoped_fixture])
@given(hook_cases())
def test_every_hook_answer_holds_its_properties(case: HookCase) -> None:
    check_hook_case(case)
