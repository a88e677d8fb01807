"""Secrets known by their neighbours, not by a name on the same line: how a value is given.

The generic scanner (`generic.py`) finds every name that says it holds a password or secret; the
functions here say where such a name's value is when it is not `name = "value"`:

- **setter and builder calls**: `cfg.setPassword("...")`, `.password("...")`, `withSecret(...)`,
  `setApiKey(...)`, `option.WithAPIKey(...)`, `keyring.set_password(svc, user, "...")`: a method
  whose name is a set/with/use/put verb and a secret noun, or a builder method named just the
  noun (`.apiKey("...")`); the value is its last literal argument;
- **lookups with a hard-coded fallback**: `os.environ.get("TOKEN_ENC_KEY", "...")`,
  `os.getenv("X") or "..."`, `process.env.X || "..."` / `?? "..."`, Go `getEnv("X", "...")` and
  `cmp.Or(os.Getenv("X"), "...")`, Java `System.getenv().getOrDefault("X", "...")`,
  `Optional.ofNullable(System.getenv("X")).orElse("...")`, `System.getProperty("x", "...")`,
  `props.setProperty("db.password", "...")`, and `${X:default}` / `${X:-default}` (Spring
  `@Value`, `application.properties`, shell, docker-compose);
- **name/value pairs**: `- name: DATABASE_PASSWORD` with `value: "..."` on a neighbouring line
  (Kubernetes and Helm `env`, ECS/Terraform `environment`, CloudFormation `ParameterKey` /
  `ParameterValue`, Hadoop-style `<name>...</name><value>...</value>`), in either order.

`credential_calls` and `provider_pairs` find secrets with no name at all: a literal argument of a
call whose name says it takes credentials (`new UsernamePasswordCredentials("u", "...")`,
`StorageSharedKeyCredential("account", "...")`, `smtp.login(user, "...")`,
`DriverManager.getConnection(url, "sa", "...")`), and the random 40-character value within three
lines of an AWS access key id (`AwsBasicCredentials.create("AKIA...", "...")`, credential CSVs).

Every pattern is linear: bounded quantifiers and negated classes only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from vigilint import lazyre
from vigilint.analyzers.secrets.entropy import is_random_looking

FALLBACK_ADVICE = "as the fallback of a lookup; fail when the setting is missing instead of " \
                  "falling back to a value in the code, and rotate it"
PAIR_ADVICE = "in a name/value pair; reference a secret (`valueFrom`, a secret store) instead " \
              "of the value, and rotate it"
CALL_ADVICE = "passed to a call that takes credentials; load it from the environment or a " \
              "secret manager and rotate it"
SETTER_ADVICE = "passed to a setter; load it from the environment or a secret manager and " \
                "rotate it"

# A quoted literal argument: the value groups are named as in generic._TAIL (v1 double quotes,
# v2 single, v3 backticks), so that generic._value reads them.
_LIT = r"""(?:"(?P<v1>[^"\n]{1,400})"|'(?P<v2>[^'\n]{1,400})'|`(?P<v3>[^`\n]{1,400})`)"""
_ARG = r"""(?:"[^"\n]{0,400}"|'[^'\n]{0,400}'|[^()"'`\n,]{1,80}|[\w.]{1,60}\([^()\n]{0,80}\))"""

# what follows a setter's name: its arguments, the value the last literal one
_SETTER_TAIL = lazyre.compile(rf"""[ \t]{{0,3}}\([ \t]{{0,3}}(?:{_ARG}[ \t]{{0,3}},[ \t]{{0,3}}){{0,4}}
    {_LIT}[ \t]{{0,3}}(?=[,).])""", re.VERBOSE)
# what follows a looked-up name (inside its quotes, or `process.env.NAME`): a fallback literal
_FALLBACK_TAIL = lazyre.compile(rf"""["'`]?[ \t]{{0,3}}[\])]{{0,3}}[ \t]{{0,3}}
    (?:\|\||\?\?|\bor\b|\?:|\)?\.or(?:Else|Default)[ \t]{{0,3}}\(
      |[!=]==?[ \t]{{0,3}}(?:null|None|nil|undefined)[ \t]{{0,3}}\?[^:\n]{{1,160}}:)
    [ \t]{{0,3}}{_LIT}""", re.VERBOSE)
