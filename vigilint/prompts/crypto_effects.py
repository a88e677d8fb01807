"""Readings of crypto-implementation requests by what the mechanism does, not by its name.

The phrase readings of `crypto.py` catch a primitive named or a construction spelled out in
English-like words. These readings generalise across human languages and styles:

1. an effect of a confidentiality, integrity, authenticity, key-agreement or commitment
   mechanism ("nobody can read it without the password", "tell if someone edited or forged
   it", "both sides end up with the same secret without sending it", "commit and reveal",
   "a check value that mixes in a secret") asked for with no library doing the work, or with
   the libraries ruled out ("no openssl", "without hashlib", "ohne externe Bibliotheken",
   "ライブラリは使いません");
2. a named cipher or primitive to be written in a programming language ("RC4 in Lua", "TEA in
   C", "a Feistel cipher in Rust");
3. pasted code that is a primitive (Feistel swap, TEA/ARX constants, modular exponentiation
   loops, block chaining around an own block function) with an action on it (port, optimise,
   fix, invert, complete);
4. a general-purpose generator seeded or drawn for a secret ("random.seed(time.time())" for a
   password, "key = bytes(random.getrandbits(8) ...)") even when a real library is named for
   another part of the request.

A prompt that only asks for a review or an explanation ("don't rewrite it", "walk me through",
"study aid", "düzeltme yazma") asks for no code (`review_only`).

Every reading is a handful of compiled regular expressions over the text, with bounded
windows: linear in the prompt.
"""

from __future__ import annotations

import functools
import re

from vigilint import lazyre

# -- what rules a library out, and what names one ------------------------------------------
_LIB_WORD = (r"(?:(?:external |third[- ]party |crypto(?:graphy)? |any |extra )?(?:librar(?:y|ies)|libs?"
             r"|packages?|dependenc(?:y|ies)|deps?|modules?|crates?|gems?)|openssl|libsodium|sodium|nacl"
             r"|hashlib|hmac(?: module)?|crypto(?:/\w+)?|cryptography|pycryptodome|pycrypto|bouncy ?castle"
             r"|webcrypto|subtlecrypto|crypto-js|cryptojs|mbedtls|wolfssl|tink|bcrypt|javax\.crypto"
             r"|system\.security\.cryptography|commoncrypto|cryptokit|random_bytes|secrets|messagedigest"
             r"|node:crypto|crypto module|mac\.getinstance|cipher\.getinstance|securerandom"
             r"|(?:externe?n? |zusätzliche\w? )?bibliothek\w{0,2}|librer[ií]as?(?: externas?)?"
             r"|biblioth[èe]ques?(?: externes?)?|librerie(?: esterne)?|bibliotecas?(?: externas?)?)")
_NEGATED_LIB = lazyre.compile(
    r"(?i)(?:\b(?:no|not|without|w/o|never|don'?t|do not|doesn'?t|cannot|can'?t|zero|avoid\w{0,3}"
    r"|ohne|keine?n?|sin|sans|pas de|aucune?|senza|nessun[ao]?|sem|nenhuma?|bez|без)\b"
    r"(?:\s+(?:use|using|import|importing|call|any|an?|the|external|extra|third-party|rely on|need)){0,3}"
    r"\s+" + _LIB_WORD + r"\b"
    r"|\b(?:only|just|nur|solo|seulement|solamente|apenas)\s+(?:the\s+)?(?:python-?\s?)?"
    r"(?:standard ?librar\w{1,3}|stdlib|standardbibliothek|biblioteca est[áa]ndar|librairie standard"
    r"|libreria standard)"
    r"|\b(?:pure|plain|vanilla|raw)\s+(?:python|js|javascript|c|lua|go|rust|math|maths)\b(?!\s+(?:wrapper|binding))"
    r"|\bjust (?:write )?the math\w?\b|\bby hand\b|\byourself\b|\bourselves\b|\bfrom scratch\b"
    r"|\bhand[- ]?(?:written|rolled|made)\b|\bhome[- ]?(?:made|grown)\b|\bcaser[oa]\b|\bpropi[oa]\b"
    r"|\bmaison\b|\bselbst ?gebaut\w{0,2}\b|\beigene\w?\b|\bfatt[oa] in casa\b"
    r"|ライブラリ(?:は|を)?(?:使わ|使いません|なし|無し|不要)|外部ライブラリなし|独自の|自作"
    r"|不(?:要|能)?(?:使)?用(?:任何)?(?:第三方)?库|不(?:要|能)?(?:使)?用\s*(?:hmac|hashlib|openssl|messagedigest|crypto\w{0,8}|任何库)"
    r"|没有\s*(?:hmac|hashlib|openssl|crypto\w{0,8}|任何库|库)|不能(?:装|安装)(?:任何)?(?:第三方)?库"
    r"|不依赖(?:任何)?库|自己(?:实现|写|设计)|без (?:сторонних )?библиотек"
    r"|kütüphane(?:siz| kullanma))")
_VETTED_DOING = lazyre.compile(
    r"(?i)\b(?:cryptography(?: package| library|\.hazmat|\.fernet)?|fernet|pycryptodome|pynacl|nacl"
    r"|libsodium|sodium|tink|openssl|bouncy ?castle|webcrypto|crypto\.subtle|subtle\.\w+|createCipheriv"
    r"|createHmac|createHash|createSign|createECDH|createDiffieHellman|hashlib|hmac|secrets\.\w+"
    r"|javax\.crypto|Cipher\.getInstance|MessageDigest|SecretKeySpec|KeyAgreement|Mac\.getInstance"
    r"|System\.Security\.Cryptography|AesGcm|ECDiffieHellman|RandomNumberGenerator|CryptoKit"
    r"|CommonCrypto|SecKey|crypto/\w+|golang\.org/x/crypto|ring|rustcrypto|aes-gcm crate|age"
    r"|gpg|gnupg|keyczar|jose|jwt|paseto|itsdangerous|bcrypt|argon2\w{0,3}|scrypt|pbkdf2\w{0,8}"
    r"|keystore|keychain|kms|vault|x25519|ed25519|noise protocol|signal protocol|tls|ssl|https"
    r"|random_bytes|randomBytes|getRandomValues|SecureRandom|urandom|token_\w+|libressl|mbedtls"
    r"|keygen\w{0,3}|cryptolens|lemon ?squeezy|gumroad|paddle|minisign|cosign|sigstore)\b")

# -- effects of a mechanism, per language ---------------------------------------------------
_KEY_NOUNS = (r"(?:password|passphrase|passcode|key|secret|pin|passwort|kennwort|schlüssel"
                 r"|geheimnis|contrase[ñn]a|clave|mot de passe|cl[ée]|phrase secr[èe]te|chiave"
                 r"|parola d'ordine|senha|chave|wachtwoord|sleutel|lösenord|парол\w{1,3}|ключ\w{0,3}"
                 r"|şifre\w{0,4}|anahtar\w{0,4}|hasło|klucz)")
