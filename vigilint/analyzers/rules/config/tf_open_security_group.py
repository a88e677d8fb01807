"""## What it does
Flags AWS security groups and rules (`aws_security_group` ingress blocks,
`aws_security_group_rule`, `aws_vpc_security_group_ingress_rule`) and Azure network security
rules that open administrative or database ports (SSH 22, RDP 3389, MySQL 3306, PostgreSQL 5432,
MSSQL 1433, MongoDB 27017, Redis 6379, Elasticsearch 9200, Docker 2375/2376, Kubernetes API
6443, etcd 2379) — or every port — to the whole internet (`0.0.0.0/0`, `::/0`, `*`).

## Why is this bad?
Internet-wide scanners find an open SSH or database port within minutes; credential stuffing
and unpatched services do the rest.

## Example
```hcl
ingress {
  from_port   = 22
  to_port     = 22
  protocol    = "tcp"
  cidr_blocks = ["0.0.0.0/0"]
}
```

## Use instead
Restrict `cidr_blocks` to your office or VPN ranges, or use a bastion / SSM Session Manager.

## References
- CWE-284: Improper Access Control
- OWASP A01:2021 Broken Access Control / A01:2025 Broken Access Control
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.rules.config._tree import HclBlock, hcl_blocks, walk_blocks
from vigilint.model import Rule

ADMIN_PORTS = {22: "SSH", 3389: "RDP", 3306: "MySQL", 5432: "PostgreSQL", 1433: "MSSQL",
               27017: "MongoDB", 6379: "Redis", 9200: "Elasticsearch", 2375: "Docker",
               2376: "Docker", 6443: "Kubernetes API", 2379: "etcd", 5601: "Kibana",
               11211: "Memcached", 5900: "VNC", 23: "Telnet"}
_WORLD = {"0.0.0.0/0", "::/0", "*", "Internet", "any"}


def _int(value: Any) -> int | None:
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    return None


def _exposed(block: HclBlock, low_key: str, high_key: str) -> str | None:
    """The admin service exposed by a port range, "all ports", or None."""
    protocol = str(block.attr("protocol") or block.attr("ip_protocol") or "tcp")
    low, high = _int(block.attr(low_key)), _int(block.attr(high_key))
    if protocol in ("-1", "all") or (low in (0, None) and high in (65535, None)
                                     and (low, high) != (None, None)):
        return "every port"
    if low is None or high is None:
        return None
    names = [f"{name} ({port})" for port, name in ADMIN_PORTS.items() if low <= port <= high]
    return ", ".join(names[:3]) if names else None


def _world(values: Any) -> bool:
    if isinstance(values, str):
        values = [values]
    return isinstance(values, list) and any(isinstance(v, str) and v in _WORLD for v in values)


def _check(ctx: FileContext) -> Iterator[Hit]:
    for block in walk_blocks(hcl_blocks(ctx)):
        candidates: list[HclBlock] = []
        kind = block.labels[0] if block.type == "resource" and block.labels else ""
        if kind == "aws_security_group":
            candidates = [b for b in block.blocks if b.type == "ingress"]
        elif (kind == "aws_security_group_rule" and block.attr("type") == "ingress") or \
                kind == "aws_vpc_security_group_ingress_rule":
            candidates = [block]
        elif kind == "azurerm_network_security_rule" or (block.type == "security_rule"):
            if str(block.attr("direction")).lower() == "inbound" and \
                    str(block.attr("access")).lower() == "allow" and \
                    _world(block.attr("source_address_prefix")):
                port = str(block.attr("destination_port_range") or "")
                low, _, high = port.partition("-")
                if port == "*" or any(_int(low) is not None and
                                      (_int(low) or 0) <= p <= (_int(high or low) or 0)
                                      for p in ADMIN_PORTS):
                    yield Hit(node=block.attr_node("source_address_prefix"),
                              message=f"Inbound rule allows port {port} from the internet; "
                                      "restrict the source range.")
            continue
        for rule in candidates:
            world_attr = next((k for k in ("cidr_blocks", "ipv6_cidr_blocks", "cidr_ipv4",
                                           "cidr_ipv6") if _world(rule.attr(k))), None)
            if world_attr is None:
                continue
            service = _exposed(rule, "from_port", "to_port")
            if service:
                yield Hit(node=rule.attr_node(world_attr),
                          message=f"{service} is open to the whole internet; restrict "
                                  f"`{world_attr}` to known ranges or use a bastion/VPN.")


RULE = Rule(
    id="VG-TF-DEF-002",
    name="terraform-admin-port-open-to-world",
    category="insecure-default",
    languages=("hcl",),
    cwe=(284,),
    likelihood="likely",
    impact="high",
    confidence="high",
    message="A security group opens an administrative port to the internet.",
    check_file=_check,
)
