"""Generic secrets: a literal assigned to a name that says it holds a password, secret, token
or key, in code, config, `.env`, YAML, JSON, TOML, INI/properties, XML, Dockerfiles, Terraform
and notebooks (escaped quotes). The name is split into words and judged (`db_password` yes,
`password_field`, `key_id`, `tokenizer` no); the value must be a literal, not a reference, and
pass the placeholder filters; names that do not say "password" also need an entropy floor.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from pathlib import PurePosixPath

from vigilint import lazyre
from vigilint.analyzers.secrets import filters, pairs
from vigilint.analyzers.secrets.catalog import DETECTORS
from vigilint.analyzers.secrets.entropy import is_random_looking
from vigilint.analyzers.secrets.scanner import MAX_MATCHES, SecretMatch, classify

PASSWORD_RULE = "VG-SEC-250"  # noqa: S105 -- a rule id, not a password
SECRET_RULE = "VG-SEC-251"  # noqa: S105 -- a rule id, not a secret
KEYWORDS = ("pass", "pwd", "secret", "token", "key", "cred", "auth", "pw")
# looked for after KEYWORDS, for credential calls only (`smtp.login(...)`, `getConnection(...)`)
CALL_ONLY_KEYWORDS = ("login(", "connection(")
CODE_LANGUAGES = frozenset({"python", "javascript", "typescript", "tsx", "go", "java", "hcl",
                            "source"})
# Source files of languages without a grammar here (scanned as "text"): judged as code, where
# an unquoted word on the right of `=` is a variable, not a literal.
SOURCE_SUFFIXES = frozenset({".c", ".h", ".cc", ".cpp", ".cxx", ".hpp", ".hh", ".cs", ".php",
                             ".rb", ".rs", ".kt", ".kts", ".swift", ".scala", ".m", ".mm",
                             ".dart", ".lua", ".pl", ".pm", ".groovy", ".ex", ".exs", ".erl",
                             ".vb", ".fs", ".jl", ".r", ".zig", ".nim", ".v", ".sol"})

# The name around a keyword occurrence, and what follows it: an assignment, a comparison, an
# XML element or attribute pair, a Dockerfile ENV/ARG.
_NAME_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-"
_NAME_AFTER = lazyre.compile(r"[\w.\-]{0,80}")
_TAIL = lazyre.compile(r"""
    (?:["'`]|\\["'])?\]?(?:\[\d{0,4}\])?
    (?:[ \t]{0,3}:[ \t]{0,3}[A-Za-z_][\w.\[\], |]{0,40}?[ \t]{0,3}(?==))?
    (?:[ \t]{0,32}(?P<op>:{1,3}=|=>|===|!==|==|!=|\+=|\?=|=|:|<-)[ \t]{0,3}|[ \t]{1,3}(?=["']))
    (?:[@$]|[rRbBuU]{1,2}(?=["']))?
    (?:"(?P<v1>[^"\n]{1,400})"
      |'(?P<v2>[^'\n]{1,400})'
      |`(?P<v3>[^`\n]{1,400})`
      |\\"(?P<v4>[^"\\\n]{1,400})\\"
      |(?P<v5>[^\s"'`]{1,400}))
    """, re.VERBOSE)
_REVERSED = lazyre.compile(r"""(?:"(?P<v1>[^"\n]{1,400})"|'(?P<v2>[^'\n]{1,400})')[ \t]{0,3}(?:===|!==|==|!=)[ \t]{0,3}$""")
_XML_TAIL = lazyre.compile(r">(?P<v1>[^<\n]{1,400})</")
_XML_ADD_TAIL = lazyre.compile(r"""["']\s{1,5}(?i:value)\s{0,3}=\s{0,3}["'](?P<v1>[^"'\n]{1,400})["']""")
_DOCKER_TAIL = lazyre.compile(r"[ \t]+(?P<v5>[^\s=]\S{0,400})")
_DOCKER_HEAD = lazyre.compile(r"[ \t]*(?:ENV|ARG)[ \t]+$")
_WORDS = lazyre.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")

PASSWORD_WORDS = frozenset({"password", "passwd", "pwd", "pass", "passphrase", "passcode", "pword",
                            "pw", "passw", "pswd", "passwort", "contrasena", "senha", "mdp"})
SECRET_WORDS = frozenset({"secret", "token", "apikey", "credential", "credentials", "creds",
                          "secretkey", "accesskey", "privatekey", "authkey", "apitoken",
                          "accesstoken", "authtoken", "clientsecret", "secrete"})