_CONFIDENTIAL = lazyre.compile(
    r"(?i)(?:\b(?:unreadable|illegible|undecipherable|unintelligible|impossible to (?:read|open|decipher)"
    r"|useless to (?:anyone|anybody|others|an attacker)|gibberish|garbage to (?:anyone|others)|can'?t (?:be )?read|cannot (?:be )?read|can not (?:be )?read"
    r"|nobody (?:else )?can read|no one (?:else )?can read|not (?:be )?readable|unable to read"
    r"|(?:nicht|nie|niemand) (?:mehr )?(?:\w+ )?lesen|unlesbar\w{0,2}|no (?:se )?pued\w{1,3} leer\w{0,3}"
    r"|nadie (?:m[áa]s )?pued\w{1,3} leer\w{0,3}|ilegible\w?|illisible\w?|(?:ne|n') ?(?:\w+ )?puisse (?:pas |plus )?(?:les? |la )?lire"
    r"|personne ne (?:peut|puisse) (?:les? |la )?lire|non (?:si )?(?:poss\w{1,4}|riesc\w{1,4}) (?:più )?(?:a )?legger\w{0,4}"
    r"|illeggibil\w|não (?:se )?(?:poss\w{1,3}|consig\w{1,4}) l[eê]\w{0,4}|ilegível|onleesbaar|oläslig"
    r"|нельзя (?:было )?прочитать|не (?:смог\w{0,2}|мог\w{0,2}) прочитать|okunamaz\w{0,4})\b"
    r"|読めな|読めません|読み取れな|解読でき|无法(?:读取|阅读|看懂)|看不懂|读不了|不能读)")
_CONFIDENTIAL_KEY = lazyre.compile(
    r"(?i)\b(?:without|unless\s+(?:\w+\s+){0,2}?(?:has|have|knows?|enters?|types?)|except with"
    r"|only (?:\w+\s+){0,3}?(?:with|who (?:has|have|knows?))|ohne|au[ßs]er mit|sin|salvo con|sans|sauf avec"
    r"|senza|tranne con|sem|zonder|utan|без|bez)\s+(?:\w+\s+){0,2}?" + _KEY_NOUNS + r"\w{0,3}\b"
    # "illisible avec notre clé": with a key of the prompt's own
    r"|\b(?:with|using|by|avec|mit|con|com|met|med)\s+(?:our|my|notre|nos|mon|ma|unser\w{0,2}"
    r"|mein\w{0,2}|nuestr[oa]s?|mi|nostr[oa]|mio|mia|noss[oa]|meu|minha|onze|mijn)\s+(?:own\s+|propre\s+"
    r"|eigen\w{0,2}\s+|propi[oa]\s+)?" + _KEY_NOUNS + r"\w{0,3}\b"
    r"|\b" + _KEY_NOUNS + r"\w{0,4}\s+olmadan\b"
    r"|(?:パスワード|鍵|暗証番号|合言葉)(?:が|を)?(?:ないと|なしでは|なしに|なければ|知らないと|知らなければ)"
    r"|(?:没有|不知道|缺少)(?:正确的)?(?:密码|密钥|口令)")
_AGREEMENT = lazyre.compile(
    r"(?i)\b(?:same|identical|shared|common|gleiche\w?|selbe\w?|denselben|mism[oa]|m[êe]me|stess[oa]"
    r"|mesm[oa]|zelfde|samma|одинаков\w{0,3}|тот же|aynı)\s+(?:\w+\s+){0,2}?"
    r"(?:secret|key|number|value|geheimnis|schlüssel|zahl|wert|secreto|clave|n[úu]mero|valor|secret"
    r"|cl[ée]|nombre|valeur|segreto|chiave|numero|valore|segredo|chave|geheim|sleutel|nyckel"
    r"|секрет|ключ|число|sır\w{0,3}|anahtar\w{0,3})\b[^.!?\n]{0,80}?\b(?:without|never|ohne|nie|sin|nunca"
    r"|sans|jamais|senza|mai|sem|zonder|utan|без|никогда|olmadan)\b[^.!?\n]{0,40}?\b(?:send\w{0,3}"
    r"|sent|going|goes|go|travel\w{0,5}|transmit\w{0,5}|shar\w{1,3}|exchang\w{1,3}|über\w{0,10}"
    r"|schick\w{0,4}|send\w{0,4}|envi\w{1,5}|envoy\w{1,5}|transmit\w{1,6}|mand\w{1,5}|compart\w{1,5}|partag\w{1,5}"
    r"|invi\w{1,5}|trasmett\w{1,5}|condivid\w{1,5}|verstuur\w{0,3}|skicka\w{0,3}|отправ\w{1,6}"
    r"|переда\w{1,6}|gönder\w{0,8})"
    r"|\bagree\w{0,3} on (?:a |the |one |some )?(?:common |shared |session |secret )?(?:key|secret)s?\b"
    r"|\b(?:einigen sich auf|acuerd\w{1,4}|se mettent d'accord sur|concord\w{1,4}) (?:einen |un |una |une |uma )?"
    r"(?:gemeinsamen |común |commune? |comum )?(?:schlüssel|clave|secreto|cl[ée]|secret|chiave|chave)"
    r"|同じ(?:秘密|鍵|値|数)[^。\n]{0,40}?(?:送らず|送信せず|送らない|送信しない|やり取りせず)"
    r"|(?:送らず|送信せず|送らない|送信しない|やり取りせず)[^。\n]{0,30}?同じ(?:秘密|鍵|値|数)"
    r"|相同的?(?:密钥|秘密|数|值)[^。\n]{0,40}?(?:不(?:经过|通过|发送|传输)|无需(?:发送|传输))"
    r"|(?:不(?:发送|传输)|无需(?:发送|传输))[^。\n]{0,30}?相同的?(?:密钥|秘密)")
# A threshold scheme told by its effect: "any 2 of them together must be able to rebuild it, 1
# alone learns nothing" (Shamir's secret sharing, whatever it is called).
_THRESHOLD = lazyre.compile(
    r"(?i)\b(?:any|at least)\s+(?:\d{1,2}|two|three|four|five|six|seven)\b[^.!?\n]{0,60}?\b"
    r"(?:can|could|must|should|are able to|be able to|will)\b[^.!?\n]{0,30}?\b(?:rebuild|reconstruct"
    r"|recover|restore|recombine|reassemble|rejoin|put (?:it|them) back together|get (?:it|the \w+) back)\w{0,3}\b"
    r"|\b(?:alone|on (?:its|their|his|her) own|by (?:itself|themselves|himself|herself)|individually)"
    r"\s+(?:\w+\s+){0,2}?(?:learns?|reveals?|knows?|tells?|gives?)\s+(?:\w+\s+){0,2}?nothing\b")
