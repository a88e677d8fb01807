"""Kubernetes manifests in YAML documents: workloads' pod specs and containers."""

from __future__ import annotations

from collections.abc import Iterator

from vigilint.analyzers.context import FileContext
from vigilint.analyzers.rules.config._tree import YNode, yaml_documents

_TEMPLATE_KINDS = {"Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job",
                   "ReplicationController"}


def manifests(ctx: FileContext) -> Iterator[YNode]:
    """Documents that are Kubernetes objects (they have `apiVersion` and `kind`); `List`
    objects are unpacked."""
    for doc in yaml_documents(ctx):
        if not doc.is_map or doc.scalar("apiVersion") is None or doc.scalar("kind") is None:
            continue
        if doc.scalar("kind") == "List":
            for item in (doc.get("items") or doc).items():
                if item.is_map and item.scalar("kind") is not None:
                    yield item
        else:
            yield doc


def pod_spec(obj: YNode) -> YNode | None:
    kind = obj.scalar("kind")
    if kind == "Pod":
        return obj.get("spec")
    if kind in _TEMPLATE_KINDS:
        return obj.get("spec", "template", "spec")
    if kind == "CronJob":
        return obj.get("spec", "jobTemplate", "spec", "template", "spec")
    return None


def containers(spec: YNode) -> Iterator[YNode]:
    for key in ("initContainers", "containers", "ephemeralContainers"):
        holder = spec.get(key)
        if holder is not None:
            yield from (c for c in holder.items() if c.is_map)