KEY_QUALIFIERS = frozenset({
    "api", "access", "secret", "private", "auth", "client", "app", "master", "encryption",
    "signing", "sign", "license", "service", "account", "consumer", "session", "admin", "root",
    "shared", "hmac", "jwt", "webhook", "subscription", "deploy", "ssh", "gpg", "pgp", "aes",
    "crypt", "crypto", "cipher", "decryption", "storage", "sas", "write", "read", "ingest",
    "server", "sdk", "bot", "user", "personal", "integration", "partner", "merchant", "live",
    "prod", "production", "key", "enc", "encrypt", "token",
})
NON_SECRET_SUFFIX = frozenset({
    "id", "ids", "name", "names", "file", "files", "path", "paths", "dir", "url", "uri", "type",
    "types", "field", "fields", "length", "len", "size", "prefix", "suffix", "header", "headers",
    "format", "count", "env", "var", "label", "hint", "policy", "pattern", "regex", "mode",
    "enabled", "required", "expires", "expiry", "expiration", "ttl", "timeout", "version",
    "endpoint", "host", "port", "user", "username", "email", "hash", "hashed", "digest",
    "checksum", "sha", "md5", "fingerprint", "kind", "class", "attr", "column", "param", "index",
    "idx", "list", "map", "store", "manager", "provider", "source", "method", "algorithm", "alg",
    "max", "min", "placeholder", "message", "msg", "error", "errors", "description", "title",
    "style", "color", "icon", "event", "handler", "callback", "fn", "func", "rule", "rules",
    "reset", "changed", "location", "ref", "reference", "arn", "region", "scope",
    "scopes", "duration", "lifetime", "age", "sent", "valid", "validator", "strength", "check",
    "limit", "secs", "seconds", "ms", "at", "on", "by", "in", "to", "from", "of", "is",
    "has", "should", "use", "uses", "using", "enable", "disable", "flag", "option", "options",
    "config", "settings", "setting", "input", "output", "button", "link", "text", "template",
    "cookie", "query", "parameter", "property", "attribute", "mapping", "bucket", "table",
    "db", "database", "schema", "server", "service", "client", "filename",
    "salt", "iv", "nonce", "down", "up", "press", "pressed", "code", "codes", "word",
    "bits", "bytes", "usage", "pair", "pairs", "getter", "setter", "status", "state",
    # where a value is looked up (`TokenLookup`, `key_lookup`), not the value
    "lookup", "lookups",
    # a token's claims and their names (`RESET_PASSWORD_TOKEN_AUDIENCE = "app:reset"`,
    # `token_issuer`): public labels the verifier compares, not the secret
    "audience", "aud", "issuer", "iss", "claim", "claims", "realm",
    # query lookups (`password__startswith="pbkdf2_"`): a pattern, not the value
    "startswith", "endswith", "contains", "icontains", "iexact", "exact", "isnull",
})
NOT_SECRET_WORDS = frozenset({"csrf", "xsrf", "public", "publishable", "pub", "nonce", "next",
                              "page", "pagination", "cursor", "continuation", "sort", "cancel",
                              "cancellation", "lexer", "parser", "tokenizer", "tokens", "max",
                              "num", "expected", "mock", "not", "no", "non", "without", "fake",
                              "dummy", "example", "sample",
                              "authenticity"})  # Rails' CSRF token
# `hashed_password`, `password_digest`-like names: the value is derived from a secret (a
# verifier), not one. Redaction still masks it (`maskable` takes every kind).
HASH_WORDS = frozenset({"hashed", "hash", "digest", "bcrypt", "salted"})
HASH_KIND = "hash"
# Vendors of the catalogue (`stripe_key`, `ibm_key`: a vendor's key), without the detectors
# named after a kind of thing rather than a vendor (`private`, `database`, `url`, ...)
VENDOR_WORDS = frozenset(d.name.split("-")[0] for d in DETECTORS) - frozenset({
    "age", "authorization", "crypto", "curl", "database", "defined", "jwt", "kubernetes", "new",
    "private", "url", "readme", "teams", "lob", "linear", "square", "notion", "harness",
    "prefect", "drone", "intercom", "plaid", "octopus", "postman", "microsoft", "intra42"})
