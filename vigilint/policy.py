"""Security policy: OWASP Top 10 (2021 and 2025), CWE names and mapping, the risk matrix and
remediation SLAs.

The risk matrix and SLA table are the ones fixed in DESIGN.md; change them only there first.
The CWE -> OWASP mapping follows the CWE lists OWASP publishes for each Top 10 category; CWEs
that OWASP does not list fall back to the finding category's default.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:  # annotations only: the prompt guard imports this module without pydantic
    from vigilint.model import Category, Impact, Likelihood, Priority

Edition = Literal["2021", "2025"]
EDITIONS: tuple[Edition, ...] = ("2021", "2025")

OWASP_2021: dict[str, str] = {
    "A01:2021": "Broken Access Control",
    "A02:2021": "Cryptographic Failures",
    "A03:2021": "Injection",
    "A04:2021": "Insecure Design",
    "A05:2021": "Security Misconfiguration",
    "A06:2021": "Vulnerable and Outdated Components",
    "A07:2021": "Identification and Authentication Failures",
    "A08:2021": "Software and Data Integrity Failures",
    "A09:2021": "Security Logging and Monitoring Failures",
    "A10:2021": "Server-Side Request Forgery (SSRF)",
}

OWASP_2025: dict[str, str] = {
    "A01:2025": "Broken Access Control",
    "A02:2025": "Security Misconfiguration",
    "A03:2025": "Software Supply Chain Failures",
    "A04:2025": "Cryptographic Failures",
    "A05:2025": "Injection",
    "A06:2025": "Insecure Design",
    "A07:2025": "Authentication Failures",
    "A08:2025": "Software or Data Integrity Failures",
    "A09:2025": "Security Logging & Alerting Failures",
    "A10:2025": "Mishandling of Exceptional Conditions",
}

OWASP_NAMES: dict[str, str] = {**OWASP_2021, **OWASP_2025}

# Where each 2021 category went in 2025 (SSRF folded into Broken Access Control).
OWASP_2021_TO_2025: dict[str, str] = {
    "A01:2021": "A01:2025",
    "A02:2021": "A04:2025",
    "A03:2021": "A05:2025",
    "A04:2021": "A06:2025",
    "A05:2021": "A02:2025",
    "A06:2021": "A03:2025",
    "A07:2021": "A07:2025",
    "A08:2021": "A08:2025",
    "A09:2021": "A09:2025",
    "A10:2021": "A01:2025",
}

# CWE -> (2021 id, 2025 id). From OWASP's per-category CWE lists, for the CWEs vigilint reports
# and their close relatives.
_CWE_OWASP: dict[int, tuple[str, str]] = {}


def _map(cwes: tuple[int, ...], a2021: str, a2025: str) -> None:
    for cwe in cwes:
        _CWE_OWASP[cwe] = (f"{a2021}:2021", f"{a2025}:2025")


_map((22, 23, 35, 59, 200, 201, 219, 264, 275, 276, 284, 285, 352, 359, 377, 402, 425, 441,
      497, 538, 540, 548, 552, 566, 601, 639, 651, 668, 706, 862, 863, 913, 922, 1275),
     "A01", "A01")
_map((918,), "A10", "A01")
_map((261, 296, 310, 319, 321, 322, 323, 324, 325, 326, 327, 328, 329, 330, 331, 335, 336,
      337, 338, 340, 347, 523, 720, 757, 759, 760, 780, 818, 916, 1240),
     "A02", "A04")
_map((20, 74, 75, 77, 78, 79, 80, 83, 87, 88, 89, 90, 91, 93, 94, 95, 96, 97, 98, 99, 113,
      116, 138, 184, 470, 471, 564, 610, 643, 644, 652, 917, 943, 1336),
     "A03", "A05")
_map((73, 183, 209, 213, 235, 256, 257, 266, 269, 280, 311, 312, 313, 316, 419, 430, 434,
      444, 451, 472, 501, 522, 525, 539, 579, 598, 602, 642, 646, 650, 653, 656, 657, 799,
      807, 840, 841, 927, 1021, 1173),
     "A04", "A06")
_map((2, 11, 13, 15, 16, 260, 315, 520, 526, 537, 541, 547, 611, 614, 756, 776, 942, 1004,
      1032, 1174, 489, 1188, 732, 295, 1327),
     "A05", "A02")
_map((937, 1035, 1104, 1357, 1395), "A06", "A03")
_map((255, 259, 287, 288, 290, 294, 295, 297, 300, 302, 304, 306, 307, 346, 384, 521, 613,
      620, 640, 798, 940, 1216, 1390, 1391, 1392, 1393),
     "A07", "A07")
_map((345, 353, 426, 494, 502, 565, 784, 829, 830, 915), "A08", "A08")
_map((117, 223, 532, 778), "A09", "A09")
# 2025 A10 "Mishandling of Exceptional Conditions": error handling and failing open. 2021 kept
# these under Insecure Design (A04) or, for resource exhaustion, Security Misconfiguration.
_map((248, 280, 390, 391, 392, 394, 396, 397, 460, 544, 636, 703, 754, 755, 209, 550),
     "A04", "A10")
_map((400, 770, 1333, 409, 674, 834, 407), "A04", "A10")
# TLS certificate validation is a misconfiguration in 2025 and an authentication failure in 2021.
_CWE_OWASP[295] = ("A07:2021", "A02:2025")
_CWE_OWASP[1104] = ("A06:2021", "A03:2025")

# When a finding's CWEs are not in OWASP's lists, its category decides.
CATEGORY_OWASP: dict[Category, tuple[str, str]] = {
    "injection": ("A03:2021", "A05:2025"),
    "access-control": ("A01:2021", "A01:2025"),
    "hallucinated-api": ("A04:2021", "A06:2025"),
    "insecure-default": ("A05:2021", "A02:2025"),
    "secret": ("A07:2021", "A07:2025"),
    "outdated-crypto": ("A02:2021", "A04:2025"),
    "error-handling": ("A04:2021", "A10:2025"),
    "resource-exhaustion": ("A04:2021", "A10:2025"),
    "deserialization": ("A08:2021", "A08:2025"),
    "ssrf": ("A10:2021", "A01:2025"),
    "sensitive-logging": ("A09:2021", "A09:2025"),
    "crypto-implementation": ("A02:2021", "A04:2025"),
    "data-leakage": ("A01:2021", "A01:2025"),
    "vulnerable-dependency": ("A06:2021", "A03:2025"),
    "scanner-bypass": ("A09:2021", "A09:2025"),
}

CWE_NAMES: dict[int, str] = {
    20: "Improper Input Validation",
    22: "Path Traversal",
    78: "OS Command Injection",
    79: "Cross-site Scripting",
    89: "SQL Injection",
    90: "LDAP Injection",
    94: "Code Injection",
    95: "Eval Injection",
    113: "HTTP Response Splitting",
    117: "Improper Output Neutralization for Logs",
    200: "Exposure of Sensitive Information",
    209: "Error Message Containing Sensitive Information",
    215: "Sensitive Information in Debugging Code",
    250: "Execution with Unnecessary Privileges",
    259: "Hard-coded Password",
    276: "Incorrect Default Permissions",
    284: "Improper Access Control",
    285: "Improper Authorization",
    287: "Improper Authentication",
    295: "Improper Certificate Validation",
    306: "Missing Authentication for Critical Function",
    311: "Missing Encryption of Sensitive Data",
    319: "Cleartext Transmission of Sensitive Information",
    321: "Hard-coded Cryptographic Key",
    326: "Inadequate Encryption Strength",
    327: "Broken or Risky Cryptographic Algorithm",
    328: "Weak Hash",
    329: "Predictable IV with CBC Mode",
    330: "Insufficiently Random Values",
    338: "Weak PRNG",
    345: "Insufficient Verification of Data Authenticity",
    347: "Improper Verification of Cryptographic Signature",
    352: "Cross-Site Request Forgery",
    359: "Exposure of Private Personal Information",
    390: "Detection of Error Condition Without Action",
    400: "Uncontrolled Resource Consumption",
    434: "Unrestricted Upload of Dangerous File Type",
    489: "Active Debug Code",
    494: "Download of Code Without Integrity Check",
    502: "Deserialization of Untrusted Data",
    532: "Sensitive Information in Log File",
    611: "XML External Entity Reference",
    614: "Sensitive Cookie Without Secure Attribute",
    639: "Authorization Bypass Through User-Controlled Key",
    643: "XPath Injection",
    732: "Incorrect Permission Assignment for Critical Resource",
    754: "Improper Check for Unusual or Exceptional Conditions",
    755: "Improper Handling of Exceptional Conditions",
    759: "One-Way Hash without a Salt",
    770: "Allocation of Resources Without Limits",
    776: "XML Entity Expansion",
    798: "Hard-coded Credentials",
    829: "Inclusion of Functionality from Untrusted Control Sphere",
    862: "Missing Authorization",
    863: "Incorrect Authorization",
    915: "Mass Assignment",
    916: "Password Hash With Insufficient Computational Effort",
    918: "Server-Side Request Forgery",
    942: "Permissive Cross-domain Policy",
    943: "NoSQL / Data Query Injection",
    1004: "Sensitive Cookie Without HttpOnly",
    1104: "Use of Unmaintained Third Party Components",
    1188: "Insecure Default Initialization of Resource",
    1240: "Use of a Cryptographic Primitive with a Risky Implementation",
    1333: "Inefficient Regular Expression Complexity",
    1357: "Reliance on Insufficiently Trustworthy Component",
    1395: "Dependency on Vulnerable Third-Party Component",
}


def owasp_for(cwes: tuple[int, ...], category: Category) -> tuple[str, str]:
    """The (2021, 2025) OWASP ids for a finding: its first CWE that OWASP maps, else its
    category's default."""
    for cwe in cwes:
        if cwe in _CWE_OWASP:
            return _CWE_OWASP[cwe]
    return CATEGORY_OWASP[category]


