"""## What it does
Flags containers of Kubernetes workloads that have no `securityContext`, neither their own nor
the pod's, so they run with the image's defaults (often root, with privilege escalation
allowed).

## Why is this bad?
Without a security context the container keeps every default that the restricted Pod Security
Standard removes: root user, writable root filesystem, `allowPrivilegeEscalation`, default
capabilities. AI-generated manifests almost never set one.

## Example
```yaml
containers:
  - name: api
    image: acme/api:1.4.2
```

## Use instead
```yaml
containers:
  - name: api
    image: acme/api:1.4.2
    securityContext:
      runAsNonRoot: true
      allowPrivilegeEscalation: false
      readOnlyRootFilesystem: true
      capabilities: {drop: ["ALL"]}
```

## References
- CWE-1188: Insecure Default Initialization of Resource
- OWASP A05:2021 Security Misconfiguration / A02:2025 Security Misconfiguration
"""

from __future__ import annotations

from collections.abc import Iterator

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.rules.config._k8s import containers, manifests, pod_spec
from vigilint.model import Rule


def _check(ctx: FileContext) -> Iterator[Hit]:
    for obj in manifests(ctx):
        spec = pod_spec(obj)
        if spec is None or not spec.is_map:
            continue
        pod_context = spec.get("securityContext")
        pod_non_root = pod_context is not None and pod_context.scalar("runAsNonRoot") is True
        for container in containers(spec):
            if container.get("securityContext") is None and not pod_non_root:
                name = container.scalar("name") or "container"
                name_node = container.get("name")
                yield Hit(node=name_node.node if name_node is not None else container.node,
                          message=f"Container `{name}` has no `securityContext`; set "
                                  "`runAsNonRoot: true` and `allowPrivilegeEscalation: false`.")


RULE = Rule(
    id="VG-K8S-DEF-002",
    name="kubernetes-missing-security-context",
    category="insecure-default",
    languages=("yaml",),
    cwe=(1188,),
    owasp=("A05:2021", "A02:2025"),
    likelihood="possible",
    impact="medium",
    confidence="medium",
    message="A container has no `securityContext`.",
    check_file=_check,
)
