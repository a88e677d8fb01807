"""GitHub Actions workflows (and composite actions) as YAML documents: their triggers and steps."""

from __future__ import annotations

from collections.abc import Iterator

from vigilint.analyzers.context import FileContext
from vigilint.analyzers.rules.config._tree import YNode, yaml_documents

WORKFLOW_PATHS = (".github/workflows/*.yml", ".github/workflows/*.yaml", "action.yml",
                  "action.yaml")


def triggers(doc: YNode) -> set[str]:
    on = doc.get("on") or doc.get("true")  # YAML 1.1 readers turn `on` into true
    if on is None:
        return set()
    if isinstance(on.value, str):
        return {on.value}
    if on.is_list:
        return {str(i.value) for i in on.items()}
    if on.is_map:
        return set(on.value)
    return set()


def steps(ctx: FileContext) -> Iterator[tuple[YNode, YNode]]:
    """(document, step) for every step of every job (or of a composite action)."""
    for doc in yaml_documents(ctx):
        if not doc.is_map:
            continue
        jobs = doc.get("jobs")
        if jobs is not None and jobs.is_map:
            for job in jobs.value.values():
                job_steps = job.get("steps") if job.is_map else None
                for step in job_steps.items() if job_steps is not None else []:
                    if step.is_map:
                        yield doc, step
        runs_steps = doc.get("runs", "steps")
        for step in runs_steps.items() if runs_steps is not None else []:
            if step.is_map:
                yield doc, step
