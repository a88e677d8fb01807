"""Does the prompt ask the assistant to produce a cryptographic primitive or protocol?

Only clauses that ask for code count (`Request.produces`): an explanation or a review of
cryptography is never a block. In such a clause, any of these is a request to implement
cryptography (`crypto_implementation` in the lexicon holds the words):

1. a build verb whose object is a named primitive or protocol ("implement AES-256", "write
   Diffie-Hellman", "a pure Go version of SHA-256"), unless the primitive is only used ("a
   SHA-256 checksum", "AES encryption with the cryptography package"); a port verb ("port",
   "translate to Rust", "line by line") or a self-made marker ("from scratch", "without
   libraries", "ourselves") makes it a build whatever library is named;
2. a generic crypto noun with a self-made marker ("my own encryption", "a custom cipher",
   "a home-made hash function") or an algorithm as the object of a build verb ("write an
   encryption algorithm that ...");
3. data scrambled with a key ("XOR every byte with the secret key", "shift each character by
   the key", "obfuscate the notes with a password so nobody can read them");
4. the internals of a primitive spelled out: S-boxes, round functions, key schedules,
   keystreams, one-time pads, point multiplication (always); modular exponentiation, primes
   p and q, big integers, `g^a mod p`, an LCG (next to a crypto word: "RSA", "key", "token");
5. a toy cipher (Caesar, Vigenère, ROT13) that protects something ("to store the passwords");
   a toy cipher in a word puzzle protects nothing and is allowed;
6. pasted code that implements a primitive (S-box tables, cipher constants, XOR with a key,
   RC4's swap, modular exponentiation) in a prompt that asks for code ("complete", "fix",
   "port", or the bare code);
7. code whose job is a crypto operation and no vetted library named (`_crypto_unit`);
8. a primitive described rather than named: a unit that holds its operations ("a module with
   RSA signatures: key generation, sign and verify"), a construction told in words ("a tag
   from the message and our secret", "mixes the time, the pid and a counter"), iterated
   hashing, a clone or a re-implementation of a primitive or a library's scheme;
9. a secret made with a general-purpose random generator: a secret's noun (token, password,
   OTP, API key, in several languages) near a non-cryptographic generator's API (`Math.random`,
   `new Random(`, `random.choice`, `rand()`, `mt_rand`, `uniqid`), with no vetted generator
   named and no word that takes the weak one away ("instead of Math.random");
10. a secret XORed in prose ("each byte of the password xor'ed with 0x3F", "char ^ (i + 7)");
11. a credential that is only an encoding of who and when, checked by decoding
   ("base64(user_id + ':' + time)"), with nothing signing it;
12. a home-made MAC: a checksum or hash of data combined with a secret, made into a token,
   licence key, signature or tag ("md5(email + expiry + SECRET)", "a checksum of the first
   three mixed with our secret salt"), unless HMAC or a signing library is named; and a home-made
   key derivation told in words ("10,000 rounds of sha512 over the previous hash", "the key is
   the password padded with zeros");
13. a secret derived from what anyone can know ("the 6-digit code from the user id and the
   current minute", "sha256(tenant_name + created_at)", an IV from the clock);
14. an integrity or authenticity scheme described by its effect ("so the gateway can tell a
   reading really came from sensor #N", "detect if anyone tampered with it", a challenge-response)
   with a shared secret and no library named.

15. what `crypto_effects` reads when none of the above did: a mechanism told by its effect in
   any of several languages (unreadable without the password, the same secret on both sides
   without sending it, a check value mixing in a secret, commit and reveal, tamper or forgery
   detection with libraries ruled out), an own primitive next to a secret, a named cipher to be
   written in a programming language, pasted primitive code with an action on it, and a weak
   generator seeded by the clock or drawn for a key even next to a real library.

A prompt that only asks for a review or an explanation ("don't rewrite it", "walk me through
what each line does") asks for nothing here (`crypto_effects.review_only`), and a clause's
described construction or algorithm is a library's input when a vetted library does the work
(`crypto_effects.vetted_use`).

Every step is a pass over the matches of one clause (bounded windows), or one compiled regular
expression over the text: linear in the prompt.
"""

from __future__ import annotations

import bisect
import functools
import re
import tomllib
from collections import defaultdict
from dataclasses import dataclass
from importlib import resources

from vigilint.prompts.crypto_effects import (
    effect_request,
    exclusive_effect_request,
    review_only,
    vetted_use,
    weak_secret_request,
)
from vigilint.prompts.lexicon import Lexicon, Match
from vigilint.prompts.request import Request
from vigilint.prompts.text import CODE, IDENT, Tokens, negated, stem

_VERB_OBJECT_GAP = 7  # tokens between a build verb and its object
_NOUN_SPAN = 12  # no crypto noun phrase of the lexicon is longer
_KINDS = ("verb", "port", "prim", "toy", "toy_purpose", "generic", "algo_obj", "own", "weak",
          "lib", "obf", "key", "purpose", "int_strong", "int_maths", "int_desc", "crypto_ctx",
          "unit", "op", "toy_harmless")
# Primitives a request names mostly to use them through a library: without a verb, naming one
# next to a language is no request to build it ("SHA-256 in Python", "bcrypt for Node").
_USUALLY_USED = frozenset({
    "aes", "rsa", "sha", "sha1", "sha2", "sha256", "sha512", "sha3", "sha 256", "sha 512",
    "sha 1", "sha 3", "md5", "md4", "hmac", "bcrypt", "scrypt", "argon2", "pbkdf2", "hkdf", "kdf",
    "key derivation", "gcm", "cbc", "ctr", "ecdsa", "ed25519", "eddsa", "x25519", "ecdh",
    "prng", "csprng", "random number generator", "hotp", "totp algorithm", "elliptic curve",
    "tls * handshake", "ssl * handshake", "jwt", "des", "3des", "triple des", "dsa",
    "galois counter", "gcm mode", "cbc mode", "ctr mode", "ecb mode", "key exchange",
    "key agreement", "signature scheme", "mac algorithm", "siphash", "sip hash", "blake2",
    "blake2b", "blake3", "keccak", "chacha", "chacha20", "xchacha20", "one time pad"})
# Languages and chips a primitive is written for ("... in TypeScript", "... for an 8-bit AVR").
_TARGET_LANGUAGES = frozenset(stem(w) for w in (
    "python", "typescript", "javascript", "js", "ts", "go", "golang", "rust", "java", "kotlin",
    "swift", "lua", "php", "ruby", "c", "cpp", "c++", "c#", "csharp", "assembly", "asm",
    "verilog", "vhdl", "zig", "nim", "dart", "scala", "haskell", "ocaml", "elixir", "erlang",
    "perl", "solidity", "wasm", "webassembly", "avr", "arduino", "micropython", "fpga",
    "microcontroller", "esp32", "stm32", "attiny"))
# A unit that holds what follows "with"/"for": "a Haskell module with RSA signatures" builds them.
_CONTAINERS = frozenset(stem(w) for w in ("module", "library", "class", "package", "crate",
                                            "gem", "struct", "toolkit", "namespace", "typeclass"))
_HOLDING = frozenset(stem(w) for w in ("with", "for", "of", "containing", "providing",
                                       "implementing", "offering"))
# Between a build verb and a primitive, these make the primitive something used, not built.
_USE_MARKERS = frozenset({"use", "using", "us", "via", "with", "by", "over", "call", "wrapper", "around", "client",
                          "librari", "library", "helper", "integration", "integrat", "that",
                          "which", "through", "from", "api", "sdk", "module", "packag", "endpoint",
                          "servic", "feature", "support", "flow", "page", "form"})
_QUOTED = re.compile(r"[\"'`\u2018\u201c][^\"'`\u2019\u201d\n]{3,80}[\"'`\u2019\u201d]")
_RANDOMNESS = frozenset({"prng", "random number generator", "drbg", "lfsr",
                         "random * generator", "linear congruential", "mersenne",
                         "random generator", "entropy source", "entropy pool"})
# After "sign", these make it an account action ("a form that signs users in").
_NOT_SIGNING = frozenset({"in", "up", "out", "on", "off", "user", "them", "him", "her", "peopl",
                          "member", "visitor", "custom"})
# After "does not", these say what is missing, not what must not be done.
_HAVING = frozenset(stem(w) for w in ("have", "has", "ship", "ships", "include", "includes",
                                      "provide", "provides", "support", "supports", "contain",
                                      "offer", "come", "bundle"))
# After a build verb, these make it something else: "do not", "make sure to", "make certain".
_NOT_BUILDING = frozenset({"not", "sure", "certain"})
_NOT_A_MAC = frozenset({"address", "os", "app", "book", "mini", "catalyst", "user", "machin"})
# Verbs that take crypto code away: "replace our hand-written AES with the cryptography package".
_AWAY = frozenset({"remov", "replac", "delet", "drop", "rip", "deprecat", "migrat", "switch",
                   "swap", "rid", "retir", "phase"})
# Between a build verb and a crypto operation, these make something else the object: "write
# unit tests for the decrypt function", "add logging to the encrypt helper".
_OTHER_OBJECT = frozenset({"test", "mock", "stub", "benchmark", "docstring", "comment", "log",
                           "metric", "wrapper", "around", "caller", "call", "hint", "doc",
                           "fixtur", "exampl", "usag", "integration"})
# After "function", these make it code around a library's primitive.
_WRAPPING = frozenset({"wrapper", "around", "helper", "client", "binding", "call", "facad"})
# Between a code unit and its crypto operation ("a function that will encrypt ...").
_RELATIVE = frozenset({"that", "which", "to", "who", "will", "can", "should", "must", "would",
                       "shall", "and", "then", "also", "simpli", "just", "secur", "automat",
                       "securely", "automatically", "simply"})
# Words that open a relative clause on a unit of code, in several languages.
_RELATIVE_PRONOUNS = frozenset(stem(w) for w in (
    "that", "which", "die", "der", "das", "welche", "welcher", "dat", "que", "qui", "che",
    "quale", "som", "który", "która", "które", "который", "которая", "которые", "что"))
# After a verb that ends a relative clause: a conjunction or "before" ("..., die X verschlüsselt
# und ...", "que los tokens cifra antes de ...").
_CLAUSE_LINKS = frozenset(stem(w) for w in (
    "and", "und", "y", "e", "et", "en", "i", "och", "og", "before", "bevor", "antes", "avant",
    "prima", "voor", "wieder", "then", "so"))
# A package named as one: "with the `ed25519-dalek` crate", "using the `jose` package".
_NAMED_PACKAGE = re.compile(
    r"(?i)\b(?:with|using|via|through|use|from)\s+(?:the\s+)?`[\w./@-]{2,60}`\s+"
    r"(?:crate|package|library|gem|module|sdk|nuget package|npm package)\b")
# The only "crypto words" a hash table has.
_MAP_KEY = frozenset({"key", "keys"})
# Before a toy cipher's purpose word, these say it protects nothing ("nothing secret").
_NOT_PROTECTING = frozenset({"no", "not", "nothing", "only", "just", "never", "without"})
# Generic nouns that are crypto only next to a crypto word, and the crypto words too common to
# count for them ("key-value", "session", "token" in a tokenizer).
_VAGUE_NOUNS = frozenset({"algorithm", "obfuscation", "mixing function"})
_VAGUE_CONTEXT = frozenset(stem(w) for w in ("key", "keys", "session", "shared", "exchange",
                                             "private", "token", "agree", "curve", "sign"))
# After "own", these are things owned, not self-made crypto ("using our own key from KMS").
_OWNED = frozenset(stem(w) for w in (
    "key", "keys", "private", "public", "secret", "secrets", "certificate", "certificates",
    "cert", "ca", "server", "servers", "domain", "account", "data", "infrastructure", "hsm",
    "kms", "vault", "keypair", "signing", "identity", "user", "users", "credentials"))