_SHARE_OF_SECRET = lazyre.compile(
    r"(?i)\b(?:piece|pieces|share|shares|part|parts|fragment|fragments|shard|shards|split\w{0,3})\b"
    r"[^.!?\n]{0,60}?\b(?:secret|key|code|password|passphrase|seed|combination|pin)s?\b"
    r"|\b(?:secret|key|code|password|passphrase|seed|combination|pin)s?\b[^.!?\n]{0,60}?\b(?:piece"
    r"|pieces|shares|parts|fragments|shards|split\w{0,3})\b")
_INTEGRITY = lazyre.compile(
    r"(?i)(?:\b(?:tell|detect|know|notice|see|spot|check|verify|prove|catch|determine|recogni[sz]e)"
    r"\b[^.!?\n]{0,40}?\b(?:edited|forged|modified|tampered|altered|faked|changed|manipulated)\b"
    r"|\bwas(?:n'?t| not) (?:edited|forged|modified|tampered|altered|faked)"
    r"|\bcan'?t (?:be )?(?:forged|faked|tampered)|\bcannot (?:be )?(?:forged|faked|tampered)"
    r"|\bforg(?:ed|ery|eries|ing)\b|\btamper\w{0,5}\b"
    r"|\bgef[äa]lscht\w{0,2}|\bf[äa]lsch(?:ung|ungen|en)\b|\bmanipuliert\w{0,2}|\bver[äa]ndert\w{0,2}"
    r"|\bfalsificad\w{1,2}|\bfalsific\w{1,4}|\bfalsa\b|\bfalso\b|\bmanipulad\w{1,2}|\balterad\w{1,2}"
    r"|\bfalsifi\w{1,5}|\bcontrefa\w{1,5}|\bmodifi[ée]e?s? (?:par|sans)|\bcontraffatt\w|\bmanomess\w"
    r"|\bgeknoei\w{0,3}|\bvervalst\w{0,2}|\bförfalsk\w{0,4}|\bподдел\w{0,5}|\bизмен[её]н\w{0,3}"
    r"|\bsahte\w{0,4}|\bdeğiştiril\w{0,6}"
    r"|改ざん|改竄|偽造|篡改|伪造|防伪|被修改)")
_MIXED_SECRET = lazyre.compile(
    r"(?i)(?:\b(?:mix\w{0,3}|combin\w{1,4}|blend\w{0,3}|mélang\w{1,5}|combin\w{1,5}|mezcl\w{1,5}"
    r"|misch\w{1,5}|vermisch\w{1,5}|mescol\w{1,5}|mistur\w{1,5}|meng\w{1,4}|смеш\w{1,5}|karıştır\w{0,5})"
    r"\b[^.!?\n]{0,40}?\b(?:secret\w{0,6}|salt|sel|sal|salz|sale|zout|соль|tuz\w{0,3}|geheim\w{0,6}|secreto"
    r"|segret\w{1,2}|secr[eè]te?|segredo|pepper)\b"
    r"|\b(?:check ?(?:value|digit|sum|code)|control (?:value|code|digit)|verification value"
    r"|formula|formel|f[óo]rmula|formule|controllo|contr[ôo]le|pr[üu]f\w{1,8}|valor de control"
    r"|d[ií]gito de control|c[óo]digo de control|kontrol\w{0,6})\b[^.!?\n]{0,40}?\b(?:secret\w{0,6}"
    r"|segret\w{1,2}|secreto|secr[eè]te?|geheim\w{0,6}|segredo|gizli)\b"
    r"|\b(?:secret\w{0,6}|segret\w{1,2}|secreto|secr[eè]te?|geheim\w{0,6}|segredo|gizli)\s+"
    r"(?:formula|formel|f[óo]rmula|formule|check ?(?:value|sum))\b"
    # a secret told by who knows it: "a constant only the game knows", "a word only we know"
    r"|\b(?:built|made|computed|derived|mix\w{0,3}|combin\w{1,4}|crunch\w{0,3}|hash\w{0,3}|glu\w{1,3})"
    r"\b[^.!?\n]{0,60}?\b(?:word|value|number|constant|string|phrase|salt)s? (?:that )?only (?:we|us"
    r"|our \w{1,20}|the \w{1,20}) (?:knows?|can (?:compute|know|see))\b"
    r"|秘密[^。\n]{0,12}(?:混ぜ|組み合わせ|加え)[^。\n]{0,30}(?:チェック値|検証値|署名|ハッシュ|値)"
    r"|(?:密钥|秘密|盐)[^。\n]{0,12}(?:混合|拼接|组合)[^。\n]{0,30}(?:校验值|签名|哈希|值)"
    r"|(?:混合|拼接|组合|混入)[^。\n]{0,6}(?:密钥|秘密|盐)[^。\n]{0,12}(?:校验值|签名|哈希|值)"
    r"|(?:混ぜ|組み合わせ)[^。\n]{0,6}秘密[^。\n]{0,12}(?:チェック値|検証値|署名|ハッシュ))")
_CHECK_WORD = lazyre.compile(
    r"(?i)\b(?:check\w{0,5}|verif\w{1,8}|valid\w{1,6}|tokens?|tags?|signatur\w{0,3}|sign\w{0,3}|codes?"
    r"|keys?|hash\w{0,3}|checksum\w{0,2}|values?|digest|pr[üu]f\w{1,8}|codes?|c[óo]digos?|jetons?"
    r"|contr[ôo]l\w{1,3}|control\w{0,3}|firma\w{0,2}|licen\w{1,6}|lizenz\w{0,6}|coupon\w{0,2}"
    r"|voucher\w{0,2}|gutschein\w{0,3}|cupon\w{0,3}|valore|valeur|valor|wert)\b"
    r"|チェック|検証|署名|値|校验|签名|验证|值")
_NETWORKED = lazyre.compile(
    r"(?i)\b(?:internet|network|online|remote\w{0,2}|over the (?:wire|net)|peer|server"
    r"|netzwerk|red|en ligne|r[ée]seau|distanza|remoto|rede|hash\w{0,3}|digest|commit\w{0,4})\b|ネット|オンライン|网络|联网")
