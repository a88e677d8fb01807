"""## What it does
Flags managed databases reachable from the internet: `publicly_accessible = true` on
`aws_db_instance`/`aws_rds_cluster_instance`/`aws_redshift_cluster`, and Cloud SQL
`authorized_networks` containing `0.0.0.0/0`.

## Why is this bad?
A database endpoint on the internet is one leaked or guessed password away from a breach, and
is probed constantly.

## Example
```hcl
resource "aws_db_instance" "main" {
  publicly_accessible = true
}
```

## Use instead
Keep `publicly_accessible = false`, place the database in private subnets, and reach it
through the application or a bastion.

## References
- CWE-284: Improper Access Control
- OWASP A01:2021 Broken Access Control / A01:2025 Broken Access Control
"""

from __future__ import annotations

from collections.abc import Iterator

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.rules.config._tree import hcl_blocks, walk_blocks
from vigilint.model import Rule

_DATABASES = ("aws_db_instance", "aws_rds_cluster_instance", "aws_redshift_cluster",
              "aws_docdb_cluster_instance", "aws_neptune_cluster_instance")


def _check(ctx: FileContext) -> Iterator[Hit]:
    for block in walk_blocks(hcl_blocks(ctx)):
        kind = block.labels[0] if block.type == "resource" and block.labels else ""
        if kind in _DATABASES and block.attr("publicly_accessible") is True:
            yield Hit(node=block.attr_node("publicly_accessible"),
                      message=f"`{kind}` is reachable from the internet; set "
                              "`publicly_accessible = false`.")
        if block.type == "authorized_networks" and block.attr("value") in ("0.0.0.0/0", "::/0"):
            yield Hit(node=block.attr_node("value"),
                      message="Cloud SQL accepts connections from any address; list only "
                              "known networks or use private IP.")


RULE = Rule(
    id="VG-TF-DEF-003",
    name="terraform-public-database",
    category="insecure-default",
    languages=("hcl",),
    cwe=(284,),
    likelihood="likely",
    impact="high",
    confidence="high",
    message="A managed database is reachable from the internet.",
    check_file=_check,
)