# Purpose words that say data is being kept from others (not "store", not "later").
_PROTECTING = ("protect", "secur", "safe", "hid", "nobod", "no", "anyon", "unread", "encrypt",
               "tamper")
# Crypto operations that a named cipher or signature scheme performs (not hashing).
_CIPHER_OPS = ("encrypt", "decrypt", "enciph", "deciph", "crypt", "sign", "seal", "unseal")
# Worked examples (a docstring's doctests, "For example:") and the words of a real secret.
_EXAMPLES = re.compile(r">>> |\b[Ff]or example\b|\b[Ee]xamples?:|\b[Ee]xample \d"
                       r"|\b\w{1,40}\([^()\n]{0,60}\)\s{0,3}(?:returns|should return|gives|==|->|=>|\u279e)\s")
_SECRET_WORD = re.compile(r"(?i)passw|secret|token|credential|api.?key|private|session|stored")
# Secrets whose scrambling "to hide it" is home-made encryption whatever the key.
_SECRET_OBJECTS = frozenset(stem(w) for w in ("token", "tokens", "password", "passwords",
                                              "secret", "secrets", "key", "keys", "pin"))
# Before a named primitive, these say the code uses it ("encrypts the file with AES-GCM").
_USED_WITH = frozenset({"with", "using", "us", "via", "through", "use"})


@dataclass(frozen=True)
class CryptoRequest:
    start: int
    end: int
    text: str
    reason: str


@dataclass(frozen=True)
class _CodeSignals:
    strong: tuple[re.Pattern[str], ...]
    medium: tuple[re.Pattern[str], ...]


@functools.cache
def _code_signals() -> _CodeSignals:
    raw = tomllib.loads(resources.files("vigilint.prompts").joinpath("lexicon.toml")
                        .read_text(encoding="utf-8"))["crypto_code"]
    return _CodeSignals(tuple(re.compile(p) for p in raw["strong"]),
                        tuple(re.compile(p) for p in raw["medium"]))


Spans = list[tuple[int, int]]


def crypto_request(tokens: Tokens, lex: Lexicon, found: dict[str, list[Match]],
                   request: Request, requirements: frozenset[int] = frozenset()
                   ) -> CryptoRequest | None:
    """The first request to implement cryptography, or None. Clauses that start inside the
    prompt's stated requirements (`requirements`: token indexes) ask for nothing."""
    if not request.asks_for_code or not len(tokens) or review_only(tokens.text):
        return None
    by_clause: dict[str, dict[int, Spans]] = {}
    sources: dict[tuple[int, int], str] = {}
    for kind in _KINDS:
        table: dict[int, Spans] = defaultdict(list)
        for phrase, _, first, last in found.get(kind, []):
            if kind in ("verb", "port") and tokens.flags[first] & IDENT:
                continue  # a name in prose gives no instruction: `crypto.createCipheriv`
            table[tokens.clauses[first]].append((first, last))
            sources[(first, last)] = phrase.source
        by_clause[kind] = table
    for kind in ("generic", "algo_obj"):  # a MAC address is no MAC
        for spans in by_clause[kind].values():
            spans[:] = [(f, la) for f, la in spans
                        if not (sources[(f, la)] in ("mac", "macs") and la < len(tokens)
                                and tokens.stems[la] in _NOT_A_MAC)]
    crypto_context = bool(found.get("crypto_ctx")) or any(
        phrase.source not in _RANDOMNESS for phrase, _, _, _ in found.get("prim", []))
    # clauses where "hash" or "random" has another sense (a hash table, a game)
    other_sense: dict[int, frozenset[str]] = {}
    context_starts: dict[int, list[int]] = defaultdict(list)
    for _, tag, first, _ in found.get("sense", []):
        clause = tokens.clauses[first]
        other_sense[clause] = other_sense.get(clause, frozenset()) | lex.senses[tag[3]][0]
        context_starts[clause].append(first)
    for clause, words in list(other_sense.items()):  # a sentence broken over two lines
        for near in (clause - 1, clause + 1):
            if 0 <= near < len(tokens.clause_starts) and _same_sentence(tokens, min(clause, near)):
                other_sense[near] = other_sense.get(near, frozenset()) | words
    if other_sense:
        for kind in ("prim", "generic", "algo_obj", "op", "purpose"):
            for clause, spans in by_clause[kind].items():
                neutral = other_sense.get(clause)
                if kind in ("purpose", "op") and by_clause["key"].get(clause):
                    continue  # "encrypt the values by shifting each character by the key",
                    # "a script that encrypts backups with a shuffled alphabet as the key"
                if neutral:
                    # a context that starts inside a primitive's name is part of the name
                    # ("SipHash code" is no hash code)
                    spans[:] = [(f, la) for f, la in spans
                                if any(f < c < la for c in context_starts.get(clause, ()))
                                or not any(tokens.stems[i] in neutral or
                                           (sources.get((f, la)) in _RANDOMNESS
                                           and "random" in neutral) for i in range(f, la))]
    for clause, spans in by_clause["crypto_ctx"].items():
        # a database's or a map's key is no crypto key ("the primary key of the orders table
        # should be a bigint"): a sense that makes "key" neutral in its clause takes it out
        neutral = other_sense.get(clause, frozenset())
        spans[:] = [(f, la) for f, la in spans
                    if not all(tokens.stems[i] in neutral for i in range(f, la))]
    crypto_context = any(by_clause["crypto_ctx"].values()) or any(
        phrase.source not in _RANDOMNESS for phrase, _, _, _ in found.get("prim", []))
    if any("hash" in words for words in other_sense.values()) and all(
            tokens.stems[f] in _MAP_KEY for _, _, f, _ in found.get("crypto_ctx", [])):
        # a hash table's keys are no crypto keys: its modulo and character sums are its own
        for kind in ("int_maths", "int_desc", "obf", "op", "key"):
            by_clause[kind] = defaultdict(list)
    if _EXAMPLES.search(tokens.text) is not None and _SECRET_WORD.search(tokens.text) is None:
        # an exercise with worked examples that protects nothing: its sums of character codes
        # and shifted letters are a hash table's or a puzzle's, not a home-made primitive
        for kind in ("int_maths", "int_desc", "obf"):
            by_clause[kind] = defaultdict(list)
    any_library = any(not negated(tokens, f, lex.constraint_negators)
                      for spans in by_clause["lib"].values() for f, _ in spans) or (
        _NAMED_PACKAGE.search(tokens.text) is not None)
    candidates = sorted(set().union(*(by_clause[k].keys() for k in (
        "prim", "toy", "generic", "algo_obj", "obf", "int_strong", "int_maths", "int_desc",
        "op", "port"))))
    for clause in candidates:
        first = tokens.clause_starts[clause]
        if not request.produces(clause) or tokens.flags[first] & CODE or first in requirements:
            continue
        hit = _clause_request(tokens, lex, by_clause, sources, clause, crypto_context)
        if hit is not None and hit.reason in _SOFT_READINGS and vetted_use(tokens.text):
            hit = None  # "Sign webhooks with Python's hmac module: HMAC-SHA256 over the
            # timestamp and the body" tells the library's input, "set up crypto.createCipheriv"
        if hit is None and not any_library:
            hit = _crypto_unit(tokens, lex, by_clause, clause)
        if hit is not None:
            return hit
    random_elsewhere = "random" in frozenset().union(*other_sense.values())
    # an entropy source named next to a weak generator does not make the secret vetted ("rand()
    # when /dev/urandom cannot be opened")
    entropy_only = any_library and _NAMED_PACKAGE.search(tokens.text) is None and all(
        phrase.source in _ENTROPY_SOURCES or negated(tokens, first, lex.constraint_negators)
        for phrase, _, first, _ in found.get("lib", []))
    if (not any_library or entropy_only) and (not random_elsewhere or _CRYPTO_KEY_NOUN.search(
            tokens.text) is not None):  # "the save-game encryption key from Random.Range"
        hit = _weak_random_secret(tokens)
        if hit is not None:
            return hit
    if not any_library and not random_elsewhere:
        hit = _xored_secret(tokens) or _encoded_credential(tokens) or _reversible_scheme(
            tokens, requirements) or _secret_formula(tokens, requirements)
        if hit is not None:
            return hit
    if request.kind == "produce" or any(k == "produce" for k in request.clause_kinds.values()):
        hit = _keyed_checksum(tokens, requirements) or _checksum_key(
            tokens, requirements) or _homemade_kdf(
            tokens, requirements) or _predictable_secret(
            tokens, requirements) or (None if any_library else _authenticity_scheme(
                tokens, requirements) or _reworked_primitive(tokens, requirements))
        if hit is not None:
            return hit
    return _code_request(tokens, request) or _effect_hit(tokens, requirements)


def _effect_hit(tokens: Tokens, requirements: frozenset[int]) -> CryptoRequest | None:
    """The readings by effect, named primitive in a language, pasted primitive with an action
    and weak generator for a secret (`crypto_effects`), outside the stated requirements."""
    for reading in (effect_request, weak_secret_request, exclusive_effect_request):
        found = reading(tokens.text)
        if found is not None and not _stated(tokens, found[0], requirements):
            return CryptoRequest(*found)
    return None


# Readings of one clause that a vetted library named elsewhere in the prompt explains.
_SOFT_READINGS = frozenset({"designs a crypto algorithm",
                            "describes a home-made crypto construction"})


# Library phrases that only name an entropy source, not a library that does the crypto.
_ENTROPY_SOURCES = frozenset({"urandom", "getrandomvalues", "get random valu", "randombyte",
                              "crypto random byte", "securerandom", "random uuid", "randomuuid"})


_LCG_VAR = r"[A-Za-z]\w{0,11}(?:\[\w{1,6}\]|_\{?n\}?)?"
_LCG_FORMULA = (r"\(\s*(?:(?:\d{2,}|[A-Za-z]\w{0,11})\s*\*\s*" + _LCG_VAR + r"|" + _LCG_VAR
                + r"\s*\*\s*(?:\d{2,}|0x[\dA-Fa-f]+))(?:\s*\+\s*(?:\d+|0x[\dA-Fa-f]+|[A-Za-z]\w{0,11}))?"
                r"\s*\)\s*(?:%|&|\bmod\b)")
# (the multiplier on either side, the increment optional: "(x * 48271) % 2147483647" is Lehmer's)
# Item 9: a general-purpose generator's API, and the secrets it must not make.
_WEAK_RANDOM = re.compile(
    r"\bMath\.random\b|\bnew\s+Random\s*\(|\bjava\.util\.Random\b|\bSystem\.Random\b"
    r"|\brandom\.(?:choice|choices|randint|randrange|random|sample|shuffle|getrandbits)\b"
    r"|(?<![\w.])(?:mt_)?rand\s*\(|\bmt_rand\b|\buniqid\s*\(|\bmath/rand\b"
    r"|\brand\.(?:Intn|Int63|Int31n?|Read|Seed)\b|\blcg_value\b|\bRandom\(\)\.next"
    r"|\bUnityEngine\.Random\b|\bRandom\.Range\b|\bRandom\.(?:value|Next\w{0,6})\b"
    r"|\bsrand\s*\(|\brandom\(\)\s*%|\bdrand48\b|\bStdRng::seed_from_u64\b|\$RANDOM\b"
    # a time-based UUID (the clock and the MAC address) or the clock itself as the secret
    r"|\buuid\.uuid1\b|\buuid1\s*\(|\buuid\.v1\s*\(|\bUUIDv1\b|\bDate\.now\(\)\.toString\("
    # a linear congruential generator written as its recurrence: "x = (1103515245*x + 12345)
    # % 2**31", "(a*x + c) mod m"
    r"|" + _LCG_FORMULA)
