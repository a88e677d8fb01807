"""Pure predicates that decide whether a matched value is a real credential.

Where the line is drawn (see also docs/secrets.md):
- *Not a value* (always dropped): template and environment references (`${X}`, `{{ x }}`,
  `%(x)s`, `$X`, `os.environ[...]`, `process.env.X`), angle-bracket slots (`<your-key>`),
  masked or filler values (`xxxx`, `****`, one repeated character), calls and variable references
  on the right side, and values shown redacted or cut short (`[REDACTED]`, `abc...`).
- *Documentation examples* (the vendors' documented keys, `...EXAMPLE...`, any `example` in
  the value, the OAuth and HTTP RFCs' example credentials): P4 in code (the marker is only a
  claim), not reported in tests, docs, examples, comments and docstrings.
- *Fill-in slots* (`your_api_key_here`, `replace-me`, `<your-key>`): not a value, dropped.
- *Usable defaults* (`changeme`, `admin`): "possible" in code (P1/P2): a config that ships
  them still has a guessable credential; not reported in tests and docs.
- *Placeholder-looking* (`sk-proj-abc123...`, `SuperSecret123!`, `AKIA1234567890ABCDEF`,
  sequential or repeated runs, `fake`/`dummy`/`test` words): reported with a message saying it
  looks like a placeholder, at P3 in code; not reported in tests and docs.
- In tests, docs and examples (by path) and in comments and docstrings of code, only values
  that look machine-made (`looks_generated`) are reported, "unlikely" (P2/P3); see the table in
  `rules.hit_for`.
"""

from __future__ import annotations

import re
from itertools import pairwise
from pathlib import PurePosixPath

from vigilint import lazyre
from vigilint.analyzers.secrets.entropy import is_random_looking

DOC_EXAMPLES = frozenset({
    "AKIAIOSFODNN7EXAMPLE",
    "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    "AKIAI44QH8DHBEXAMPLE",
    "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
    # the examples of the standards themselves, quoted in every OAuth and HTTP library's docs:
    # RFC 6749 (OAuth 2.0: client, Basic header, tokens, code, resource owner password)
    "s6BhdRkqt3", "gX1fBat3bV", "czZCaGRSa3F0MzpnWDFmQmF0M2JW", "7Fjfp0ZBr1KtDRbnfVdmIw",
    "2YotnFZFEjr1zCsicMWpAA", "tGzv3JOkF0XG5Qx2TlKWIA", "SplxlOBeZQQYbYS6WxSbIA", "A3ddj3w",
    # RFC 6750 (bearer tokens), RFC 7009 (revocation)
    "mF_9.B5f-4.1JqM", "h480djs93hd8", "45ghiukldjahdnhzdauz",
    # RFC 5849 (OAuth 1.0: consumer keys and secrets, tokens, verifier)
    "dpf43f3p2l4k3l03", "kd94hf93k423kf44", "hh5s93j4hdidpola", "hdhd0244k9j7ao03",
    "hfdp7dh39dks9884", "nnch734d00sl2jdk", "pfkkdhi9sl3r4s00", "9djdj82h48djs9d2",
    "kkk9d7dh3k39sjv7", "j49sk3j29djd", "dh893hdasih9",
    # RFC 5849 section 3.5.1 (the Authorization header example: consumer key, token, nonce)
    "0685bd9184jfhq22", "ad180jjd733klru7", "4572616e48616d6d65724c61686176",
    # RFC 7617 / 2617 (Basic: `Aladdin:open sesame`)
    "QWxhZGRpbjpvcGVuIHNlc2FtZQ==",
})