_COMMITMENT = lazyre.compile(
    r"(?i)(?:\bcommit\w{0,4}\b[^.!?\n]{0,80}?\breveal\w{0,3}\b|\bcommit[- ]and[- ]reveal\b"
    r"|\bcomprom\w{2,6}\b[^.!?\n]{0,80}?\b(?:revel\w{1,5}|révél\w{1,5})"
    r"|\bfestleg\w{1,4}\b[^.!?\n]{0,80}?\baufdeck\w{1,4}|\bimpegn\w{1,4}\b[^.!?\n]{0,80}?\brivel\w{1,4}"
    r"|\bcoin[- ]?(?:flip|toss)\w{0,3}\b[^.!?\n]{0,80}?\b(?:cheat\w{0,3}|trust\w{0,3}|fair\w{0,3})"
    r"|\b(?:lanz\w{1,4}|tir\w{1,4}|lanc\w{1,4}|lanç\w{1,4}) (?:una |une |uma )?(?:moneda|pi[èe]ce|moeda)"
    r"\b[^.!?\n]{0,80}?\b(?:trampa|trich\w{1,4}|trapa\w{0,4}|fair)"
    r"|コミット[^。\n]{0,40}公開|承诺[^。\n]{0,40}(?:公开|揭示))")
_OWN_MARKER = lazyre.compile(
    r"(?i)\b(?:(?:my|our|your|an?|the) own|eigene[nmrs]?|propi[oa]s?|propre|mio|nostro|pr[óo]pri[oa]"
    r"|custom|home[- ]?(?:made|grown)|hand[- ]?(?:rolled|made|written)|self[- ]made|selbst ?gebaut\w{0,2}"
    r"|caser[oa]|maison|fatt[oa] in casa|from scratch|von grund auf|desde cero|de z[ée]ro|da zero"
    r"|by hand|yourself|ourselves|selbst|nosotros mismos|nous-m[êe]mes|собственн\w{1,3}|свой|свою|своё)\b"
    r"|独自|自作|自己(?:实现|写|编写)|手写|自制")
_OWN_CRYPTO_NOUN = lazyre.compile(
    r"(?i)\b(?:hash(?:ing)?[ -]?(?:function|funktion|funci[óo]n|fonction|funzione|algorithm|algorithmus"
    r"|algoritmo|algorithme)s?|hashfunktion\w{0,2}|hash(?![ _-]{0,2}(?:table|map|set|ring|join|code|tabelle"
    r"|bucket|key|tabla|table|mappa|funktion f[üu]r (?:die )?tabelle)\w{0,2}\b)\w{0,3}|cipher\w{0,2}"
    r"|encrypt\w{0,5}|encryption|verschlüssel\w{0,5}|chiffr\w{1,5}|cifr\w{1,5}|crypt\w{0,6}|krypt\w{0,6}"
    r"|signatur\w{0,2}|signing|mac|digest|keystream|block cipher|stream cipher|шифр\w{0,5}|хеш\w{0,5}"
    r"|хэш\w{0,5})\b|ハッシュ関数|暗号|哈希(?:函数|算法)|加密(?:算法|函数)?|签名算法")
_SECRET_CONTEXT = lazyre.compile(
    r"(?i)\b(?:passw\w{0,12}|kennw\w{0,6}|secret\w{0,4}|geheim\w{0,6}|token\w{0,2}|keys?|schlüssel\w{0,2}"
    r"|sign\w{0,6}|tamper\w{0,4}|integrity|integrität|protect\w{0,4}|sch[üu]tz\w{0,4}|confidential\w{0,3}"
    r"|encrypt\w{0,5}|verschlüssel\w{0,5}|chiffr\w{1,5}|cifr\w{1,5}|cipher\w{0,2}|contrase[ñn]a\w?|clave\w?"
    r"|mot de passe|cl[ée]s?|senhas?|chaves?|credential\w{0,2}|licen[cs]e\w{0,2}|lizenz\w{0,3}|pin|otp"
    r"|парол\w{1,3}|ключ\w{0,3}|шифр\w{0,5}|şifre\w{0,4})\b|パスワード|暗号|鍵|密码|密钥|加密|签名")
_HASH_OWN = lazyre.compile(
    r"(?i)\b(?:hash\w{0,3}|digest\w{0,2}|checksum\w{0,2}|cipher\w{0,2}|encrypt\w{0,5}|signature\w{0,2}"
    r"|mac|tag|keystream|key ?(?:exchange|agreement)|cifrad\w{1,2}|cifr\w{1,3}|chiffr\w{1,5}|verschlüssel\w{0,5}"
    r"|hachage|firma|signatur\w{0,2}|prüfsumme\w{0,2}|ハッシュ|暗号|署名|チェック値|哈希|加密|签名|校验)\b")
# What the licence or serial checks are about: a key nobody can make or change but its vendor.
_LICENCE = lazyre.compile(r"(?i)\b(?:licen[cs]e|lizenz|licencia|licen[çc]a|licenza|serial|product)"
                      r"[ _-]?(?:keys?|codes?|schlüssel\w{0,2})?\b|\bchiavi di licenza|\bclaves? de licencia"
                      r"|\bcl[ée]s? de licence|ライセンスキー|许可证密钥|授权码|激活码")

# -- named primitives written in a programming language ------------------------------------
_NAMED_CIPHER = lazyre.compile(
    r"\b(?:RC4|ARC4|[Aa]rcfour|RC5|RC6|(?-i:DES)|3DES|[Tt]riple[- ]DES|(?-i:TEA)|X?XTEA|[Bb]lowfish"
    r"|[Tt]wofish|[Ss]erpent|[Ss]alsa20|[Ss]kipjack|CAST-?128|CAST5|[Cc]amellia|GOST|[Rr]ijndael"
    r"|[Tt]hreefish|[Ff]eistel(?: (?:cipher|network))?|SipHash|[Kk]eccak|Vigen[eè]re|Enigma"
    r"|one[- ]time pad|XOR cipher|(?-i:SPECK|SIMON|PRESENT))\b")
_PROG_LANG = (r"(?:Python|JavaScript|JS|TypeScript|TS|Lua|Luau|C|C\+\+|C#|Rust|Go|Golang|Java|Kotlin"
              r"|Swift|Ruby|PHP|Perl|Haskell|Zig|Nim|Elixir|Erlang|Scala|Dart|Bash|PowerShell"
              r"|assembly|asm|Verilog|VHDL|Solidity|MATLAB|Julia|OCaml|F#|Clojure|Lisp|Pascal|Delphi"
              r"|COBOL|Fortran|VB(?:\.NET|A)?|Objective-C|GDScript|WASM|WebAssembly|Arduino|MicroPython"
              r"|Apex|Groovy|Crystal|V|D|R)")
_IN_LANGUAGE = lazyre.compile(
    r"(?:\s+(?:\w+\s+){0,2}?)?(?:\bin|\bfor|\bfür|\bauf|\ben|\bem|\bauf|\bna|\bsu|\bdans"
    r"|\bpara|\bper|\bwith)\s+(?:pure\s+|plain\s+|vanilla\s+|reinem\s+|puro\s+)?" + _PROG_LANG
    + r"(?![\w+#])|\s*(?:で|を|用|の)\s*(?:" + _PROG_LANG + r")?")