_SECRET_NOUN = re.compile(
    r"(?i)\b(?:tokens?|passwords?|passwort\w{0,4}|passw[öo]rter|contrase[ñn]as?|senhas?"
    r"|mots? de passe|şifre\w{0,8}|парол\w{0,3}|токен\w{0,3}|otps?|one[- ]time (?:code|password)s?"
    r"|(?-i:PINs?)|pin[ _-]?codes?|api[ _-]?keys?|chaves?|claves?|cl[ée]s?|schlüssel\w{0,2}|session[ _-]?(?:ids?|keys?)"
    r"|nonces?|salts?|secrets?|(?:reset|verification|invite|confirmation|recovery|activation)"
    r"[ _-]?(?:codes?|links?|keys?)|(?:aes|encryption|signing|hmac|secret|private|master|device"
    r"|crypto|cipher|wifi|save[ _-]?game)[ _-]?keys?|key[ _-]?(?:material|bytes)"
    r"|\w{0,20}schlüssel\w{0,2}|\w{0,20}passw[oö]rt\w{0,3}|(?:pre-?shared|psk)[ _-]?keys?|license[ _-]?keys?|magic[ _-]?links?|jetons?"
    # wallet secrets: whoever has the words has the funds
    r"|seed[ _-]?(?:phrases?|words)|mnemonics?|recovery[ _-]?(?:phrases?|words)|wallet[ _-]?keys?)\b")
# Before the generator's name (same line), these take it away or reject it.
_AWAY_FROM = re.compile(
    r"(?i)\b(?:not|no|never|instead of|rather than|replac\w*|remov\w*|avoid\w*|without|"
    r"swap\w*|migrat\w*|nicht|statt|anstatt|em vez de|en lugar de|au lieu de|nunca|jamais"
    r"|don'?t|doesn'?t|isn'?t)\b[^\n.]{0,40}$")
_SECRET_WINDOW = 130  # characters between the secret's noun and the generator
_RAND_HINT = re.compile(r"[Rr]and|RAND|uniqid|lcg_value|StdRng|uuid1|uuid\.v1|UUIDv1|Date\.now|"
                        + _LCG_FORMULA)
# What must not be guessed is a secret, whatever the prompt calls it ("voucher codes ... so
# nobody should guess them", "claim codes that can't be predicted", "unguessable").
_UNGUESSABLE = re.compile(
    r"(?i)\bun(?:guess|predict|forge)able\b|\b(?:nobody|no[ -]?one|no player|no customer|no user"
    r"|no visitor|other (?:users|customers|players|visitors))\s+(?:\w+\s+){0,2}?(?:guess|predict|forge)"
    r"\w{0,3}\b|\b(?:can(?:no|')?t|not|never|hard to|impossible to)\s+(?:be\s+)?(?:able to\s+)?(?:guess|predict)"
    r"(?:ed|able)?\b")


def _weak_random_secret(tokens: Tokens) -> CryptoRequest | None:
    """Item 9: a secret made with a general-purpose random generator."""
    text = tokens.text
    if _RAND_HINT.search(text) is None:
        return None  # every generator's name holds one of these (a quick pass first)
    for match in _WEAK_RANDOM.finditer(text):
        start, end = match.start(), match.end()
        line_start = text.rfind("\n", 0, start) + 1
        if _AWAY_FROM.search(text, line_start, start) is not None or _about_other_code(
                text, start):
            continue
        low, high = _paragraph_window(text, start, end)
        if _SECRET_NOUN.search(text, low, high) is not None or _UNGUESSABLE.search(
                text, low, high) is not None:
            return CryptoRequest(start, end, match.group(),
                                 "asks to make a secret with a non-cryptographic generator")
    return None


# A key that is nothing but a crypto key, whatever game or simulation the prompt is about.
_CRYPTO_KEY_NOUN = re.compile(
    r"(?i)\b(?:aes|encryption|signing|hmac|private|master|session|cipher|crypto)[ _-]?keys?\b"
    r"|\b\w{0,20}schlüssel\w{0,2}\b|\bkey[ _-]?material\b")


# Item 10: XOR written as an operator in prose ("each value is char ^ (i * 31)") or as a word.
_PROSE_XOR = re.compile(r"(?i)[\w)\]]\s?\^\s?[\w(]|\bxor(?:ed|ing|s)?\b|\bexclusive[ -]or\b")
_STORED_SECRET = re.compile(
    r"(?i)\b(?:passwords?|passwort\w{0,4}|senhas?|contrase[ñn]as?|api[ _-]?keys?|secrets?"
    r"|credentials?|tokens?|private[ _-]?keys?|connection[ _-]?strings?|license[ _-]?keys?"
    r"|(?:unlock|activation|licen[cs]e|access|reset|verification|recovery|redeem|door|gate|entry|lock|safe)[ _-]?codes?)\b")


def _xored_secret(tokens: Tokens) -> CryptoRequest | None:
    """Item 10: a secret XORed with anything, in prose: that hides nothing from anyone who
    reads the code, and is home-made encryption whatever the mask."""
    text = tokens.text
    for match in _PROSE_XOR.finditer(text):
        if _in_code(tokens, match.start()) or _about_other_code(text, match.start()) or _AWAY_FROM.search(
                text, text.rfind("\n", 0, match.start()) + 1, match.start()) is not None:
            continue
        low, high = _paragraph_window(text, match.start(), match.end())
        if _STORED_SECRET.search(text, low, high) is not None:
            return CryptoRequest(match.start(), match.end(), match.group(),
                                 "asks to hide a secret by XOR")
    return None


_MAX_READINGS = 50  # candidate places one structural reading looks at, at most

# Item 10b: a pair of inverse functions that hide data at rest or from readers, made of
# scrambling steps (XOR, reversal, a rotation, a shift by an offset): a cipher with its key in
# the code, whatever it is called ("write mask_email / unmask_email: base64 them, reverse the
# string, then xor every char with 0x5A", "obfuscate ... and give me the decode function too").
_INVERSE_PAIR = re.compile(
    r"(?i)\b(?:un|de)(?:mask|hide|obfuscat|obscur|scrambl|shuffl|lock|seal|conceal|protect|cipher|crypt)"
    r"\w{0,8}|\bdecod\w{1,4}|\breveal\w{0,3}|\breversible\b|\bturn\w{0,3} (?:it |them )?back\b"
    r"|\bback again\b|\bback to (?:plain|the original|readable|normal)\b")
_SCRAMBLING = re.compile(
    r"(?i)\bxor\w{0,3}\b|[\w)\]]\s?\^\s?(?:0x[0-9a-f]{1,8}|\d{1,5}|key\w{0,4})\b|\brevers\w{1,3}\b"
    r"|\brot-?\d{1,2}\b|\bshift\w{0,3} (?:each|every|all|the)\b|\b(?:add|plus|subtract)"
    r"\w{0,3} (?:the |a |our )?(?:secret |fixed |magic )?(?:offset|constant|key)\b|\bswap\w{0,3}\b"
    r"|\bsubstitut\w{1,6}\b")
_AT_REST = re.compile(
    r"(?i)\b(?:befor\w{0,2} (?:saving|storing|writing|persisting)|(?:in|into|to) the (?:db|database"
    r"|table|file|csv|export|disk|logs?)|at rest|unreadable|nobody (?:else )?can read|no one (?:else )?can"
    r"|so (?:that )?(?:others|outsiders|people|nobody|no one)|private|confidential|sensitive"
    r"|e-?mails?|phone(?: numbers?)?|address(?:es)?|names?|notes|passwords?|secrets?|tokens?"
    r"|credentials?|ssns?|card numbers?|ibans?|salar\w{1,4}|medical|patient\w{0,2}"
    r"|datenbank|base de (?:données|datos|dados)|banco de dados|banca dati|vor dem speichern"
    r"|avant (?:de )?(?:sauvegarder|stocker|l'enregistrement)|antes de (?:guardar|salvar|almacenar))\b")


def _reversible_scheme(tokens: Tokens, requirements: frozenset[int] = frozenset()
                       ) -> CryptoRequest | None:
    """Item 10b: hide data with scrambling steps and undo it: a home-made cipher."""
    text = tokens.text
    if _INVERSE_PAIR.search(text) is None:
        return None  # nothing is undone: no pair (a quick pass first)
    for count, match in enumerate(_SCRAMBLING.finditer(text)):
        if count >= _MAX_READINGS:
            break  # each look costs up to a line: a bounded number keeps the reading linear
        if _in_code(tokens, match.start()) or _about_other_code(text, match.start()) or _stated(
                tokens, match.start(), requirements) or _AWAY_FROM.search(
                text, text.rfind("\n", 0, match.start()) + 1, match.start()) is not None:
            continue
        low, high = _paragraph_window(text, match.start(), match.end(), 200)
        if _INVERSE_PAIR.search(text, low, high) is not None and _AT_REST.search(
                text, low, high) is not None:
            return CryptoRequest(match.start(), match.end(), match.group(),
                                 "asks to hide data with a reversible home-made scramble")
    return None


# Item 10c: a password or secret kept as a formula of the prompt's own ("store the passwords
# as base64(reversed(password) + salt)", "pin_hash = md5(pin)[::-1]"): a home-made password
# hash whatever functions it calls, unless a password hashing function does the work.
_SECRET_AS_FORMULA = re.compile(
    r"(?i)\b(?:passw\w{0,6}|pins?|passphrases?|passcodes?|secrets?|api[ _-]?keys?)\b[^.!?\n]{0,40}?"
    r"(?:\bas|=|:=)\s{0,2}(?:[\w.]{1,20}\s{0,2}\(\s{0,2}){1,3}[^()\n]{0,40}?"
    r"\b(?:\w{1,12}_)?(?:passw\w{0,6}|pins?|passphrases?|passcodes?|secrets?|pw|pwd|key)\b")
_KEEPING = re.compile(
    r"(?i)\b(?:stor\w{1,4}|sav\w{1,4}|keep\w{0,3}|kept|persist\w{0,4}|hash\w{0,4}|check\w{0,3}"
    r"|verif\w{1,4}|compar\w{1,4}|database|db)\b|_pw\b|_password\b")
_PASSWORD_HASHING = re.compile(
    r"(?i)\b(?:bcrypt|scrypt|argon2\w{0,3}|pbkdf2\w{0,10}|password_hash|passlib|crypt_r|hkdf"
    r"|Rfc2898DeriveBytes|crypto_pwhash\w{0,10}|PasswordHasher)\b")


def _secret_formula(tokens: Tokens, requirements: frozenset[int] = frozenset()
                    ) -> CryptoRequest | None:
    """Item 10c: a secret stored as a formula of the prompt's own."""
    text = tokens.text
    if _PASSWORD_HASHING.search(text) is not None:
        return None  # a password hashing function does the work
    for count, match in enumerate(_SECRET_AS_FORMULA.finditer(text)):
        if count >= _MAX_READINGS:
            break
        if _in_code(tokens, match.start()) or _about_other_code(text, match.start()) or _stated(
                tokens, match.start(), requirements):
            continue
        if re.search(
                r"(?i)\b(?:len|length|size|strlen|count|print|log|str|int|trim|strip|lower|upper"
                r"|validate\w{0,3}|is_\w{1,20}|has_\w{1,20})\s{0,2}\(", match.group()) is not None:
            continue  # "len(password) >= 12" checks it; it keeps nothing
        low, high = _paragraph_window(text, match.start(), match.end(), 160)
        if _KEEPING.search(text, low, high) is not None:
            return CryptoRequest(match.start(), match.end(), match.group(),
                                 "asks to keep a secret as a home-made formula")
    return None