# The words a setter or builder method may be made of after its verb (`setClientSecret`).
NOUNS = PASSWORD_WORDS | SECRET_WORDS | KEY_QUALIFIERS | frozenset({"api", "key", "keys"})
# Vendor words whose detector owns the names that carry them (see `Detector.owns`).
OWNED_WORDS = frozenset(word for detector in DETECTORS for word in detector.owns)
_CALL = lazyre.compile(r"[A-Za-z_$][\w.$]*\(")
_CODE_PUNCT = lazyre.compile(r"[()\[\]{}]")
# C++ `std::string secret("...")` (a declaration with a constructor argument) and
# `secret.assign("...")`: the literal is the value.
_CTOR_TAIL = lazyre.compile(r"""(?:\.assign)?\([ \t]{0,3}(?:"(?P<v1>[^"\n]{1,400})"|'(?P<v2>[^'\n]{1,400})')[ \t]{0,3}[,)]""")
_DECLARATION = lazyre.compile(r"(?<![\w.])(?!(?:return|and|or|not|if|elif|await|yield|print|new|throw|"
                          r"else|in|is|case|echo|assert|del|lambda)\b)[A-Za-z_][\w:<>]{0,60}[ \t*&]+$")
_NEXT_PARAMETER = lazyre.compile(r"&(?=[\w.\-]{1,60}=)")
_IMAGE_QUERY = lazyre.compile(r"\.(?:svg|png|gif)\?$", re.IGNORECASE)
_PROSE = lazyre.compile(r"\s\S+\s")
# `&output`, `passwordhash200`, `self->key`: a variable (digits only at the end of the name; a
# literal's digits are scattered: `${db.password:AXA9Ackbyk6KL5}`)
_VARIABLE = lazyre.compile(r"^(?:[&*][A-Za-z_$][\w$]{0,100}|[A-Za-z_$][A-Za-z_$]{0,100}\d{0,8}"
                       r"(?:(?:\.|->|::)[A-Za-z_$][\w$]{0,100}){0,20})$")
# `pkcs1_key`, `SHA256_SECRET`, `self.b64_token`: a snake_case name of one case whose words may
# end in digits (a generated value mixes cases: `Xk9_Lm3_Qz7`)
_SNAKE_VARIABLE = lazyre.compile(r"^(?:[A-Za-z_]\w{0,100}\.){0,4}(?:[a-z]{1,40}\d{0,8}(?:_{1,3}[a-z]{0,40}\d{0,8}){1,12}"
                             r"|[A-Z]{1,40}\d{0,8}(?:_{1,3}[A-Z]{0,40}\d{0,8}){1,12})$")
# `'"+password+"'`, `" . $pw . "`: the inside of a concatenation, not a literal
_CONCATENATION = lazyre.compile(r"""^["'`]\s{0,3}[+.&]|[+.&]\s{0,3}["'`]$""")
_WORDISH = lazyre.compile(r"^[A-Za-z_.\-]+$")


def words_of(name: str) -> list[str]:
    """The lower-case words of an identifier (`setApiKey` -> set, api, key), digits left out."""
    return [w.lower() for w in _WORDS.findall(name) if not w.isdigit()]


@functools.lru_cache(maxsize=8192)
def key_kind(key: str) -> str | None:
    """"password", "secret", "hash" (a value derived from one: masked, not reported) or None,
    from the words of an assignment's name."""
    parts = [p for p in key.split(".") if p]
    if not parts:
        return None
    # `app.secret.key` (properties): a one-word last part takes its neighbour's words too
    name = parts[-1] if len(parts) == 1 or len(_WORDS.findall(parts[-1])) > 1 else \
        "_".join(parts[-2:])
    words = [w.lower() for w in _WORDS.findall(name.strip("-_"))]
    words = [w for w in words if not w.isdigit()]
    if not words:
        return None
    last = words[-1]
    if last in NON_SECRET_SUFFIX or NOT_SECRET_WORDS.intersection(words):
        return None
    if OWNED_WORDS.intersection(words) and not PASSWORD_WORDS.intersection(words):
        return None  # `telegram_bot_token`: that vendor's detector decides
    tail = words[-2:]
    if HASH_WORDS.intersection(words[:-1]) and (
            PASSWORD_WORDS.intersection(tail) or SECRET_WORDS.intersection(tail)):
        return HASH_KIND  # `hashed_password`: a verifier; masked, never reported
    if any(w in PASSWORD_WORDS for w in tail):
        return "password"
    if any(w in SECRET_WORDS for w in tail):
        return "secret"
    if last == "auth":  # `user_auth`, `basic_auth`; not `auth_domain`, `auth_url`
        return "secret"
    if last in ("key", "keys") and len(words) >= 2 and (words[-2] in KEY_QUALIFIERS
                                                        or words[-2] in VENDOR_WORDS):
        return "secret"
    if last == "key" and len(words) == 1:
        return None
    if "".join(tail) in SECRET_WORDS or "".join(tail) in PASSWORD_WORDS:
        return "password" if "".join(tail) in PASSWORD_WORDS else "secret"
    return None