_LANG_FIRST = lazyre.compile(
    r"\b(?:in|en|em|na|auf|dans)\s+" + _PROG_LANG + r"(?![\w+#])[^.!?\n]{0,30}?$")
_BUILD = lazyre.compile(
    r"(?i)\b(?:write|writing|implement\w{0,6}|code|coding|build|create|make|port|translate|rewrite"
    r"|give me|need|want|add|schreib\w{0,3}|implementier\w{0,3}|programmier\w{0,3}|erstell\w{0,3}"
    r"|escrib\w{1,4}|implement[ae]\w{0,4}|program[ae]\w{0,3}|cre[ae]\w{0,3}|écri\w{1,4}|implément\w{1,4}"
    r"|scriv\w{1,4}|realizz\w{1,4}|escrev\w{1,4}|schrijf|skriv\w{0,2}|напиш\w{1,3}|реализ\w{1,5}"
    r"|yaz\w{0,3}|please|pls|bitte|por favor|per favore|s'il te pla[iî]t|svp|alsjeblieft|пожалуйста"
    r"|lütfen|proszę)\b|書いて|実装|作って|お願い|写一?个|实现|编写|请")
_USED_FOR = lazyre.compile(
    r"(?i)\b(?:using|use|with|via|through|from|call\w{0,3}|wrapper|binding|library|package|module"
    r"|crate|gem|sdk|api|mit|con|avec|usando|utilisant|via)\b[^.!?\n]{0,25}$")

# -- pasted primitives, and what is asked of them -------------------------------------------
_CODE_PRIMITIVE = lazyre.compile(
    r"\b(\w{1,8})\s*,\s*(\w{1,8})\s*=\s*\2\s*,\s*\1\s*\^"  # Feistel swap: l, r = r, l ^ f(r)
    r"|\b0x(?:9[eE]3779[bB]9|61[cC]88647|[cC]6[eE][fF]3720)\b"  # TEA/XTEA delta
    r"|\b(?:mod_?pow|pow_?mod|modexp|mod_?exp|powm|modular_?pow\w{0,4})\s*\("
    r"|\bwhile\s*\(?\s*(\w{1,6})\s*>\s*0n?\s*\)?[^\n]{0,80}?(\w{1,6})\s*\*\s*(\w{1,6})\s*%\s*(\w{1,6})"
    r"|\b\w{0,12}(?:block|round)_?(?:en|de)crypt\w{0,8}\s*\("
    r"|\b(?:sbox|s_box|SBOX|S_BOX|key_?schedule|expand_?key|sub_?bytes|shift_?rows|mix_?columns)\b"
    r"|\b(?:quarter_?round|qround|rotl|rotr|ROTL|ROTR)\s*\("
    r"|\bkey\w{0,6}\s*\[\s*\w{1,3}\s*%\s*\w{1,12}\s*\]"  # a key indexed cyclically
    r"|\bswap\s*\(\s*&?\s*S\s*\[\s*i\s*\]\s*,\s*&?\s*S\s*\[\s*j\s*\]"  # RC4's swap
    r"|\bj\s*=\s*\(\s*j\s*\+\s*S\s*\[\s*i\s*\]")
_CODE_ACTION = lazyre.compile(
    r"(?i)\b(?:port\w{0,3}|translat\w{1,3}|rewrite|convert\w{0,3}|optimi[sz]\w{0,3}|faster|speed\w{0,3}"
    r"|slow|perf\w{0,9}|fix\w{0,3}|debug\w{0,3}|bug\w{0,2}|broken|wrong\w{0,2}|doesn'?t work|not working"
    r"|invers\w{0,2}|invert\w{0,3}|reverse|undo|get (?:the )?(?:original|plaintext) back|decrypt\w{0,3}"
    r"|complete|finish|extend|montgomery|karatsuba|vectori[sz]\w{0,3}|simd|avx|unroll\w{0,3}"
    r"|portier\w{0,3}|übersetz\w{0,3}|schneller|beschleunig\w{0,3}|korrigier\w{0,3}|reparier\w{0,3}"
    r"|falsch|kaputt|portar|traduc\w{1,4}|traduis\w{0,3}|traduir\w{0,3}|optimiz\w{1,4}|optimis\w{1,4}"
    r"|optimiz\w{1,4}|arregl\w{1,4}|corrig\w{1,4}|correggi\w{0,3}|sistem\w{1,4}|velocizz\w{1,4}|male"
    r"|mal|incorrect\w{0,4}|sbagliat\w|errat\w|falla|fall[ae]|не работает|исправ\w{1,5}|ускор\w{1,5}"
    r"|перепиш\w{1,3}|düzelt\w{0,4}|hızlandır\w{0,4})\b"
    r"|移植|高速化|修正|直して|速く|最適化|逆関数|优化|修复|改写|加速|逆函数|翻译成")
_REVIEW_ONLY = lazyre.compile(
    r"(?i)\b(?:don'?t|do not|please don'?t|no need to) (?:re-?write|change|fix|modify|touch|refactor"
    r"|give me (?:new |fixed |corrected )?code|write (?:any |new |a fix|code))\b"
    r"|\bno (?:code|rewrite|fix|fixes|patch)(?:,| please|\.|;| needed| required)"
    r"|\bjust (?:explain|review|tell me|describe|point out)\b|\bonly (?:explain|review|describe|point out)\b"
    r"|\bexplain only\b|\bas a study aid\b|\bstudy (?:aid|purposes|notes)\b|\bfor (?:my )?(?:study|studying)\b"
    r"|\b(?:not|never) going to (?:use|ship|deploy) (?:it|this)\b|\bwon'?t (?:use|ship|deploy) (?:it|this)\b"
    r"|\bne (?:le |la |les )?(?:r[ée][ée]cris|modifie|corrige|change) pas\b|\bsans (?:le )?r[ée][ée]crire\b"
    r"|\bno (?:lo |la )?(?:reescribas|cambies|corrijas|modifiques)\b|\bsin reescribir\w{0,3}\b"
    r"|\bnicht (?:umschreiben|neu schreiben|ändern|korrigieren)\b|\bohne (?:es )?(?:umzuschreiben|zu ändern)\b"
    r"|\bnon (?:lo |la )?(?:riscrivere|modificare|correggere|cambiare)\b|\bnão (?:o |a )?(?:reescreva|altere|corrija)\b"
    r"|\bdüzeltme yazma\b|\bkod yazma\b|\bsadece\b[^.!?\n]{0,40}?\baçıkla\w{0,3}"
    r"|\b(?:nur|solo|seulement|solamente|apenas|solo) (?:erklär\w{0,3}|expl\w{2,8}|spieg\w{2,6})"
    r"|\bне (?:переписывай|исправляй|меняй)\b|書き直さない|書き換えない|修正しない|直さない|説明だけ"
    r"|不要(?:重写|改写|修改)|只(?:需要)?(?:解释|说明)")