_TEMPLATE = lazyre.compile(
    r"""\$\{[A-Za-z_][\w.]{0,100}(?:[:?+=\-][^{}]{0,200})?\}|\{\{[\w\s.|'"()\-\[\]]{1,200}\}\}
    |\{%[^%]{1,200}%\}|%\([\w.]{1,60}\)[sd]|\$\([\w\s./\-]{1,200}\)|\#\{[\w.]{1,100}\}
    |^\$[A-Za-z_][\w]{0,100}$|^%[sdr]$|%[A-Za-z_]\w{0,60}%|^@[A-Za-z_]\w{0,60}@$
    |^<[^<>]{1,100}>$|^\{[A-Za-z_][\w.]{0,60}\}$|^\[[A-Za-z_ ][\w .-]{0,60}\]$""",
    re.VERBOSE)
_ENV_LOOKUP = lazyre.compile(
    r"os\.environ|os\.getenv|getenv\(|process\.env|import\.meta\.env|System\.getenv|ENV\[|"
    r"env\(|secrets\.|vault\(|Deno\.env|config\(|settings\.|os\.Getenv|\bref\(", re.IGNORECASE)
_CODE_REFERENCE = lazyre.compile(r"^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*(?:\(.*|\[.*|<.*)?$")
_FILLER_RUN = lazyre.compile(r"([xX*#•.?_\-0])\1{4,}|([^A=])\2{6,}")
# Asks a person to fill in a value: not usable as a credential, always dropped. (`<[^<>]*>`,
# not `<[^>]*>`: the same answer, without rescanning a long run of `<` from each one.)
_INSTRUCTION = lazyre.compile(
    r"replace[_\- ]?(?:me|this|with)|your[_\- ]?(?:own[_\- ]?)?"
    r"(?:api[_\- ]?)?(?:key|token|secret|password|pass|pwd|access|client|app|private|\w{0,20}"
    r"[_\- ]here)|[_\- ]here$|^here$|insert[_\- ]|put[_\- ]your|enter[_\- ]your|placeholder|"
    r"<[^<>]*>|^todo$|^fixme$|^tbd$", re.IGNORECASE)
# Usable default passwords: reported outside docs and tests, at lower priority.
_DEFAULT_PASSWORD = lazyre.compile(r"^(?:change[_\- ]?me|changeit|change[_\- ]?this|default|"
                               r"admin|root|guest|letmein)\d{0,4}!?$", re.IGNORECASE)
_FAKE_WORDS = lazyre.compile(
    r"fake|dummy|test|sample|mock|demo|secret|passw|qwerty|letmein|admin|default|abc123|"
    r"123456|hunter2|s3cr3t|p@ss|foobar|lorem", re.IGNORECASE)
NON_VALUES = frozenset({
    "none", "null", "nil", "true", "false", "undefined", "string", "str", "text", "required",
    "optional", "password", "secret", "token", "apikey", "api_key", "key", "value", "empty",
    "notset", "not_set", "unset", "n/a", "na", "tbd", "todo", "default", "bearer", "basic",
    "hidden", "private", "public", "sensitive", "redacted", "masked", "pass", "passwd", "pwd",
    "mypassword", "yourpassword", "secretkey", "secret_key", "access_token", "refresh_token",
    "username", "user_name", "login", "email",
    # authentication methods and grant types (SSH, HTTP, OAuth): names, not values
    "publickey", "keyboard-interactive", "hostbased", "gssapi-with-mic", "digest", "ntlm",
    "negotiate", "kerberos", "oauth", "oauth2", "client_credentials", "authorization_code",
    "client_secret", "auth_token", "password123", "bool", "int", "bytes", "any", "object",
    # the word "password" in other languages: labels and translations, not values
    "passwort", "kennwort", "contrasena", "contraseña", "senha", "wachtwoord", "salasana",
    "heslo", "parola", "haslo", "hasło", "jelszo", "jelszó", "sifre", "şifre", "lösenord",
    "losenord", "adgangskode", "passord", "motdepasse", "mot_de_passe",
})
_UUID = lazyre.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_HEX_DIGEST = lazyre.compile(r"^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64}|[0-9A-F]{32}|[0-9A-F]{40}"
                         r"|[0-9A-F]{64})$")
