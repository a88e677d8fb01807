"""Security-sensitive context: which security domains a file (or the code around a position)
handles, its risk tier, its OWASP categories, and what a prompt for AI code there must include.

Pure: text and syntax tree in, contexts out. Candidate words are found with one compiled regex
over the bytes (C speed); each candidate is then placed in the syntax tree, and only
identifiers in imports, decorators, calls, definitions and names count: words in comments and
strings do not. Infrastructure-as-code is recognised by the file's path and kind.

Tiers: 3 for authentication, authorization, cryptography, secrets and infrastructure; 2 for
untrusted input, deserialization, network, files, data stores, payments and personal data;
1 for everything else.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from fnmatch import fnmatch
from pathlib import PurePosixPath

from tree_sitter import Node, Tree


@dataclass(frozen=True)
class Domain:
    id: str
    label: str
    tier: int
    owasp: tuple[str, str]  # (2021, 2025)
    pattern: str  # regex over identifiers (bytes, case-insensitive)
    prompt_must_include: tuple[str, ...]


DOMAINS: tuple[Domain, ...] = (
    Domain("authentication", "authentication", 3, ("A07:2021", "A07:2025"),
           r"flask_login|django\.contrib\.auth|passlib|bcrypt|argon2|authlib|oauthlib|"
           r"passport|next-auth|login|logout|sign_?in|authenticat\w*|passw(?:or)?d|"
           r"jwt|oauth|totp|mfa|session_token|credentials?",
           ("use the framework's authentication, never a hand-rolled scheme",
            "hash passwords with Argon2id or bcrypt and compare in constant time",
            "rate limiting and lockout on login", "session and token expiry and rotation",
            "no credentials in code, logs or error messages")),
    Domain("authorization", "authorization", 3, ("A01:2021", "A01:2025"),
           r"login_required|permission_required|permission_classes|requires?_auth\w*|"
           r"roles?_required|admin_required|PreAuthorize|authoriz\w+|permissions?|is_admin|"
           r"rbac|acl|has_role|can_access|is_owner",
           ("deny by default", "check authorization server-side on every request",
            "verify the caller owns the object it names (no IDOR)", "least privilege")),
    Domain("cryptography", "cryptography", 3, ("A02:2021", "A04:2025"),
           r"cryptography|Cryptodome|Crypto|hashlib|hmac|nacl|ssl|encrypt\w*|decrypt\w*|"
           r"cipher\w*|aes\w*|rsa\w*|ecdsa|ed25519|pbkdf2\w*|scrypt|createHash|createCipheriv|"
           r"sign_message|verify_signature",
           ("vetted libraries only, no hand-rolled cryptography",
            "AES-GCM or ChaCha20-Poly1305, SHA-256 or better, Argon2id for passwords",
            "keys from a key manager, never hard-coded", "randomness from a CSPRNG (`secrets`)",
            "no ECB, MD5, SHA-1, DES or static IVs")),
    Domain("secrets", "secrets handling", 3, ("A07:2021", "A07:2025"),
           r"api_?key|secret_?key|client_?secret|access_?token|private_?key|secrets?manager|"
           r"hvac|keyring|dotenv|get_secret\w*|\w*_secret|secret_\w+|\w*_token|bearer",
           ("read secrets from the environment or a secret manager",
            "never hard-code, log, print or return a secret", "no real secrets in tests")),
    Domain("deserialization", "deserialization", 2, ("A08:2021", "A08:2025"),
           r"pickle|cPickle|marshal|shelve|jsonpickle|dill|yaml|ObjectInputStream|"
           r"node-serialize|unserialize|readObject",
           ("never deserialize untrusted data with pickle or unsafe YAML loaders",
            "safe loaders (`yaml.safe_load`, JSON) and schema validation",
            "integrity checks (signatures) on serialized data")),
    Domain("payments", "payments", 2, ("A04:2021", "A06:2025"),
           r"stripe|braintree|paypal|adyen|payment\w*|card_?number|\w*cvv\w*|checkout|"
           r"refund\w*|invoice\w*",
           ("amounts and prices computed server-side", "idempotency keys for charges",
            "no card data stored or logged (use the provider's tokens)",
            "verify webhook signatures")),
    Domain("personal-data", "personal data", 2, ("A01:2021", "A01:2025"),
           r"ssn|social_security\w*|date_of_birth|dob|passport_number|national_id|"
           r"phone_number|email_address|medical\w*|gdpr|pii",
           ("collect and return only the fields needed", "no personal data in logs",
            "access checks on every record", "encryption at rest for sensitive fields")),
    Domain("untrusted-input", "untrusted input", 2, ("A03:2021", "A05:2025"),
           r"request\.(?:args|form|json|values|files|cookies|headers|GET|POST|data|body|query"
           r"|params)|req\.(?:body|query|params|headers|cookies)|app\.route|\w*router\.\w+|"
           r"fastapi|flask|django\.http|express|argparse|sys\.argv",
           ("validate type, length and range of every input",
            "parameterized queries and output encoding",
            "no eval, exec or shell commands built from input")),
    Domain("network", "network access", 2, ("A10:2021", "A01:2025"),
           r"requests|httpx|aiohttp|urllib\w*|socket|axios|fetch|http\.client|urlopen|"
           r"grpc|paramiko",
           ("allow-list the hosts it may reach (SSRF)", "keep TLS verification on",
            "timeouts on every call", "no user-controlled URLs without validation")),
    Domain("files", "file system", 2, ("A01:2021", "A01:2025"),
           r"open|shutil|pathlib|os\.path|send_file|send_from_directory|tarfile|zipfile|"
           r"readFile\w*|writeFile\w*|createReadStream|extractall",
           ("confine paths to a base directory after resolving them",
            "no user-controlled file names", "safe archive extraction",
            "least-privilege file permissions")),
    Domain("data-store", "data store", 2, ("A03:2021", "A05:2025"),
           r"sqlite3|psycopg2?|pymysql|MySQLdb|sqlalchemy|pymongo|redis|mongoose|sequelize|"
           r"knex|django\.db|execute|executemany|raw_sql|cursor",
           ("parameterized queries or the ORM only, never string-built queries",
            "a least-privilege database user", "no personal data in logs")),
)
INFRASTRUCTURE = Domain(
    "infrastructure", "infrastructure as code", 3, ("A05:2021", "A02:2025"), "",
    ("least-privilege IAM and network rules (no 0.0.0.0/0, no public buckets)",
     "encryption at rest and in transit", "no secrets in manifests",
     "images and actions pinned by digest", "containers that do not run as root"))
DOMAINS_BY_ID: dict[str, Domain] = {d.id: d for d in (*DOMAINS, INFRASTRUCTURE)}

# One pass over the bytes: the word-start test comes first, so only the starts of words try
# the alternatives.
_COMBINED = re.compile(
    b"(?<![A-Za-z0-9_])(?:"
    + b"|".join(b"(?P<%s>%s)" % (d.id.replace("-", "_").encode(), d.pattern.encode())
                for d in DOMAINS)
    + b")(?![A-Za-z0-9_])",
    re.IGNORECASE)
_GROUP_TO_DOMAIN = {d.id.replace("-", "_"): d for d in DOMAINS}

_IAC_PATTERNS = ("dockerfile", "dockerfile.*", "*.dockerfile", "containerfile", "*.tf",
                 "*.tfvars", "*.hcl", "docker-compose*.yml", "docker-compose*.yaml",
                 "compose.yml", "compose.yaml", "*.bicep", "serverless.yml",
                 "cloudformation*.y*ml", "template.y*ml")
_IAC_FOLDERS = (".github/workflows", "k8s", "kubernetes", "helm", "charts", "terraform",
                "deploy", "manifests", "ansible", ".gitlab-ci")
_K8S = re.compile(rb"^apiVersion:\s*\S+", re.MULTILINE)

_SKIP_KINDS = frozenset({"comment", "line_comment", "block_comment", "string_content",
                         "string_fragment", "template_string", "heredoc_body"})
_ROLE_KINDS: dict[str, str] = {
    "import_statement": "import", "import_from_statement": "import",
    "future_import_statement": "import", "import_declaration": "import",
    "import_spec": "import", "decorator": "decorator", "annotation": "decorator",
    "marker_annotation": "decorator", "call": "call", "call_expression": "call",
    "method_invocation": "call", "new_expression": "call",
    "function_definition": "definition", "function_declaration": "definition",
    "method_definition": "definition", "method_declaration": "definition",
    "class_definition": "definition", "class_declaration": "definition",
}
_FUNCTION_KINDS = frozenset({"function_definition", "function_declaration",
                             "method_definition", "method_declaration", "arrow_function",
                             "function_expression", "function_item", "func_literal"})
_MAX_MATCHES = 5_000


@dataclass(frozen=True)
class Evidence:
    domain: str
    role: str  # import | decorator | call | definition | name | path
    start_byte: int
    end_byte: int
    text: str


@dataclass(frozen=True)
class SecurityContext:
    """One security domain a file or function handles, placed at its first evidence
    (1-based line, 1-based code-point columns, like findings)."""

    domain: str
    label: str
    tier: int
    owasp: tuple[str, str]
    prompt_must_include: tuple[str, ...]
    reason: str
    line: int
    column: int
    end_line: int
    end_column: int


def is_infrastructure(path: str, source: bytes = b"") -> bool:
    posix = PurePosixPath(path.lower())
    if any(fnmatch(posix.name, p) for p in _IAC_PATTERNS):
        return True
    text = str(posix.parent)
    if any(f"{folder}" in text.split("/") or text.endswith(folder) for folder in _IAC_FOLDERS) \
            and posix.suffix in (".yml", ".yaml", ".json", ".tf", ".hcl"):
        return True
    return posix.suffix in (".yml", ".yaml") and b"kind:" in source[:4096] \
        and _K8S.search(source[:4096]) is not None


_IMPORT_KINDS = frozenset({"import_statement", "import_from_statement",
                           "future_import_statement", "import_declaration", "import_spec"})
_STRING_KINDS = frozenset({"string", "string_literal", "interpreted_string_literal",
                           "raw_string_literal", "string_content", "string_fragment",
                           "template_string"})


def _role(node: Node) -> str | None:
    """How an identifier is used, or None when it sits in a comment or string (a module name
    in an import or `require` string counts as an import)."""
    current: Node | None = node
    depth = 0
    in_string = False
    while current is not None and depth < 8:
        kind = current.type
        if kind in _SKIP_KINDS and kind not in _STRING_KINDS:
            return None
        if kind in _STRING_KINDS:
            in_string = True
        elif kind in _IMPORT_KINDS:
            return "import"
        elif in_string:
            if kind == "call_expression":
                function = current.child_by_field_name("function")
                if function is not None and function.text == b"require":
                    return "import"
            if kind in _ROLE_KINDS or depth > 4:
                return None
        else:
            role = _ROLE_KINDS.get(kind)
            if role == "call":
                function = current.child_by_field_name("function") or \
                    current.child_by_field_name("name") or \
                    current.child_by_field_name("constructor")
                if function is not None and function.start_byte <= node.start_byte \
                        and node.end_byte <= function.end_byte:
                    return "call"
                return "name"
            if role == "definition":
                name = current.child_by_field_name("name")
                if name is not None and name.start_byte <= node.start_byte < name.end_byte:
                    return "definition"
                return "name"
            if role is not None:
                return role
        current = current.parent
        depth += 1
    return None if in_string else "name"


_TOKEN = re.compile(rb"[A-Za-z_][A-Za-z0-9_]*(?:[.\-][A-Za-z_][A-Za-z0-9_]*)*")


def evidence(path: str, source: bytes, tree: Tree | None) -> list[Evidence]:
    """Every place in the file that shows a security domain.

    Unique words are matched against the domain patterns first (a few hundred short strings),
    then only the words that matched are located in the source and placed in the tree."""
    out: list[Evidence] = []
    if is_infrastructure(path, source):
        out.append(Evidence("infrastructure", "path", 0, 0, PurePosixPath(path).name))
    if tree is None:
        return out
    domain_of: dict[bytes, str] = {}
    for token in set(_TOKEN.findall(source)):
        match = _COMBINED.search(token)
        if match is not None and match.lastgroup is not None:
            domain_of[token] = _GROUP_TO_DOMAIN[match.lastgroup].id
    if not domain_of:
        return out
    locate = re.compile(rb"(?<![A-Za-z0-9_.\-])(?:"
                        + b"|".join(re.escape(t) for t in sorted(domain_of, key=len, reverse=True))
                        + rb")(?![A-Za-z0-9_])")
    root = tree.root_node
    for count, match in enumerate(locate.finditer(source)):
        if count >= _MAX_MATCHES:
            break
        node = root.descendant_for_byte_range(match.start(), match.end())
        if node is None:
            continue
        role = _role(node)
        if role is None:
            continue
        out.append(Evidence(domain_of[match.group(0)], role, match.start(), match.end(),
                            match.group(0).decode("utf-8", "replace")))
    return out


_TOKEN_BYTES = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-")


@dataclass
class EvidenceCache:
    """What `evidence_of_groups` learnt of the texts of a file's groups, for the next version
    of the file: the domain words of each group's text, and where the domain words sit in it
    (with their roles) for one set of domain words."""

    words: dict[bytes, dict[bytes, str]] = field(default_factory=dict)
    pattern: frozenset[bytes] = frozenset()
    locate: re.Pattern[bytes] | None = None
    found: dict[bytes, list[tuple[int, int, str | None, bytes]]] = field(default_factory=dict)
    domains: dict[bytes, str | None] = field(default_factory=dict)  # of each word seen


def evidence_of_groups(path: str, source: bytes, tree: Tree,
                       groups: Sequence[tuple[int, bytes]],
                       old: EvidenceCache | None) -> tuple[list[Evidence], EvidenceCache] | None:
    """`evidence(path, source, tree)` for a text cut into `groups` ((start byte, text) of each
    top-level unit, in order) whose syntax does not depend on what surrounds them (a tree
    without errors): each group's words and matches are found once per distinct text and
    reused from `old`. None when the text between the groups could hold a word or join two
    (then call `evidence`)."""
    previous = 0
    for start, text in groups:
        if start < previous or source[previous:start].strip() or (
                start == previous and start > 0 and source[start - 1] in _TOKEN_BYTES
                and text[:1] and text[0] in _TOKEN_BYTES):
            return None
        previous = start + len(text)
    if source[previous:].strip():
        return None
    known = old.words if old is not None else {}
    domains = old.domains if old is not None and len(old.domains) < 100_000 else {}
    words: dict[bytes, dict[bytes, str]] = {}
    domain_of: dict[bytes, str] = {}
    for _, text in groups:
        found_words = words.get(text)
        if found_words is None:
            found_words = known.get(text)
        if found_words is None:
            found_words = {}
            for token in set(_TOKEN.findall(text)):
                if token in domains:
                    domain = domains[token]
                else:
                    match = _COMBINED.search(token)
                    domain = _GROUP_TO_DOMAIN[match.lastgroup].id \
                        if match is not None and match.lastgroup is not None else None
                    domains[token] = domain
                if domain is not None:
                    found_words[token] = domain
        words[text] = found_words
        domain_of.update(found_words)
    cache = EvidenceCache(words, domains=domains)
    out: list[Evidence] = []
    if is_infrastructure(path, source):
        out.append(Evidence("infrastructure", "path", 0, 0, PurePosixPath(path).name))
    if not domain_of:
        return out, cache
    pattern = frozenset(domain_of)
    if old is not None and old.pattern == pattern and old.locate is not None:
        cache.pattern, cache.locate, reuse = pattern, old.locate, old.found
    else:
        cache.pattern, reuse = pattern, {}
        cache.locate = re.compile(
            rb"(?<![A-Za-z0-9_.\-])(?:"
            + b"|".join(re.escape(t) for t in sorted(domain_of, key=len, reverse=True))
            + rb")(?![A-Za-z0-9_])")
    root = tree.root_node
    count = 0
    for start, text in groups:
        matches = cache.found.get(text)
        if matches is None:
            matches = reuse.get(text)
        if matches is None:
            matches = []
            for match in cache.locate.finditer(text):
                node = root.descendant_for_byte_range(start + match.start(),
                                                      start + match.end())
                matches.append((match.start(), match.end(),
                                None if node is None else _role(node), match.group(0)))
        cache.found[text] = matches
        for rel_start, rel_end, role, word in matches:
            if count >= _MAX_MATCHES:
                return out, cache
            count += 1
            if role is not None:
                out.append(Evidence(domain_of[word], role, start + rel_start, start + rel_end,
                                    word.decode("utf-8", "replace")))
    return out, cache


class _Positions:
    # (a few positions per file: counted where asked rather than indexing every line)
    def __init__(self, source: bytes) -> None:
        self.source = source

    def of(self, offset: int) -> tuple[int, int]:
        row = self.source.count(b"\n", 0, offset)
        prefix = self.source[self.source.rfind(b"\n", 0, offset) + 1:offset]
        return row + 1, len(prefix.decode("utf-8", "replace")) + 1


# Roles strong enough to name a domain on their own; bare names need two sightings.
_STRONG = frozenset({"import", "decorator", "call", "definition", "path"})


def contexts_from(found: list[Evidence], source: bytes) -> list[SecurityContext]:
    """One context per domain with enough evidence, highest tier first."""
    by_domain: dict[str, list[Evidence]] = {}
    for item in found:
        by_domain.setdefault(item.domain, []).append(item)
    positions: _Positions | None = None
    out: list[SecurityContext] = []
    for domain_id, items in by_domain.items():
        strong = [e for e in items if e.role in _STRONG]
        if not strong and len(items) < 2:
            continue
        first = (strong or items)[0]
        domain = DOMAINS_BY_ID[domain_id]
        if positions is None:
            positions = _Positions(source)
        line, col = positions.of(first.start_byte)
        end_line, end_col = positions.of(first.end_byte)
        roles = sorted({e.role for e in items})
        words = sorted({e.text for e in items})[:4]
        reason = (f"It {'is' if first.role == 'path' else 'uses'} "
                  f"{', '.join(f'`{w}`' for w in words)} ({', '.join(roles)}).")
        out.append(SecurityContext(domain.id, domain.label, domain.tier, domain.owasp,
                                   domain.prompt_must_include, reason, line, col, end_line,
                                   end_col))
    out.sort(key=lambda c: (-c.tier, c.line, c.domain))
    return out


def classify(path: str, source: bytes, tree: Tree | None) -> list[SecurityContext]:
    """The security domains a whole file handles."""
    return contexts_from(evidence(path, source, tree), source)


def enclosing_function(tree: Tree, byte_offset: int) -> Node | None:
    node: Node | None = tree.root_node.descendant_for_byte_range(byte_offset, byte_offset)
    while node is not None:
        if node.type in _FUNCTION_KINDS:
            return node
        node = node.parent
    return None


def classify_around(path: str, source: bytes, tree: Tree | None,
                    byte_offset: int) -> list[SecurityContext]:
    """The domains of the code around a position: its enclosing function (with the file's
    imports and path), or the whole file outside functions."""
    found = evidence(path, source, tree)
    if tree is None:
        return contexts_from(found, source)
    function = enclosing_function(tree, byte_offset)
    if function is None:
        return contexts_from(found, source)
    near = [e for e in found if e.role in ("import", "path")
            or function.start_byte <= e.start_byte < function.end_byte]
    return contexts_from(near, source)


# Domains worth an information diagnostic of their own; the others only raise the tier.
NOTABLE: frozenset[str] = frozenset({"authentication", "authorization", "cryptography",
                                     "secrets", "payments", "personal-data",
                                     "deserialization", "infrastructure"})


def tier_of(contexts: list[SecurityContext]) -> int:
    return max((c.tier for c in contexts), default=1)