# `getenv("NAME", "default")`, `put("password", "...")`: the name is a call's first literal
_SECOND_ARG_TAIL = lazyre.compile(rf"""["'`][ \t]{{0,3}}\)?[ \t]{{0,3}},[ \t]{{0,3}}
    (?:(?:default|fallback|defaultValue|def)[ \t]{{0,3}}[=:][ \t]{{0,3}})?{_LIT}[ \t]{{0,3}}(?=[,)])""",
                             re.VERBOSE)
# `${NAME:default}`, `${NAME:-default}`
_PLACEHOLDER_DEFAULT_TAIL = lazyre.compile(r":-?(?P<v5>[^}\s\"'`$]{1,400})\}")
# the field that names the pair, just before the name (`- name: `, `"name": "`, `<name>`)
_NAME_FIELD = lazyre.compile(r"""(?:(?<![\w-])(?:name|Name|NAME|key|Key|ParameterKey|ParameterName)
    ["']?[ \t]{0,3}[:=][ \t]{0,3}["']?|<name>[ \t]{0,3})$""", re.VERBOSE)
_VALUE_FIELD = lazyre.compile(rf"""(?<![\w-])(?:value|Value|VALUE|ParameterValue)["']?[ \t]{{0,3}}[:=][ \t]{{0,3}}
    (?:{_LIT}|(?P<v5>[^\s"'`,}}\]#][^\s"'`,}}\]#]{{0,399}}))|<value>[ \t]{{0,3}}(?P<v4>[^<\n]{{1,400}}?)[ \t]{{0,3}}</value>""",
                          re.VERBOSE)
_OTHER_NAME = lazyre.compile(r"""(?<![\w-])(?:name|Name|NAME|ParameterKey)["']?[ \t]{0,3}[:=]|<name>""")
PAIR_LINES = 3  # lines around the name where its value may be

_ENV_MEMBER = lazyre.compile(r"(?<![A-Za-z])(?:env|ENV|Env|environ)\.")
_SETTER_VERBS = frozenset({"set", "with", "use", "put", "add", "apply", "update"})


def _nounish(words: list[str], nouns: frozenset[str]) -> bool:
    return bool(words) and all(w in nouns for w in words)


def setter_ok(name: str, nouns: frozenset[str]) -> bool:
    """`setPassword`, `withSecret`, `WithAPIKey`, `.password`, `.apiKey`: a set/with verb and a
    secret noun, or (after a dot) the noun alone; not `checkPassword`, `hashPassword`."""
    from vigilint.analyzers.secrets.generic import words_of

    last = name.rsplit(".", 1)[-1]
    words = words_of(last)
    if words and words[0] in _SETTER_VERBS:
        return _nounish(words[1:], nouns)
    return "." in name and _nounish(words, nouns)