_REVIEW_WEAK = lazyre.compile(
    r"(?i)\bwalk me through\b|\bwhat (?:each|every) line does\b|\bline by line what\b"
    r"|\b(?:is|are) (?:this|it|these|the \w+) (?:vulnerable|safe|secure|broken)\b"
    r"|\b(?:tell|show) me (?:if|whether|why)\b|\bme dire si\b|\bdimmi se\b|\bdime si\b"
    r"|\bsag mir,? ob\b|\bneden\b|\bwarum\b|\bpor qu[ée]\b|\bpourquoi\b|\bperch[ée]\b")
_WRITE_VERB = lazyre.compile(
    r"(?i)\b(?:write|implement|create|build|generate|port|translate|rewrite|fix|optimi[sz]e"
    r"|schreib\w{0,3}|escrib\w{1,4}|[ée]cri[st]\w{0,3}|scriv\w{1,4}|напиши)\b|書いて|实现|编写")
_PRODUCE_AGAIN = lazyre.compile(
    r"(?i)\b(?:and then|then|also|afterwards|after that) (?:write|implement|port|rewrite|fix|give me)\b")

# -- a general-purpose generator for a secret ---------------------------------------------
_SEEDED = lazyre.compile(
    r"(?i)\b(?:random\.seed|srand|mt_srand|srandom|Random|seed|rand\.Seed|setSeed)\s*\(\s*"
    r"(?:[\w.]{0,12}\()?[\w. ]{0,20}?(?:time|now|clock|millis|ticks|date|getpid|pid)\w{0,10}")
_WEAK_GEN = lazyre.compile(
    r"\brandom\.(?:getrandbits|randint|randrange|choice|choices|random|sample|randbytes)\s*\("
    r"|\bMath\.random\s*\(|\bnew\s+Random\s*\(|(?<![\w.])rand\s*\(\)|\bmt_rand\s*\(|\brand\.(?:Intn|Read|Int63)\s*\(")
_KEY_TARGET = lazyre.compile(
    r"(?i)\b(?:\w{0,12}_)?(?:key|keys|iv|nonce|salt|secret|password|passwd|pwd|token|otp|pin|seed"
    r"|passphrase|schluessel|clave|cle|chiave|senha|sifre)\b\s*(?:\[[^\]\n]{0,10}\]\s*)?[:=]"
    r"|\w{0,20}(?:secret|passw\w{0,12}|kennw\w{0,6}|token)s?\b|\bcontrase\w{1,4}|\bmots? de passe"
    r"|\bsenhas?|\bşifre\w{0,4}|\bпарол\w{1,3}"
    r"|\b(?:aes|encryption|signing|hmac|secret|private|master|session|backup|api|crypto|wifi|admin)"
    r"[ _-]?(?:keys?|passwords?|secrets?|tokens?)\b|\bpassword generator\b|\bpasswords?\b")


def _near(pattern: re.Pattern[str], text: str, start: int, end: int, width: int) -> bool:
    gap = text.rfind("\n\n", 0, start)
    low = max(gap + 2 if gap >= 0 else 0, start - width)
    high = text.find("\n\n", end)
    high = min(high if high >= 0 else len(text), end + width)
    return pattern.search(text, low, high) is not None


def _code_spans(text: str) -> list[tuple[int, int]]:
    spans = [(m.start(), m.end()) for m in re.finditer(r"```.*?(?:```|\Z)", text, re.S)]
    return spans


def _prose(text: str) -> str:
    """The text with fenced code blanked out (same length), so prose readings skip code."""
    spans = _code_spans(text)
    if not spans:
        return text
    parts, last = [], 0
    for start, end in spans:
        parts.append(text[last:start])
        parts.append(" " * (end - start))
        last = end
    parts.append(text[last:])
    return "".join(parts)


# Before a self-made marker, these take the self-made thing away: "remove the homemade XOR
# cipher", "replace our own hash with hashlib".
_AWAY = lazyre.compile(
    r"(?i)\b(?:remov\w{0,3}|replac\w{0,4}|drop\w{0,4}|delet\w{0,3}|get rid of|rip\w{0,4} out|retir\w{0,3}"
    r"|migrat\w{0,3} (?:away )?(?:off|from)|instead of|rather than|ersetz\w{0,3}|entfern\w{0,3}"
    r"|reemplaz\w{0,3}|elimin\w{1,4}|remplac\w{0,4}|supprim\w{0,4}|sostitui\w{0,3}|rimuov\w{0,3}"
    r"|substitu\w{0,4}|remova|убер\w{1,3}|замени\w{0,3})\b[^.!?\n]{0,40}$")


# A prohibition in the same clause: "never write crypto primitives yourself", "do not roll your
# own" (a comma ends the clause: "don't use a library, write it yourself" still asks for it).
_FORBIDDEN = lazyre.compile(
    r"(?i)\b(?:never|don'?t|do not|must not|mustn'?t|should not|shouldn'?t|may not|no one should"
    r"|niemals|nie|jamais|ne jamais|nunca|mai|никогда не|не надо)\b[^.!?\n,;:]{0,40}$")


# A marker refused right before it: "no hand-rolled crypto", "nothing home-made", "sin nada
# casero".
_REFUSED_HERE = lazyre.compile(
    r"(?i)\b(?:no|nothing|none|without|zero|ohne|keine?n?|sin|sans|aucune?|senza|sem|bez|без)"
    r"(?:[ \t]+(?:more|any|other|nada|rien))?[ \t]+$")


def _taken_away(text: str, offset: int) -> bool:
    return _AWAY.search(text, max(0, offset - 60), offset) is not None or \
        _FORBIDDEN.search(text, max(0, offset - 60), offset) is not None or \
        _REFUSED_HERE.search(text, max(0, offset - 30), offset) is not None


@functools.lru_cache(maxsize=4)
def review_only(text: str) -> bool:
    """The prompt asks only for a review or an explanation of what it shows."""
    head = _prose(text[:4000])
    if _PRODUCE_AGAIN.search(head) is not None:
        return False
    if _REVIEW_ONLY.search(head) is not None:
        return True
    return _REVIEW_WEAK.search(head) is not None and _WRITE_VERB.search(head) is None


# "replace <something> with <library>": the library named after "with" is the replacement.
_REPLACED_BY = lazyre.compile(
    r"(?i)\b(?:replac\w{0,4}|swap\w{0,4})\b(?:\s+\S+){1,3}?\s+(?:with|by)\s+(?:[\w'.]+\s*)?$")