def _value(match: re.Match[str]) -> tuple[str, int, int, bool] | None:
    groups = match.re.groupindex
    for group in ("v1", "v2", "v3", "v4", "v5"):
        if group in groups and match.group(group) is not None:
            return match.group(group), match.start(group), match.end(group), group != "v5"
    return None


def _trim(value: str) -> str:
    """An unquoted value ends before trailing separators and unbalanced closing brackets."""
    value = value.rstrip(",;:")
    for opener, closer in ("()", "[]", "{}"):
        while value.endswith(closer) and value.count(closer) > value.count(opener):
            value = value[:-1].rstrip(",;:")
    return value


@functools.lru_cache(maxsize=4096)
def judge(kind: str, value: str, quoted: bool, language: str) -> str | None:
    """None to drop, else "real", "placeholder", "instruction" or "example"."""
    value = value.strip()
    if kind == HASH_KIND or not value or filters.is_non_value(value) \
            or filters.is_env_lookup(value):
        return None
    if filters.is_slug(value) or filters.is_encrypted(value) or filters.is_password_hash(value):
        return None
    if kind != "password" and (filters.is_header_name(value) or filters.is_constant_name(value)
                               or filters.is_lookup_spec(value)):
        return None  # `HeaderXCSRFToken = "X-CSRF-Token"`, `VH_ROOT_KEY = "HTTP_X_VHM_ROOT"`,
        # `TokenLookup = "header:Authorization"`: where a token goes or is looked up, not one
    if quoted and _CONCATENATION.search(value):
        return None
    if not quoted:
        if value[0] in "{$[(<%" or _CALL.match(value):
            return None
        if filters.is_code_reference(value) and (language in CODE_LANGUAGES or "." in value):
            return None
        if language in CODE_LANGUAGES and (
                _VARIABLE.match(value) or _SNAKE_VARIABLE.match(value)
                or (value.isdigit() and len(value) <= 10)):
            return None  # a variable, or a number (`"password": 864000`, an expiry in seconds)
        if key_kind(value) is not None:  # `password1 != password2`: another secret's name
            return None
        if language in CODE_LANGUAGES and _CODE_PUNCT.search(value):
            return None  # `session_key).exists()`: an expression
    if " " in value and (filters.has_message_words(value) or value[-1] in ".!?:"):
        return None  # `"new password"`, `"Forbidden value."`: a label or a message
    if filters.is_dotted_path(value):
        return None  # `"django.contrib.auth.backends.ModelBackend"`: a module path
    if filters.is_rate_limit(value):
        return None  # `"reset_password": "20/m/ip,5/m/key"`: how often the view may be used
    if filters.is_pattern(value):
        return None  # `_TOKEN = r"[{tchar}]+"`: a regular expression or a format template
    if value[0] in "<" or (" " in value and (kind != "password" or value.count(" ") >= 2
                                             or " =" in value)
                           and not (kind == "password" and quoted
                                    and filters.is_passphrase(value))):
        return None
    if filters.is_filename(value):
        return None
    verdict = classify(value)
    if verdict == "drop":
        return None
    if kind == "password":
        if len(value) < 6:
            return None
    else:
        if len(value) < 8 or (len(value) < 12 and _WORDISH.match(value)):
            return None  # a short value of letters alone is a word (`messages`, `make.bat`)
        if verdict is None and not (is_random_looking(value, 0.85) or _mixed(value)):
            return None
        if filters.is_hex_digest(value) and not is_random_looking(value, 0.9):
            return None
        if filters.is_named_slug(value):
            return None  # `0012_alter_user_first_name_max_length`: a migration, a name
    return verdict or "real"


