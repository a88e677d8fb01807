"""## What it does
Flags storage that is explicitly left unencrypted at rest: `storage_encrypted = false` (RDS,
DocumentDB, Neptune), `encrypted = false` (EBS volumes, launch templates' block devices,
EFS), `at_rest_encryption_enabled = false` (ElastiCache), and Elasticsearch/OpenSearch
`encrypt_at_rest { enabled = false }`.

## Why is this bad?
Unencrypted volumes and snapshots leak their data to anyone who gets the snapshot or the disk,
and fail most compliance regimes (PCI DSS, HIPAA, SOC 2).

## Example
```hcl
resource "aws_db_instance" "main" {
  storage_encrypted = false
}
```

## Use instead
```hcl
resource "aws_db_instance" "main" {
  storage_encrypted = true
  kms_key_id        = aws_kms_key.db.arn
}
```

## References
- CWE-311: Missing Encryption of Sensitive Data
- OWASP A02:2021 Cryptographic Failures / A04:2025 Cryptographic Failures
"""

from __future__ import annotations

from collections.abc import Iterator

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.rules.config._tree import hcl_blocks, walk_blocks
from vigilint.model import Rule

_SWITCHES = ("storage_encrypted", "encrypted", "at_rest_encryption_enabled")


def _check(ctx: FileContext) -> Iterator[Hit]:
    for block in walk_blocks(hcl_blocks(ctx)):
        for switch in _SWITCHES:
            if block.attr(switch) is False:
                yield Hit(node=block.attr_node(switch),
                          message=f"`{switch} = false` leaves the data unencrypted at rest; set "
                                  "it to `true` (with a KMS key).")
        if block.type == "encrypt_at_rest" and block.attr("enabled") is False:
            yield Hit(node=block.attr_node("enabled"),
                      message="Encryption at rest is disabled; set `enabled = true`.")


RULE = Rule(
    id="VG-TF-DEF-004",
    name="terraform-unencrypted-storage",
    category="insecure-default",
    languages=("hcl",),
    cwe=(311,),
    owasp=("A02:2021", "A04:2025"),
    likelihood="possible",
    impact="high",
    confidence="high",
    message="Storage is left unencrypted at rest.",
    check_file=_check,
)