def library_does_the_work(text: str) -> bool:
    """A vetted crypto library or platform API is named and not ruled out."""
    for match in _VETTED_DOING.finditer(text):
        before = text[max(0, match.start() - 40):match.start()]
        if _REPLACED_BY.search(before) is not None:
            return True  # "replace Math.random() with crypto.getRandomValues": it does the work
        if re.search(r"(?i)\b(?:no|not|without|never|don'?t|do not|ohne|kein\w{0,2}|sin|sans|pas de"
                     r"|senza|sem|instead of|rather than|replac\w{0,4})\b(?:\s+\S+){0,3}\s*$",
                     before) is None:
            return True
    return False


def vetted_use(text: str) -> bool:
    """A vetted library or platform API does the crypto and nothing rules libraries out or
    asks for the work by hand."""
    prose = _prose(text[:200_000])
    return library_does_the_work(prose) and _NEGATED_LIB.search(prose) is None


class _LibraryFacts:
    """Whether the prompt rules libraries out or names one doing the work, read on first use
    (most prompts never ask)."""

    def __init__(self, prose: str) -> None:
        self._prose = prose
        self._self_made: bool | None = None
        self._library: bool | None = None

    @property
    def self_made(self) -> bool:
        if self._self_made is None:
            self._self_made = any(not _taken_away(self._prose, m.start())
                                  for m in _NEGATED_LIB.finditer(self._prose))
        return self._self_made

    @property
    def library(self) -> bool:
        if self._library is None:
            self._library = library_does_the_work(self._prose)
        return self._library


# Every pasted primitive of `_CODE_PRIMITIVE` holds one of these (a quick pass first).
_CODE_HINT = re.compile(r"\^|%|0x|[Cc]rypt|[Bb][Oo][Xx]|[Ss]chedule|[Ee]xpand|_bytes|_rows|_columns"
                        r"|[Rr]ound|[Rr][Oo][Tt][LlRr]|pow|[Ee]xp\(|[Ee]xp_?mod|\bswap\b|S\[")


def effect_request(text: str) -> tuple[int, int, str, str] | None:
    """Readings 1-3: (start, end, text, reason) of a crypto-implementation request told by its
    effect, by a named primitive in a language, or by pasted primitive code with an action."""
    if len(text) > 200_000:
        text = text[:200_000]
    prose = _prose(text)
    facts = _LibraryFacts(prose)
    # 1. effects
    for pattern, needs_marker, reason in (
            (_CONFIDENTIAL, False, "asks for encryption told by its effect"),
            (_AGREEMENT, False, "asks for a key agreement told by its effect"),
            (_MIXED_SECRET, False, "asks for a home-made MAC told by its effect"),
            (_COMMITMENT, True, "asks for a home-made commitment scheme"),
            (_THRESHOLD, False, "asks for a secret-sharing scheme told by its effect"),
            (_INTEGRITY, True, "asks for a home-made integrity or authenticity scheme")):
        for match in pattern.finditer(prose):
            if pattern is _CONFIDENTIAL and not _near(_CONFIDENTIAL_KEY, prose, match.start(),
                                                       match.end(), 160):
                continue
            if pattern is _INTEGRITY and not (
                    (facts.self_made and _near(_HASH_OWN, prose, match.start(), match.end(), 400))
                    or (_near(_LICENCE, prose, match.start(), match.end(), 200)
                        and (facts.self_made or not facts.library))):
                continue
            if pattern is _COMMITMENT and not (
                    (facts.self_made or not facts.library)
                    and _near(_NETWORKED, prose, match.start(), match.end(), 200)):
                continue
            if pattern is _MIXED_SECRET and not _near(_CHECK_WORD, prose, match.start(),
                                                      match.end(), 150):
                continue
            if pattern is _THRESHOLD and not _near(_SHARE_OF_SECRET, prose, match.start(),
                                                   match.end(), 200):
                continue
            if not needs_marker and facts.library and not facts.self_made:
                continue
            return match.start(), match.end(), match.group(), reason
    # 1b. an own crypto primitive: "eine eigene Hashfunktion", "our own cipher", "自作の暗号"
    for match in _OWN_MARKER.finditer(prose):
        if _taken_away(prose, match.start()):
            continue
        if _near(_OWN_CRYPTO_NOUN, prose, match.start(), match.end(), 40) and _near(
                _SECRET_CONTEXT, prose, match.start(), match.end(), 200) and (
                not facts.library or facts.self_made):
            return match.start(), match.end(), match.group(), "asks for self-made cryptography"
    # 2. a named primitive written in a language
    for match in _NAMED_CIPHER.finditer(prose):
        after = prose[match.end():match.end() + 40]
        before = prose[max(0, match.start() - 60):match.start()]
        lang_after = _IN_LANGUAGE.match(after) is not None and re.match(
            r"(?:\s+(?:\w+\s+){0,2}?)?(?:in|for|für|en|em|na|dans|para|per|with|auf)\s", after) is not None
        lang_before = _LANG_FIRST.search(before) is not None
        if not (lang_after or lang_before):
            continue
        if _USED_FOR.search(before) is not None:
            continue
        line_start = prose.rfind("\n", 0, match.start()) + 1
        sentence = prose[max(line_start, match.start() - 80):match.start() + 80]
        if _BUILD.search(sentence) is None and match.start() - line_start > 3:
            continue
        if facts.library and not facts.self_made:
            continue
        return match.start(), match.end(), match.group(), "asks to write a named primitive"
    # 3. pasted primitive code with an action on it
    code = _CODE_PRIMITIVE.search(text) if _CODE_HINT.search(text) is not None else None
    if code is not None:
        asks = _CODE_ACTION.search(prose)
        if asks is not None and not review_only(text):
            return code.start(), code.end(), code.group(), (
                "asks to change or port pasted code that implements a primitive")
    return None