def maskable(kind: str, value: str, quoted: bool, language: str) -> str | None:
    """"real" for any literal under a secret name that redaction must hide, whether or not it
    looks like a credential (`password = "abc"`); None for references, templates, empty and
    marker values (`None`, `true`, `${X}`, `os.environ[...]`, `get_password()`) and prose."""
    value = value.strip()
    if len(value) < 3 or "****" in value or value.lower() in filters.NON_VALUES:
        return None
    if filters.is_env_lookup(value) or filters.is_template_reference(value):
        return None
    if not quoted and (value[0] in "{$[(<%" or _CALL.match(value)
                       or (filters.is_code_reference(value)
                           and (language in CODE_LANGUAGES or "." in value))):
        return None
    if " " in value and not filters.is_passphrase(value.lower()):
        return None
    return "real"


def _mixed(value: str) -> bool:
    return (len(value) >= 12 and any(c.isupper() for c in value)
            and any(c.islower() for c in value) and any(c.isdigit() for c in value))


def _inside_string(text: str, line_start: int, key_start: int) -> bool:
    """The name sits inside a string literal (an odd number of quotes before it on the line,
    counted over at most 400 characters)."""
    start = max(line_start, key_start - 400)
    return text.count('"', start, key_start) % 2 == 1 or text.count("'", start, key_start) % 2 == 1


def _tails(text: str, key_start: int, key_end: int, language: str,
           ) -> Iterator[tuple[re.Match[str], str | None]]:
    """What follows (or, for a comparison, precedes) the name: each way a value is given, with
    the advice for the message when it is not the plain one."""
    line_start = text.rfind("\n", 0, key_start) + 1
    before = text[key_start - 1] if key_start > 0 else ""
    if before == "<":
        found = _XML_TAIL.match(text, key_end)
        if found:
            yield found, None
            return
    if before in "\"'" and text[max(0, key_start - 6):key_start - 1].lower().rstrip().endswith(
            ("key=", "key =")):
        found = _XML_ADD_TAIL.match(text, key_end)
        if found:
            yield found, None
            return
    if language == "dockerfile" and _DOCKER_HEAD.match(text, line_start, key_start):
        found = _DOCKER_TAIL.match(text, key_end)
        if found:
            yield found, None
            return
    if before == "{" and text[key_start - 2:key_start] == "${":  # `${NAME:default}`
        yield from pairs.tails(text, key_start, key_end, NOUNS)
        return
    found = _TAIL.match(text, key_end)
    if found and found.group("op") is None and _inside_string(text, line_start, key_start):
        return  # `"Unknown token "+x`: the last word of a message, then another string
    if found:
        yield found, None
        return
    if text.startswith(".assign(", key_end) or (
            text.startswith("(", key_end)
            and _DECLARATION.search(text, max(line_start, key_start - 120), key_start)):
        found = _CTOR_TAIL.match(text, key_end)
        if found:
            yield found, None
            return
    # `"value" == name`: look back from the name for a comparison and a quoted literal
    before = text[max(line_start, key_start - 420):key_start].rstrip(" \t")
    if before.endswith(("==", "!=")):
        before = before.rstrip("=!").rstrip(" \t")
        quote = before[-1:] if before[-1:] in ("\"", "'") else ""
        opening = before.rfind(quote, 0, len(before) - 1) if quote else -1
        if opening != -1:
            back = _REVERSED.match(text, key_start - len(text[max(line_start, key_start - 420):
                                                              key_start]) + opening, key_start)
            if back:
                yield back, None
                return
    yield from pairs.tails(text, key_start, key_end, NOUNS)


Verdict = Callable[[str, str, bool, str], "str | None"]


def scan_generic(text: str, low: str, path: str, language: str,
                 verdict: Verdict | None = None) -> Iterator[SecretMatch]:
    """Literals given to secret-named names; `verdict` (default `judge`) decides each value
    (`maskable` for redaction: every literal under a secret name, credential-like or not)."""
    if filters.is_lock_file(path):
        return
    if language == "text" and PurePosixPath(path.lower()).suffix in SOURCE_SUFFIXES:
        language = "source"
    seen: set[int] = set()
    calls: set[int] = set()
    budget = 5 * MAX_MATCHES + len(text) // 200  # names looked at, over all keywords
    reported = 0
    decide = verdict or judge
    for keyword in (*KEYWORDS, *CALL_ONLY_KEYWORDS):
        pos = low.find(keyword)
        while pos != -1 and budget > 0:
            budget -= 1
            if keyword in pairs.CALL_KEYWORDS:
                for call_kind, value, vstart in pairs.credential_call(text, pos, keyword, calls):
                    found = named_match(call_kind, value, vstart, True, language,
                                        pairs.CALL_ADVICE, decide)
                    if found is not None:
                        reported += 1
                        yield found
            if keyword in CALL_ONLY_KEYWORDS:
                pos = low.find(keyword, pos + len(keyword))
                continue
            before = text[max(0, pos - 80):pos]
            key_start = pos - (len(before) - len(before.rstrip(_NAME_CHARS)))
            key_end = _NAME_AFTER.match(text, pos).end()  # type: ignore[union-attr]
            if text.startswith(".assign(", key_end - 7):  # C++ `secret.assign("...")`
                key_end -= 7
            next_pos = low.find(keyword, max(key_end, pos + 1))
            if key_start in seen:
                pos = next_pos
                continue
            seen.add(key_start)
            kind = key_kind(text[key_start:key_end])
            if kind is not None:
                for match in _judged(text, key_start, key_end, kind, language, decide):
                    reported += 1
                    yield match
            if reported >= MAX_MATCHES:
                return
            pos = next_pos


