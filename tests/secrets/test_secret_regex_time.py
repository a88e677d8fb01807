"""Linear time: every detector (and the generic and leakage scanners) on adversarial input —
100 KB runs of the pattern's own characters, its keywords repeated, and 1M-character lines —
must finish within 50 ms. The budget is per pattern and input, best of five runs (wall time, or
the run's CPU time when other processes share the machine); a catastrophic backtrack takes
seconds, not milliseconds."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from vigilint.analyzers.context import FileContext
from vigilint.analyzers.registry import all_rules
from vigilint.analyzers.secrets.catalog import DETECTORS, Detector
from vigilint.analyzers.secrets.generic import KEYWORDS
from vigilint.analyzers.secrets.redaction import redact_text
from vigilint.analyzers.secrets.samples import sample
from vigilint.analyzers.secrets.scanner import scan_text

BUDGET = 0.050
RUN = 100_000
LINE = 1_000_000


def best_of(func: Callable[[], object], times: int = 5) -> float:
    """Best wall time (time.perf_counter) of a few runs. On a machine busy with other work the
    wall clock also counts time this process was not running; a run's own CPU time is then the
    fairer measure, and a catastrophic backtrack shows up in both."""
    best = float("inf")
    for _ in range(times):
        started, cpu = time.perf_counter(), time.process_time()
        func()
        wall, used = time.perf_counter() - started, time.process_time() - cpu
        best = min(best, wall, used)
        if best < BUDGET:
            break
    return best


def adversarial(detector: Detector) -> dict[str, str]:
    value = sample(detector, seed=1)
    own = "".join(sorted(set(value)))
    keyword = detector.keywords[0] if detector.keywords else value[:4]
    return {
        "own characters": (own * (RUN // len(own) + 1))[:RUN],
        "value repeated": (value * (RUN // len(value) + 1))[:RUN],
        "value with no separator end": value[: len(value) // 2] * (RUN // max(1, len(value) // 2)),
        "keyword repeated": (keyword * (RUN // len(keyword) + 1))[:RUN],
        "keyword then a long line": keyword + "=" + "a1" * (LINE // 2),
        "long line of token characters": "A" * LINE,
        "long line of value characters": (own * (LINE // len(own) + 1))[:LINE],
    }


@pytest.mark.parametrize("detector", DETECTORS, ids=[d.name for d in DETECTORS])
def test_detector_runs_in_linear_time(detector):
    for name, text in adversarial(detector).items():
        took = best_of(lambda t=text: scan_text(t, "x.txt", "text", detectors=[detector],
                                                generic=False))
        assert took < BUDGET, f"{detector.name} on {name}: {took * 1000:.0f} ms"


CONTEXT_INPUTS = {  # inputs aimed at the multi-line and command-line detectors
    "curl -u repeated": "curl -u " * (RUN // 8),
    "curl continuations": "curl -X \\\n" * (RUN // 10),
    "curl then a long line": "curl " + "a -u b " * (LINE // 7),
    "backslashes": "curl " + "\\" * LINE,
    "data blocks": "data:\n  a: b\n" * (RUN // 12),
    "kind then data": ("kind: Secret\n" + "x: y\n" * 14 + "data:\n") * (RUN // 100),
    "authorization repeated": "Authorization: " * (RUN // 15),
    "authorization scheme words": "Authorization: Api-Token " * (RUN // 25),
}


@pytest.mark.parametrize("name", sorted(CONTEXT_INPUTS))
def test_context_detectors_run_in_linear_time(name):
    wanted = ("curl-credentials", "authorization-header", "kubernetes-secret-data")
    for detector in (d for d in DETECTORS if d.name in wanted):
        took = best_of(lambda d=detector: scan_text(CONTEXT_INPUTS[name], "x.txt", "text",
                                                    detectors=[d], generic=False))
        assert took < BUDGET, f"{detector.name} on {name}: {took * 1000:.0f} ms"


@pytest.mark.parametrize("keyword", KEYWORDS)
def test_generic_scanner_runs_in_linear_time(keyword):
    texts = {
        "assignments": (f"{keyword} = " * (RUN // (len(keyword) + 3))),
        "name run": keyword * (RUN // len(keyword)),
        "long value": f'{keyword} = "' + "a1B2" * (LINE // 4),
        "long name": "a_" * (LINE // 2) + keyword + ' = "Q7vLm2Xr9TzW4nBp"',
        "comparisons": ('"Q7vLm2Xr9Tz" == ' + keyword + " ") * (RUN // 30),
    }
    for name, text in texts.items():
        took = best_of(lambda t=text: scan_text(t, "x.txt", "text", detectors=[]))
        assert took < BUDGET, f"generic {keyword} on {name}: {took * 1000:.0f} ms"


PAIR_INPUTS = {  # inputs aimed at the values given by context (pairs.py) and the redactor
    "setters": 'cfg.setPassword("' * (RUN // 17),
    "setter with many arguments": "setPassword(" + "a, " * (LINE // 3),
    "lookups": 'os.environ.get("TOKEN_ENC_KEY", ' * (RUN // 32),
    "fallbacks": "process.env.API_KEY || " * (RUN // 23),
    "ternaries": 'System.getenv("DB_PASSWORD") != null ? ' * (RUN // 40),
    "placeholders": "${DB_PASSWORD:" * (RUN // 14),
    "name fields": "- name: DB_PASSWORD\n" * (RUN // 20),
    "name and value fields": "- name: DB_PASSWORD\n  value: " * (RUN // 30),
    "xml names": "<name>fs.s3a.secret.key</name>" * (RUN // 30),
    "credential calls": 'new UsernamePasswordCredentials("u", ' * (RUN // 36),
    "logins": "smtp.login(" * (RUN // 11),
    "key ids and base64": ("AKIA" + "Q" * 16 + " " + "aB3/" * 10 + " ") * (RUN // 66),
    "quotes": '"a", ' * (RUN // 5),
}


@pytest.mark.parametrize("name", sorted(PAIR_INPUTS))
def test_context_values_and_redactor_run_in_linear_time(name):
    text = PAIR_INPUTS[name]
    took = best_of(lambda: scan_text(text, "x.txt", "text"))
    assert took < 4 * BUDGET, f"scan on {name}: {took * 1000:.0f} ms"
    line = text[:4096]  # what a writer redacts is a snippet (at most 400 characters) or a line
    took = best_of(lambda: redact_text(line, (), True))
    assert took < BUDGET, f"redactor on {name}: {took * 1000:.0f} ms"


LEAK_RULES = [r for r in all_rules() if r.category == "data-leakage" and r.id.startswith("VG-LEAK")]


@pytest.mark.parametrize("rule", LEAK_RULES, ids=[r.id for r in LEAK_RULES])
def test_leakage_rules_run_in_linear_time(rule):
    texts = {
        "hosts": "a.b.internal." * (RUN // 13),
        "at signs": "a.b@" * (RUN // 4),
        "emails": "x@y.z " * (RUN // 6),
        "digits": "4111 " * (RUN // 5),
        "digit run": "4" * LINE,
        "ssn": "ssn 123-45-" * (RUN // 11),
        "urls": "http://10.0.0." * (RUN // 14),
        "phones": "phone: +49 1" * (RUN // 12),
        "phone then digits": "tel " + "12 " * (LINE // 3),
    }
    for name, text in texts.items():
        def run(t: str = text) -> None:
            ctx = FileContext(path="x.txt", language="text", text=t)
            list(rule.check_file(ctx))
        took = best_of(run)
        assert took < BUDGET, f"{rule.id} on {name}: {took * 1000:.0f} ms"