def owasp_in_edition(ids: tuple[str, ...], edition: Edition) -> str:
    """The id from `ids` in the given edition (e.g. the 2025 one for display)."""
    for owasp_id in ids:
        if owasp_id.endswith(edition):
            return owasp_id
    raise ValueError(f"no OWASP {edition} id in {ids}")


def owasp_label(owasp_id: str) -> str:
    return f"{owasp_id} {OWASP_NAMES[owasp_id]}"


# Risk matrix: likelihood x impact -> priority (DESIGN.md).
RISK_MATRIX: dict[Likelihood, dict[Impact, Priority]] = {
    "very-likely": {"critical": "P0", "high": "P0", "medium": "P1", "low": "P2"},
    "likely": {"critical": "P0", "high": "P1", "medium": "P2", "low": "P3"},
    "possible": {"critical": "P1", "high": "P2", "medium": "P3", "low": "P4"},
    "unlikely": {"critical": "P2", "high": "P3", "medium": "P4", "low": "P4"},
}


def priority(likelihood: Likelihood, impact: Impact) -> Priority:
    return RISK_MATRIX[likelihood][impact]


def priority_rank(p: Priority) -> int:
    """0 for P0 (most urgent) .. 4 for P4."""
    return int(p[1])


def at_or_above(p: Priority, threshold: Priority) -> bool:
    return priority_rank(p) <= priority_rank(threshold)