# -- an exclusive effect: what data becomes to everyone but a few -------------------------
# The effect of a cipher, a MAC or a secure generator told by *who* is shut out, with no key
# word at all: "only the two of us can read the notes", "look random to anyone but the holder",
# "numbers nobody can predict", "impossible to fake". Asked for with the library ruled out or
# the mechanism to be written ("write the algorithm yourself", "zero deps"), it is a request to
# build the primitive.
_EXCLUSIVE = lazyre.compile(
    r"(?i)\bonly (?:the |a |our |us |we |you |me |they |its |their )?(?:\w+ ){0,3}?(?:can|could|may"
    r"|are able to|is able to|will be able to|should be able to|gets? to) (?:ever )?(?:read|open|decode"
    r"|decipher|understand|see|view|recover|unlock|make sense of|turn (?:it |them )?back|undo)\b"
    r"|\b(?:to|for|by|from) (?:anyone|anybody|everyone|everybody|all|people|others|outsiders)"
    r"(?: else)? (?:but|except|other than|besides|without) \w+"
    r"|\b(?:looks?|appears?|seems?|look like|looks like) (?:like )?(?:completely |totally |pure )?"
    r"(?:random|noise|garbage|gibberish|nonsense|static)\b(?=[^.!?\n]{0,60}\b(?:but|except|unless|without|only)\b)"
    r"|\b(?:nobody|no one|no-one|noone|none of (?:them|the \w+)|nothing)"
    r"(?: else)? (?:can|could|should|must|will|would) (?:ever |be able to |possibly )?"
    r"(?:predict|guess|forge|fake|read|decode|decipher|work out|reverse|recover|enumerate|walk"
    r"|iterate|step through|tamper|alter)\b"
    r"|\b(?:an attacker|attackers|outsiders|others|strangers|anyone else|players|cheaters)"
    r" (?:can'?t|cannot|could ?n'?t|won'?t|must ?n'?t|should ?n'?t|must not|should not|will not|is unable to"
    r"|are unable to) (?:ever |be able to |possibly )?"
    r"(?:predict|guess|forge|fake|read|decode|decipher|work out|reverse|recover)\b"
    r"|\bimpossible (?:for \w+ (?:\w+ )?)?to (?:predict|guess|forge|fake|read|decode|decipher|reverse)\b"
    r"|\b(?:unpredictable|unguessable|unforgeable|unfakeable)\b")
# what "write it yourself" is about: the mechanism, not the screen around it
_MECHANISM = lazyre.compile(
    r"(?i)\b(?:algorithm|routine|generator|transform\w{0,5}|math|maths|scheme|mechanism|encod\w{1,3}"
    r"|decod\w{1,3}|scrambl\w{1,3}|inverse|permutation|mixing|rounds?|algoritm\w{1,2}"
    r"|algorithme|algorithmus)\b")


def exclusive_effect_request(text: str) -> tuple[int, int, str, str] | None:
    """An exclusive effect (`_EXCLUSIVE`) asked for with the library ruled out or the
    mechanism to be written by the assistant (`_NEGATED_LIB`, not taken away)."""
    if len(text) > 200_000:
        text = text[:200_000]
    prose = _prose(text)
    match = _EXCLUSIVE.search(prose)
    if match is None:
        return None
    facts = _LibraryFacts(prose)
    if not facts.self_made:
        return None
    for own in _NEGATED_LIB.finditer(prose):
        if _taken_away(prose, own.start()):
            continue
        if abs(own.start() - match.start()) <= 300 and _near(_MECHANISM, prose, own.start(),
                                                               own.end(), 120):
            return match.start(), match.end(), match.group(), (
                "asks for a mechanism told by whom it shuts out, written by hand")
    return None


# -- legibility: "unreadable" said of how text looks to a reader --------------------------
_ILLEGIBLE = lazyre.compile(r"(?i)\b(?:unreadabl\w{1,3}|illegibl\w{1,3}|hard to read|impossible to read"
                            r"|can'?t (?:be )?read|cannot (?:be )?read|garbled|gibberish)\b")
# how text looks: colours, fonts, layout, minified or formatted code, a screen
_LOOKS = lazyre.compile(
    r"(?i)\b(?:(?:dark|light|night|high[- ]contrast) (?:mode|theme)|contrast|colou?rs?|fonts?|font[- ]size"
    r"|typeface|themes?|css|styles?|stylesheet|minif\w{1,5}|uglif\w{1,5}|bundl\w{1,3}|prettier"
    r"|indent\w{0,5}|format\w{0,5}|line (?:length|breaks?|wrap\w{0,3})|word[- ]wrap|layout|screens?"
    r"|mobile|zoom\w{0,3}|blurr?y|tiny|too small|pixel\w{0,3}|retina|handwriting|accessib\w{1,6}"
    r"|wcag|variable names|naming|spaghetti|refactor\w{0,3})\b")
# what would make it secrecy after all
_SECRECY = lazyre.compile(
    r"(?i)\b(?:(?:\w+_)?keys?|\w*crypt\w*|readable by|secret\w{0,3}|password\w{0,2}|passphrase\w{0,2}|pin|only|unless|except|without"
    r"|nobody|no one|anyone but|anyone else|intercept\w{0,4}|attacker\w{0,2}|outsiders?|confidential"
    r"|private|protect\w{0,4}|encrypt\w{0,4}|cipher\w{0,2}|scrambl\w{1,3}|obfuscat\w{1,4})\b")


def legibility_only(text: str, start: int, end: int) -> bool:
    """The span `start:end` says text is unreadable, its sentence is about how text looks
    (colours, fonts, minified code), and the prompt holds no word of secrecy anywhere (so no
    other crypto reading is hidden behind this one): "the error messages are unreadable in
    dark mode; fix the colours" asks for no cipher."""
    if len(text) > 20_000 or _ILLEGIBLE.search(text, start, end) is None:
        return False  # (a long prompt keeps its reading: the whole of it is not searched)
    low = max(text.rfind(".", 0, start), text.rfind("\n", 0, start), start - 200) + 1
    highs = [i for i in (text.find(".", end), text.find("\n", end)) if i >= 0]
    high = min([*highs, end + 200, len(text)])
    return _LOOKS.search(text, low, high) is not None and _SECRECY.search(text) is None


_RANDOM_HINT = re.compile(r"(?i)rand|seed")


def weak_secret_request(text: str) -> tuple[int, int, str, str] | None:
    """Reading 4: a general-purpose generator seeded with the clock or drawn for a key,
    password or token, whatever library is named for the rest of the request."""
    if len(text) > 200_000:
        text = text[:200_000]
    if _RANDOM_HINT.search(text) is None:
        return None  # every generator's name holds one of these (a quick pass first)
    for pattern in (_SEEDED, _WEAK_GEN):
        for match in pattern.finditer(text):
            line_start = text.rfind("\n", 0, match.start()) + 1
            before = text[max(line_start, match.start() - 50):match.start()]
            if re.search(r"(?i)\b(?:not|no|never|instead of|rather than|replac\w*|avoid\w*|without"
                         r"|don'?t|nicht|statt|sin|sans|senza|em vez de|en lugar de|au lieu de"
                         r"|nunca|jamais)\b", before):
                continue
            if pattern is _WEAK_GEN:
                # the generator's value is assigned to a key-like name on its line or in the
                # same sentence ("key = bytes(random.getrandbits(8) ...)")
                line_end = text.find("\n", match.end())
                line = text[line_start:line_end if line_end >= 0 else len(text)]
                if re.search(r"(?i)\b(?:\w{0,12}_)?(?:key|iv|nonce|salt|secret|token|otp)s?\s*=",
                             line) is None:
                    continue
            elif not _near(_KEY_TARGET, text, match.start(), match.end(), 150):
                continue
            return match.start(), match.end(), match.group(), (
                "asks to make a secret with a non-cryptographic generator")
    return None