def _judged(text: str, key_start: int, key_end: int, kind: str,
            language: str, verdict: Verdict) -> Iterator[SecretMatch]:
    line_start = text.rfind("\n", 0, key_start) + 1
    if "ENC[" in text[line_start:key_start]:  # a field inside a sops-encrypted value
        return
    if _IMAGE_QUERY.search(text, max(line_start, key_start - 8), key_start):
        return  # `badge.svg?token=`: a read-only token made to be embedded in a README
    for match, advice in _tails(text, key_start, key_end, language):
        got = _value(match)
        if got is None:
            continue
        value, vstart, _vend, quoted = got
        if not quoted:
            if value.endswith(";") and _CODE_PUNCT.search(value):
                continue  # `passwd = make(key[0]);`: a C-style statement, an expression
            value = _trim(value)
            if language in CODE_LANGUAGES:
                value = value.split(",", 1)[0]  # `passwd=db_password,db=db_name`: one argument
            if text[key_start - 1:key_start] in ("?", "&"):
                value = value.split("&", 1)[0]  # a query parameter ends at the next one
            else:
                value = _NEXT_PARAMETER.split(value, maxsplit=1)[0]
        found = named_match(kind, value, vstart, quoted, language, advice, verdict)
        if found is not None:
            yield found


# `"example": {`, `examples=[`, `json_schema_extra = {`: a key or keyword naming an
# example (an OpenAPI response example, a schema's example payload) opening the block
_EXAMPLE_OPENER = lazyre.compile(r"""["']?([A-Za-z_][\w-]{0,60})["']?[ \t]{0,3}[:=][ \t]{0,3}$""")
_EXAMPLE_WORDS = frozenset({"example", "examples"})
_BRACKETS = {"}": "{", "]": "[", ")": "("}


def in_example_block(text: str, pos: int, reach: int = 3000) -> bool:
    """The text at `pos` sits inside a dict, list or call given to an example key (`"example":
    {...}` of an OpenAPI response, `json_schema_extra={"examples": [...]}`): a value shown to
    readers of the API's documentation, not one the code uses. Brackets are counted back over
    at most `reach` characters (quotes not parsed: a bracket in a string may end the search
    early, never start a block)."""
    depth = 0
    openers = 0
    start = max(0, pos - reach)
    i = pos - 1
    while i >= start and openers < 6:
        ch = text[i]
        if ch in _BRACKETS:
            depth += 1
        elif ch in "{[(":
            if depth:
                depth -= 1
            else:
                openers += 1
                line_start = text.rfind("\n", 0, i) + 1
                head = _EXAMPLE_OPENER.search(text, line_start, i)
                if head is not None and set(words_of(head.group(1))) & _EXAMPLE_WORDS:
                    return True
        i -= 1
    return False


def named_match(kind: str, value: str, vstart: int, quoted: bool, language: str,
                advice: str | None = None, decide: Verdict | None = None) -> SecretMatch | None:
    """The finding for `value` (at offset `vstart`) given as a `kind` ("password" or
    "secret"), or None when the value is not a credential."""
    verdict = (decide or judge)(kind, value, quoted, language)
    if verdict is None:
        return None
    stripped = value.strip()
    offset = value.find(stripped)
    rule = PASSWORD_RULE if kind == "password" else SECRET_RULE
    return SecretMatch(rule, "password" if kind == "password" else "secret",
                       vstart + offset, vstart + offset + len(stripped), stripped,
                       confidence="medium" if verdict == "real" else "low",
                       placeholder=verdict == "placeholder",
                       instruction=verdict == "instruction", example=verdict == "example",
                       advice=advice)