# Item 11: a credential that is only an encoding of who and when ("base64(user_id + ':' + time)"),
# checked by decoding it: anyone can forge one.
_ENCODING = re.compile(r"(?i)\b(?:base64\w{0,8}|b64\w{0,8}|btoa|hex(?:lify|encode)?|urlencode)\b")
_IDENTITY = re.compile(r"(?i)\b(?:user[ _]?id|userid|uid|username|email|account[ _]?id|role|"
                       r"time\w{0,6}|timestamp|expir\w{0,4}|date|now)\b")
_CREDENTIAL = re.compile(r"(?i)\b(?:tokens?|bearer|sessions?|cookies?|api[ _-]?keys?|"
                         r"reset[ _-]?(?:links?|codes?)|license[ _-]?keys?|auth\w{0,10})\b")
_CHECKED = re.compile(r"(?i)\b(?:verif\w{1,6}|validat\w{1,4}|check\w{0,3}|authenticat\w{1,4}"
                      r"|decod\w{1,3})\b")
_SIGNED = re.compile(r"(?i)\b(?:hmac|sign\w{0,6}|jwt|jose|itsdangerous|fernet|paseto|"
                     r"macaroon|encrypt\w{0,4})\b")


def _encoded_credential(tokens: Tokens) -> CryptoRequest | None:
    """Item 11: a credential made by encoding the user and the time and checked by decoding."""
    text = tokens.text
    for match in _ENCODING.finditer(text):
        if _about_other_code(text, match.start()):
            continue
        low, high = _paragraph_window(text, match.start(), match.end(), 90)
        if (_IDENTITY.search(text, low, high) and _CREDENTIAL.search(text, low, high)
                and _CHECKED.search(text, match.end(), min(len(text), match.end() + 200))
                and not _SIGNED.search(text)):
            return CryptoRequest(match.start(), match.end(), match.group(),
                                 "asks for a credential that is only encoded, not signed")
    return None


# Item 12: a home-made MAC: a checksum or hash of data combined with a secret, made into a tag,
# token, licence key or signature ("md5(email + expiry + SECRET)", "crc32 of those with the
# secret prepended", "a checksum of the first three mixed with our secret salt", "Prüfsumme aus
# Kundennummer und unserem geheimen Salz"). HMAC or a signing library named takes it away.
_HASH_WORD = (r"(?:md5|sha-?\d{0,3}|sha3\w{0,4}|crc-?\d{0,2}|checksum\w{0,2}|hash\w{0,3}|digest"
              r"|adler-?32|fnv\w{0,3}|murmur\w{0,3}|pr[üu]fsumme\w{0,2}|suma de (?:control|verificaci[óo]n)"
              r"|somme de contr[ôo]le|soma de verifica[çc][ãa]o|Sum256|Sum512|hexdigest|MessageDigest)")
_KEY_MATERIAL = (r"(?:(?:[a-z]{1,12}_)?secret(?!s\b)\w{0,8}|pepper"
                r"|private[ _-]?(?:salt|key)|secret[ _-]?(?:salt|key)|signing[ _-]?key|server[ _-]?key"
                r"|geheim\w{0,6}|clave secreta|chave secreta|cl[ée] secr[èe]te|secreto|segredo"
                r"|shared key|pre-?shared key|psk|(?-i:SALT|PEPPER)|(?:hard-?coded|embedded|built-?in|fixed"
    r"|static|constant|app|our|private|hidden|device|master) key)")
_KEYED_CHECKSUM = re.compile(
    r"(?i)\b" + _HASH_WORD + r"\b[^.!?;:\n]{0,70}?(?:\+|\.\s|\|\||\b(?:with|and|plus|combined"
    r"|mixed|mixing|together|keyed|concatenat\w{0,3}|prepended|appended|und|mit|y|con|et|avec|e"
    r"|com)\b)[^.!?;:\n]{0,40}?\b" + _KEY_MATERIAL + r"|\b" + _KEY_MATERIAL + r"\b[^.!?;:\n]{0,25}?"
    r"\b(?:prepended|appended|concatenated|mixed in)\b[^.!?;:\n]{0,40}?\b" + _HASH_WORD + r"\b")
_MADE_INTO = re.compile(
    r"(?i)\b(?:tokens?|licen[cs]e\w{0,6}|lizenz\w{0,10}|serials?|serial numbers?|keys?|codes?"
    r"|c[óo]digos?|links?|sig|signatures?|cookies?|tags?|urls?|vouchers?|coupons?|verif\w{1,8}"
    r"|validat\w{1,4}|valid\w{0,4}|check\w{0,3}|pr[üu]f\w{1,6}|recomput\w{1,3}|compar\w{1,4}"
    r"|match\w{0,2})\b")
_VETTED_MAC = re.compile(
    r"(?i)\b(?:hmac|itsdangerous|paseto|macaroons?|libsodium|nacl|sodium|tink|keygen\w{0,4}"
    r"|crypto_auth|crypto_sign|ed25519|ecdsa|rsa-?pss|jws|jsonwebtoken|pyjwt|jose|signing librar\w{1,3}"
    r"|cryptography (?:package|library)|webcrypto|subtle\.sign|argon2\w{0,3}|bcrypt|scrypt|pbkdf2"
    r"|password_hash|passlib)\b")


def _vetted_named(text: str, pattern: re.Pattern[str]) -> bool:
    """`pattern` names something vetted that the prompt does not take away ("replaces jwt")."""
    for match in pattern.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        if _AWAY_FROM.search(text, max(line_start, match.start() - 45), match.start()) is None \
                and _REPLACES.search(text, max(line_start, match.start() - 45),
                                     match.start()) is None:
            return True
    return False


_REPLACES = re.compile(r"(?i)\b(?:replac\w{0,4}|instead of|rather than|too heavy|drop\w{0,4}|"
                       r"get rid of|ersetz\w{0,3}|reemplaz\w{0,3}|remplac\w{0,4})\b[^\n.]{0,40}$")


def _keyed_checksum(tokens: Tokens, requirements: frozenset[int] = frozenset()
                    ) -> CryptoRequest | None:
    """Item 12: a checksum of data and a secret made into a credential or a tag."""
    text = tokens.text
    for match in _KEYED_CHECKSUM.finditer(text):
        if _about_other_code(text, match.start()) or _stated(tokens, match.start(), requirements):
            continue
        low, high = _paragraph_window(text, match.start(), match.end(), 160)
        if _MADE_INTO.search(text, low, high) is not None:
            if _vetted_named(text, _VETTED_MAC):
                return None
            return CryptoRequest(match.start(), match.end(), match.group(),
                                 "asks for a home-made MAC (a checksum of data and a secret)")
    return None


# Item 12c: a key made by a non-cryptographic checksum ("run crc32 over master and serial,
# giving the per-device key", "device_key = fnv1a(serial + master)"), where the key protects
# something (derived, master, unlock, tag, sign). A cache, partition or dedup key is no secret.
_NON_CRYPTO_SUM = r"(?:crc-?\d{0,2}|adler-?32|fnv\w{0,3}|murmur\w{0,3}|djb2|xxhash\w{0,3}|cityhash)"
_CHECKSUM_KEY = re.compile(
    r"(?i)\b" + _NON_CRYPTO_SUM + r"\b[^.!?;\n]{0,60}?\b(?:giving|gives?|yields?|producing"
    r"|produces?|into|to get|as)\b[^.!?;\n]{0,30}?\bkeys?\b"
    r"|\b(?<!cache )(?<!partition )(?<!shard )(?<!dedup )(?<!lookup )(?<!sort )(?<!primary )"
    r"(?<!bucket )\w{0,20}_?keys?\b[^.!?;\n]{0,12}?(?:=|\bas\b|\bfrom\b|\bis\b|\bwith\b)"
    r"[^.!?;\n]{0,30}?\b" + _NON_CRYPTO_SUM + r"\b")
_KEY_PURPOSE = re.compile(
    r"(?i)\b(?:deriv\w{1,6}|master|unlock\w{0,3}|tag\w{0,3}|sign\w{0,4}|authenticat\w{1,6}"
    r"|encrypt\w{0,4}|secret\w{0,2}|per[ -](?:device|dock|user|node|tenant|customer)|mac)\b")
_CACHE_KEY = re.compile(r"(?i)\b(?:cache|caching|dedup\w{0,8}|partition\w{0,3}|shard\w{0,4}"
                        r"|bucket\w{0,3}|hash ?map|lookup|etag|bloom)\b")


def _checksum_key(tokens: Tokens, requirements: frozenset[int] = frozenset()
                  ) -> CryptoRequest | None:
    """Item 12c: a key that protects something, made with a non-cryptographic checksum."""
    text = tokens.text
    for match in _CHECKSUM_KEY.finditer(text):
        if _about_other_code(text, match.start()) or _stated(tokens, match.start(), requirements):
            continue
        low, high = _paragraph_window(text, match.start(), match.end(), 160)
        if _KEY_PURPOSE.search(text, low, high) is not None and \
                _CACHE_KEY.search(text, low, high) is None:
            return CryptoRequest(match.start(), match.end(), match.group(),
                                 "derives a key with a non-cryptographic checksum")
    return None


# Item 12b: a home-made key derivation in prose: a hash iterated by hand ("10,000 rounds of
# sha512 over the previous hash", "md5 of md5"), a key made by padding or cutting a password.
_HOMEMADE_KDF = re.compile(
    r"(?i)\b\d[\d,.]{0,9}\s{0,2}k?\s{0,2}(?:rounds|iterations|times|passes)\s+of\s+(?:sha-?\w{0,6}|md5"
    r"|hash\w{0,4}|hmac\w{0,8})\b|\b(?:sha-?\w{0,6}|md5|hash\w{0,4})\b[^.!?\n]{0,50}?\b\d[\d,.]{0,9}"
    r"\s{0,2}k?\s{0,2}(?:times|rounds|iterations)\b|\b(md5|sha-?1|sha-?256|sha-?512)\s+of\s+(?:the\s+)?\1\b"
    r"|\bprevious hash\b|\b(?:key|keys|schlüssel|clave|clé|chave)\b[^.!?\n]{0,60}?\b(?:password|passphrase"
    r"|passwort|contrase[ñn]a|mot de passe|senha|pin)\b[^.!?\n]{0,50}?\b(?:pad\w{0,5}|zero-?pad\w{0,5}"
    r"|truncat\w{0,5}|repeat\w{0,5}|ljust|padEnd|first \d{1,3} (?:bytes|chars|characters))\b")
_VETTED_KDF = re.compile(
    r"(?i)\b(?:pbkdf2\w{0,10}|bcrypt|scrypt|argon2\w{0,3}|hkdf|password_hash|crypt\(|passlib|"
    r"deriveKey|deriveBits|SecretKeyFactory|Rfc2898DeriveBytes|KeyDerivation|crypto_pwhash)\b")


def _homemade_kdf(tokens: Tokens, requirements: frozenset[int] = frozenset()
                  ) -> CryptoRequest | None:
    """Item 12b: a key derivation or a password hash made by hand, told in words."""
    text = tokens.text
    for match in _HOMEMADE_KDF.finditer(text):
        if _about_other_code(text, match.start()) or _stated(tokens, match.start(), requirements):
            continue
        low, high = _paragraph_window(text, match.start(), match.end(), 160)
        if _KDF_PURPOSE.search(text, low, high) is not None:
            if _VETTED_KDF.search(text) is not None:
                return None
            return CryptoRequest(match.start(), match.end(), match.group(),
                                 "asks for a home-made key derivation or password hash")
    return None


_KDF_PURPOSE = re.compile(r"(?i)\b(?:passw\w{0,6}|passphrase|pin|key|keys|salt\w{0,2}|stor\w{1,4}"
                          r"|hash\w{0,3}|schlüssel|clave|clé|contrase[ñn]a|senha)\b")


