"""Token checks written by hand that let a forged token through (CWE-347), language-neutral.

A signed token (`header.payload.signature`) proves who the caller is only once its signature is
checked with the server's key, for the one algorithm the server signs with (RFC 7515 §5.2,
RFC 8725 §3.1-3.2). What a hand-written check gets wrong, each found in one function:
- `alg: none` accepted: the token's own header says `none` and a branch then returns the
  payload or success instead of rejecting it (`if header["alg"] == "none": return payload`);
- no signature check at all: the token is split at its dots, a part base64-decoded and parsed
  as JSON, and the claims returned or an identity claim (`sub`, `owner_id`, `role`) read, with
  no signature computed or verified in the function (browser code, which only displays what the
  server sent, is left alone);
- the verdict dropped: golang-jwt `token, _ := jwt.Parse(...)` (the claims are filled in even
  when the signature fails) and a jsonwebtoken `verify` callback that never looks at its error.
Library decoders that skip the signature by name or option are the identity analysis's
(`identity.py`); a library verify with `none` among its algorithms is the crypto rules'.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from tree_sitter import Node

from vigilint import lazyre
from vigilint.analyzers.access.syntax import functions
from vigilint.analyzers.access.vocabulary import TOKEN_HOUSEKEEPING
from vigilint.analyzers.context import FileContext

# `token.split(".")`, Java `split("\\.")`, `split(/\./)`, Go `strings.Split(raw, ".")`
_SPLIT_DOT = lazyre.compile(r"""\b[Ss]plit(?:N)?\s*\(\s*(?:[^(),]+,\s*)?(?:(["'])(?:\\\\)?\.\1|/\\\./|"""
                            r"""[\w.]*(?:PERIOD|DOT|SEPARATOR|DELIMITER)\w*)""")
_BASE64 = lazyre.compile(r"(?i)(b64decode|base64url|base64\.(?:Raw)?(?:URL|Std)Encoding|atob\s*\(|"
                         r"get(?:Url|Mime)?Decoder\s*\(|Base64\.decode|Base64Utils|"
                         r"Buffer\.from\s*\([^)]*base64|base64\.decode)")
_JSON = lazyre.compile(r"\b(json\.loads|JSON\.parse|readTree|readValue|json\.Unmarshal|fromJson|"
                       r"parseObject|new\s+JSONObject|JsonParser\.parse\w*)\s*[(<]")
# any call that computes or checks a signature (or one the function delegates to)
_SIGNATURE_FIXED = lazyre.compile(r"(\b[Mm]ac\b|compare_digest|timingSafeEqual|"
                                  r"MessageDigest\.isEqual|ConstantTimeCompare|\.subtle\.)")
# a called name (each word tried once: linear on any input)
_CALLED_WORD = lazyre.compile(r"(?<!\w)\w+(?=\s*[(<])")
_SIGNATURE_WORD = lazyre.compile(r"((?<![A-Za-z])(verif|sign|hmac)|Verif|VERIF|Sign|SIGN|Hmac|HMAC)")


class _Signature:
    """`_SIGNATURE.search(text)`: a call that computes or checks a signature."""

    @staticmethod
    def search(text: str) -> bool:
        if _SIGNATURE_FIXED.search(text):
            return True
        return any(_SIGNATURE_WORD.search(m.group(0)) for m in _CALLED_WORD.finditer(text))


_SIGNATURE = _Signature()
# code that runs in a browser only shows what the server sent
_BROWSER = lazyre.compile(r"\b(localStorage|sessionStorage|window\.|document\.|useState|useEffect|"
                          r"from\s+['\"](react|vue|svelte)|@angular/)")
_NONE = lazyre.compile(r"""(["'])none\1""", re.IGNORECASE)
# a branch that refuses: raises, throws, aborts or returns a failure
_REFUSES = lazyre.compile(r"(?i)(\braise\b|\bthrow\b|\babort\s*\(|\breturn\s*(None|null|nil|false|"
                          r"False|undefined|\"\"|''|;|\n|\}|-1|\w*err\w*|[\w.]*(Unauthori[sz]ed|"
                          r"Forbidden|Invalid|Error)\w*)|http\.Error|status\(\s*40[13]|"
                          r"sendError|reject\s*\(|\bdeny|\bfail)")
_KEY = lazyre.compile(r"""(?:\[\s*["'](\w+)["']\s*\]|\.(?:get|path|getString|getAsString|get\w*Claim)\s*"""
                      r"""\(\s*["'](\w+)["']|\.(\w+)\b)""")
_BOUND = lazyre.compile(r"(?<!\w)(\w+)(?:\s*:\s*[\w<>\[\]|.]{1,60})?\s*:?=(?!=)\s*")
_RETURN = lazyre.compile(r"\breturn\b([^\n;]*)")
# the token's own header read for its algorithm or its key (`jwk`, `jku`, `x5u`)
_ALG_KEY = lazyre.compile(r"""(?:["']alg["']|\bALG|ALGORITHM_KEY)""")
_KEY_HEADER = lazyre.compile(r"""(?:["'](?:jwk|jku|x5u)["']|\b\w*(?:JSON_WEB_KEY|JWK_HEADER|JKU)\w*)""")
_KEY_FROM = lazyre.compile(r"\b(RSAKey|ECKey|OctetKeyPair|JWK|PyJWK|RSAAlgorithm|ECAlgorithm)\s*"
                           r"\.\s*(parse|from_jwk|from_dict)\s*\(|\bimportJWK\s*\(|"
                           r"\bcreatePublicKey\s*\(|\bjwk\.(?:ParseKey|JWK)\s*\(")
# golang-jwt: `token, _ := jwt.Parse(raw, keyFunc)` (the error dropped)
_GO_DROPPED = lazyre.compile(r"(?<!\w)(\w+)\s*,\s*_\s*:?=\s*(?:[\w.()]{0,80}\.)?Parse(?:WithClaims)?\s*\(")
# jsonwebtoken: `jwt.verify(token, key, (err, decoded) => { ... })`
_JS_CALLBACK = lazyre.compile(r"\.verify\s*\([^;]{0,300}?(?:\(\s*(\w+)\s*,\s*(\w+)\s*\)\s*=>|"
                              r"function\s*\w*\s*\(\s*(\w+)\s*,\s*(\w+)\s*\))")


@dataclass(frozen=True)
class TokenFlaw:
    start: int  # byte range of the place reported
    end: int
    kind: str  # "none-accepted", "no-signature", "error-dropped", "unverified-helper", ...
    function: str
    origin: int = -1  # an unverified helper's start (the caller's finding names it)


def _byte(ctx: FileContext, node: Node, text: str, offset: int) -> int:
    return node.start_byte + (offset if ctx.is_ascii else len(text[:offset].encode("utf-8")))


def _name(ctx: FileContext, fn: Node) -> str:
    name = fn.child_by_field_name("name")
    if name is not None:
        return ctx.node_text(name)
    parent = fn.parent
    if parent is not None and parent.type in ("variable_declarator", "pair", "assignment"):
        target = parent.child_by_field_name("name") or parent.child_by_field_name("key") or \
            parent.child_by_field_name("left")
        return ctx.node_text(target) if target is not None else ""
    return ""


def _decoders(ctx: FileContext, fns: list[Node]) -> tuple[set[str], set[str]]:
    """Local helpers that base64-decode a part (first) or decode and parse it (second)."""
    b64: set[str] = set()
    parse: set[str] = set()
    for fn in fns:
        name = _name(ctx, fn)
        if not name:
            continue
        text = ctx.node_text(fn)
        if _BASE64.search(text):
            b64.add(name)
            if _JSON.search(text):
                parse.add(name)
    return b64, parse


def _calls(text: str, names: set[str]) -> bool:
    return any(re.search(rf"(?<![\w.]){re.escape(n)}\s*[(<]", text) for n in names)


def _branch(ctx: FileContext, literal: Node) -> Node | None:
    """The branch a condition holding `literal` leads to (`if`, `?:`)."""
    cur: Node | None = literal
    while cur is not None and cur.type not in ("if_statement", "ternary_expression",
                                               "conditional_expression", "function_definition",
                                               "method_declaration", "function_declaration"):
        cur = cur.parent
    if cur is None or cur.type not in ("if_statement", "ternary_expression",
                                       "conditional_expression"):
        return None
    condition = cur.child_by_field_name("condition")
    if condition is None or not (condition.start_byte <= literal.start_byte < condition.end_byte):
        return None
    return cur.child_by_field_name("consequence") or cur.child_by_field_name("body")


# a constant named for the `none` algorithm (`NONE_ALGORITHM`, `ALG_NONE`)
_NONE_CONSTANT = lazyre.compile(r"(?i)^(\w+\.)*(none_?alg\w*|alg\w*_none)$")


def _none_accepted(ctx: FileContext, fn: Node, text: str) -> Iterator[Node]:
    if "alg" not in text.lower():
        return
    for node in ctx.walk(fn):
        if node.type in ("string", "string_literal", "interpreted_string_literal",
                         "raw_string_literal"):
            if not _NONE.fullmatch(ctx.node_text(node)):
                continue
        elif node.type in ("field_access", "identifier", "member_expression", "attribute",
                           "selector_expression"):
            if not _NONE_CONSTANT.match(ctx.node_text(node)):
                continue
        else:
            continue
        branch = _branch(ctx, node)
        if branch is None:
            continue
        body = ctx.node_text(branch)
        if "return" in body and not _REFUSES.search(body):
            yield node


# a condition that the token has no signature part or is empty
_EMPTY_TEST = lazyre.compile(r"(?i)(\.length\s*(===?|<=?)\s*[0-2]\b|\blen\s*\(\s*\w+\s*\)\s*(==|<=?)\s*"
                             r"[0-2]\b|\.isEmpty\s*\(\s*\)|\.isBlank\s*\(\s*\)|"
                             r"(?:\bnot\s+|!\s*)(?<!\w)\w{0,30}sig\w{0,30}\b|"
                             r"(?<!\w)\w{0,30}sig\w{0,30}\s*===?\s*(\"\"|''|null|None|nil))")
# a branch that hands back an error object or exception (`return done(new TokenError(...))`)
_FAILURE_WORD = lazyre.compile(r"(?i)(error|exception|invalid|unauthori[sz]ed|forbidden|denied|"
                               r"reject|fail)")
_SUCCESS = lazyre.compile(r"\breturn\s+(?!(null|None|nil|false|False|undefined|-1|\"\"|'')\b)[\w(\[{]")


def _empty_accepted(ctx: FileContext, fn: Node) -> Iterator[Node]:
    for node in ctx.walk(fn):
        if node.type != "if_statement":
            continue
        condition = node.child_by_field_name("condition")
        consequence = node.child_by_field_name("consequence")
        if condition is None or consequence is None:
            continue
        if not _EMPTY_TEST.search(ctx.node_text(condition)):
            continue
        body = ctx.node_text(consequence)
        if _SUCCESS.search(body) and not _REFUSES.search(body) and not _FAILURE_WORD.search(body):
            yield condition


# library calls that decode a token without checking its signature
_DECODE_ONLY = lazyre.compile(
    r"\bJWT\.decode\s*\(|\bjwt\.decode\s*\(\s*[\w.\[\]'\"]+\s*\)|\bjwtDecode\s*\(|"
    r"\bjwt_decode\s*\(|\bdecodeJwt\s*\(|get_unverified_claims|verify_signature[\"']?\s*:\s*False|"
    r"\bverify\s*=\s*False|ParseUnverified|parseClaimsJwt|parseUnsecured|"
    r"UnsafeClaimsWithoutVerification|\.decode\s*\([^()]*,\s*true\s*\)")


def _unverified_helpers(ctx: FileContext, fns: list[Node],
                        flawed: set[str]) -> dict[str, Node]:
    """Functions of the file that return what an unverified decode gave them (a summary)."""
    out: dict[str, Node] = {}
    for fn in fns:
        name = _name(ctx, fn)
        if not name or len(name) < 3:
            continue
        body = ctx.node_text(fn.child_by_field_name("body") or fn)
        if name in flawed:
            out[name] = fn
            continue
        decode = _DECODE_ONLY.search(body)
        if decode is None or _SIGNATURE.search(_DECODE_ONLY.sub("", body)):
            continue
        line_start = body.rfind("\n", 0, decode.start()) + 1
        bound = _BOUND.search(body[line_start:decode.start()])
        returned = [m.group(1) for m in _RETURN.finditer(body)]
        if any(_DECODE_ONLY.search(r) or (bound is not None and re.search(
                rf"\b{re.escape(bound.group(1))}\b", r)) for r in returned):
            out[name] = fn
    return out


def _caller_decides(ctx: FileContext, fns: list[Node], helpers: dict[str, Node],
                    ) -> Iterator[tuple[Node, str, int]]:
    """Calls of an unverified helper whose result decides a condition in a function that
    verifies nothing: the caller's identity is whatever the client wrote."""
    if not helpers:
        return
    call_name = re.compile(r"(?<![\w])(" + "|".join(map(re.escape, helpers)) + r")\s*\(")
    for fn in fns:
        if fn in helpers.values() or any(h.start_byte <= fn.start_byte < h.end_byte
                                         for h in helpers.values()):
            continue
        body_node = fn.child_by_field_name("body")
        if body_node is None:
            continue
        body = ctx.node_text(body_node)
        if _SIGNATURE.search(call_name.sub("", body)):
            continue
        for match in call_name.finditer(body):
            line_start = body.rfind("\n", 0, match.start()) + 1
            bound = _BOUND.search(body[line_start:match.start()])
            if bound is None:
                continue
            name = bound.group(1)
            rest = body[match.end():]
            if re.search(rf"(\bif\b|\bequals\w*\s*\(|===?|!==?)[^\n]*\b{re.escape(name)}\b|"
                         rf"\b{re.escape(name)}\b\s*(===?|!==?|\.equals)", rest):
                yield body_node, match.group(1), match.start()
                break


def _claim_keys(text: str) -> list[str]:
    """Claims read in `text`: quoted keys, and the usual claim names read as attributes (a plain
    attribute such as `header.alg` or `parts.length` is no claim)."""
    keys = []
    for match in _KEY.finditer(text):
        key = next(g for g in match.groups() if g)
        if match.group(3) and key not in _CLAIM_ATTRIBUTES:
            continue
        keys.append(key)
    return keys


_CLAIM_ATTRIBUTES = frozenset({"sub", "userId", "user_id", "uid", "role", "roles", "owner",
                               "ownerId", "owner_id", "isAdmin", "is_admin", "username", "email",
                               "scope", "tenant", "tenantId", "exp", "iat", "nbf", "iss", "aud"})


def _identity(keys: list[str]) -> bool:
    """Any claim but the token's housekeeping is something the caller is trusted for."""
    return any(key.lower() not in TOKEN_HOUSEKEEPING for key in keys)


def _claims_used(text: str, parsed: set[str], helpers: set[str]) -> bool:
    """The decoded payload is returned whole or an identity claim of it is read."""
    for match in _RETURN.finditer(text):
        value = match.group(1).strip()
        if _JSON.search(value) or _calls(value, set(helpers)) or any(re.search(rf"(?<![\w.]){re.escape(p)}\b", value)
                                      for p in parsed):
            keys = _claim_keys(value)
            if not keys or _identity(keys):
                return True
    return _identity(_claim_keys(text))


def _no_signature(ctx: FileContext, fn: Node, text: str, b64: set[str],
                  parse: set[str]) -> int | None:
    """Offset of the payload's parse in a function that never checks a signature."""
    body = fn.child_by_field_name("body")
    if not _SPLIT_DOT.search(text) or _SIGNATURE.search(ctx.node_text(body or fn)):
        return None
    if not (_BASE64.search(text) or _calls(text, b64)):
        return None
    parsed = _JSON.search(text) or next(
        (m for n in sorted(parse) for m in [re.search(rf"(?<![\w.]){re.escape(n)}\s*[(<]", text)]
         if m), None)
    if parsed is None:
        return None
    names = set()
    for m in _BOUND.finditer(text):
        line_end = text.find("\n", m.end())
        rest = text[m.end():line_end if line_end >= 0 else len(text)]
        if _JSON.search(rest) or _calls(rest, parse):
            names.add(m.group(1))
    if not _claims_used(text, names, parse):
        return None
    return parsed.start()


def _header_choices(text: str) -> Iterator[tuple[str, int]]:
    """The token's header picks its own algorithm (passed on to the verifying call) or its own
    verification key (a `jwk` header parsed into the key)."""
    if not _SPLIT_DOT.search(text) and "header" not in text.lower():
        return
    offset = 0
    for line in text.split("\n"):
        start, offset = offset, offset + len(line) + 1
        key_at = _ALG_KEY.search(line)
        bound = _BOUND.search(line) if key_at is not None else None
        if key_at is None or bound is None or bound.start() > key_at.start():
            continue
        name = bound.group(1)
        if name.lower() in ("header", "headers", "token", "jwt"):
            continue
        call = re.search(rf"(?:(?<![A-Za-z])(?:valid|verif)|Valid|Verif)\w{{0,60}}\s*\("
                         rf"[^;\n]{{0,200}}\b{re.escape(name)}\b", text[start + bound.end():])
        if call is not None:
            yield "algorithm-from-token", start + bound.end() + call.start()
            return
    key = _KEY_HEADER.search(text)
    if key is not None:
        made = _KEY_FROM.search(text, key.start() - 200 if key.start() > 200 else 0)
        if made is not None:
            yield "key-from-token", made.start()


def _only_after_verification(ctx: FileContext, fns: list[Node], fn: Node, name: str) -> bool:
    """Every caller of the file that calls `name` verifies a signature first (a helper that
    reads the payload of a token its callers have verified)."""
    if not name:
        return False
    call = re.compile(rf"(?<![\w]){re.escape(name)}\s*\(")
    callers = [c for c in fns if c is not fn and not (fn.start_byte <= c.start_byte < fn.end_byte)
               and call.search(ctx.node_text(c.child_by_field_name("body") or c))]
    innermost = [c for c in callers if not any(
        o is not c and c.start_byte <= o.start_byte < c.end_byte for o in callers)]
    if not innermost:
        return False
    # the file's own verifiers: functions that compute or check a signature
    verifiers = {n for n in (_name(ctx, f) for f in fns if f is not fn and _SIGNATURE.search(
        ctx.node_text(f.child_by_field_name("body") or f))) if n}
    for caller in innermost:
        body = ctx.node_text(caller.child_by_field_name("body") or caller)
        first = call.search(body)
        before = body[:first.start()] if first is not None else ""
        if first is None or not (_SIGNATURE.search(before) or _calls(before, verifiers)):
            return False
    return True


def token_flaws(ctx: FileContext) -> list[TokenFlaw]:
    found: list[TokenFlaw] | None = ctx.cache.get("access.tokens")
    if found is not None:
        return found
    out: list[TokenFlaw] = []
    if ctx.tree is None:
        ctx.cache["access.tokens"] = out
        return out
    browser = ctx.language in ("javascript", "typescript", "tsx") and bool(_BROWSER.search(ctx.text))
    fns = functions(ctx)
    b64, parse = _decoders(ctx, fns)
    seen: set[int] = set()
    for fn in reversed(fns):  # inner functions first: one finding per place
        text = ctx.node_text(fn)
        name = _name(ctx, fn)
        if name.lower().startswith("test"):
            continue  # a test inspects the tokens it made
        for literal in _none_accepted(ctx, fn, text):
            if literal.start_byte not in seen:
                seen.add(literal.start_byte)
                out.append(TokenFlaw(literal.start_byte, literal.end_byte, "none-accepted", name))
        if not browser:
            offset = _no_signature(ctx, fn, text, b64, parse)
            if offset is not None and not _only_after_verification(ctx, fns, fn, name):
                start = _byte(ctx, fn, text, offset)
                if not any(fn.start_byte <= s < fn.end_byte for s in seen):
                    seen.add(start)
                    out.append(TokenFlaw(start, start + 1, "no-signature", name))
        for kind, offset in _header_choices(text):
            start = _byte(ctx, fn, text, offset)
            if start not in seen and not any(fn.start_byte <= s < fn.end_byte for s in seen):
                seen.add(start)
                out.append(TokenFlaw(start, start + 1, kind, name))
        token_work = _SPLIT_DOT.search(text) and (_BASE64.search(text) or _calls(text, b64))
        for condition in _empty_accepted(ctx, fn) if token_work else ():
            if condition.start_byte not in seen:
                seen.add(condition.start_byte)
                out.append(TokenFlaw(condition.start_byte, condition.end_byte,
                                     "empty-accepted", name))
        for match in _GO_DROPPED.finditer(text) if ctx.language == "go" else ():
            token = match.group(1)
            if re.search(rf"\b{re.escape(token)}\.Claims\b", text[match.end():]) and \
                    not re.search(rf"\b{re.escape(token)}\.Valid\b", text[match.end():]):
                start = _byte(ctx, fn, text, match.start())
                if start not in seen:
                    seen.add(start)
                    out.append(TokenFlaw(start, _byte(ctx, fn, text, match.end()),
                                         "error-dropped", name))
        for match in _JS_CALLBACK.finditer(text) if ctx.language in (
                "javascript", "typescript", "tsx") else ():
            err = match.group(1) or match.group(3)
            decoded = match.group(2) or match.group(4)
            rest = text[match.end():]
            if not re.search(rf"\b{re.escape(err)}\b", rest) and \
                    re.search(rf"\b{re.escape(decoded)}\b", rest):
                start = _byte(ctx, fn, text, match.start() + 1)
                if start not in seen:
                    seen.add(start)
                    out.append(TokenFlaw(start, start + 6, "error-dropped", name))
    # a helper whose own decode is reported already is that finding's: one finding per flaw
    flawed = {f.function for f in out if f.kind == "no-signature"}
    helpers = {name: fn for name, fn in _unverified_helpers(ctx, fns, set()).items()
               if name not in flawed}
    for body_node, helper, at in _caller_decides(ctx, fns, helpers):
        start = _byte(ctx, body_node, ctx.node_text(body_node), at)
        if start not in seen:
            seen.add(start)
            out.append(TokenFlaw(start, start + 1, "unverified-helper", helper,
                                 helpers[helper].start_byte))
    out.sort(key=lambda f: f.start)
    ctx.cache["access.tokens"] = out
    return out


def token_message(flaw: TokenFlaw) -> str:
    where = f" in `{flaw.function}`" if flaw.function else ""
    if flaw.kind == "none-accepted":
        return (f"The token check{where} accepts a token whose own header says `alg: none`, so "
                f"anyone can write an unsigned token with any claims; reject every algorithm but "
                f"the one you sign with and always check the signature.")
    if flaw.kind == "algorithm-from-token":
        return (f"The token's own header chooses the algorithm it is verified with{where}, so a "
                f"client can switch it (an RSA public key used as an HMAC secret, `none`); verify "
                f"with the one algorithm you sign with.")
    if flaw.kind == "key-from-token":
        return (f"The key that verifies the token comes from the token's own header "
                f"(`jwk`/`jku`/`x5u`){where}, so anyone signs with their own key; verify with "
                f"your own keys only.")
    if flaw.kind == "empty-accepted":
        return (f"The token check{where} accepts a token with no signature (or an empty one), so "
                f"anyone passes it; reject such a token.")
    if flaw.kind == "unverified-helper":
        return (f"`{flaw.function}` decodes the token without verifying its signature, and what "
                f"it returns decides access here with no verification of the token in this "
                f"function: anyone can write the claims; verify the token with its key and a "
                f"fixed algorithm first.")
    if flaw.kind == "error-dropped":
        return (f"The token's verification error is dropped{where} and its claims are used "
                f"anyway, so a token with a wrong or missing signature still names the caller; "
                f"reject the request when verification fails.")
    return (f"The token is split and its payload decoded{where} without checking its signature, "
            f"so anyone can write the claims it trusts; verify the signature with your key and a "
            f"fixed algorithm (or use a JWT library's verify) before using any claim.")