def tails(text: str, key_start: int, key_end: int, nouns: frozenset[str],
          ) -> Iterator[tuple[re.Match[str], str]]:
    """Where the value of the name at `text[key_start:key_end]` is, beyond `name = value`, with
    the advice for its message."""
    before = text[key_start - 2:key_start] if key_start >= 2 else text[:key_start]
    if before == "${":
        found = _PLACEHOLDER_DEFAULT_TAIL.match(text, key_end)
        if found:
            yield found, FALLBACK_ADVICE
        return
    nxt = text[key_end:key_end + 1]
    if nxt == "(" or (nxt in " \t" and text[key_end:key_end + 4].lstrip(" \t")[:1] == "("):
        if setter_ok(text[key_start:key_end], nouns):
            found = _SETTER_TAIL.match(text, key_end)
            if found:
                yield found, SETTER_ADVICE
        return
    quoted = key_start > 0 and text[key_start - 1] in "\"'`"
    # the first character after the name's closing quote and brackets says which tail can follow
    rest = text[key_end:key_end + 8].lstrip("\"'`)] \t")[:1]
    # a fallback follows a looked-up name: a quoted key closed by its call or subscript
    # (`getenv("X") or "..."`, `env["X"] ?? "..."`) or an environment member
    # (`process.env.X || "..."`), not any name in prose (`PasswordHasher` or `x`)
    closed = text[key_end + 1:key_end + 5].lstrip(" \t")[:1] in (")", "]")
    looked_up = (quoted and closed) or \
        _ENV_MEMBER.search(text, max(0, key_start - 12), key_end) is not None
    if looked_up and rest in ("|", "?", "o", ".", "!", "=", ":"):
        found = _FALLBACK_TAIL.match(text, key_end)
        if found:
            yield found, FALLBACK_ADVICE
            return
    if quoted and rest == ",":
        # the name is a call's first literal argument: `getenv("NAME", "...")`, not a tuple's
        # (`("auth", "0001_initial")`); a bare `auth` names an app or a scheme, not a secret
        opener = text[max(0, key_start - 6):key_start - 1].rstrip(" \t")
        if text[key_start:key_end].lower() != "auth" and _lookup_call(text, key_start, opener):
            found = _SECOND_ARG_TAIL.match(text, key_end)
            if found and not _names_a_secret(found):  # not `("password1", "password2")`
                yield found, FALLBACK_ADVICE
                return
    before = text[max(0, key_start - quoted - 1):key_start - quoted]
    if before in (":", "=", ">", " ", "\t"):
        line_start = text.rfind("\n", 0, key_start) + 1
        field = _NAME_FIELD.search(text, max(line_start, key_start - 40), key_start - quoted)
        # an HTML attribute (`<input name="password">`): its neighbours are other attributes
        # and elements (`<input type="submit" value="Log In">`), not the name's value
        tag = text.rfind("<", max(0, key_start - 300), field.start()) if field else -1
        if field and not (tag != -1 and text.find(">", tag, field.start()) == -1
                          and not text.startswith("<name>", field.start())):
            found = _pair_value(text, key_start, key_end)
            if found is not None:
                yield found, PAIR_ADVICE


# a call that looks a setting up or stores one: its second argument is the value or default
_LOOKUP_WORDS = frozenset({"get", "getenv", "env", "environ", "default", "defaults", "or",
                           "else", "fetch", "property", "properties", "setting", "settings",
                           "config", "conf", "param", "option", "options", "flag", "setdefault",
                           "put", "set", "lookup", "var", "value", "string", "secret", "require",
                           "non", "null", "cfg", "viper", "props", "store", "save", "add"})
_CALLEE_BEFORE = lazyre.compile(r"([A-Za-z_$][\w$.]{0,120})[ \t]{0,3}\([ \t]{0,3}$")


def _lookup_call(text: str, key_start: int, opener: str) -> bool:
    """The quoted name is the first argument of a lookup or store call (`getenv(`,
    `environ.get(`, `getOrDefault(`, `setProperty(`, `flag.String(`), not of any call
    (`verify("password", encoded)`) nor of a tuple (`("auth", "0001_initial")`)."""
    from vigilint.analyzers.secrets.generic import words_of

    if not opener.endswith("("):
        return False
    found = _CALLEE_BEFORE.search(text, max(0, key_start - 140), key_start - 1)
    return found is not None and bool(_LOOKUP_WORDS.intersection(words_of(found.group(1))))


def lines_after(text: str, pos: int, count: int) -> int:
    """The end of the `count`-th line after the one holding `pos`."""
    end = pos
    for _ in range(count + 1):
        end = text.find("\n", end + 1)
        if end == -1:
            return len(text)
    return end


def lines_before(text: str, pos: int, count: int) -> int:
    """The start of the `count`-th line before the one holding `pos`."""
    start = pos
    for _ in range(count):
        start = text.rfind("\n", 0, max(0, start - 1)) + 1
        if start == 0:
            break
    return start


def _names_a_secret(found: re.Match[str]) -> bool:
    """The literal is itself a secret's name (`"new_password2"`): a list of names."""
    from vigilint.analyzers.secrets.generic import key_kind

    value = next(v for v in found.groups() if v is not None)
    return value.isidentifier() and key_kind(value) is not None