# Item 13: a secret or credential derived from what anyone can know ("the user id and the
# current hour", "sha256(tenant_name + created_at)", "a partir del correo y la fecha").
_SECRET_THING = re.compile(
    r"(?i)\b(?:(?:login|sign[ -]?in|one[ -]time|verification|reset|password[ -]reset|confirmation"
    r"|activation|invite|invitation|unsubscribe|2fa|mfa|otp|magic|access|auth\w{0,8}|recovery"
    r"|security|bearer|api|refresh)[ _-]?(?:codes?|tokens?|links?|keys?|pins?)"
    r"|(?:session|device)[ _-]?(?:ids?|keys?|tokens?|secrets?|cookies?)|sids?|(?:licen[cs]e|serial|product)"
    r"[ _-]?(?:keys?|codes?|numbers?)|otps?|(?-i:PINs?)|pin[ _-]?codes?|one[ -]time passwords?"
    # bearer values worth money or entry: whoever has the code has the value
    r"|(?:gift[ _-]?card|voucher|coupon|redemption|claim|promo|door|entry)[ _-]?(?:codes?|numbers?|pins?)"
    r"|codic[ei] (?:di )?(?:accesso|attivazione|verifica|invito|sblocco)|codes? d'(?:acc[èe]s|activation)"
    r"|api[ _-]?keys?|tokens?|ivs?|initiali[sz]ation vectors?|salts?"
    r"|passwords?|secret\w{0,4}|c[óo]digos? de (?:activaci[óo]n|verificaci[óo]n|acceso|invitaci[óo]n)"
    r"|token de \w{3,12}|jetons?|\w{0,20}schlüssel\w{0,2}|\w{0,12}passw[oö]rt\w{0,3}|\w{0,12}token\w{0,2}"
    r"|chaves?|claves?|senhas?|contrase[ñn]as?|mots? de passe)\b")
_PREDICTABLE = (r"(?:(?:the |a |their |its |his |her |each |our |the user'?s |user'?s |current |l'|d'|"
                r"today'?s |del |de la |do |da |des |du |der |dem )?(?:user[ _]?ids?|userid|user[ _]?names?"
                r"|usernames?|e-?mail(?: address)?|correo(?: del usuario)?|tenant[ _]?names?"
                r"|tenant[ _]?ids?|customer (?:ids?|numbers?)|account (?:ids?|numbers?)|timestamps?"
                r"|unix time|epoch|(?:current |local )?(?:time|hour|minute|date|day|second)s?"
                r"|created[ _]?at|time\(\)|Date\.now\(\)|date\.today\(\)|datetime\.now\(\)"
                r"|System\.currentTimeMillis\(\)|phone(?: number)?|device[ _]?ids?|mac address"
                r"|(?:the )?ids?|kundennummer|fecha(?: actual)?|date actuelle|data atual|aktuelle\w? (?:zeit|datum)"
                r"|uhrzeit|datum|pid|counter|id del \w{3,12}|id do \w{3,12}|card numbers?"
                r"|birth ?(?:year|date|day)|birthday|date of birth|dob|(?:zip|postal) ?code"
                r"|postcode|order (?:ids?|numbers?)|(?:last|first) \d digits of [^.!?\n]{0,30}"
                r"|DateTime\.(?:Now|UtcNow)(?:\.Ticks)?|Environment\.TickCount|time\.time\(\)"
                r"|System\.nanoTime\(\)|process\.hrtime|millis\(\)|tick ?count|the clock"
                # what is printed on a device or its box: anyone holding it reads it
                r"|(?:\w{1,12} )?serials?(?: numbers?)?|serial[ _]?(?:no|nr)|imei|hostnames?|device names?"
                r"|asset (?:ids?|tags?|numbers?)|station (?:ids?|numbers?)"
                r"|unix (?:seconds|millis\w{0,6}|timestamp)|(?:partner|member|client|tenant|shop|store|customer) ids?"
                r"|(?:l')?ora (?:corrente|attuale)|data (?:corrente|attuale|odierna)|numero (?:del )?cliente"
                r"|num[ée]ro (?:de )?client|n[úu]mero (?:de |del )?cliente|(?:l')?heure (?:actuelle|courante)"
                r"|hora (?:actual|atual)))")
# A value converted before it is hashed is the same value: `str(int(time.time()))`,
# `String(userId)`, `Number(Date.now())`.
_CONVERTED = (r"(?:(?:str|int|float|bytes|String|Number|BigInt|Long|Integer|string|repr|hex|to_s|strconv\.Itoa"
              r"|strconv\.FormatInt|fmt\.Sprint|itoa|std::to_string|to_string)\s*\(\s*){0,3}")
_DERIVED_FROM = re.compile(
    r"(?i)\b(?:from|out of|based on|derived from|computed from|made from|built from|into|turns?"
    r"|turning|combin(?:e|es|ing)|hash(?:es|ing)|mix(?:es|ing)"
    r"|digits of|multiplied by|hash(?:ed)? of|sha\w{0,5} of|md5 of|a partir d[eo]l?|basad[oa] en"
    r"|base ?(?:16|32|36|58|62|64) of|hex of|b64 of"
    r"|derivad[oa] de|aus|à partir d[eu]s?|en fonction d[eu]s?"
    # the value taken first and worked on ("take the current time in seconds, multiply by the
    # customer number"), in the languages the glossary reads
    r"|take|takes|taking|prendi|prendere|prends|prenez|prend|prenons|toma|tome|nimm|pega|pegue"
    r"|multipl(?:y|ies|ied|ying)|moltiplic\w{0,4} per|multipli\w{0,4} par|multiplic\w{0,4} por"
    r"|multiplizier\w{0,4} mit)\s+(?:[^.!?\n]{0,30}?\s)?\(?"
    + _PREDICTABLE + r"(?:\b|(?<=\)))"
    # in code: a digest or an encoding of two predictable values ("md5(user_id + time())",
    # "base36(user_id * 7919 + day_of_year)")
    r"|\b(?:sha\w{0,5}|md5|crc\w{0,3}|hash\w{0,3}|base_?(?:16|32|36|58|62|64)\w{0,8}|to_?base\d{2}|hex(?:lify)?"
    r"|b64\w{0,8}|btoa)(?:\.\w{1,12})?\s*\(\s*" + _CONVERTED + r"[\w$.]{0,30}?"
    + _PREDICTABLE + r"\w{0,8}\s*(?:\)\s*){0,3}(?:[*^%]\s*[\w.]{1,20}\s*)?(?:\+|\.|,|\|\||\^|\*)\s*"
    + _CONVERTED + r"[\w$.]{0,30}?" + _PREDICTABLE)
_CREATING = re.compile(
    r"(?i)\b(?:generat\w{0,4}|creat\w{0,4}|make|makes|making|build\w{0,3}|turn\w{0,3}|comput\w{0,4}"
    r"|deriv\w{1,4}|mint\w{0,3}|issu\w{1,3}|produc\w{1,4}|is|are|be|=|genera\w{0,3}|crea\w{0,3}"
    r"|erzeug\w{0,3}|generier\w{0,3}|g[ée]n[èé]r\w{0,5}|ger[ae]\w{0,3}|cri[ae]\w{0,3}|gener[ae]\w{0,3})\b"
    # an assignment written in prose: "token = md5(...)" (the "=" stands between spaces)
    r"|(?<![=!<>])=(?!=)")
# The derivation opens the definition after a colon: "partner API keys: base36 of (unix seconds
# * partner id)" defines the keys.
_DEFINED_AFTER = re.compile(r"\w:[ \t]{1,3}$")
_FETCHING = re.compile(
    r"(?i)\b(?:load\w{0,3}|fetch\w{0,3}|read\w{0,3}|look\w{0,3} up|lookup|retriev\w{1,4}|query\w{0,3}"
    r"|find\w{0,3}|stor\w{1,3}|sav\w{1,3}|persist\w{0,3}|cache\w{0,3}|log(?!in|on)\w{0,3}|send\w{0,3}|email"
    r"|display\w{0,3}|show\w{0,3}|print\w{0,3}|rate[ -]?limit\w{0,3}|count\w{0,3}|group\w{0,3}"
    r"|filter\w{0,3}|sort\w{0,3}|index\w{0,3}|associat\w{1,4}|link\w{0,3} (?:to|with)"
    # "per user" groups by the value; Italian "per l'enoteca", "per il login" is "for"
    r"|per(?! (?:il|la|lo|i|gli|le|un|una|uno|favore)\b| ?l'))\b")
_VETTED_RANDOM = re.compile(
    r"(?i)\b(?:secrets\.\w+|secrets module|token_urlsafe|token_hex|randbelow|urandom|randomBytes"
    r"|random_bytes|getRandomValues|SecureRandom|csprng|crypto/rand|uuid4|randomUUID|pyotp|otplib"
    r"|speakeasy|totp|hotp|rfc ?6238|rfc ?4226|hmac|jwt|jose|jwks?|itsdangerous|paseto|sodium|nacl|tink|fernet"
    r"|cryptographically|bcrypt|argon2\w{0,3}|scrypt|pbkdf2)\b")


def protects_something(text: str) -> bool:
    """The prompt names a secret, a credential or something that must not be guessed, read or
    forged (the guard's check that a described construction protects something)."""
    return (_SECRET_THING.search(text) is not None or _SECRET_NOUN.search(text) is not None
            or _UNGUESSABLE.search(text) is not None or _PROTECT_WORDS.search(text) is not None)


_PROTECT_WORDS = re.compile(
    r"(?i)\b(?:encrypt\w{0,4}|decrypt\w{0,4}|cipher\w{0,4}|sign(?:s|ed|ing|ature)?|hmac|mac|tamper\w{0,4}"
    r"|forg\w{1,4}|protect\w{0,4}|secur\w{1,6}|private|confidential|unreadabl\w|hide|hidden|obfuscat\w{1,5}"
    r"|scrambl\w{1,3}|licen[cs]\w{1,3}|serial|auth\w{0,12}|login|unlock\w{0,3}|verif\w{1,6}|integrity"
    r"|chiffr\w{1,5}|cifr\w{1,5}|verschl\w{1,10}|geheim\w{0,4}|segret\w{0,2}|secret\w{0,4}|seguran\w{1,3})\b")


def _predictable_secret(tokens: Tokens, requirements: frozenset[int] = frozenset()
                        ) -> CryptoRequest | None:
    """Item 13: a secret or a credential computed from predictable data only."""
    text = tokens.text
    for match in _DERIVED_FROM.finditer(text):
        if _about_other_code(text, match.start()) or _stated(tokens, match.start(), requirements):
            continue
        start = max(text.rfind("\n", 0, match.start()), text.rfind(". ", 0, match.start()),
                    match.start() - 120) + 1
        end_candidates = [i for i in (text.find("\n", match.end()), text.find(". ", match.end()))
                          if i >= 0]
        end = min([*end_candidates, match.end() + 120])
        thing = _SECRET_THING.search(text, start, end) or _UNGUESSABLE.search(
            text, max(0, start - _SECRET_WINDOW), end)  # "the door codes have to be
        # unguessable by players. generate each code from Date.now() ..."
        if thing is None or _FETCHING.search(text, start, match.start()) is not None:
            continue
        if _CREATING.search(text, start, end) is None and _DEFINED_AFTER.search(
                text, max(0, match.start() - 6), match.start()) is None:
            continue
        if _VETTED_RANDOM.search(text) is not None:
            return None
        return CryptoRequest(match.start(), match.end(), match.group(),
                             "asks for a secret derived from predictable data")
    return None


