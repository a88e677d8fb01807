"""The credential catalogue: one declarative row per credential type.

A row names the credential, the lower-case keywords one of which must appear on a line before
its regex runs (the prefilter that keeps scanning fast), the regex (the value is the named group
`s`), and optional checks: a validator (checksums, JSON structure) and an entropy floor for
formats whose characters alone prove little. `sample` describes a well-formed but fake value
(literal pieces and `(charset, length)` pairs); tests and fixtures build values from it, so
no credential-shaped string sits in the source.

Every regex is linear: bounded quantifiers, negated character classes, no nested repetition.
"""

from __future__ import annotations

import base64
import binascii
import functools
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from vigilint.analyzers.secrets.filters import not_word_value, password_part_ok

if TYPE_CHECKING:  # annotations only: a hook redacts with the catalogue without pydantic
    from vigilint.model import Confidence, Impact, Likelihood

Part = str | tuple[str, int]

FAMILIES = {
    "cloud": "cloud provider",
    "vcs": "source hosting, CI and package registry",
    "chat": "chat, mail and messaging",
    "payment": "payment",
    "ai": "AI provider",
    "saas": "SaaS and developer-tool",
    "key": "private key",
    "token": "signed token",
    "url": "connection-string",
    "generic": "generic",
}


@dataclass(frozen=True)
class Detector:
    number: int
    name: str
    title: str
    family: str
    keywords: tuple[str, ...]
    pattern: str
    sample: tuple[Part, ...]
    impact: Impact = "critical"
    likelihood: Likelihood = "likely"
    confidence: Confidence = "high"
    cwe: tuple[int, ...] = (798,)
    entropy: float | None = None  # fraction of ideal entropy the value must reach
    validate: Callable[[str], bool] | None = None  # False lowers confidence, never drops
    strict: Callable[[str], bool] | None = None  # False drops the match (structure checks)
    multiline: bool = False
    # Vendor words (name parts) this detector owns: the vendor has one stable, documented format,
    # so a literal assigned to a name with one of these words (`telegram_bot_token = ...`) is
    # judged by this detector alone; the generic secret rule does not report what it rejects.
    owns: tuple[str, ...] = ()
    span: int | None = None  # multi-line detectors: characters after a keyword the regex sees

    @functools.cached_property
    def compiled(self) -> re.Pattern[str]:
        """Compiled on first use (a line holds one of the keywords): a process that scans a
        few files does not pay for the catalogue's 160 patterns at start-up."""
        return re.compile(self.pattern)

    @property
    def id(self) -> str:
        return f"VG-SEC-{self.number:03d}"

    @functools.cached_property
    def prefixed(self) -> bool:
        """The value starts with the vendor's own literal text (`AKIA`, `ghp_`, `-----BEGIN`,
        `hooks.slack.com/`), not with random characters after a name or inside a URL: a
        masked value in this format (`AKIAXXXXXXXXXXXXXXXX`) is a documentation example of
        the format, not a mask over an unknown value."""
        from vigilint.analyzers.secrets.samples import pieces

        parts = pieces(self.sample)
        literal, is_random = parts[0]
        if is_random:
            return False
        found = self.compiled.search("".join(text for text, _ in parts))
        if found is None:
            return False
        group = "s" if found.group("s") is not None else "s2"
        return found.start(group) < len(literal)


# -- pattern helpers -------------------------------------------------------------------------
# (a TypeScript annotation may sit between the name and `=`: `const TOKEN: string = "..."`)
_OP = r"""[\w.\-]{0,30}+["'`]?\]?(?:\s{0,3}:\s{0,3}[A-Za-z_][\w.<>\[\]|]{0,30}+\s{0,3}(?==))?\s{0,3}(?:=|:{1,3}=|=>|:|\?=|,|\s)\s{0,3}[@$]?(?:["'`]|\\"|\\')?"""


def kv(keyword: str, value: str) -> str:
    """A value assigned to a name that contains the (case-insensitive) keyword."""
    return rf"(?<![A-Za-z0-9])(?i:{keyword}){_OP}(?P<s>{value})(?![A-Za-z0-9_+/=-])"


def tok(body: str, tail: str = r"(?![A-Za-z0-9_-])") -> str:
    """A self-identifying token (a vendor prefix), anywhere on a line."""
    return rf"(?<![A-Za-z0-9_.-])(?P<s>{body}){tail}"


UUID_RE = r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
UUID: tuple[Part, ...] = (("h", 8), "-", ("h", 4), "-", ("h", 4), "-", ("h", 4), "-", ("h", 12))


def assign(key: str, *value: Part) -> tuple[Part, ...]:
    return (f'{key} = "', *value, '"')


# -- validators ------------------------------------------------------------------------------
_B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def base62(number: int, width: int = 6) -> str:
    out = ""
    while number:
        number, rem = divmod(number, 62)
        out = _B62[rem] + out
    return out.rjust(width, "0")


def github_checksum_ok(token: str) -> bool:
    """GitHub's new-format tokens end in a base62 CRC32 of the 30 random characters."""
    body = token.split("_", 1)[1] if "_" in token else token
    if len(body) != 36:
        return False
    return base62(binascii.crc32(body[:30].encode())) == body[30:]


def openai_marker_ok(token: str) -> bool:
    """OpenAI keys that carry the `T3BlbkFJ` marker (base64 of "OpenAI") carry it intact: a key
    with a damaged marker (`T4BlbkFJ`) was edited by hand and is not a key."""
    return "BlbkFJ" not in token or "T3BlbkFJ" in token


def k8s_value_ok(value: str) -> bool:
    """A Secret `data:` value is base64: one that decodes to fewer than 6 visible characters
    (`YmFyCg==` is "bar") holds no credential. `stringData:` values are taken as they are."""
    if len(value) % 4 or not re.fullmatch(r"[A-Za-z0-9+/]+={0,2}", value):
        return True
    try:
        decoded = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return True
    return len(decoded.strip()) >= 6


def _b64json(segment: str) -> object:
    padded = segment + "=" * (-len(segment) % 4)
    return json.loads(base64.urlsafe_b64decode(padded.encode()).decode("utf-8"))


def jwt_ok(token: str) -> bool:
    """Header and payload decode to JSON objects and the header names an algorithm."""
    parts = token.split(".")
    try:
        header = _b64json(parts[0])
        payload = _b64json(parts[1])
    except (ValueError, UnicodeDecodeError, binascii.Error, IndexError):
        return False
    return isinstance(header, dict) and isinstance(payload, dict) and (
        "alg" in header or "typ" in header)


def _has_digit_or_mask(value: str) -> bool:
    """A short prefixed token is a credential only with a digit in it (not `APPLICATIONS`), or
    as a masked documentation example (`AP6xxxxxxxxxx`, reported at the lowest priority)."""
    return any(c.isdigit() for c in value[3:]) or len(set(value[3:].lower())) <= 2


def _not_all_digits_or_letters(value: str) -> bool:
    return any(c.isdigit() for c in value) and any(c.isalpha() for c in value)


H, A, N, D, L, B, U = "h", "a", "N", "d", "l", "b", "u"  # sample charsets (see tests)