def _pair_value(text: str, key_start: int, key_end: int) -> re.Match[str] | None:
    """The `value:` of the pair whose `name:` holds the name: after it on the same line or on
    the next lines, else before it in the same item (`value:` first); never past another
    `name:` or, going back, past the start of a list item."""
    window_end = min(lines_after(text, key_end, PAIR_LINES), key_end + 600)
    following = _OTHER_NAME.search(text, key_end, window_end)
    found = _VALUE_FIELD.search(text, key_end, following.start() if following else window_end)
    if found:
        return found
    line_start = text.rfind("\n", 0, key_start) + 1
    # `{"value": "..", "name": ..}` (bounded: a minified line must not be searched per name)
    found = _VALUE_FIELD.search(text, max(line_start, key_start - 600), key_start)
    if found or text[line_start:key_start].lstrip(" \t")[:1] in ("-", "{"):
        return found  # the name starts its item: nothing before it belongs to the pair
    stop = line_start
    for _ in range(PAIR_LINES):
        if stop == 0:
            break
        prev_start = text.rfind("\n", 0, stop - 1) + 1
        line = text[prev_start:stop - 1]
        if _OTHER_NAME.search(line) or len(line) > 400:
            return None
        found = _VALUE_FIELD.search(text, prev_start, stop - 1)
        if found:
            return found
        if line.lstrip(" \t")[:1] in ("-", "{"):
            return None
        stop = prev_start
    return None


# -- secrets without a name ----------------------------------------------------------------
# the keywords (of the generic scanner's) that may be part of a credential call's name
CALL_KEYWORDS = frozenset({"cred", "auth", "login(", "connection("})
_PASSWORD_CALL_WORDS = frozenset({"password", "login", "logon", "signin", "basic", "connection",
                                  "userpass", "passwd", "authenticate", "auth"})
_CALL_WORDS = frozenset({"credential", "credentials", "login", "logon", "signin", "auth",
                         "basicauth", "authenticate", "connection", "connect", "authentication"})
# a callee that sets one named parameter, option or header: `(name, value)` follows
_PARAM_WORDS = frozenset({"param", "params", "parameter", "parameters", "option", "options",
                          "opt", "header", "headers", "field", "claim", "attr", "attribute",
                          "query", "arg", "setting", "property", "var"})
_PARAM_NAME = lazyre.compile(r"^[A-Za-z][\w.\-]{0,60}$")
# the rest of a callee's name after the keyword, up to its `(` (`Name(`, `Name::new(`,
# `Name.create(`), or a keyword argument given a tuple (`auth=(`); and the name's head before it
_CALL_OPEN = lazyre.compile(r"[\w$]{0,80}(?:\.(?:create|of))?[ \t]{0,3}(?:::new)?[ \t]{0,3}=?[ \t]{0,3}\(")
_IDENT_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_$."
_ARGS = lazyre.compile(rf"""[ \t\r\n]{{0,40}}(?:(?:{_LIT}|(?P<other>{_ARG}))[ \t]{{0,3}}(?:\.toCharArray\(\)|\.getBytes\(\))?[ \t\r\n]{{0,40}}(?P<sep>[,)]))""",
                   re.VERBOSE)


def call_literals(text: str, open_paren: int) -> list[tuple[str, int, bool]]:
    """The arguments of the call whose `(` is at `open_paren`: (value, start, is_literal) for
    up to 6 arguments, empty when the call is not a flat argument list."""
    out: list[tuple[str, int, bool]] = []
    pos = open_paren + 1
    for _ in range(6):
        found = _ARGS.match(text, pos)
        if found is None:
            return []
        for group in ("v1", "v2", "v3"):
            if found.group(group) is not None:
                out.append((found.group(group), found.start(group), True))
                break
        else:
            out.append((found.group("other") or "", found.start(), False))
        pos = found.end()
        if found.group("sep") == ")":
            return out
    return []