_FILENAME = lazyre.compile(r"^[\w./~-]{1,200}\.(?:pem|key|crt|cer|json|ya?ml|txt|p12|pfx|jks|env|"
                       r"conf|cfg|ini|toml|gpg|asc|pub|der|bat|cmd|exe|sh|ps1|py|js|ts|html?|"
                       r"css|md|rst|xml|csv|log|zip|gz|tar|bin|dll|so|png|jpe?g|gif|svg)$",
                       re.IGNORECASE)
LOCK_FILES = frozenset({
    "package-lock.json", "yarn.lock", "pnpm-lock.yaml", "poetry.lock", "pipfile.lock",
    "cargo.lock", "go.sum", "composer.lock", "gemfile.lock", "uv.lock", "pdm.lock",
    "npm-shrinkwrap.json", "bun.lock", "flake.lock", "packages.lock.json", "mix.lock",
})
DOC_SUFFIXES = frozenset({".md", ".rst", ".adoc", ".txt", ".example", ".sample", ".template",
                          ".dist", ".tmpl", ".tpl"})
DOC_NAME_PARTS = ("example", "sample", "template", "readme", "changelog")


def is_template_reference(value: str) -> bool:
    """`${X}`, `{{ x }}`, `%(x)s`, `$X`, `<slot>`, `{name}` and the like."""
    return bool(_TEMPLATE.search(value))


def is_env_lookup(value: str) -> bool:
    """Reads the value from the environment or a secret store instead of hard-coding it."""
    return bool(_ENV_LOOKUP.search(value))


def is_code_reference(value: str) -> bool:
    """An unquoted identifier, attribute, call, subscript or generic type (`Record<string,
    unknown>` in a TypeScript declaration): a variable or a type, not a literal."""
    head = re.split(r"[(\[<]", value, maxsplit=1)[0]  # `auth_info[2]`: the index may be a digit
    return bool(_CODE_REFERENCE.match(value)) and not any(c.isdigit() for c in head)


def is_filler(value: str) -> bool:
    """Masked or filler values: `xxxxx`, `*****`, `00000`, one or two characters repeated."""
    stripped = value.strip()
    if len(stripped) >= 4 and len(set(stripped.lower())) <= 2:
        return True
    if _FILLER_RUN.search(stripped):
        return True
    if len(stripped) >= 10:
        most = max(stripped.count(c) for c in set(stripped))
        if most / len(stripped) >= 0.45:
            return True
    return False


_SEGMENT = lazyre.compile(r"[A-Za-z0-9]{16,}")


def has_random_segment(value: str) -> bool:
    """A random-looking run of 16+ letters and digits after the last filler run: a structured
    token (`xoxa-2-<ids>-<random>`) whose numeric ids happen to repeat a digit is not masked."""
    last_filler = max((m.end() for m in _FILLER_RUN.finditer(value)), default=0)
    # the random part comes after the repeated runs (a masked value keeps its head and hides
    # its tail: `eyJhbGciOi...xxxxxxxx` is masked)
    return any(is_random_looking(m.group()) and not _FILLER_RUN.search(m.group())
               for m in _SEGMENT.finditer(value, last_filler))


# Words of messages, prompts and help texts (`"must be at least 8 characters"`), not of
# passphrases (`"orbit maple quartz lantern"`).
_MESSAGE_WORDS = frozenset({
    "please", "enter", "type", "your", "you", "must", "should", "invalid", "incorrect", "wrong",
    "required", "the", "is", "are", "not", "does", "do", "match", "matches", "least", "most",
    "characters", "chars", "character", "too", "short", "long", "at", "for", "to", "of", "a",
    "an", "this", "that", "be", "been", "was", "were", "failed", "fail", "error", "reset",
    "forgot", "forgotten", "new", "old", "confirm", "again", "here", "click", "if", "by", "in",
    "on", "from", "it", "its", "will", "can", "cannot", "has", "have", "no", "yes", "or",
    "when", "use", "used", "using", "set", "change", "changed", "expired", "login", "user",
    "username", "email", "account", "password", "passwords", "secret", "token", "key",
})
def has_message_words(value: str) -> bool:
    """A value with spaces that holds words of messages and labels (`new password`)."""
    return bool(_MESSAGE_WORDS.intersection(value.lower().split()))