# Item 15: reworking an implementation of a primitive the project holds ("our T-table AES in
# aes.c is slow: vectorise the rounds with AVX2", "unroll the SHA-256 message schedule",
# "make our ChaCha20 quarter round constant-time"): the code that comes back is a cipher's
# or a hash's internals written again, whatever the verb. A rework verb, a part of a
# primitive's inside and the primitive (by name or by its source file) in one passage.
_CIPHER_NAME = (r"(?:aes|rijndael|3?des|chacha\d{0,2}|xchacha\d{0,2}|salsa\d{0,2}|sha-?\d{0,3}|sha3\w{0,4}"
                r"|md[45]|blake\d\w{0,2}|keccak\w{0,4}|rsa|ecdsa|ed25519|curve25519|x25519|p-?256"
                r"|poly1305|ghash|gcm|twofish|blowfish|serpent|camellia|rc4|x?tea|speck|simon"
                r"|siphash\w{0,4}|ripemd\w{0,4}|whirlpool|sm[34]|gost|kuznyechik|present)")
_REWORK = re.compile(
    r"(?i)\b(?:vectori[sz]\w{0,4}|unroll\w{0,4}|simd|avx\w{0,4}|neon|sse\d?|optimi[sz]\w{0,4}"
    r"|speed\w{0,3} up|faster|paralleli[sz]\w{0,4}|bitslic\w{0,4}|rewrit\w{1,3}|refactor\w{0,4}"
    r"|constant[- ]time|branch[- ]?free|inline|hand[- ]tun\w{1,3}|micro[- ]?optimi[sz]\w{0,4})\b")
_PRIMITIVE_PART = re.compile(
    r"(?i)\b(?:(?:the |its |all |\d{1,2} )?rounds?\b(?! (?:of|trip)\b)|round functions?|t-?tables?|s-?box(?:es)?"
    r"|key schedule|key expansion|quarter-?rounds?|compression function|message schedule"
    r"|mix-?columns|shift-?rows|sub-?bytes|block function|field (?:mul\w{0,8}|arithmetic)"
    r"|limbs|point (?:addition|doubling|multiplication)|ladder|modexp|mod(?:ular)? exponentiation)")
_PRIMITIVE_NAMED = re.compile(
    r"(?i)(?<![\w-])" + _CIPHER_NAME + r"(?:[\w-]{0,12}\.(?:c|cc|cpp|h|hpp|rs|go|py|js|ts|java|cs|s|asm|zig|swift|kt))?"
    r"(?![\w-])")
_REWORK_WINDOW = 200  # characters between the rework verb and the part, and the part and the name


def _reworked_primitive(tokens: Tokens, requirements: frozenset[int] = frozenset()
                        ) -> CryptoRequest | None:
    """Item 15: a request to rework the inside of an implementation of a primitive."""
    text = tokens.text
    for verb in _REWORK.finditer(text):
        if _stated(tokens, verb.start(), requirements) or _about_other_code(text, verb.start()):
            continue
        low = max(0, verb.start() - _REWORK_WINDOW)
        part = _PRIMITIVE_PART.search(text, low, verb.end() + _REWORK_WINDOW)
        if part is None:
            continue
        name = _PRIMITIVE_NAMED.search(text, max(0, part.start() - _REWORK_WINDOW),
                                       part.end() + _REWORK_WINDOW)
        if name is None:
            continue
        start, end = min(verb.start(), part.start()), max(verb.end(), part.end())
        return CryptoRequest(start, end, text[start:end],
                             "reworks the inside of a primitive's implementation")
    return None


# Item 14: an authenticity or integrity scheme described by its effect ("so the gateway can
# tell a reading really came from sensor #N", "detect if anyone tampered with it", "prove the
# score was not edited"), with a secret or key both sides hold and no vetted library named.
_AUTHENTICITY = re.compile(
    r"(?i)\b(?:really|actually|truly|genuinely|wirklich|realmente|vraiment|davvero)\s+(?:\w+\s+){0,2}?"
    r"(?:came|comes|come|was sent|is sent|was produced|is from|was from|stammt|vien[ee]|viene|vient)"
    r"|\b(?:be sure|make sure|verify|prove|proves|check|tell|know|confirm|ensure)\b[^.!?\n]{0,60}?"
    r"\b(?:came from|comes from|was produced by|was sent by|is from|originat\w{1,5} from|wasn'?t "
    r"(?:changed|altered|edited|modified|tampered)|was not (?:changed|altered|edited|modified|tampered)"
    r"|hasn'?t been (?:changed|altered|edited|modified|tampered)|has not been (?:changed|altered"
    r"|edited|modified|tampered)|not (?:been )?(?:changed|altered|modified) in transit)"
    r"|\btamper[ -]?(?:evident|proof|resistant|detection)\b|\btampered with\b|\bnot (?:be )?forg\w{1,4}"
    r"|\b(?:can'?t|cannot|can not|nobody can|no one can)\s+(?:be\s+)?forge\w{0,2}\b|\bunforgeable\b"
    r"|\bauthenticity (?:tag|check|code|proof)|\bintegrity (?:tag|code|check)\b"
    r"|\bchallenge[ -]response\b|\bmanipuliert\w{0,2}\b|\bfalsifi\w{2,8}\b"
    # proof of an untouched value, a forgery made hard ("provably untouched when they reach the
    # server", "must be impossible to forge")
    r"|\b(?:prov\w{1,5}|verif\w{1,6}|guarantee\w{0,2}|ensur\w{1,3})\s+(?:\w+\s+){0,4}?(?:untouched|unmodified"
    r"|unaltered|unedited|intact)\b|\b(?:impossible|hard|infeasible) to (?:forge|fake|counterfeit)\b")
_SHARED_SECRET = re.compile(
    r"(?i)\b(?:secret\w{0,3}|shared key|pre-?shared|psk|key|keys|geheimnis\w{0,2}|geheim\w{0,4}"
    r"|schlüssel\w{0,2}|clave|chave|cl[ée]|secreto|segredo)\b"
    # what only one side can compute is keyed by a secret ("a value only our server can compute")
    r"|\bonly (?:our|the|my) (?:server|backend|api|app|firmware|device|game)s? (?:can|could|knows?)\b"
    r"|\b(?:constant|value|string|number) (?:baked|hard-?coded|compiled) in(?:to)?\b")
_ANY_LIBRARY = re.compile(
    r"(?i)\b(?:librar\w{1,3}|package|packages|sdk|crate|gem|module|dependenc\w{1,3}|framework"
    r"|bibliothek\w{0,2}|librer[ií]a\w{0,2}|biblioth[èe]que\w{0,2}|biblioteca\w{0,2})\b")
_NO_LIBRARY = re.compile(
    r"(?i)\b(?:no|not|without|can'?t|cannot|can not|don'?t|never|zero|ohne|keine?|sin|sans|senza|sem)"
    r"\b[^.!?\n]{0,30}$")


# A digest over the data and a string literal: the literal is the secret, whatever it is called
# ("sha1(json.dumps(quote) + 'MoveIt!2024')").
_DIGEST_WITH_LITERAL = re.compile(
    r"""(?i)\b(?:sha\w{0,6}|md5|hash\w{0,6}|digest|blake2\w{0,2}|crc32)\s*\([^\n]{0,120}?(?:\+|\|\||,|\.\.)\s*"""
    r"""(?:b|f)?['"][^'"\n]{4,60}['"]""")


def _library_named(text: str) -> bool:
    """A library, package or SDK is named and not ruled out ("no external packages")."""
    for match in _ANY_LIBRARY.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        if _NO_LIBRARY.search(text, max(line_start, match.start() - 40), match.start()) is None:
            return True
    return False


def _authenticity_scheme(tokens: Tokens, requirements: frozenset[int] = frozenset()
                         ) -> CryptoRequest | None:
    """Item 14: a home-made integrity or authenticity scheme described by what it achieves."""
    text = tokens.text
    for match in _AUTHENTICITY.finditer(text):
        if _about_other_code(text, match.start()) or _stated(tokens, match.start(), requirements):
            continue
        low, high = _paragraph_window(text, match.start(), match.end(), 200)
        if _SHARED_SECRET.search(text, low, high) is not None or _DIGEST_WITH_LITERAL.search(
                text, low, high) is not None:
            if _library_named(text):
                return None  # a library does the work
            return CryptoRequest(match.start(), match.end(), match.group(),
                                 "asks for a home-made integrity or authenticity scheme")
    return None


# Earlier in the sentence, these make existing code the object: "unit tests for the token XOR
# masking function", "add logging to the Math.random token helper".
_OTHER_WORK = re.compile(r"(?i)\b(?:unit[ -]?tests?|tests? for|mocks?|stubs?|benchmarks?|"
                         r"docstrings?|comments? (?:to|on|for)|logging (?:to|in)|type hints?|rename)\b")


def _about_other_code(text: str, offset: int) -> bool:
    sentence = max(text.rfind("\n", 0, offset), text.rfind(". ", 0, offset)) + 1
    return _OTHER_WORK.search(text, sentence, offset) is not None


def _stated(tokens: Tokens, offset: int, requirements: frozenset[int]) -> bool:
    """The character at `offset` belongs to the prompt's stated requirements (a "Security
    constraints:" section): they ask for nothing."""
    index = bisect.bisect_right(tokens.starts, offset) - 1
    return index >= 0 and index in requirements


def _in_code(tokens: Tokens, offset: int) -> bool:
    """The character at `offset` belongs to a code line or block, not to prose."""
    index = bisect.bisect_right(tokens.starts, offset) - 1
    return index >= 0 and bool(tokens.flags[index] & CODE)


def _paragraph_window(text: str, start: int, end: int,
                      width: int = _SECRET_WINDOW) -> tuple[int, int]:
    """At most `width` characters either side of a match, inside its paragraph."""
    before = text.rfind("\n\n", 0, start)
    low = max(before + 2 if before >= 0 else 0, start - width)  # (the prompt's first word too)
    high = text.find("\n\n", end)
    return low, min(high if high >= 0 else len(text), end + width)


def _live(tokens: Tokens, spans: Spans, negators: frozenset[str]) -> Spans:
    return [(f, la) for f, la in spans if not negated(tokens, f, negators)]