# -- the table -------------------------------------------------------------------------------
DETECTORS: tuple[Detector, ...] = (
    # cloud -----------------------------------------------------------------------------------
    Detector(1, "aws-access-key-id", "AWS access key ID", "cloud",
             ("akia", "asia", "abia", "acca", "a3t"),
             tok(r"(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z0-9]{16}", r"(?![A-Za-z0-9])"),
             ("AKIA", ("Z", 16))),
    Detector(2, "aws-secret-access-key", "AWS secret access key", "cloud",
             ("aws", "secret_access", "secretaccess", "secret-access"),
             kv(r"(?:aws[\w.\-]{0,20}?(?:secret|sak|key)|secret[_\-]?access[_\-]?key)",
                r"[A-Za-z0-9/+]{40}"),
             assign("aws_secret_access_key", (B, 40)), entropy=0.75),
    Detector(3, "aws-bedrock-api-key", "Amazon Bedrock API key", "cloud", ("absk", "bedrock-api-key-"),
             tok(r"(?:ABSK[A-Za-z0-9+/]{109,269}={0,2}|bedrock-api-key-[A-Za-z0-9+/]{60,2000}={0,2})",
                 r"(?![A-Za-z0-9+/=])"),
             ("ABSK", (B, 120))),
    Detector(4, "gcp-api-key", "Google API key", "cloud", ("aiza",),
             tok(r"AIza[0-9A-Za-z_\-]{35}"), ("AIza", (U, 35))),
    Detector(5, "gcp-service-account-key", "Google Cloud service-account key file", "cloud",
             ("private_key_id",),
             r'"private_key_id"\s{0,3}:\s{0,3}"(?P<s>[a-f0-9]{40})"',
             ('"private_key_id": "', (H, 40), '"')),
    Detector(6, "gcp-oauth-client-secret", "Google OAuth client secret", "cloud", ("gocspx-",),
             tok(r"GOCSPX-[A-Za-z0-9_\-]{28}"), ("GOCSPX-", (U, 28))),
    Detector(7, "azure-storage-account-key", "Azure storage account key", "cloud",
             ("accountkey", "account_key", "storage"),
             r"(?i:accountkey\s{0,3}=\s{0,3}|(?:storage|azure)[\w.\-]{0,30}?key[\"']?\s{0,3}[:=]\s{0,3}[\"']?)(?P<s>[A-Za-z0-9+/]{86}==)",
             ("DefaultEndpointsProtocol=https;AccountName=vgstore;AccountKey=", (B, 86), "==")),
    Detector(8, "azure-sas-token", "Azure shared access signature", "cloud", ("sig=",),
             r"(?i:[?&]sv=\d{4}-\d\d-\d\d&)[^\s\"']{0,300}?[?&;]sig=(?P<s>[A-Za-z0-9%+/]{40,120})",
             ("https://vg.blob.core.windows.net/c?sv=2024-01-01&se=2030-01-01&sig=", (N, 44), "%3D")),
    Detector(9, "azure-ad-client-secret", "Microsoft Entra ID (Azure AD) client secret", "cloud",
             ("q~",),
             r"(?<![A-Za-z0-9_~.\-])(?P<s>[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.\-]{31,34})(?![A-Za-z0-9_~.\-])",
             (("N", 3), "8Q~", (U, 34))),
    Detector(10, "azure-devops-pat", "Azure DevOps personal access token", "cloud",
             ("azure", "ado_", "devops"),
             kv(r"(?:azure[\w.\-]{0,20}?(?:pat|token)|ado_?pat|devops[\w.\-]{0,20}?(?:pat|token))",
                r"[a-z2-7]{52}|[A-Za-z0-9]{84}"),
             assign("AZURE_DEVOPS_PAT", ("z", 52)), entropy=0.75, confidence="medium"),
    Detector(11, "alibaba-access-key-id", "Alibaba Cloud access key ID", "cloud", ("ltai",),
             tok(r"LTAI[A-Za-z0-9]{20}"), ("LTAI", (N, 20))),
    Detector(12, "alibaba-secret-key", "Alibaba Cloud secret key", "cloud", ("alibaba", "aliyun"),
             kv(r"(?:alibaba|aliyun)", r"[A-Za-z0-9]{30}"), assign("alibaba_secret", (N, 30)),
             entropy=0.75, confidence="medium"),
    Detector(13, "digitalocean-token", "DigitalOcean token", "cloud", ("dop_v1_", "doo_v1_", "dor_v1_"),
             tok(r"do[opr]_v1_[a-f0-9]{64}"), ("dop_v1_", (H, 64))),
    Detector(14, "heroku-api-key", "Heroku API key", "cloud", ("heroku", "hrku-"),
             r"(?:" + kv("heroku", UUID_RE) + r")|" + tok(r"HRKU-AA[0-9A-Za-z_\-]{58}").replace("(?P<s>", "(?P<s2>"),
             assign("HEROKU_API_KEY", *UUID), confidence="medium"),
    Detector(15, "ibm-cloud-iam-key", "IBM Cloud IAM API key", "cloud", ("ibm", "iam"),
             kv(r"(?:ibm[\w.\-]{0,20}?(?:iam|cloud|api)|cloud[_\-]?iam|iam[_\-]?api)", r"[A-Za-z0-9_\-]{44}"),
             assign("ibm_cloud_iam_key", (U, 44)), confidence="medium"),
    Detector(16, "ibm-cos-hmac-secret", "IBM Cloud Object Storage HMAC secret", "cloud",
             ("secret_access_key", "secret-access-key", "cos_hmac", "secretaccesskey"),
             kv(r"(?:secret[_\-]?access[_\-]?key|cos[_\-]?hmac[\w\-]{0,20})", r"[a-f0-9]{48}"),
             assign("secret_access_key", (H, 48)), confidence="medium"),
    Detector(17, "softlayer-api-key", "SoftLayer API key", "cloud", ("softlayer", "sl_", "sl-", "slapi"),
             kv(r"(?:softlayer[\w\-]{0,20}|sl[_\-]?(?:api[_\-]?)?(?:key|pass))", r"[a-z0-9]{64}") + "|"
             + r"api\.softlayer\.com/(?:soap|rest)/v3(?:\.1)?/(?P<s2>[a-z0-9]{64})",
             assign("softlayer_api_key", (H, 64)), confidence="medium"),
    Detector(18, "cloudflare-api-token", "Cloudflare API token or key", "cloud", ("cloudflare", "cf_api"),
             kv(r"(?:cloudflare|cf_api)", r"[A-Za-z0-9_\-]{40}|[a-f0-9]{37}"),
             assign("cloudflare_api_token", (U, 40)), entropy=0.75, confidence="medium"),
    Detector(19, "cloudflare-origin-ca-key", "Cloudflare Origin CA key", "cloud", ("v1.0-",),
             tok(r"v1\.0-[a-f0-9]{24}-[a-f0-9]{146}"), ("v1.0-", (H, 24), "-", (H, 146))),
    Detector(20, "flyio-token", "Fly.io access token", "cloud", ("fo1_", "fm1", "fm2_"),
             tok(r"(?:fo1_[\w\-]{43}|fm1[ar]_[A-Za-z0-9+/]{100,1000}={0,3}|fm2_[A-Za-z0-9+/]{100,2000}={0,3})",
                 r"(?![A-Za-z0-9+/=])"),
             ("fo1_", (U, 43))),
    Detector(21, "terraform-cloud-token", "HashiCorp Terraform Cloud API token", "cloud", ("atlasv1",),
             tok(r"[a-z0-9]{14}\.atlasv1\.[a-z0-9\-_=]{60,70}"), (("a", 14), ".atlasv1.", ("a", 67))),
    Detector(22, "vault-token", "HashiCorp Vault token", "cloud", ("hvs.", "hvb.", "vault"),
             r"(?<![A-Za-z0-9_.-])(?P<s>hvs\.[\w\-]{90,120}|hvb\.[\w\-]{138,300})(?![\w-])|"
             + kv("vault", r"s\.[A-Za-z0-9]{24}").replace("(?P<s>", "(?P<s2>"),
             ("hvs.", (U, 95))),
    Detector(23, "doppler-token", "Doppler token", "cloud", ("dp.pt.", "dp.st.", "dp.ct."),
             tok(r"dp\.(?:pt|st|ct|sa|scim|audit)\.[A-Za-z0-9]{40,44}"), ("dp.pt.", (N, 43))),
    Detector(24, "pulumi-token", "Pulumi access token", "cloud", ("pul-",), tok(r"pul-[a-f0-9]{40}"),
             ("pul-", (H, 40))),
    Detector(25, "databricks-token", "Databricks token", "cloud", ("dapi",),
             tok(r"dapi[a-f0-9]{32}(?:-\d)?"), ("dapi", (H, 32)), owns=("databricks",)),
    Detector(26, "netlify-token", "Netlify access token", "cloud", ("netlify", "nfp_"),
             kv("netlify", r"[A-Za-z0-9=_\-]{40,46}") + "|" + tok(r"nfp_[A-Za-z0-9]{36}").replace("(?P<s>", "(?P<s2>"),
             assign("NETLIFY_AUTH_TOKEN", (U, 43)), entropy=0.75, confidence="medium"),
    Detector(27, "planetscale-credential", "PlanetScale token or password", "cloud", ("pscale_",),
             tok(r"pscale_(?:tkn|oauth|pw)_[\w=.\-]{32,64}"), ("pscale_tkn_", (U, 43))),
    Detector(28, "scalingo-token", "Scalingo API token", "cloud", ("tk-us-",), tok(r"tk-us-[\w\-]{48}"),
             ("tk-us-", (U, 48))),
    Detector(29, "openshift-token", "OpenShift user token", "cloud", ("sha256~",),
             tok(r"sha256~[\w\-]{43}"), ("sha256~", (U, 43))),
    Detector(30, "grafana-token", "Grafana API key or token", "cloud", ("eyjrijoi", "glc_", "glsa_"),
             tok(r"(?:eyJrIjoi[A-Za-z0-9]{70,400}={0,2}|glc_[A-Za-z0-9+/]{32,400}={0,2}|glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8})",
                 r"(?![A-Za-z0-9+/=_-])"),
             ("glsa_", (N, 32), "_", (H, 8))),
    Detector(31, "new-relic-key", "New Relic API key", "cloud", ("nrak-", "nrii-", "nrjs-", "new-relic", "newrelic", "new_relic"),
             tok(r"(?:NRAK-[A-Z0-9]{27}|NRII-[\w\-]{32}|NRJS-[a-f0-9]{19})") + "|"
             + kv(r"new[_\-]?relic", r"[a-z0-9]{64}").replace("(?P<s>", "(?P<s2>"),
             ("NRAK-", ("Z", 27))),
    Detector(32, "datadog-key", "Datadog API or application key", "cloud", ("datadog", "dd_api", "dd_app"),
             kv(r"(?:datadog|dd_api|dd_app)", r"[a-f0-9]{32}|[a-f0-9]{40}"),
             assign("DD_API_KEY", (H, 32)), entropy=0.75, confidence="medium"),
    Detector(33, "sentry-token", "Sentry auth token", "cloud", ("sntrys_", "sntryu_", "sentry"),
             tok(r"(?:sntrys_eyJ[A-Za-z0-9+/=_\-]{60,600}|sntryu_[a-f0-9]{64})", r"(?![A-Za-z0-9+/=_-])")
             + "|" + kv("sentry", r"[a-f0-9]{64}").replace("(?P<s>", "(?P<s2>"),
             ("sntryu_", (H, 64))),
    Detector(34, "dynatrace-token", "Dynatrace API token", "cloud", ("dt0c01",),
             tok(r"dt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64}"), ("dt0c01.", ("Z", 24), ".", ("Z", 64))),
    # `kind: Secret` first and its `data:` below, or `data:` first and `kind: Secret` below (same
    # document); a value may be a block scalar (`.dockercfg: |` and the value on the next line)
    Detector(35, "kubernetes-secret-data", "Kubernetes Secret manifest value", "cloud",
             ("kind",),
             r"kind[ \t]{0,3}:[ \t]{0,3}[\"']?(?i:secret)[\"']?[ \t]*\r?\n(?:(?!---|[ \t]*kind[ \t]*:)[^\n]{0,200}\n){0,15}?"
             r"[ \t]*(?:data|stringData):[ \t]*\r?\n(?:[ \t]+#[^\n]{0,300}\n){0,10}"
             r"[ \t]+[\w.\-]{1,100}:[ \t]*(?:[|>][-+]?[ \t]*\r?\n[ \t]+)?[\"']?(?P<s>[^\s\"'#]{4,4000})"
             r"|(?:data|stringData):(?<![\w.\-]data:)(?<![\w.\-]stringData:)[ \t]*\r?\n[ \t]+[\w.\-]{1,100}:[ \t]*(?:[|>][-+]?[ \t]*\r?\n[ \t]+)?"
             r"[\"']?(?P<s2>[^\s\"'#]{4,4000})[\"']?[ \t]*\r?\n"
             r"(?=(?:(?!---|[ \t]*kind[ \t]*:)[^\n]{0,200}\n){0,15}?[ \t]*kind[ \t]{0,3}:[ \t]{0,3}[\"']?(?i:secret)[\"']?[ \t]*(?:\r?\n|$))",
             ("apiVersion: v1\nkind: Secret\ndata:\n  password: ", (B, 24), "\n"),
             likelihood="likely", impact="high", confidence="medium", multiline=True,
             strict=k8s_value_ok, span=8_000),
    # VCS, CI and package registries -----------------------------------------------------------
    Detector(40, "github-classic-token", "GitHub token (classic, OAuth, app or refresh)", "vcs",
             ("ghp_", "gho_", "ghu_", "ghs_", "ghr_"),
             tok(r"gh[pousr]_[A-Za-z0-9]{36}"), ("ghp_", (N, 30), "CHECK"),
             validate=github_checksum_ok),
    Detector(41, "github-fine-grained-token", "GitHub fine-grained personal access token", "vcs",
             ("github_pat_",), tok(r"github_pat_[A-Za-z0-9_]{82}"), ("github_pat_", (N, 22), "_", (N, 59))),
    Detector(42, "gitlab-token", "GitLab token", "vcs",
             ("glpat-", "gldt-", "glptt-", "glrt-", "glrtr-", "glcbt-", "glffct-", "glft-", "glimt-",
              "glagent-", "gloas-", "glsoat-", "gr1348941"),
             tok(r"(?:glpat-[\w\-]{20,300}(?:\.[0-9a-z]{2}[0-9a-z]{7})?|gldt-[\w\-]{20}|glptt-[\w\-]{40}"
                 r"|glrtr?-[\w\-]{20,300}(?:\.[0-9a-z]{2}[0-9a-z]{7})?|glcbt-[\w\-]{20,300}|glffct-[\w\-]{20}"
                 r"|glft-[\w\-]{20}|glimt-[\w\-]{25}|glagent-[\w\-]{50,300}|gloas-[\w\-]{64}|glsoat-[\w\-]{20}"
                 r"|GR1348941[\w\-]{20,300})"),
             ("glpat-", (U, 20))),
    Detector(43, "gitlab-session-cookie", "GitLab session cookie", "vcs", ("_gitlab_session",),
             r"_gitlab_session=(?P<s>[0-9a-z]{32})(?![0-9a-z])", ("_gitlab_session=", (H, 32)),
             impact="high"),
    Detector(44, "bitbucket-app-password", "Bitbucket app password or client secret", "vcs",
             ("atbb", "bitbucket"),
             tok(r"ATBB[A-Za-z0-9]{32}") + "|"
             + kv("bitbucket", r"[a-zA-Z0-9=_\-]{64}|[a-z0-9]{32}").replace("(?P<s>", "(?P<s2>"),
             ("ATBB", (N, 32))),
    Detector(45, "atlassian-api-token", "Atlassian (Jira, Confluence) API token", "vcs",
             ("atatt3", "atlassian", "confluence", "jira"),
             tok(r"ATATT3[A-Za-z0-9_\-=]{186}") + "|"
             + kv(r"(?:atlassian|confluence|jira)", r"[a-zA-Z0-9]{24}").replace("(?P<s>", "(?P<s2>"),
             assign("JIRA_API_TOKEN", (N, 24)), entropy=0.75),
    Detector(46, "npm-token", "npm access token", "vcs", ("npm_", "_authtoken"),
             tok(r"npm_[A-Za-z0-9]{36}") + "|"
             + r"(?i:_authToken)\s{0,3}=\s{0,3}(?P<s2>[A-Za-z0-9_\-]{30,})", ("npm_", (N, 36))),
    # the body is a base64 macaroon whose first field is the index location: pypi.org or
    # test.pypi.org (uploads to the test index use the same kind of token)
    Detector(47, "pypi-token", "PyPI upload token", "vcs", ("pypi-ageichlwas", "pypi-agendgvzdc5wexbplm9yzw"),
             tok(r"pypi-(?:AgEIcHlwaS5vcmc|AgENdGVzdC5weXBpLm9yZw)[A-Za-z0-9_\-]{50,400}"),
             ("pypi-AgEIcHlwaS5vcmc", (U, 70))),
    Detector(48, "rubygems-token", "RubyGems API token", "vcs", ("rubygems_",),
             tok(r"rubygems_[a-f0-9]{48}"), ("rubygems_", (H, 48))),
    Detector(49, "clojars-token", "Clojars deploy token", "vcs", ("clojars_",),
             tok(r"CLOJARS_[a-z0-9]{60}"), ("CLOJARS_", (A, 60))),
    Detector(50, "nuget-config-password", "NuGet feed password in nuget.config", "vcs",
             ("cleartextpassword", "<add key=\"password\""),
             r"(?i:<add\s{1,5}key=[\"'](?:ClearText)?Password[\"']\s{1,5}value=[\"'])(?P<s>[^\"'\n]{4,200})[\"']",
             ('<add key="ClearTextPassword" value="', (N, 16), '" />'), cwe=(259,)),
    Detector(51, "artifactory-token", "JFrog Artifactory API key or reference token", "vcs",
             ("akcp", "cmvmd"),
             tok(r"(?:AKCp[A-Za-z0-9]{69}|cmVmd[A-Za-z0-9]{59})"), ("AKCp", (N, 69)), entropy=0.7),
    # JFrog's encrypted passwords (`AP` and a version character) and short API keys (`AKC`)
    Detector(66, "artifactory-encrypted-password", "JFrog Artifactory encrypted password or "
             "API key", "vcs", ("akc", *(f"ap{c}" for c in "0123456789abcdef")),
             tok(r"(?:AP[\dA-F][A-Za-z0-9]{8,120}|AKC[A-Za-z0-9]{10,120})", r"(?![A-Za-z0-9_-])"),
             ("AP6", (N, 40)), entropy=0.7, strict=_has_digit_or_mask, confidence="medium"),
    Detector(52, "jfrog-token", "JFrog identity or access token", "vcs", ("jfrog", "artifactory", "bintray", "xray"),
             kv(r"(?:jfrog|artifactory|bintray|xray)", r"[a-zA-Z0-9]{64}|[a-zA-Z0-9]{73}"),
             assign("JFROG_TOKEN", (N, 64)), entropy=0.75, confidence="medium"),
    Detector(53, "codecov-token", "Codecov access token", "vcs", ("codecov",),
             kv("codecov", r"[a-z0-9]{32}|" + UUID_RE), assign("CODECOV_TOKEN", *UUID), confidence="medium"),
    Detector(54, "travis-token", "Travis CI access token", "vcs", ("travis",),
             kv("travis", r"[a-zA-Z0-9_\-]{22}"), assign("TRAVIS_TOKEN", (N, 22)), entropy=0.75,
             confidence="medium"),
    Detector(55, "drone-token", "Drone CI access token", "vcs", ("drone",),
             kv("drone", r"[a-zA-Z0-9]{32}"), assign("DRONE_TOKEN", (N, 32)), entropy=0.75,
             confidence="medium"),
    Detector(56, "harness-token", "Harness access token", "vcs", ("pat.", "sat."),
             tok(r"(?:pat|sat)\.[A-Za-z0-9_\-]{22}\.[0-9a-f]{24}\.[0-9a-zA-Z]{20}"),
             ("pat.", (U, 22), ".", (H, 24), ".", (N, 20))),
    Detector(57, "octopus-deploy-key", "Octopus Deploy API key", "vcs", ("api-",),
             tok(r"API-[A-Z0-9]{26}"), ("API-", ("Z", 26)), entropy=0.7),
    Detector(58, "sonarqube-token", "SonarQube / SonarCloud token", "vcs", ("squ_", "sqp_", "sqa_", "sonar"),
             tok(r"sq[upa]_[a-f0-9]{40}") + "|"
             + kv("sonar", r"[A-Za-z0-9]{40}").replace("(?P<s>", "(?P<s2>"), ("squ_", (H, 40))),
    Detector(59, "snyk-token", "Snyk API token", "vcs", ("snyk",),
             kv("snyk", UUID_RE), assign("SNYK_TOKEN", *UUID), confidence="medium"),
    Detector(60, "prefect-token", "Prefect API key", "vcs", ("pnu_",), tok(r"pnu_[a-zA-Z0-9]{36}"),
             ("pnu_", (N, 36))),
    Detector(61, "infracost-token", "Infracost API key", "vcs", ("ico-",), tok(r"ico-[a-zA-Z0-9]{32}"),
             ("ico-", (N, 32)), entropy=0.7),
    Detector(62, "postman-token", "Postman API key", "vcs", ("pmak-",),
             tok(r"PMAK-[a-f0-9]{24}-[a-f0-9]{34}"), ("PMAK-", (H, 24), "-", (H, 34))),
    Detector(63, "readme-token", "ReadMe API key", "vcs", ("rdme_",), tok(r"rdme_[a-z0-9]{70}"),
             ("rdme_", (A, 70))),
    Detector(64, "onepassword-token", "1Password service-account token or secret key", "vcs",
             ("ops_eyj", "a3-"),
             tok(r"ops_eyJ[a-zA-Z0-9+/]{250,}={0,3}", r"(?![A-Za-z0-9+/=])") + "|"
             + tok(r"A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}").replace("(?P<s>", "(?P<s2>"),
             ("A3-", ("Z", 6), "-", ("Z", 11), "-", ("Z", 5), "-", ("Z", 5), "-", ("Z", 5))),
    Detector(65, "age-secret-key", "age encryption secret key", "key", ("age-secret-key-1",),
             tok(r"AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}"),
             ("AGE-SECRET-KEY-1", ("bech", 58)), cwe=(321,)),
    # chat, mail, messaging ------------------------------------------------------------------
    Detector(70, "slack-token", "Slack bot, user or app token", "chat",
             ("xoxb-", "xoxp-", "xoxa-", "xoxr-", "xoxo-", "xoxs-", "xoxe", "xapp-"),
             tok(r"(?:xox[bpe]-\d{6,14}-\d{6,14}(?:-\d{6,14})?-[A-Za-z0-9]{20,40}|xoxb-\d{8,14}-[A-Za-z0-9]{18,26}"
                 r"|xoxe\.xox[bp]-\d-[A-Za-z0-9]{140,180}|xoxe-\d-[A-Za-z0-9]{140,160}"
                 r"|xapp-\d-[A-Z0-9]{9,15}-\d{9,15}-[a-z0-9]{40,80}"
                 r"|xox[pboasr]-(?:\d-)?\d{6,14}-\d{6,14}(?:-\d{6,14})?-[a-fA-F0-9]{12,40}|xox[ar]-(?:\d-)?[0-9a-zA-Z]{8,48})"),
             ("xoxb-", ("d", 12), "-", ("d", 13), "-", (N, 24)), strict=_not_all_digits_or_letters),
    Detector(71, "slack-webhook", "Slack incoming webhook URL", "chat", ("hooks.slack.com",),
             r"(?P<s>hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9+/_\-]{20,120})",
             ("https://hooks.slack.com/services/T", ("Z", 10), "/B", ("Z", 10), "/", (N, 24)),
             impact="high"),
    # no keyword: a bot token is often alone on a line (a .env value, a CLI argument); the
    # three segments' lengths and the leading user-id character are the format
    Detector(72, "discord-bot-token", "Discord bot token", "chat", (),
             # starts with a character class (no lookbehind first): the engine skips to M/N/O
             r"(?P<s>[MNO](?<![A-Za-z0-9_\-][MNO])[A-Za-z\d_\-]{23,25}\.[A-Za-z\d_\-]{6}\.[A-Za-z\d_\-]{27,38})(?![A-Za-z0-9_-])",
             ('DISCORD_BOT_TOKEN = "M', (N, 23), ".", (U, 6), ".", (U, 27), '"'), confidence="medium"),
    Detector(73, "discord-webhook", "Discord webhook URL", "chat", ("/api/webhooks/",),
             r"(?P<s>discord(?:app)?\.com/api/webhooks/\d{15,22}/[\w\-]{60,72})",
             ("https://discord.com/api/webhooks/", ("d", 18), "/", (U, 68)), impact="high"),
    Detector(74, "discord-client-secret", "Discord client secret or API key", "chat", ("discord",),
             kv("discord", r"[a-f0-9]{64}|[a-zA-Z0-9=_\-]{32}"), assign("DISCORD_CLIENT_SECRET", (U, 32)),
             entropy=0.75, confidence="medium"),
    Detector(75, "teams-webhook", "Microsoft Teams webhook URL", "chat", ("webhook.office.com", "logic.azure.com"),
             r"(?P<s>[a-z0-9\-]{1,60}\.webhook\.office\.com/webhookb2/[a-z0-9\-]{36}@[a-z0-9\-]{36}/IncomingWebhook/[a-z0-9]{32}/[a-z0-9\-]{36}(?:/[\w\-]{40,60})?)",
             ("https://vg.webhook.office.com/webhookb2/", *UUID, "@", *UUID, "/IncomingWebhook/", (H, 32), "/", *UUID),
             impact="high"),
    Detector(76, "twilio-api-key", "Twilio API key", "chat", ("sk",),
             tok(r"SK[0-9a-fA-F]{32}"), ("SK", (H, 32)), entropy=0.7),
    Detector(77, "twilio-auth-token", "Twilio auth token", "chat", ("twilio",),
             kv("twilio", r"[a-f0-9]{32}"), assign("TWILIO_AUTH_TOKEN", (H, 32)), entropy=0.75,
             confidence="medium"),
    Detector(78, "sendgrid-key", "SendGrid API key", "chat", ("sg.",),
             tok(r"SG\.[\w\-]{22}\.[\w\-]{43}"), ("SG.", (U, 22), ".", (U, 43)), entropy=0.6),
    Detector(79, "mailgun-key", "Mailgun API or signing key", "chat", ("key-", "pubkey-", "mailgun"),
             tok(r"(?:pub)?key-[a-f0-9]{32}") + "|"
             + kv("mailgun", r"[a-h0-9]{32}-[a-h0-9]{8}-[a-h0-9]{8}").replace("(?P<s>", "(?P<s2>"),
             ("key-", (H, 32)), entropy=0.7),
    Detector(80, "mailchimp-key", "Mailchimp API key", "chat", ("-us",),
             tok(r"[a-f0-9]{32}-us\d{1,2}"), ((H, 32), "-us14"), entropy=0.7),
    Detector(81, "brevo-key", "Brevo (Sendinblue) API key", "chat", ("xkeysib-",),
             tok(r"xkeysib-[a-f0-9]{64}-[a-zA-Z0-9]{16}"), ("xkeysib-", (H, 64), "-", (N, 16))),
    Detector(82, "telegram-bot-token", "Telegram bot token", "chat", (":aa",),
             tok(r"\d{5,16}:AA[A-Za-z0-9_\-]{32,33}"), (("d", 10), ":AA", (U, 33)), owns=("telegram",)),
    Detector(83, "mattermost-token", "Mattermost access token", "chat", ("mattermost",),
             kv("mattermost", r"[a-z0-9]{26}"), assign("MATTERMOST_TOKEN", (A, 26)), entropy=0.75,
             confidence="medium"),
    Detector(84, "messagebird-key", "MessageBird API key", "chat", ("messagebird", "message_bird", "message-bird"),
             kv(r"message[_\-]?bird", r"[a-z0-9]{25}|" + UUID_RE), assign("MESSAGEBIRD_KEY", (A, 25)),
             entropy=0.75, confidence="medium"),
    Detector(85, "intercom-token", "Intercom access token", "chat", ("intercom",),
             kv("intercom", r"[a-zA-Z0-9=_\-]{60}"), assign("INTERCOM_TOKEN", (U, 60)), entropy=0.75,
             confidence="medium"),
    Detector(86, "gitter-token", "Gitter access token", "chat", ("gitter",),
             kv("gitter", r"[a-z0-9_\-]{40}"), assign("GITTER_TOKEN", (A, 40)), entropy=0.75,
             confidence="medium"),
    Detector(87, "twitter-token", "Twitter / X API credential", "chat", ("twitter", "aaaaaaaaaaaaaaaaaaaaa"),
             tok(r"AAAAAAAAAAAAAAAAAAAAA[A-Za-z0-9%]{30,200}") + "|"
             + kv("twitter", r"\d{15,25}-[a-zA-Z0-9]{20,40}|[a-zA-Z0-9]{25,50}").replace("(?P<s>", "(?P<s2>"),
             assign("TWITTER_API_SECRET", (N, 50)), entropy=0.75),
    Detector(88, "facebook-token", "Facebook access token or app secret", "chat", ("eaam", "eaac", "facebook"),
             tok(r"EAA[MC][a-zA-Z0-9]{100,400}") + "|"
             + kv("facebook", r"[a-f0-9]{32}|\d{15,16}(?:\||%7C)[0-9a-zA-Z_\-]{27,40}").replace("(?P<s>", "(?P<s2>"),
             ("EAAM", (N, 110))),
    Detector(89, "linkedin-secret", "LinkedIn client secret", "chat", ("linkedin", "linked-in"),
             kv(r"linked[_\-]?in", r"[a-zA-Z0-9]{14,16}"), assign("LINKEDIN_CLIENT_SECRET", (N, 16)),
             entropy=0.8, confidence="medium"),
    Detector(90, "zendesk-token", "Zendesk API token", "chat", ("zendesk",),
             kv("zendesk", r"[a-zA-Z0-9]{40}"), assign("ZENDESK_TOKEN", (N, 40)), entropy=0.75,
             confidence="medium"),
    Detector(91, "microsoft-teams-bot-secret", "Azure Bot / Teams app password", "chat",
             ("microsoftapppassword", "microsoft_app_password"),
             kv(r"microsoft[_\-]?app[_\-]?password", r"[^\s\"']{16,64}"), assign("MicrosoftAppPassword", (N, 24))),
    # payment ---------------------------------------------------------------------------------
    Detector(100, "stripe-live-key", "Stripe live secret or restricted key", "payment",
             ("sk_live_", "rk_live_", "sk_prod_", "rk_prod_"),
             tok(r"[sr]k_(?:live|prod)_[A-Za-z0-9]{10,247}"), ("sk_live_", (N, 24))),
    Detector(101, "stripe-test-key", "Stripe test secret key", "payment", ("sk_test_", "rk_test_"),
             tok(r"[sr]k_test_[A-Za-z0-9]{10,247}"), ("sk_test_", (N, 24)), impact="low",
             likelihood="possible"),
    Detector(102, "stripe-webhook-secret", "Stripe webhook signing secret", "payment", ("whsec_",),
             tok(r"whsec_[A-Za-z0-9+/]{32,64}={0,2}"), ("whsec_", (N, 32)), impact="high"),
    Detector(103, "square-token", "Square access token or application secret", "payment",
             ("sq0atp-", "sq0csp-", "eaaa"),
             tok(r"(?:sq0atp-[\w\-]{22}|sq0csp-[\w\-]{43}|EAAA[\w\-+=]{60})"), ("sq0csp-", (U, 43))),
    Detector(104, "braintree-token", "PayPal Braintree access token", "payment", ("access_token$production$",),
             r"(?P<s>access_token\$production\$[0-9a-z]{16}\$[0-9a-f]{32})",
             ("access_token$production$", (A, 16), "$", (H, 32))),
    Detector(105, "paypal-client-secret", "PayPal client secret", "payment", ("paypal",),
             kv("paypal", r"[A-Za-z0-9_\-]{80}"), assign("PAYPAL_CLIENT_SECRET", (U, 80)), entropy=0.75,
             confidence="medium"),
    Detector(106, "plaid-key", "Plaid secret or access token", "payment", ("plaid", "access-production-", "access-sandbox-", "access-development-"),
             tok(r"access-(?:sandbox|development|production)-" + UUID_RE) + "|"
             + kv("plaid", r"[a-f0-9]{30}|[a-z0-9]{24}").replace("(?P<s>", "(?P<s2>"),
             ("access-production-", *UUID)),
    Detector(107, "coinbase-token", "Coinbase access token", "payment", ("coinbase",),
             kv("coinbase", r"[a-zA-Z0-9_\-]{64}"), assign("COINBASE_TOKEN", (U, 64)), entropy=0.75,
             confidence="medium"),
    Detector(108, "flutterwave-key", "Flutterwave key", "payment", ("flwseck", "flwpubk"),
             tok(r"FLW(?:SECK|PUBK)_TEST-[a-h0-9]{32}-X|FLWSECK_TEST-[a-h0-9]{12}|FLW(?:SECK|PUBK)-[a-h0-9]{32}-X"),
             ("FLWSECK-", (H, 32), "-X")),
    Detector(109, "gocardless-token", "GoCardless API token", "payment", ("gocardless",),
             kv("gocardless", r"live_[a-zA-Z0-9\-_=]{40}"), assign("GOCARDLESS_TOKEN", "live_", (U, 40))),
    Detector(110, "shopify-token", "Shopify access token or shared secret", "payment",
             ("shpat_", "shpca_", "shppa_", "shpss_"),
             tok(r"shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}"), ("shpat_", (H, 32))),
    Detector(111, "lob-key", "Lob API key", "payment", ("lob",),
             kv("lob", r"(?:live|test)_(?:pub_)?[a-f0-9]{31,35}"), assign("LOB_API_KEY", "live_", (H, 35))),
    Detector(112, "easypost-key", "EasyPost API key", "payment", ("ezak", "eztk"),
             tok(r"EZ[AT]K[a-zA-Z0-9]{54}"), ("EZAK", (N, 54))),
    Detector(113, "duffel-token", "Duffel API token", "payment", ("duffel_",),
             tok(r"duffel_(?:test|live)_[\w=\-]{43}"), ("duffel_live_", (U, 43))),
    Detector(114, "razorpay-key", "Razorpay key", "payment", ("rzp_",),
             tok(r"rzp_(?:live|test)_[A-Za-z0-9]{14}"), ("rzp_live_", (N, 14))),
    Detector(115, "crypto-exchange-key", "Crypto exchange API key (Kraken, KuCoin, Bittrex)", "payment",
             ("kraken", "kucoin", "bittrex"),
             kv(r"(?:kraken|kucoin|bittrex)", r"[a-zA-Z0-9/=_+\-]{80,90}|" + UUID_RE + r"|[a-f0-9]{24}|[a-z0-9]{32}"),
             assign("KRAKEN_SECRET", (B, 86)), entropy=0.75, confidence="medium"),
    Detector(116, "finicity-key", "Finicity API key or secret", "payment", ("finicity",),
             kv("finicity", r"[a-f0-9]{32}|[a-z0-9]{20}"), assign("FINICITY_APP_KEY", (H, 32)),
             entropy=0.75, confidence="medium"),
    # AI providers ----------------------------------------------------------------------------
    Detector(120, "openai-key", "OpenAI API key", "ai", ("sk-", "t3blbkfj"),
             tok(r"(?:sk-(?:proj|svcacct|admin|None)-[A-Za-z0-9_\-]{20,200}|sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}"
                 r"|sk-[A-Za-z0-9_\-]{0,40}T3BlbkFJ[A-Za-z0-9_\-]{20,120}|sk-[A-Za-z0-9]{48})"),
             ("sk-proj-", (U, 64)), strict=openai_marker_ok),
    Detector(121, "anthropic-key", "Anthropic API key", "ai", ("sk-ant-",),
             tok(r"sk-ant-(?:api|admin|sid|oat)\d\d-[\w\-]{20,120}"), ("sk-ant-api03-", (U, 93), "AA")),
    Detector(122, "huggingface-token", "Hugging Face access token", "ai", ("hf_", "api_org_"),
             tok(r"(?:hf_[A-Za-z]{34}|api_org_[A-Za-z]{34})"), ("hf_", ("L", 34)), entropy=0.7),
    Detector(123, "cohere-key", "Cohere API key", "ai", ("cohere", "co_api_key"),
             kv(r"(?:cohere|co_api_key)", r"[a-zA-Z0-9]{40}"), assign("COHERE_API_KEY", (N, 40)),
             entropy=0.75, confidence="medium"),
    Detector(124, "perplexity-key", "Perplexity API key", "ai", ("pplx-",), tok(r"pplx-[A-Za-z0-9]{48}"),
             ("pplx-", (N, 48))),
    Detector(125, "groq-key", "Groq API key", "ai", ("gsk_",), tok(r"gsk_[A-Za-z0-9]{52}"), ("gsk_", (N, 52))),
    Detector(126, "replicate-token", "Replicate API token", "ai", ("r8_",), tok(r"r8_[A-Za-z0-9]{37}"),
             ("r8_", (N, 37))),
    Detector(127, "xai-key", "xAI API key", "ai", ("xai-",), tok(r"xai-[A-Za-z0-9]{80}"), ("xai-", (N, 80))),
    Detector(128, "langsmith-key", "LangSmith API key", "ai", ("lsv2_",),
             tok(r"lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}"), ("lsv2_pt_", (H, 32), "_", (H, 10))),
    Detector(129, "pinecone-key", "Pinecone API key", "ai", ("pcsk_", "pinecone"),
             tok(r"pcsk_[A-Za-z0-9_]{50,90}") + "|"
             + kv("pinecone", UUID_RE).replace("(?P<s>", "(?P<s2>"), ("pcsk_", (N, 60))),
    Detector(130, "mistral-key", "Mistral AI API key", "ai", ("mistral",),
             kv("mistral", r"[a-zA-Z0-9]{32}"), assign("MISTRAL_API_KEY", (N, 32)), entropy=0.75,
             confidence="medium"),
    Detector(131, "private-ai-token", "Private AI API key", "ai", ("private_ai", "private-ai", "privateai"),
             kv(r"private[_\-]?ai", r"[a-z0-9]{32}"), assign("PRIVATE_AI_KEY", (A, 32)), entropy=0.75,
             confidence="medium"),
    Detector(132, "deepseek-key", "DeepSeek API key", "ai", ("deepseek",),
             kv("deepseek", r"sk-[a-f0-9]{32}"), assign("DEEPSEEK_API_KEY", "sk-", (H, 32))),
    Detector(133, "elevenlabs-key", "ElevenLabs API key", "ai", ("sk_", "elevenlabs", "xi-api-key", "xi_api_key"),
             kv(r"(?:elevenlabs|xi[_\-]api[_\-]key)", r"(?:sk_)?[a-f0-9]{32,48}"), assign("ELEVENLABS_API_KEY", "sk_", (H, 48)),
             confidence="medium"),
    # SaaS and developer tools --------------------------------------------------------------------
    Detector(140, "notion-token", "Notion integration token", "saas", ("ntn_", "secret_"),
             tok(r"ntn_[0-9]{11}[A-Za-z0-9]{35}") + "|"
             + kv("notion", r"secret_[A-Za-z0-9]{43}").replace("(?P<s>", "(?P<s2>"), ("ntn_", ("d", 11), (N, 35))),
    Detector(141, "linear-key", "Linear API key", "saas", ("lin_api_", "linear"),
             tok(r"lin_api_[a-zA-Z0-9]{40}") + "|"
             + kv("linear", r"[a-f0-9]{32}").replace("(?P<s>", "(?P<s2>"), ("lin_api_", (N, 40))),
    Detector(142, "airtable-key", "Airtable API key or personal access token", "saas", ("pat", "airtable"),
             tok(r"pat[A-Za-z0-9]{14}\.[a-f0-9]{64}") + "|"
             + kv("airtable", r"[a-zA-Z0-9]{17}").replace("(?P<s>", "(?P<s2>"), ("pat", (N, 14), ".", (H, 64))),
    Detector(143, "asana-secret", "Asana client secret or token", "saas", ("asana",),
             kv("asana", r"[0-9]{16}|[a-z0-9]{32}|\d/\d{10,20}:[a-f0-9]{32}"), assign("ASANA_CLIENT_SECRET", (A, 32)),
             entropy=0.7, confidence="medium"),
    Detector(144, "hubspot-key", "HubSpot API key or private-app token", "saas", ("hubspot", "pat-na1-", "pat-eu1-"),
             tok(r"pat-(?:na|eu)\d-" + UUID_RE) + "|"
             + kv("hubspot", UUID_RE).replace("(?P<s>", "(?P<s2>"), ("pat-na1-", *UUID)),
    Detector(145, "dropbox-token", "Dropbox API token", "saas", ("dropbox", "sl."),
             tok(r"sl\.[A-Za-z0-9\-=_]{135,1200}") + "|"
             + kv("dropbox", r"[a-z0-9]{15}|[a-z0-9]{11}AAAAAAAAAA[a-z0-9\-_=]{43}").replace("(?P<s>", "(?P<s2>"),
             assign("DROPBOX_TOKEN", (A, 15)), entropy=0.7),
    Detector(146, "contentful-token", "Contentful delivery token", "saas", ("contentful",),
             kv("contentful", r"[a-zA-Z0-9=_\-]{43}"), assign("CONTENTFUL_TOKEN", (U, 43)), entropy=0.75,
             confidence="medium"),
    Detector(147, "mapbox-token", "Mapbox secret token", "saas", ("sk.eyj", "pk.eyj"),
             tok(r"sk\.eyJ[a-zA-Z0-9._\-]{80,400}"), ("sk.eyJ1", (U, 90)), impact="high"),
    Detector(148, "algolia-key", "Algolia admin API key", "saas", ("algolia",),
             kv("algolia", r"[a-z0-9]{32}"), assign("ALGOLIA_ADMIN_KEY", (A, 32)), entropy=0.75,
             confidence="medium"),
    Detector(149, "launchdarkly-key", "LaunchDarkly SDK or API key", "saas", ("launchdarkly", "sdk-", "api-"),
             tok(r"(?:sdk|api)-" + UUID_RE) + "|"
             + kv("launchdarkly", r"[a-zA-Z0-9=_\-]{40}").replace("(?P<s>", "(?P<s2>"), ("sdk-", *UUID),
             confidence="medium"),
    Detector(150, "okta-token", "Okta API token", "saas", ("okta",),
             kv("okta", r"00[a-zA-Z0-9=_\-]{40}"), assign("OKTA_API_TOKEN", "00", (U, 40))),
    Detector(151, "auth0-secret", "Auth0 client secret", "saas", ("auth0",),
             kv("auth0", r"[A-Za-z0-9_\-]{64}"), assign("AUTH0_CLIENT_SECRET", (U, 64)), entropy=0.75,
             confidence="medium"),
    Detector(152, "typeform-token", "Typeform API token", "saas", ("tfp_",),
             tok(r"tfp_[a-zA-Z0-9_\-.=]{59}"), ("tfp_", (U, 59))),
    Detector(153, "trello-token", "Trello API token", "saas", ("trello",),
             kv("trello", r"[a-zA-Z0-9]{32}|ATTA[a-zA-Z0-9]{60,70}"), assign("TRELLO_TOKEN", (N, 32)),
             entropy=0.75, confidence="medium"),
    Detector(154, "twitch-token", "Twitch API token", "saas", ("twitch",),
             kv("twitch", r"[a-z0-9]{30}"), assign("TWITCH_TOKEN", (A, 30)), entropy=0.75,
             confidence="medium"),
    Detector(155, "frameio-token", "Frame.io API token", "saas", ("fio-u-",),
             tok(r"fio-u-[a-zA-Z0-9\-_=]{64}"), ("fio-u-", (U, 64))),
    Detector(156, "fastly-token", "Fastly API token", "saas", ("fastly",),
             kv("fastly", r"[a-zA-Z0-9=_\-]{32}"), assign("FASTLY_API_TOKEN", (U, 32)), entropy=0.75,
             confidence="medium"),
    Detector(157, "maxmind-key", "MaxMind license key", "saas", ("_mmk",),
             tok(r"[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk"), ((N, 6), "_", (N, 29), "_mmk")),
    Detector(158, "beamer-token", "Beamer API token", "saas", ("b_",),
             kv("beamer", r"b_[a-zA-Z0-9=_\-]{44}"), assign("BEAMER_TOKEN", "b_", (U, 44))),
    Detector(159, "sumologic-key", "Sumo Logic access ID or key", "saas", ("sumo",),
             kv(r"sumo(?:logic)?(?:[_\-. ]|(?-i:[A-Z]))[\w\-]{0,20}", r"su[a-zA-Z0-9]{12}|[a-zA-Z0-9]{64}"), assign("SUMO_ACCESS_KEY", (N, 64)),
             entropy=0.75, confidence="medium", owns=("sumo", "sumologic")),
    Detector(160, "settlemint-token", "SettleMint access token", "saas", ("sm_pat_", "sm_aat_", "sm_sat_"),
             tok(r"sm_(?:pat|aat|sat)_[a-zA-Z0-9]{16}"), ("sm_pat_", (N, 16))),
    Detector(161, "authress-key", "Authress service client key", "saas", ("sc_", "ext_", "scauth_", "authress_"),
             tok(r"(?:sc|ext|scauth|authress)_[a-z0-9]{5,30}\.[a-z0-9]{4,6}\.(?:acc)[_\-][a-z0-9\-]{10,32}\.[A-Za-z0-9+/_=\-]{30,120}"),
             ("sc_", (A, 10), ".", (A, 5), ".acc_", (A, 20), ".", (U, 40))),
    Detector(162, "clickhouse-key", "ClickHouse Cloud API secret", "saas", ("4b1d",),
             tok(r"4b1d[A-Za-z0-9]{38}"), ("4b1d", (N, 38))),
    Detector(163, "defined-networking-token", "Defined Networking API token", "saas", ("dnkey-",),
             tok(r"dnkey-[a-z0-9=_\-]{26}-[a-z0-9=_\-]{52}"), ("dnkey-", (A, 26), "-", (A, 52))),
    Detector(164, "looker-secret", "Looker client secret", "saas", ("looker",),
             kv("looker", r"[a-zA-Z0-9]{20}|[a-zA-Z0-9]{24}"), assign("LOOKER_CLIENT_SECRET", (N, 24)),
             entropy=0.75, confidence="medium"),
    Detector(165, "yandex-key", "Yandex Cloud key", "saas", ("yandex", "aqvn", "t1.", "ycaj", "ycm"),
             kv("yandex", r"AQVN[A-Za-z0-9_\-]{35,38}|t1\.[A-Z0-9a-z_\-]+=*\.[A-Z0-9a-z_\-]{86}=*|YC[a-zA-Z0-9_\-]{38}"),
             assign("YANDEX_API_KEY", "AQVN", (U, 36))),
    Detector(166, "freemius-key", "Freemius secret key", "saas", ("sk_",),
             r"(?i:[\"']secret_key[\"']\s{0,3}=>\s{0,3}[\"'])(?P<s>sk_[\S]{29})[\"']",
             ('"secret_key" => "sk_', (N, 29), '"')),
    Detector(167, "etsy-token", "Etsy access token", "saas", ("etsy",),
             kv("etsy", r"[a-z0-9]{24}"), assign("ETSY_TOKEN", (A, 24)), entropy=0.75, confidence="medium"),
    Detector(168, "nytimes-token", "New York Times API key", "saas", ("nytimes", "new-york-times", "newyorktimes"),
             kv(r"(?:nytimes|new[_\-]?york[_\-]?times)", r"[a-zA-Z0-9=_\-]{32}"), assign("NYTIMES_KEY", (U, 32)),
             entropy=0.75, confidence="medium"),
    Detector(169, "shippo-token", "Shippo API token", "saas", ("shippo_",),
             tok(r"shippo_(?:live|test)_[a-fA-F0-9]{40}"), ("shippo_live_", (H, 40))),
    Detector(170, "rapidapi-key", "RapidAPI key", "saas", ("rapidapi",),
             kv("rapidapi", r"[a-zA-Z0-9_\-]{50}"), assign("RAPIDAPI_KEY", (U, 50)), entropy=0.75,
             confidence="medium"),
    Detector(171, "adobe-secret", "Adobe client secret", "saas", ("p8e-", "adobe"),
             tok(r"p8e-[a-zA-Z0-9]{32}") + "|"
             + kv("adobe", r"[a-f0-9]{32}").replace("(?P<s>", "(?P<s2>"), ("p8e-", (N, 32))),
    Detector(172, "sourcegraph-token", "Sourcegraph access token", "saas", ("sgp_", "sourcegraph"),
             tok(r"sgp_(?:[a-fA-F0-9]{16}|local)_[a-fA-F0-9]{40}|sgp_[a-fA-F0-9]{40}") + "|"
             + kv("sourcegraph", r"[a-fA-F0-9]{40}").replace("(?P<s>", "(?P<s2>"), ("sgp_", (H, 16), "_", (H, 40))),
    Detector(173, "cisco-meraki-key", "Cisco Meraki API key", "saas", ("meraki",),
             kv("meraki", r"[0-9a-f]{40}"), assign("MERAKI_API_KEY", (H, 40)), entropy=0.75,
             owns=("meraki",)),
    Detector(174, "confluent-key", "Confluent API key or secret", "saas", ("confluent",),
             kv("confluent", r"[a-zA-Z0-9]{16}|[a-zA-Z0-9+/]{64}"), assign("CONFLUENT_SECRET", (N, 64)),
             entropy=0.75, confidence="medium"),
    Detector(175, "freshbooks-token", "FreshBooks access token", "saas", ("freshbooks",),
             kv("freshbooks", r"[a-z0-9]{64}"), assign("FRESHBOOKS_TOKEN", (A, 64)), entropy=0.75,
             confidence="medium"),
    Detector(176, "intra42-secret", "42 Intra client secret", "saas", ("s-s4t2",),
             tok(r"s-s4t2(?:ud|af)-[a-f0-9]{64}"), ("s-s4t2ud-", (H, 64))),
    Detector(177, "flickr-token", "Flickr access token", "saas", ("flickr",),
             kv("flickr", r"[a-z0-9]{32}"), assign("FLICKR_TOKEN", (A, 32)), entropy=0.75, confidence="medium"),
    Detector(178, "finnhub-token", "Finnhub access token", "saas", ("finnhub",),
             kv("finnhub", r"[a-z0-9]{20}"), assign("FINNHUB_TOKEN", (A, 20)), entropy=0.75, confidence="medium"),
    Detector(179, "sidekiq-secret", "Sidekiq Enterprise credential", "saas", ("contribsys",),
             kv(r"bundle_(?:enterprise|gems)__contribsys__com", r"[a-f0-9]{8}:[a-f0-9]{8}"),
             assign("BUNDLE_ENTERPRISE__CONTRIBSYS__COM", (H, 8), ":", (H, 8))),
    # private keys ------------------------------------------------------------------------------
    Detector(190, "private-key", "private key (PEM, OpenSSH, PGP, PuTTY)", "key",
             ("-----begin", "putty-user-key-file"),
             r"(?P<s>-----BEGIN[ A-Z0-9_]{0,40}PRIVATE KEY(?: BLOCK)?-----(?:\\r|\\n|[\s\"',])*"
             r"(?:[A-Za-z0-9\-]{1,40}:[^\n]{0,200}(?:\\n|\n)+)*"
             r"[A-Za-z0-9+/=\\\s\"',]{40,40000}?-----END[ A-Z0-9_]{0,40}PRIVATE KEY(?: BLOCK)?-----)"
             r"|(?P<s2>PuTTY-User-Key-File-\d: [\w\-]{3,40}\s[\s\S]{0,3000}?Private-Lines: \d{1,3}\s[A-Za-z0-9+/=\s]{40,8000})",
             ("-----BEGIN RSA PRIVATE KEY-----\n", (B, 64), "\n", (B, 64), "\n-----END RSA PRIVATE KEY-----"),
             cwe=(321,), multiline=True),
    # signed tokens ----------------------------------------------------------------------------
    Detector(200, "jwt", "JSON Web Token", "token", ("eyj",),
             tok(r"eyJ[A-Za-z0-9_\-]{8,2000}\.eyJ[A-Za-z0-9_\-]{4,8000}(?:\.[A-Za-z0-9_\-]{0,2000})?",
                 r"(?![A-Za-z0-9_.-])"),
             ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ2aWdpbGludC1maXh0dXJlIn0.", (U, 43)),
             impact="high", strict=jwt_ok),
    # connection strings -----------------------------------------------------------------------
    Detector(210, "database-url-password", "database or broker URL with a password", "url", ("://",),
             r"(?i:\b(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|mssql|sqlserver|oracle"
             r"|jdbc:[a-z]{2,12}|clickhouse|cockroachdb|nats|kafka|ldaps?|smtps?|ftps?|sftp|neo4j|couchdb|cassandra"
             r"|memcached|elasticsearch|es|mqtts?|stomp)://)[^:/@\s\"'<>]{0,100}:(?P<s>[^@/\s\"'<>]{1,200})@[^\s\"'/@<>]{1,255}",
             ("postgresql://app:", (N, 16), "@db.vigilint.test:5432/app"), impact="critical", strict=password_part_ok, cwe=(798, 259)),
    Detector(211, "url-basic-auth", "credentials in an HTTP URL (basic auth)", "url", ("://",),
             r"(?i:\bhttps?://)[^:/@\s\"'<>]{1,100}:(?P<s>[^@/\s\"'<>]{3,200})@[A-Za-z0-9][\w.\-]{0,253}",
             ("https://deploy:", (N, 16), "@registry.vigilint.test/v2/"), impact="high", strict=password_part_ok, cwe=(798, 522)),
    Detector(212, "authorization-header", "bearer or basic credential in an Authorization header", "url",
             ("authorization", "bearer"),
             # any scheme word (`Api-Token`, `SSWS`), or none when the value has a digit
             r"(?i:authorization[\"']?\s{0,3}[:=,]\s{0,3}[\"']?(?:[a-z][a-z0-9\-]{1,20}\s{1,3}|(?=[\w.~+/\-]{0,200}\d))|(?<![\w.])bearer\s{1,3})(?P<s>[A-Za-z0-9._~+/\-]{16,2000}=*)",
             ('headers = {"Authorization": "Bearer ', (N, 40), '"}'), impact="high", entropy=0.7,
             confidence="medium", strict=not_word_value),
    Detector(213, "curl-credentials", "credentials on a curl command line", "url", ("curl",),
             # the command may go on over `\`-continued lines; user and password may be quoted
             # apart, and the user may be empty (`-u ":password"`). The command ends at the next
             # `curl`, so each character is looked at from one `curl` only (linear time).
             r"(?i:\bcurl\b)(?:(?!(?i:curl))(?:[^\n\\]|\\[^\n]|\\\n)){0,600}?\s(?:-u|--user)\s{1,3}"
             r"(?P<s>[\"']?[^\s:\"'$]{0,100}[\"']?:[\"']?[^\s\"']{3,200})[\"']?(?:\s|$)",
             ("curl -u admin:", (N, 16), " https://api.vigilint.test/"), impact="high", strict=password_part_ok),
)
