"""## What it does
Flags docker-compose services that run `privileged: true`, share the host's network or PID
namespace (`network_mode: host`, `pid: host`), add powerful capabilities, or mount the Docker
socket.

## Why is this bad?
Each gives the container control over the host: with the Docker socket mounted, anyone who gets
code execution in the container can start a privileged container and own the machine.

## Example
```yaml
services:
  agent:
    image: acme/agent:1.0
    volumes: ["/var/run/docker.sock:/var/run/docker.sock"]
```

## Use instead
Drop the option; give the service only the capabilities and mounts it needs
(`cap_drop: [ALL]`, `read_only: true`).

## References
- CWE-250: Execution with Unnecessary Privileges
- OWASP A05:2021 Security Misconfiguration / A02:2025 Security Misconfiguration
"""

from __future__ import annotations

from collections.abc import Iterator

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.rules.config._tree import yaml_documents
from vigilint.model import Rule

_CAPS = {"ALL", "SYS_ADMIN", "NET_ADMIN", "SYS_PTRACE", "SYS_MODULE"}


def _check(ctx: FileContext) -> Iterator[Hit]:
    for doc in yaml_documents(ctx):
        services = doc.get("services")
        if services is None or not services.is_map:
            continue
        for name, service in services.value.items():
            if not service.is_map or (service.get("image") is None
                                      and service.get("build") is None):
                continue
            privileged = service.get("privileged")
            if privileged is not None and privileged.value is True:
                yield Hit(node=privileged.key_node or privileged.node,
                          message=f"Service `{name}` runs privileged; drop `privileged: true`.")
            for key in ("network_mode", "pid", "ipc"):
                value = service.get(key)
                if value is not None and value.value == "host":
                    yield Hit(node=value.node, message=f"Service `{name}` shares the host's "
                                                       f"namespace (`{key}: host`).")
            caps = service.get("cap_add")
            for cap in caps.items() if caps is not None else []:
                if str(cap.value).upper().removeprefix("CAP_") in _CAPS:
                    yield Hit(node=cap.node, message=f"Service `{name}` adds capability "
                                                     f"`{cap.value}`.")
            volumes = service.get("volumes")
            for volume in volumes.items() if volumes is not None else []:
                source = volume.value if isinstance(volume.value, str) else \
                    volume.scalar("source")
                if isinstance(source, str) and "docker.sock" in source:
                    yield Hit(node=volume.node, message=f"Service `{name}` mounts the Docker "
                                                        "socket, which is root on the host.")


RULE = Rule(
    id="VG-COMPOSE-DEF-001",
    name="compose-privileged-service",
    category="insecure-default",
    languages=("yaml",),
    cwe=(250,),
    owasp=("A05:2021", "A02:2025"),
    likelihood="likely",
    impact="high",
    confidence="high",
    message="A compose service is privileged or shares the host.",
    check_file=_check,
)
