"""## What it does
Flags Kubernetes RBAC that grants everything: `RoleBinding`/`ClusterRoleBinding` to the
`cluster-admin` role, and `Role`/`ClusterRole` rules with `*` in `verbs`, `resources` or
`apiGroups`.

## Why is this bad?
Wildcard permissions give a service account (and whoever compromises the pod that uses it)
control of the namespace or the whole cluster, including reading every Secret.

## Example
```yaml
kind: ClusterRoleBinding
roleRef: {kind: ClusterRole, name: cluster-admin}
```

## Use instead
A role listing the exact `apiGroups`, `resources` and `verbs` the workload needs, bound in its
own namespace.

## References
- CWE-269: Improper Privilege Management
- OWASP A01:2021 Broken Access Control / A01:2025 Broken Access Control
"""

from __future__ import annotations

from collections.abc import Iterator

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.rules.config._k8s import manifests
from vigilint.model import Rule


def _check(ctx: FileContext) -> Iterator[Hit]:
    for obj in manifests(ctx):
        kind = obj.scalar("kind")
        if kind in ("RoleBinding", "ClusterRoleBinding"):
            name = obj.get("roleRef", "name")
            if name is not None and name.value == "cluster-admin":
                yield Hit(node=name.node, message=f"`{kind}` grants `cluster-admin`; bind a "
                                                  "role with only the permissions needed.")
        elif kind in ("Role", "ClusterRole"):
            rules = obj.get("rules")
            for rule in rules.items() if rules is not None else []:
                for key in ("verbs", "resources", "apiGroups"):
                    values = rule.get(key)
                    for value in values.items() if values is not None else []:
                        if value.value == "*":
                            yield Hit(node=value.node,
                                      message=f"`{key}: [\"*\"]` grants every {key[:-1]}; list "
                                              "only the ones the workload needs.")


RULE = Rule(
    id="VG-K8S-AUTH-001",
    name="kubernetes-rbac-wildcard",
    category="access-control",
    languages=("yaml",),
    cwe=(269,),
    owasp=("A01:2021", "A01:2025"),
    likelihood="likely",
    impact="high",
    confidence="high",
    message="RBAC grants cluster-admin or wildcard permissions.",
    check_file=_check,
)