def credential_call(text: str, at: int, keyword: str,
                    seen: set[int]) -> Iterator[tuple[str, str, int]]:
    """(kind, value, start) for the last literal argument (not the first) of the call whose
    name holds `keyword` at `at`, when that name says it takes credentials:
    `new UsernamePasswordCredentials("user", "...")`, `smtp.login(u, "...")`,
    `StorageSharedKeyCredential("account", "...")`, `getConnection(url, "sa", "...")`,
    `requests.get(url, auth=("user", "..."))`. `seen` holds the calls already looked at."""
    from vigilint.analyzers.secrets.generic import key_kind, words_of

    opened = _CALL_OPEN.match(text, at + len(keyword.rstrip("(")))
    if opened is None or opened.end() - 1 in seen:
        return
    seen.add(opened.end() - 1)
    close = text.find(")", opened.end(), opened.end() + 600)
    if not any(q in text[opened.end():close if close != -1 else opened.end() + 600]
               for q in "\"'`"):
        return  # no literal argument
    before = text[max(0, at - 200):at]
    head = at - (len(before) - len(before.rstrip(_IDENT_CHARS)))
    tuple_given = "=" in text[opened.start():opened.end()]
    callee = text[head:opened.end()].rstrip("( \t=").replace("::new", "").rstrip(" \t")
    if callee.endswith((".create", ".of")):
        callee = callee.rsplit(".", 1)[0]
    words = words_of(callee.rsplit(".", 1)[-1])
    if not _CALL_WORDS.intersection(words) or (tuple_given and words[-1:] != ["auth"]
                                                and words[-1:] != ["credentials"]):
        return  # `auth=("user", "...")`, not `AUTHENTICATION_BACKENDS=(...)`
    args = call_literals(text, opened.end() - 1)
    if len(args) < 2:
        return
    kind = "password" if _PASSWORD_CALL_WORDS.intersection(words) else "secret"
    # the secret is the last literal (`login(url, "user", "...")`); the first is a user or id
    literals = [(value, vstart) for value, vstart, literal in args[1:] if literal and value]
    if not literals:
        return
    if _PARAM_WORDS.intersection(words) and args[-1][1] == literals[-1][1]:
        # `SetAuthURLParam("access_type", "online")`, `setAuthOption("display", "popup")`:
        # a call that sets a named parameter; the value is a secret only when its name says so
        # (a name held in a variable says nothing: judged as before)
        named = args[-2]
        if named[2] and _PARAM_NAME.match(named[0]):
            named_kind = key_kind(named[0])
            if named_kind is None or named_kind == "hash":
                return
            kind = named_kind
    yield kind, *literals[-1]


# AWS access key id -> the random 40-character secret near it; Alibaba LTAI id -> 30 characters
_PROVIDER_SECRETS = {
    "VG-SEC-001": ("VG-SEC-002", "AWS secret access key",
                   lazyre.compile(r"(?<![A-Za-z0-9/+=])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])")),
    "VG-SEC-011": ("VG-SEC-012", "Alibaba Cloud secret key",
                   lazyre.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9]{30}(?![A-Za-z0-9])")),
}
NEIGHBOUR_LINES = 3


def provider_pairs(text: str, ids: Iterable[tuple[str, int, int]],
                   ) -> Iterator[tuple[str, str, int, int]]:
    """(rule, title, start, end) of the secret that goes with each provider key id (rule id,
    start, end): a random-looking value of the provider's secret shape within three lines."""
    for rule, id_start, id_end in ids:
        pairing = _PROVIDER_SECRETS.get(rule)
        if pairing is None:
            continue
        secret_rule, title, shape = pairing
        start = max(lines_before(text, id_start, NEIGHBOUR_LINES), id_start - 1200)
        end = min(lines_after(text, id_end, NEIGHBOUR_LINES), id_end + 1200)
        for found in shape.finditer(text, start, end):
            value = found.group()
            if found.start() < id_end and found.end() > id_start:
                continue
            if is_random_looking(value, 0.75) and any(c.isdigit() for c in value) \
                    and not value.isupper():
                yield secret_rule, title, found.start(), found.end()