_PASSPHRASE = lazyre.compile(r"[a-z0-9][a-z0-9'\-]{1,30}(?: [a-z0-9][a-z0-9'\-]{1,30}){2,7}")


def is_passphrase(value: str) -> bool:
    """Three to eight lower-case words with no message words: a passphrase, not prose."""
    return (12 <= len(value) <= 120 and bool(_PASSPHRASE.fullmatch(value))
            and not _MESSAGE_WORDS.intersection(value.split(" ")))


def is_doc_example(value: str) -> bool:
    """Vendors' documented example keys (AWS's `...EXAMPLE` keys and the like) and the
    examples printed in the OAuth and HTTP authentication RFCs: reported at the lowest priority
    in code, not at all in tests and docs."""
    return value in DOC_EXAMPLES or "example" in value.lower()


def is_cut_short(value: str) -> bool:
    """Values shown redacted or cut short (`[Redacted]`, `abc...`): no secret is left."""
    return "redacted" in value.lower() or value.endswith(("...", "…"))


def is_instruction(value: str) -> bool:
    """`your_api_key_here`, `insert_key_here`, `replace-me`, `<your-key>`: asks a person to
    fill it in; nobody can log in with it."""
    return bool(_INSTRUCTION.search(value))


def is_default_password(value: str) -> bool:
    """`changeme`, `changeit`, `admin`: a fill-in that still works as a (guessable) password."""
    return bool(_DEFAULT_PASSWORD.match(value))


def sequential_ratio(value: str) -> float:
    """Share of neighbouring characters that count up or down by one (`abcdef`, `123456`)."""
    if len(value) < 2:
        return 0.0
    steps = sum(1 for a, b in pairwise(value) if abs(ord(b) - ord(a)) == 1)
    return steps / (len(value) - 1)


