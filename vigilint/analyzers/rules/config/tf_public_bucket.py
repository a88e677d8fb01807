"""## What it does
Flags Terraform that makes storage public: S3 buckets or bucket ACLs with `public-read`,
`public-read-write` or `authenticated-read`, `aws_s3_bucket_public_access_block` with any of its
four switches set to `false`, and Google Cloud Storage bindings to `allUsers` or
`allAuthenticatedUsers`.

## Why is this bad?
Public buckets are the most common source of large data leaks; AI-generated Terraform often
copies a static-website example onto buckets that hold user data.

## Example
```hcl
resource "aws_s3_bucket_acl" "uploads" {
  bucket = aws_s3_bucket.uploads.id
  acl    = "public-read"
}
```

## Use instead
```hcl
resource "aws_s3_bucket_public_access_block" "uploads" {
  bucket                  = aws_s3_bucket.uploads.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
```
Serve public files through a CDN with origin access control instead.

## References
- CWE-732: Incorrect Permission Assignment for Critical Resource
- OWASP A05:2021 Security Misconfiguration / A02:2025 Security Misconfiguration
"""

from __future__ import annotations

from collections.abc import Iterator

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.rules.config._tree import hcl_blocks, walk_blocks
from vigilint.model import Rule

_PUBLIC_ACLS = {"public-read", "public-read-write", "authenticated-read"}
_BLOCK_SWITCHES = ("block_public_acls", "block_public_policy", "ignore_public_acls",
                   "restrict_public_buckets")
_PUBLIC_MEMBERS = ("allUsers", "allAuthenticatedUsers")


def _check(ctx: FileContext) -> Iterator[Hit]:
    for block in walk_blocks(hcl_blocks(ctx)):
        if block.type != "resource" or not block.labels:
            continue
        kind = block.labels[0]
        if kind in ("aws_s3_bucket", "aws_s3_bucket_acl") and block.attr("acl") in _PUBLIC_ACLS:
            yield Hit(node=block.attr_node("acl"),
                      message=f"`acl = \"{block.attr('acl')}\"` makes the bucket readable by "
                              "anyone; keep it private and block public access.")
        elif kind == "aws_s3_bucket_public_access_block":
            for switch in _BLOCK_SWITCHES:
                if block.attr(switch) is False:
                    yield Hit(node=block.attr_node(switch),
                              message=f"`{switch} = false` lets the bucket become public; set "
                                      "it to `true`.")
        elif kind.startswith("google_storage_bucket_iam"):
            members = block.attr("members") or [block.attr("member")]
            if any(isinstance(m, str) and m in _PUBLIC_MEMBERS for m in members):
                node = block.attr_node("members") or block.attr_node("member")
                yield Hit(node=node, message="The bucket is granted to `allUsers`; grant named "
                                             "principals only.")


RULE = Rule(
    id="VG-TF-DEF-001",
    name="terraform-public-bucket",
    category="insecure-default",
    languages=("hcl",),
    cwe=(732,),
    owasp=("A05:2021", "A02:2025"),
    likelihood="likely",
    impact="high",
    confidence="high",
    message="Terraform makes a storage bucket public.",
    check_file=_check,
)