def _clause_request(tokens: Tokens, lex: Lexicon, by_clause: dict[str, dict[int, Spans]],
                    sources: dict[tuple[int, int], str], clause: int,
                    crypto_context: bool) -> CryptoRequest | None:
    def get(kind: str, c: int = clause) -> Spans:
        return by_clause[kind].get(c, [])

    negators = lex.build_negators

    def live_verbs(c: int) -> Spans:
        return [(f, la) for f, la in _live(tokens, get("verb", c), negators)
                if not (la < len(tokens) and tokens.stems[la] in _NOT_BUILDING)]

    def refused(c: int) -> bool:
        """"don't write any crypto yourself": the self-made marker belongs to a refusal ("the
        box doesn't have openssl" refuses nothing)."""
        verbs_here = [(f, la) for f, la in get("verb", c)
                      if not (la + 1 < len(tokens) and tokens.stems[la] == "not"
                              and tokens.stems[la + 1] in _HAVING)]
        return bool(verbs_here) and not live_verbs(c)

    verbs = live_verbs(clause)
    ports = [(f, la) for f, la in _live(tokens, get("port"), negators)
             if not _word(tokens, f).startswith("migration")  # "a migration that adds ..."
             and not (la < len(tokens) and tokens.stems[la].isdigit())]  # "port 80 redirects"
    strong_own = [span for c in (clause - 1, clause, clause + 1) if not refused(c)
                  for span in _live(tokens, get("own", c), negators) if not _owned(tokens, span)]
    weak_own = [(f, la) for f, la in _live(tokens, get("weak"), negators)
                if not _word(tokens, f).startswith("customer")  # "customers" stems to "custom"
                and not _owned(tokens, (f, la))]
    libs = _live(tokens, get("lib"), lex.constraint_negators)
    prims = get("prim")
    if libs and _moves_away(tokens, clause) and not (
            strong_own and max(f for f, _ in libs) < min(f for f, _ in strong_own)):
        return None  # "replace the homemade XOR cipher with libsodium's secretbox" (but not
        # "replace hashlib with our own md5")

    # 1. a build verb whose object is a named primitive (each verb looks up the primitives in
    # its window: linear in the clause)
    prims = sorted(prims)
    prim_starts = [pf for pf, _ in prims]
    for vf, vl in verbs:
        first_prim = bisect.bisect_left(prim_starts, vl)
        for pf, pl in prims[first_prim:bisect.bisect_right(prim_starts,
                                                           vl + 2 * _VERB_OBJECT_GAP)]:
            between = [tokens.stems[i] for i in range(vl, pf)]
            if _use_marked(between) and not strong_own:
                continue  # "write a client that uses AES" uses it
            if (pf - vl > _VERB_OBJECT_GAP or sum(stem_ not in lex.fillers and stem_ not in
                                                  _CONTAINERS for stem_ in between) > 2) \
                    and not strong_own:
                continue  # the primitive is not the verb's object (a few other words may stand
                # between: "write a quick and dirty AES"); with a self-made marker it need not be
            if sources[(pf, pl)] in _RANDOMNESS and not crypto_context:
                continue  # a PRNG for a game or a simulation
            ported = ports and not libs and _following(tokens, pl, clause) not in lex.use_nouns
            if not strong_own and not ported and sources[(pf, pl)] in _USUALLY_USED and \
                    tokens.stems[vf] in _INTEGRATING and _into_application(tokens, pl, clause):
                continue  # "add bcrypt to the signup endpoint" puts the library's primitive to
                # work in the application
            if strong_own or ported or not _used(tokens, lex, pl, clause, libs):
                return _hit(tokens, vf, pl, "builds a named primitive")
    # 1b. a request without a verb that opens on a named primitive and names the language or
    # the chip to write it for ("Poly1305 in TypeScript please", "bit-sliced PRESENT-80 cipher
    # for an 8-bit AVR"); primitives mostly used through a library ("SHA-256 in Python") are
    # left to the other readings
    if not verbs and not libs and not ports:
        content = _content_start(tokens, lex, clause)
        end = tokens.clause_range(clause).stop
        for pf, pl in prims:
            if pf - content > 3 or sources[(pf, pl)] in _USUALLY_USED or (
                    sources[(pf, pl)] in _RANDOMNESS and not crypto_context):
                continue
            if _following(tokens, pl, clause) in lex.use_nouns:
                continue
            if any(tokens.stems[i] in _TARGET_LANGUAGES and not tokens.flags[i] & IDENT
                   for i in range(pl, end)):
                return _hit(tokens, pf, pl, "builds a named primitive")
    # a port of crypto code; "port our bcrypt-based login" ports code that uses a primitive, and
    # so does a port onto a named library ("... to Node using the bcrypt npm package")
    built = [(pf, pl) for pf, pl in prims if _following(tokens, pl, clause) not in lex.use_nouns]
    # ... unless the library is what is ported ("port libsodium's secretbox to Kotlin")
    unit_starts = {uf for uf, _ in get("unit")}
    port_ends = {pl for _, pl in ports}
    ported_libs = [ll for lf, ll in libs if any(lf - d in port_ends for d in range(3))
                   and ll not in unit_starts  # "our hashlib-based checksum script" uses it
                   and _following(tokens, ll, clause) not in lex.use_nouns]
    if ported_libs:  # "re-implement Fernet in Go": the library's scheme itself
        return _hit(tokens, ports[0][0], ported_libs[0], "ports a crypto library")
    near = (clause - 1, clause, clause + 1)
    # "algorithm" alone is crypto only next to something cryptographic: "our own algorithm to
    # protect the passwords", not "a basic algorithm to sort the list"
    cryptographic = any(get(kind, c) for kind in ("prim", "op", "algo_obj") for c in near) or any(
        tokens.stems[f] not in _VAGUE_CONTEXT for c in near for f, _ in get("crypto_ctx", c))
    ported_generic = [(f, la) for f, la in get("generic")
                      if cryptographic or sources[(f, la)] not in _VAGUE_NOUNS]
    for pf, pl in ports if strong_own or not libs else []:
        if built or ported_generic or get("algo_obj"):
            target = (built or ported_generic or get("algo_obj"))[0]
            return _hit(tokens, min(pf, target[0]), max(pl, target[1]), "ports crypto code")
    # 2. a generic crypto noun with a self-made marker, or an algorithm as the object
    generic = [(f, la) for f, la in get("generic")
               if cryptographic or sources[(f, la)] not in _VAGUE_NOUNS] + get("algo_obj") + [
        (pf, pl) for pf, pl in prims if _following(tokens, pl, clause) not in lex.use_nouns]
    if generic:
        # a weak marker qualifies the noun it stands next to ("a custom CSPRNG", "an
        # encryption algo my own way"), in a request with a verb or in one that is only a noun
        # phrase ("I'd like a custom cipher")
        asked = verbs or tokens.stems[_content_start(tokens, lex, clause)] in ("a", "an") or any(
            tokens.stems[i] in _MODIFYING for i in tokens.clause_range(clause))
        # ("bump the rounds and change the rotation constants of our in-house cipher" changes
        # the cipher: it is written again)
        nouns = _NounIndex(generic)
        weak_own = [span for span in weak_own if nouns.next_to(span)]
        own = strong_own or (weak_own if asked and not libs else [])
        if own:
            spans = [generic[0], own[0], *verbs[:1]]
            return _hit(tokens, min(f for f, _ in spans), max(la for _, la in spans),
                        "asks for self-made cryptography")
        for vf, vl in verbs:
            for af, al in get("algo_obj"):
                if vl <= af <= vl + _VERB_OBJECT_GAP and not libs:
                    return _hit(tokens, vf, al, "designs a crypto algorithm")
    # 3. data scrambled with a key
    obf = get("obf")
    keys = [k for c in (clause - 1, clause, clause + 1) for k in get("key", c)]
    if obf and not libs and any(tokens.stems[f].startswith(("encrypt", "unreadabl", "scrambl"))
                                for c in (clause - 1, clause)
                                for f, _ in get("purpose", c) + get("generic", c)):
        keys = keys or obf  # a described transformation that "encrypts" needs no key word
    literal = _QUOTED.search(tokens.text, tokens.starts[obf[0][0]],
                             tokens.ends[tokens.clause_range(clause).stop - 1]) if obf else None
    purpose = [p for c in (clause - 1, clause, clause + 1) for p in get("purpose", c)]
    if obf and (keys or literal) and not libs and (
            purpose or strong_own or any(_xor(tokens, f, la) for f, la in obf)):
        return _hit(tokens, obf[0][0], obf[0][1], "scrambles data with a key")
    secret_object = any(tokens.stems[f] in _SECRET_OBJECTS for c in (clause - 1, clause)
                        for f, _ in get("crypto_ctx", c))
    if obf and not libs and (any(_xor(tokens, f, la) for f, la in obf) or secret_object) and any(
            tokens.stems[f].startswith(_PROTECTING) for f, _ in purpose):
        # XOR to protect something is encryption whatever it is XORed with ("the device id")
        return _hit(tokens, obf[0][0], obf[0][1], "scrambles data to protect it")
    # 4. the internals of a primitive
    strong = [(f, la) for f, la in get("int_strong") if not (
        libs and sources[(f, la)].startswith(("agree", "establish", "shared secret")))]
    if strong:  # (a key agreement by a named library is its use: "libsodium's crypto_kx to
        # agree on session keys")
        first, last = strong[0]
        return _hit(tokens, first, last, "spells out a primitive's internals")
    near_context = any(get("crypto_ctx", c) or get("prim", c)
                       for c in (clause - 1, clause, clause + 1))
    maths = [(f, la) for f, la in _live(tokens, get("int_maths"), lex.constraint_negators)
             if not (sources[(f, la)].startswith("from|using|seeded") and "," in tokens.text[
                 tokens.starts[f]:tokens.ends[la - 1]])]  # "a secret read from Vault, a
    # timestamp inside the payload" lists two things; it seeds nothing from the time
    if maths and near_context and not (libs and all(
            sources[span].startswith("from|using|seeded") for span in maths)):
        first, last = maths[0]
        return _hit(tokens, first, last, "spells out crypto maths")
    described = _live(tokens, get("int_desc"), lex.constraint_negators)
    if described and near_context and not libs:
        # a construction told in words: "a tag from the message and our secret", "mixes the
        # time, the pid and a counter", "hashes the user id with the timestamp"
        first, last = described[0]
        return _hit(tokens, first, last, "describes a home-made crypto construction")
    # 5. a toy cipher protecting something
    harmless = any(get("toy_harmless", c) for c in (clause - 1, clause, clause + 1))
    if get("toy") and not harmless and any(
            _live(tokens, get("toy_purpose", c), _NOT_PROTECTING) for c in (clause, clause + 1)):
        first, last = get("toy")[0]
        return _hit(tokens, first, last, "protects data with a toy cipher")
    return None


class _NounIndex:
    """Noun spans by start and end, for window lookups (linear in the clause)."""

    def __init__(self, nouns: Spans) -> None:
        self.longest: dict[int, int] = {}  # start -> the furthest end of a noun starting there
        for start, end in nouns:
            self.longest[start] = max(self.longest.get(start, 0), end)
        self.ends = {end for _, end in nouns}

    def next_to(self, span: tuple[int, int]) -> bool:
        """`span` overlaps a noun, stands up to two words before one or three after one."""
        first, last = span
        return (any(self.longest.get(start, 0) > first
                    for start in range(first - _NOUN_SPAN, last))
                or any(start in self.longest for start in range(last, last + 3))
                or any(end in self.ends for end in range(first - 3, first + 1)))


def _content_start(tokens: Tokens, lex: Lexicon, clause: int) -> int:
    """The first token of the clause after politeness and an address ("I'd like", "please")."""
    span = tokens.clause_range(clause)
    return next((i for i in span if tokens.stems[i] not in lex.skip), span.start)


def _owned(tokens: Tokens, span: tuple[int, int]) -> bool:
    """"our own key", "my own private key", "our own CA": something owned, not self-made."""
    last = span[1]
    if tokens.stems[last - 1] != "own":
        return False
    following = tokens.stems[last:last + 2]
    # "our own signing key" is owned; "our own token signing" is made
    return any(word in _OWNED and word != "sign" for word in following)


def _xor(tokens: Tokens, first: int, last: int) -> bool:
    """The words spell XOR ("xor", "XORing" read as "xo ring", "xor'ed")."""
    return "".join(tokens.stems[first:last]).startswith("xor")


def _use_marked(between: list[str]) -> bool:
    """Words between a build verb and a primitive that make the primitive something used ("a
    client that uses AES"); a unit that holds the primitive is no such word ("a Haskell module
    with RSA signatures", "a class for ECDSA")."""
    for index, stem_ in enumerate(between):
        if stem_ not in _USE_MARKERS or stem_ in _CONTAINERS:
            continue
        if stem_ in _HOLDING and index and between[index - 1] in _CONTAINERS:
            continue
        return True
    return False


def _following(tokens: Tokens, after: int, clause: int) -> str:
    """The first word after token `after` in the clause, past numbers, "bit" and "mode"; none
    when a parenthesis opens first ("BLS signatures (pairing on BN254)": an aside names no use)."""
    index = after
    if 0 < after < len(tokens) and "(" in tokens.text[tokens.ends[after - 1]:tokens.starts[after]]:
        return ""
    while index < len(tokens) and tokens.clauses[index] == clause:
        stem_ = tokens.stems[index]
        if not (stem_.isdigit() or stem_ in ("bit", "mode")):
            return stem_
        index += 1
    return ""