def is_repeated_unit(value: str) -> bool:
    """`abcd1234abcd1234...`: a short unit repeated."""
    n = len(value)
    if n < 12:
        return False
    for size in range(1, min(9, n // 2 + 1)):
        unit = value[:size]
        if (unit * (n // size + 1))[:n] == value:
            return True
    return False


def looks_like_placeholder(value: str) -> bool:
    """Pattern-valid but made up: sequential, repeated (also after a vendor prefix:
    `GR1348941` + `123123...`), or with `fake`/`test`/`secret` words. Still reported, at a
    lower priority (an AI placeholder in shipped code is a hard-coded credential)."""
    tail = value[len(value) // 3:]
    return (sequential_ratio(value) >= 0.6 or is_repeated_unit(value)
            or (len(tail) >= 12 and is_repeated_unit(tail))
            or bool(_FAKE_WORDS.search(value)) or _has_long_sequence(value))


def _has_long_sequence(value: str) -> bool:
    run = 1
    for a, b in pairwise(value):
        run = run + 1 if ord(b) - ord(a) == 1 else 1
        if run >= 8:
            return True
    return False


_SLUG = lazyre.compile(r"^(?:[a-z]+(?:[_\-][a-z]+)+|_{1,2}[a-z]+(?:[_\-][a-z]+)*_{0,2})$")
# sops, Ansible Vault, Vault transit, AWS KMS, `enc:`, and OpenSSL's `Salted__` header in base64
_ENCRYPTED = lazyre.compile(r"^(?:ENC\[|\$ANSIBLE_VAULT|!vault|vault:v\d|AQICAH|enc:|encrypted:|U2FsdGVkX1)")


def is_slug(value: str) -> bool:
    """`real_key`, `shorter-version`, `_auth_user_id`: lower-case words joined by `_` or `-`
    (or behind a leading underscore) name something (a variable, a setting, a session key)
    rather than being a credential."""
    return bool(_SLUG.match(value))


# `X-CSRF-Token`, `Access-Control-Allow-Credentials`: capitalised words (or a short
# abbreviation) joined by `-`, the way HTTP header and field names are written
_HEADER_NAME = lazyre.compile(r"^(?:[A-Z][a-z]{1,20}|[A-Z]{1,6})(?:-(?:[A-Z][a-z]{1,20}|[A-Z]{1,6})){1,8}$")


def is_header_name(value: str) -> bool:
    """`X-CSRF-Token`, `Proxy-Authorization`: the name of a header (a constant naming where a
    token travels), not a token."""
    return bool(_HEADER_NAME.match(value))


# `header:Authorization`, `query:token, cookie:jwt`, `header:Authorization:Bearer `: the
# token-lookup specification of JWT and key-auth middleware (gin-jwt's `TokenLookup`, echo's
# `KeyLookup`, fiber's `TokenLookup`): where a token is read from, one or more `source:name`
_LOOKUP_PART = r"(?:header|query|cookie|form|param|params|body|path|context)\s?:\s?[\w.-]{1,60}" \
               r"(?::[ \w-]{0,20})?"
_LOOKUP_SPEC = lazyre.compile(rf"^{_LOOKUP_PART}(?:\s?,\s?{_LOOKUP_PART}){{0,8}}$", re.IGNORECASE)


def is_lookup_spec(value: str) -> bool:
    """`header:Authorization`, `query:token,cookie:jwt`: where middleware looks a token up (a
    source and a name), not a token."""
    return bool(_LOOKUP_SPEC.match(value.strip()))


# `HTTP_X_VHM_ROOT`, `SESSION_SECRET_KEY`: upper-case words joined by `_`, each starting with a
# letter (a key of the WSGI/CGI environ, a setting's or an environment variable's name)
_CONSTANT_NAME = lazyre.compile(r"^[A-Z][A-Z0-9]{0,30}(?:_[A-Z][A-Z0-9]{0,30}){1,8}$")


def is_constant_name(value: str) -> bool:
    """`HTTP_X_VHM_ROOT`, `APP_SECRET_KEY`: the name of a constant, a setting, an environment
    variable or a WSGI environ key (where a secret is looked up), not a secret."""
    return bool(_CONSTANT_NAME.match(value)) and sum(c.isdigit() for c in value) <= 2


_DOTTED = lazyre.compile(r"^[A-Za-z_][\w]{0,60}(?:\.[A-Za-z_][\w]{0,60}){2,}$")
_NAMED_SLUG = lazyre.compile(r"^[a-z0-9]+(?:[_\-.][a-z0-9]+)+$")


# A character class with a quantifier (`[A-Za-z0-9._~+/-]+`, `[a-f0-9]{32}`) or a
# `str.format` field of a lower-case name (`{tchar}`, `{account}`): text that describes or
# builds tokens at run time
_PATTERN_CLASS = lazyre.compile(r"\[[^\]\n]{2,200}\](?:[+*]|\{\d{1,4}(?:,\d{0,4})?\})")
_FORMAT_FIELD = lazyre.compile(r"\{[a-z_][a-z0-9_]{2,60}(?:![rsa])?(?::[^{}\n]{0,20})?\}")


def is_pattern(value: str) -> bool:
    """`[{tchar}]+`, `^[A-Za-z0-9._~+/-]+=*$`, `sk_live_{account}`: a regular expression
    matching tokens or a template formatted into one, not a token."""
    return bool(_PATTERN_CLASS.search(value) or _FORMAT_FIELD.search(value))


# `5/m/user`, `20/m/ip,5/m/key`, `100/h`, `1/180s/key`: a rate limit (count per period, per
# what), the way django-ratelimit, allauth's RATE_LIMITS and limits libraries write them
_RATE = r"\d{1,7}/\d{0,7}(?:[smhd]|sec|min|hour|day)(?:/[a-z_]{1,20})?"
_RATE_LIMIT = lazyre.compile(rf"^{_RATE}(?:,\s?{_RATE}){{0,8}}$")


def is_rate_limit(value: str) -> bool:
    """A rate-limit specification under a name like `reset_password`, not a password."""
    return bool(_RATE_LIMIT.match(value))


def is_dotted_path(value: str) -> bool:
    """`django.contrib.auth.backends.ModelBackend`: a module or setting path (3+ parts)."""
    return bool(_DOTTED.match(value)) and sum(c.isdigit() for c in value) <= 2


def is_named_slug(value: str) -> bool:
    """`0012_alter_user_first_name_max_length`, `v2-api-gateway-01`: lower-case parts joined by
    separators, at least two of them words of 3+ letters: a name with numbers, not a key."""
    if not _NAMED_SLUG.match(value):
        return False
    parts = re.split(r"[_\-.]", value)
    if any(_RANDOM_PART.match(p) for p in parts):
        return False  # `blog-jwt-signing-4f9a2c7e1b8d`: words before a random tail: a key
    words = [p for p in parts if p.isalpha() and len(p) >= 3]
    return len(words) >= 2


# a part of 12+ letters and digits with at least four of each: generated, not a word
_RANDOM_PART = lazyre.compile(r"^(?=(?:[a-z]*\d){4})(?=(?:\d*[a-z]){4})[a-z0-9]{12,}$")


def is_encrypted(value: str) -> bool:
    """Values encrypted at rest (sops `ENC[...]`, Ansible Vault, KMS blobs, `openssl enc`
    output): not plaintext."""
    return bool(_ENCRYPTED.match(value))


_PERCENT_ESCAPE = lazyre.compile(r"%[0-9A-Fa-f]{2}")
_ALNUM_RUN = lazyre.compile(r"[A-Za-z0-9]{12,}")


def _mixed_random(value: str) -> bool:
    kinds = (any(c.islower() for c in value) + any(c.isupper() for c in value)
             + any(c.isdigit() for c in value))
    return kinds >= 2 and is_random_looking(value)


def looks_generated(value: str) -> bool:
    """Made by a machine rather than typed by a person: 12+ characters (URL escapes left out),
    or a 12+ run of letters and digits after a vendor prefix (`dop_v1_<hex>`), mixing at least
    two of lower case, upper case and digits and random-looking. A key pasted into a test is;
    `swordfish`, `wrongpassword`, `pass%20pass`, `secretalice`, and keys mashed on the
    keyboard's home row (`lsdkfj2309asdf`, see `is_keyboard_mash`) are not."""
    bare = _PERCENT_ESCAPE.sub("", value)
    if len(bare) < 12 or is_keyboard_mash(bare):
        return False
    return _mixed_random(bare) or any(_mixed_random(m.group()) for m in _ALNUM_RUN.finditer(bare))


_KEY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_HOME_ROW = frozenset(_KEY_ROWS[1])
_HOME_NOT_HEX = frozenset("ghjkls")
_NEIGHBOURS = frozenset(row[i:i + 2] for row in _KEY_ROWS for i in range(len(row) - 1)) | \
    frozenset(row[i + 1] + row[i] for row in _KEY_ROWS for i in range(len(row) - 1))


def is_keyboard_mash(value: str) -> bool:
    """Lower-case letters and digits whose letters (7 or more) are at least 80 % mashed: on the
    keyboard's home row (`asdfghjkl`) or next to the letter before or after them on one row
    (`qwe`), one of them a home-row letter that is not a hex digit. That is what a person types
    for a made-up token in a docstring or a test (`kjfch2345sdf`, `qwe089234lkjsdf`). A service's
    random lower-case key has about 44 % of its letters so placed: a 12-character one passes by
    chance about once in 100, a 20-character one once in 500, a 32-character one once in 7,000;
    a hex digest (letters a-f only) is never a mash. Only decides where a made-up value is
    dropped (tests, docs, comments, docstrings): in code the value is reported all the same."""
    if not value.isascii() or not value.isalnum() or any(c.isupper() for c in value):
        return False
    mashed = total = 0
    for i, c in enumerate(value):
        if not c.isalpha():
            continue
        total += 1
        mashed += (c in _HOME_ROW or value[i - 1:i + 1] in _NEIGHBOURS
                   or value[i:i + 2] in _NEIGHBOURS) if i else \
            (c in _HOME_ROW or value[:2] in _NEIGHBOURS)
    return total >= 7 and 5 * mashed >= 4 * total and any(c in _HOME_NOT_HEX for c in value)


def is_word_value(value: str) -> bool:
    """Letters in one case, with `-`, `_` or `.` between words, no digit, and as many vowels
    as words have (`invalidauthorization`, `authorization-secret`): words a test or a doc
    typed, not a token a service issued (those mix digits or cases in, or are random letters)."""
    letters = value.replace("-", "").replace("_", "").replace(".", "")
    if not (letters.isalpha() and letters.isascii() and (letters.islower() or letters.isupper())):
        return False
    # words are about 40 % vowels, random letters about 20 % (5 of 26)
    return sum(c in "aeiouAEIOU" for c in letters) >= 0.3 * len(letters)


def not_word_value(value: str) -> bool:
    """The structure check of header tokens: see `is_word_value`."""
    return not is_word_value(value)


_PASSWORD_HASH = lazyre.compile(
    r"^(?:\$(?:2[abxy]?|1|5|6|y|gy|7|argon2(?:id|i|d)|scrypt|pbkdf2(?:-sha\d+)?|bcrypt(?:-sha256)?"
    r"|sha1|md5)\$[^\s]{8,}|(?:pbkdf2_sha\d+|bcrypt_sha256|argon2|scrypt|sha1|md5)\$[^\s]{8,}"
    r"|\{(?:SSHA|SHA|SMD5|CRYPT|PBKDF2[\w-]*)\}[^\s]{8,})$")


def is_password_hash(value: str) -> bool:
    """A stored password hash (`$2b$12$...`, `$argon2id$v=19$...`, Django's
    `pbkdf2_sha256$...`, LDAP `{SSHA}...`): a verifier, not a credential anyone can log in with."""
    return bool(_PASSWORD_HASH.match(value))


def is_uuid(value: str) -> bool:
    return bool(_UUID.match(value))


def is_hex_digest(value: str) -> bool:
    """md5 / git SHA-1 / sha256 sized hex: usually a hash or commit id, not a key."""
    return bool(_HEX_DIGEST.match(value))


def is_filename(value: str) -> bool:
    return bool(_FILENAME.match(value))


def is_non_value(value: str) -> bool:
    low = value.strip().lower()
    return (low in NON_VALUES or not any(c.isalnum() for c in low)
            or low.startswith(("http://", "https://", "file://", "/", "./", "~/")))


def is_lock_file(path: str) -> bool:
    name = PurePosixPath(path.lower()).name
    return name in LOCK_FILES or name.endswith(".lock")


def is_doc_path(path: str) -> bool:
    """Docs and example files, where instruction placeholders are expected."""
    p = PurePosixPath(path.lower())
    return p.suffix in DOC_SUFFIXES or any(part in p.name for part in DOC_NAME_PARTS)


def password_part_ok(value: str) -> bool:
    """For `user:password` values (URLs, curl -u): the password part must be a literal."""
    password = value.rsplit(":", 1)[-1] if ":" in value and "//" not in value else value
    password = password.strip("\"'")
    if len(password) < 6 or is_non_value(password) or is_template_reference(password):
        return False
    if password.startswith(("$", "%", "{", "[", "<")) or is_filler(password):
        return False
    user = value.split(":", 1)[0] if ":" in value else ""
    return password.lower() != user.lower()
