"""## What it does
Flags Kubernetes workloads that run privileged or share the host: `privileged: true`,
`allowPrivilegeEscalation: true`, `hostNetwork`/`hostPID`/`hostIPC: true`, `runAsUser: 0`, or
added capabilities such as `SYS_ADMIN`, `NET_ADMIN` or `ALL`.

## Why is this bad?
Each of these removes a layer of isolation between the container and the node: a compromised
privileged container is a compromised node, and from there the cluster.

## Example
```yaml
securityContext:
  privileged: true
```

## Use instead
```yaml
securityContext:
  runAsNonRoot: true
  allowPrivilegeEscalation: false
  capabilities: {drop: ["ALL"]}
```

## References
- CWE-250: Execution with Unnecessary Privileges
- OWASP A05:2021 Security Misconfiguration / A02:2025 Security Misconfiguration
- Kubernetes Pod Security Standards (baseline, restricted)
"""

from __future__ import annotations

from collections.abc import Iterator

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.rules.config._k8s import containers, manifests, pod_spec
from vigilint.analyzers.rules.config._tree import YNode
from vigilint.model import Rule

_DANGEROUS_CAPS = {"ALL", "SYS_ADMIN", "NET_ADMIN", "SYS_PTRACE", "SYS_MODULE", "DAC_READ_SEARCH",
                   "NET_RAW", "BPF", "PERFMON"}


def _flag(node: YNode, what: str) -> Hit:
    return Hit(node=node.key_node or node.node,
               message=f"`{what}` removes the container's isolation from the node; drop it "
                       "(Pod Security Standards: restricted).")


def _security_context(ctx_node: YNode | None) -> Iterator[Hit]:
    if ctx_node is None or not ctx_node.is_map:
        return
    for key in ("privileged", "allowPrivilegeEscalation"):
        value = ctx_node.get(key)
        if value is not None and value.value is True:
            yield _flag(value, f"{key}: true")
    user = ctx_node.get("runAsUser")
    if user is not None and user.value == 0:
        yield _flag(user, "runAsUser: 0")
    add = ctx_node.get("capabilities", "add")
    if add is not None:
        for cap in add.items():
            if str(cap.value).upper().removeprefix("CAP_") in _DANGEROUS_CAPS:
                yield Hit(node=cap.node, message=f"Capability `{cap.value}` gives the container "
                                                 "near-root power on the node; drop it.")


def _check(ctx: FileContext) -> Iterator[Hit]:
    for obj in manifests(ctx):
        spec = pod_spec(obj)
        if spec is None or not spec.is_map:
            continue
        for key in ("hostNetwork", "hostPID", "hostIPC"):
            value = spec.get(key)
            if value is not None and value.value is True:
                yield _flag(value, f"{key}: true")
        yield from _security_context(spec.get("securityContext"))
        for container in containers(spec):
            yield from _security_context(container.get("securityContext"))


RULE = Rule(
    id="VG-K8S-DEF-001",
    name="kubernetes-privileged-workload",
    category="insecure-default",
    languages=("yaml",),
    cwe=(250,),
    owasp=("A05:2021", "A02:2025"),
    likelihood="likely",
    impact="high",
    confidence="high",
    message="The workload runs privileged or shares the host's namespaces.",
    check_file=_check,
)