# SARIF security-severity (GitHub code scanning: >=9 critical, >=7 high, >=4 medium, else low).
SECURITY_SEVERITY: dict[Priority, str] = {
    "P0": "9.5",
    "P1": "8.0",
    "P2": "6.0",
    "P3": "4.0",
    "P4": "2.0",
}


@dataclass(frozen=True)
class Sla:
    priority: Priority
    fix: timedelta
    deploy: timedelta | None  # None: with the next release
    escalation: timedelta | None  # None: at a periodic review (see `review`)
    fix_text: str
    deploy_text: str
    escalation_text: str
    review: str | None = None  # "monthly", "quarterly" for P3/P4

    def fix_due(self, detected: datetime) -> datetime:
        return detected + self.fix

    def deploy_due(self, detected: datetime) -> datetime | None:
        return None if self.deploy is None else detected + self.deploy

    def escalate_at(self, detected: datetime) -> datetime | None:
        return None if self.escalation is None else detected + self.escalation


SLAS: dict[Priority, Sla] = {
    "P0": Sla("P0", timedelta(hours=4), timedelta(hours=8), timedelta(0),
              "4 hours", "8 hours", "at detection"),
    "P1": Sla("P1", timedelta(hours=24), timedelta(hours=48), timedelta(hours=12),
              "24 hours", "48 hours", "after 12 hours"),
    "P2": Sla("P2", timedelta(days=7), timedelta(days=14), timedelta(days=5),
              "7 days", "14 days", "after 5 days"),
    "P3": Sla("P3", timedelta(days=30), timedelta(days=45), None,
              "30 days", "45 days", "monthly review", review="monthly"),
    "P4": Sla("P4", timedelta(days=90), None, None,
              "90 days", "next release", "quarterly review", review="quarterly"),
}


def sla_for(p: Priority) -> Sla:
    return SLAS[p]


# LSP severity from priority (DESIGN.md): P0/P1 error, P2 warning, P3 information, P4 hint.
LSP_SEVERITY: dict[Priority, int] = {"P0": 1, "P1": 1, "P2": 2, "P3": 3, "P4": 4}
SARIF_LEVEL: dict[Priority, str] = {
    "P0": "error",
    "P1": "error",
    "P2": "warning",
    "P3": "note",
    "P4": "note",
}