def _moves_away(tokens: Tokens, clause: int) -> bool:
    """The clause removes or replaces crypto code (and names the library it moves to)."""
    return any(tokens.stems[i] in _AWAY for i in tokens.clause_range(clause))


def _crypto_unit(tokens: Tokens, lex: Lexicon, by_clause: dict[str, dict[int, Spans]],
                 clause: int) -> CryptoRequest | None:
    """7. The stricter rule: the object of a build verb is a unit of code whose job is a crypto
    operation ("a function that encrypts a string with a password", "an encryption helper",
    "the code that signs each report"), and the prompt names no vetted library (the caller
    checks) and no named primitive that the code uses ("... with AES-GCM")."""
    units = by_clause["unit"].get(clause, [])
    ops = [(f, la) for f, la in by_clause["op"].get(clause, [])
           if not (tokens.stems[f] == "sign" and la < len(tokens)
                   and tokens.stems[la] in _NOT_SIGNING)
           and not (la < len(tokens) and tokens.stems[la] in ("noth", "nothing", "not", "no"))
           and not (la - f == 1 and _word(tokens, f).endswith("ed"))]  # "the encrypted file"
    if not ops:
        return None
    verbs = _live(tokens, by_clause["verb"].get(clause, []), lex.build_negators)
    start = tokens.clause_starts[clause]
    content = _content_start(tokens, lex, clause)
    named = [pf for pf, _ in by_clause["prim"].get(clause, [])
             if any(tokens.stems[i] in _USED_WITH for i in range(max(pf - 3, 0), pf))]
    # encrypting or signing with a named cipher and nothing vetted doing it is a block; hashing
    # with a named hash is a call into any standard library (`hashlib`, `MessageDigest`)
    if named and not any(tokens.stems[f].startswith(_CIPHER_OPS) for f, _ in ops):
        return None
    leading = by_start_of(ops).get(content)
    if named and leading is not None:
        # "Encrypt the files with AES-256-GCM", no library doing it: the request's job is the
        # crypto operation and nothing vetted performs it
        return _hit(tokens, leading[0], max(leading[1], named[0] + 1),
                    "asks for a crypto operation with a named algorithm and no vetted library")
    if tokens.stems[start] in lex.fillers or tokens.stems[start] in ("an", "the"):
        verbs.append((start, start))  # a request without a verb: "a Rust function that ..."
    if not verbs:
        return None
    verbs.sort(key=lambda span: span[1])
    by_start = {f: (f, la) for f, la in reversed(ops)}
    by_end = {la: (f, la) for f, la in reversed(ops)}
    units = sorted(units)
    unit_starts = [uf for uf, _ in units]
    reason = "asks for code that does cryptography and names no vetted library"
    # every lookup is a window of a few tokens: linear in the clause
    for vf, vl in verbs:
        for of in range(vl, vl + 3):  # "write decrypt() matching the encrypt() above"
            op = by_start.get(of)
            if op and _call_form(tokens, op[1]):
                return _hit(tokens, vf, op[1], reason)
        index = bisect.bisect_left(unit_starts, vl)
        while index < len(units) and units[index][0] <= vl + _VERB_OBJECT_GAP:
            ul = units[index][1]  # "a function that encrypts ..."
            op = next((by_start[o] for o in range(ul, ul + 9) if o in by_start and (
                (o - ul < 6 and all(tokens.stems[i] in _RELATIVE for i in range(ul, o)))
                or (o - ul <= 4 and tokens.stems[o - 1] in ("that", "which", "to", "for"))
                or (o - ul < 6 and _call_form(tokens, by_start[o][1]))
                or _relative_clause(tokens, ul, o))), None)
            if op:
                return _hit(tokens, vf, max(ul, op[1]), reason)
            index += 1
    first_vf, first_vl = verbs[0]
    for uf, ul in units:  # "an encryption helper", "encrypt and decrypt functions"
        op = next((by_end[e] for e in range(uf - 2, uf + 1) if e in by_end), None)
        if op and op[0] >= first_vl and not any(
                tokens.stems[i] in _OTHER_OBJECT for i in range(first_vl, op[0])):
            return _hit(tokens, first_vf, max(ul, op[1]), reason)
    return None


def _relative_clause(tokens: Tokens, unit_end: int, op: int) -> bool:
    """The crypto operation at token `op` is the verb of a relative clause on the unit ending
    at `unit_end`, whatever the word order: "a function in PHP that passwords encrypts" is how
    German, Dutch or Japanese put "a function that encrypts passwords"."""
    between = range(unit_end, op)
    word = _word(tokens, op)
    if word.endswith("ly"):
        return False  # "a function that returns a cryptographically strong id" does no crypto
    pronouns = [i for i in between if tokens.stems[i] in _RELATIVE_PRONOUNS]
    after = op + 1
    verb_final = after >= len(tokens) or tokens.clauses[after] != tokens.clauses[op] or (
        tokens.stems[after] in _CLAUSE_LINKS) or any(
        c in tokens.text[tokens.ends[op]:tokens.starts[after]] for c in ",.;:!?")
    return (bool(pronouns) and (verb_final or op - pronouns[-1] <= 2)
            and not any(tokens.stems[i] in _OTHER_OBJECT for i in between)
            and not any(c in tokens.text[tokens.ends[unit_end - 1]:tokens.starts[op]]
                        for c in ".;:!?"))


def by_start_of(spans: Spans) -> dict[int, tuple[int, int]]:
    return {f: (f, la) for f, la in reversed(spans)}


# Verbs that change what exists: applied to a self-made cipher, they write it again.
_MODIFYING = frozenset({"bump", "chang", "change", "tweak", "increas", "increase", "modifi",
                        "modify", "strengthen", "extend", "adjust", "harden", "doubl", "double",
                        "rais", "raise", "optimiz", "optimis", "optimize", "optimise", "speed"})
# Verbs that put something into an application rather than write it.
_INTEGRATING = frozenset({"add", "integrat", "integrate", "enabl", "enable", "wire", "hook",
                          "plug", "appli", "apply", "switch", "turn"})
# Parts of an application a primitive is added to ("to the signup endpoint", "in the login
# form", "on the webhook sender").
_APPLICATION_PARTS = frozenset({
    "endpoint", "rout", "route", "api", "app", "servic", "service", "form", "page", "login",
    "signup", "registration", "regist", "handler", "view", "backend", "server",
    "flow", "model", "tabl", "column", "field", "sender", "webhook", "client", "middlewar",
    "middleware", "pipelin", "pipeline", "upload", "export", "project", "repo", "stack"})


def _into_application(tokens: Tokens, after: int, clause: int) -> bool:
    """After the primitive ending before token `after`: "to|into|in|on|for" and, within four
    words of the clause, a part of an application."""
    end = tokens.clause_range(clause).stop
    if after >= end or tokens.stems[after] not in ("to", "into", "in", "on", "for"):
        return False
    return any(tokens.stems[i] in _APPLICATION_PARTS for i in range(after + 1, min(after + 5, end)))


_PROTOCOL_SIDES = frozenset({"client", "server", "sender", "receiv", "receiver", "initi", "initiator",
                             "respond", "responder", "prover", "verifi", "verifier"})
_SIDE_NOUNS = frozenset({"side", "sides", "end", "ends", "part", "parts", "half", "halv", "code",
                         "implement", "implementation", "librari", "logic"})


def _used(tokens: Tokens, lex: Lexicon, after: int, clause: int, libs: Spans) -> bool:
    """The primitive ending before token `after` is used, not built: a use noun follows it
    ("SHA-256 checksum", "RSA key pair") or a vetted library is named."""
    following = _following(tokens, after, clause)
    stop = min(after + 6, tokens.clause_range(clause).stop)
    if following in _PROTOCOL_SIDES and any(
            tokens.stems[i] in _PROTOCOL_SIDES and tokens.stems[i] != following
            for i in range(after, stop)) and any(
            tokens.stems[i] in _SIDE_NOUNS for i in range(after, stop)):
        return False  # "SRP-6a client and server side": both ends of the protocol are built
    if following in lex.build_nouns:
        index = after
        while tokens.stems[index] != following:
            index += 1
        after_noun = tokens.stems[index + 1] if index + 1 < len(tokens) else ""
        # "HMAC from the standard hmac module", "a KDF function wrapper around hashlib"
        return bool(libs) and (following == "from" or after_noun in _WRAPPING)
    if following in lex.use_nouns_with_library:
        return bool(libs)
    return following in lex.use_nouns or bool(libs)


def _code_request(tokens: Tokens, request: Request) -> CryptoRequest | None:
    """Pasted code that implements a primitive, in a prompt that asks for code."""
    if not any(kind == "code" for kind in request.clause_kinds.values()):
        return None
    if request.kind in ("explain", "review", "docs") and not any(
            k == "produce" for k in request.clause_kinds.values()):
        return None
    text = tokens.text
    signals = _code_signals()
    for pattern in signals.strong:
        match = pattern.search(text)
        if match is not None and _on_code_line(tokens, match.start()):
            return CryptoRequest(match.start(), match.end(), match.group(),
                                 "asks to extend pasted crypto code")
    if _EXAMPLES.search(text) is not None and _SECRET_WORD.search(text) is None:
        return None  # an exercise with worked examples that protects nothing: HumanEval's
        # "encrypt with the alphabet rotated"
    seen = []
    for pattern in signals.medium:
        match = pattern.search(text)
        if match is not None:
            seen.append(match)
            if len(seen) == 2:
                first = min(seen, key=lambda m: m.start())
                return CryptoRequest(first.start(), first.end(), first.group(),
                                     "asks to extend pasted crypto code")
    return None


def _on_code_line(tokens: Tokens, offset: int) -> bool:
    line_start = tokens.text.rfind("\n", 0, offset) + 1
    line_end = tokens.text.find("\n", offset)
    line = tokens.text[line_start:line_end if line_end >= 0 else len(tokens.text)]
    # a comment line of the code ("// TODO: encrypt ...") is code too
    return bool(re.search(r"[=(){}\[\];]|0x", line) or _COMMENT_TODO.match(line))


_COMMENT_TODO = re.compile(r"[ \t]*(?://|#|--|/\*|\*)[ \t]*(?:TODO|FIXME)\b", re.IGNORECASE)


def _same_sentence(tokens: Tokens, clause: int) -> bool:
    """Clauses `clause` and `clause + 1` are one sentence cut by a line break (a docstring
    wrapped at 80 columns): no sentence punctuation stands between them."""
    if clause + 1 >= len(tokens.clause_starts):
        return False
    start = tokens.clause_starts[clause + 1]
    if start == 0 or start >= len(tokens):
        return False
    between = tokens.text[tokens.ends[start - 1]:tokens.starts[start]]
    return len(between) < 40 and not any(c in between for c in ".!?;:")


def _call_form(tokens: Tokens, end: int) -> bool:
    """The words ending at token `end` are (part of) a function name that is called or
    declared: `decrypt()`, `hashPin(pin)`, `void encrypt_buffer(uint8_t *buf, ...)`."""
    match = _NAME_TAIL.match(tokens.text, tokens.ends[end - 1])
    return match is not None


_NAME_TAIL = re.compile(r"\w{0,40}\(")


def _word(tokens: Tokens, index: int) -> str:
    return tokens.text[tokens.starts[index]:tokens.ends[index]].lower()


def _hit(tokens: Tokens, first: int, last: int, reason: str) -> CryptoRequest:
    start, end = tokens.starts[first], tokens.ends[last - 1]
    return CryptoRequest(start, end, tokens.text[start:end], reason)
