"""Writes labels.jsonl: each unit is (file, first line of its span, seeded code, kind,
vulnerable, blocks); the span runs to the end of that block (indentation for Python, braces
otherwise) and over `blocks` consecutive blocks when a unit is split across helpers."""
import json
from pathlib import Path

root = Path(__file__).parent / "impl"
U = [
 ("apiary_coop.py", "class InviteDesk", "self.rng.choice(string.ascii_letters", "weak-prng", True, 1),
 ("apiary_coop.py", "def _pad_blocks", "return bytes(b ^ next(pad)", "xor-keystream", True, 2),
 ("apiary_coop.py", "def sign_lot_label", "return hashlib.sha256(material)", "hash-mac", True, 1),
 ("apiary_coop.py", "def _is_probable_prime", "return pow(m, self.e, self.n)", "textbook-rsa", True, 2),
 ("apiary_coop.py", "def stretch_password", "digest = hashlib.sha1(digest + password", "kdf", True, 1),
 ("apiary_coop.py", "def same_reset_token", "result |= x ^ y", "constant-time-compare", True, 1),
 ("apiary_coop.py", "def _mix", "left, right = right, left ^ _mix(right, k)", "block-cipher", True, 2),
 ("apiary_coop.py", "def crc16_ccitt", "crc = ((crc << 1) ^ 0x1021)", "checksum", False, 1),
 ("apiary_coop.py", "def find_in_log", "cur = ((cur - ord(log[i]) * high)", "rolling-hash", False, 1),
 ("apiary_coop.py", "def simulate_forage", "rng = random.Random(hive_id)", "simulation", False, 1),
 ("apiary_coop.py", "def swarm_combinations", "return num * pow(den, p - 2, p) % p", "math", False, 1),
 ("apiary_coop.py", "def sensor_parity", "parity ^= b", "checksum", False, 1),
 ("apiary_coop.py", "def hive_lists_match", "if a != b:", "equality", False, 1),
 ("apiary_coop.py", "def open_day_puzzle", "out.append(chr((ord(ch) - 65 + PUZZLE_SHIFT)", "game", False, 1),
 ("foodTruckFest.js", "class VendorRegistry", "const part = () => Math.random()", "weak-prng", True, 1),
 ("foodTruckFest.js", "function obfuscateCard", "out[i] = b ^ secret.charCodeAt(i % secret.length);", "xor-keystream", True, 1),
 ("foodTruckFest.js", "function sdbm", "return sdbm(signingSecret + JSON.stringify(body))", "hash-mac", True, 2),
 ("foodTruckFest.js", "function safeEquals", "mismatch |= a.charCodeAt(i) ^ b.charCodeAt(i % b.length);", "constant-time-compare", True, 1),
 ("foodTruckFest.js", "function powMod", "const shared = powMod(BigInt(tillPublic), ourSecret, PRIME);", "textbook-dh", True, 2),
 ("foodTruckFest.js", "function vigenere", "out += String.fromCharCode(((c - 97 + key.charCodeAt(j++ % key.length) - 97) % 26) + 97);", "classical-cipher", True, 2),
 ("foodTruckFest.js", "function gridCell", "h = Math.imul(h ^ ch.charCodeAt(0), 16777619);", "hash-table", False, 1),
 ("foodTruckFest.js", "function shuffleLineup", "const j = Math.floor(Math.random() * (i + 1));", "ui-randomness", False, 1),
 ("foodTruckFest.js", "function luhnValid", "return sum % 10 === 0;", "checksum", False, 1),
 ("foodTruckFest.js", "function retryDelay", "return base / 2 + Math.random() * (base / 2);", "jitter", False, 1),
 ("foodTruckFest.js", "function adler32", "b = (b + a) % 65521;", "checksum", False, 1),
 ("foodTruckFest.js", "function rotationPeriod", "return (slotsA * slotsB) / gcd(slotsA, slotsB);", "math", False, 1),
 ("foodTruckFest.js", "function compressMenu", "return zlib.deflateSync(", "encoding", False, 1),
 ("rowingClub.ts", "class Lcg", "for (let i = 0; i < 6; i++) code += (doorRng.next() % 10).toString();", "weak-prng", True, 3),
 ("rowingClub.ts", "const rotl", "[a, b] = mixPair(a, b, keyWords[round % keyWords.length]);", "block-cipher", True, 3),
 ("rowingClub.ts", "export function deriveExportKey", "h = createHash('md5').update(h).digest('hex');", "kdf", True, 1),
 ("rowingClub.ts", "export class StreamSealer", "return crewSheet.map((b) => b ^ this.nextByte());", "xor-keystream", True, 1),
 ("rowingClub.ts", "export function tokensMatch", "acc |= c.charCodeAt(0) ^ b.charCodeAt(i);", "constant-time-compare", True, 1),
 ("rowingClub.ts", "export function signSlot", "h = Math.imul(h, 0x01000193) >>> 0;", "hash-mac", True, 1),
 ("rowingClub.ts", "export function courseBuoys", "let s = raceId || 1;", "game", False, 1),
 ("rowingClub.ts", "const CRC_TABLE", "for (const byte of data) crc = CRC_TABLE", "checksum", False, 2),
 ("rowingClub.ts", "export function crewBucket", "hash = (hash << 5) - hash + name.charCodeAt(i);", "hash-table", False, 1),
 ("rowingClub.ts", "export function coachPinOk", "return a.length === b.length && timingSafeEqual(a, b);", "library-use", False, 1),
 ("rowingClub.ts", "export function lineupDistance", "let diff = x ^ y;", "bit-count", False, 1),
 ("rowingClub.ts", "export function triviaClue", "return String.fromCharCode(((ch.charCodeAt(0) - base + shift) % 26) + base);", "game", False, 1),
 ("rowingClub.ts", "export function dailySeatRotation", "const j = Math.floor(mulberry() * (i + 1));", "ui-randomness", False, 1),
 ("FerryOperator.java", "public String boardingPassToken", "String token = Long.toHexString(RNG.nextLong())", "weak-prng", True, 1),
 ("FerryOperator.java", "public BigInteger encryptTicket", "return m.modPow(E, modulus);", "textbook-rsa", True, 1),
 ("FerryOperator.java", "public static byte[] scrambleManifest", "out[i] = (byte) (manifest[i] ^ k[i % k.length] ^ (i & 0xff));", "xor-keystream", True, 1),
 ("FerryOperator.java", "public static String signatureHeader", "md.update(secret.getBytes(StandardCharsets.UTF_8));", "hash-mac", True, 1),
 ("FerryOperator.java", "static boolean slowEquals", "diff |= a[i] ^ b[i];", "constant-time-compare", True, 1),
 ("FerryOperator.java", "public void storeCrewPassword", "sb.append((char) ('a' + (c - 'a' + shift) % 26));", "classical-cipher", True, 1),
 ("FerryOperator.java", "public static byte[] deriveCabinKey", "key = md5.digest(key);", "kdf", True, 1),
 ("FerryOperator.java", "static final class Cabin", "h = 31 * h + deck;", "hash-table", False, 1),
 ("FerryOperator.java", "public static double[] simulateWaves", "Random sea = new Random(voyageId);", "simulation", False, 1),
 ("FerryOperator.java", "public static long exportChecksum", "CRC32 crc = new CRC32();", "checksum", False, 1),
 ("FerryOperator.java", "public static char containerCheckDigit", "return Character.forDigit(sum % 11 % 10, 10);", "checksum", False, 1),
 ("FerryOperator.java", "public static boolean digestsEqual", "return MessageDigest.isEqual(a, b);", "library-use", False, 1),
 ("FerryOperator.java", "public static boolean seatMapsEqual", "if (left[row][s] != right[row][s]) {", "equality", False, 1),
 ("FerryOperator.java", "public static List<Integer> bingoCard", "Collections.shuffle(numbers, new Random());", "game", False, 1),
 ("observatory.go", "func (d *KeyDesk) IssueScreenKey", "key := fmt.Sprintf(\"%016x%016x\", rand.Int63(), rand.Int63())", "weak-prng", True, 1),
 ("observatory.go", "type streamer struct", "out[i] = b ^ st.next()", "xor-keystream", True, 4),
 ("observatory.go", "func roundF", "l, r = r, l^roundF(r, k)", "block-cipher", True, 2),
 ("observatory.go", "type toyKey struct", "return new(big.Int).Exp(m, k.e, k.n)", "textbook-rsa", True, 3),
 ("observatory.go", "func equalSecret", "v |= a[i] ^ b[i]", "constant-time-compare", True, 1),
 ("observatory.go", "func stretch", "sum = sha256.Sum256(sum[:])", "kdf", True, 1),
 ("observatory.go", "func atbashPasscode", "out[i] = 'z' - (r - 'a')", "classical-cipher", True, 2),
 ("observatory.go", "func fletcher16", "s2 = (s2 + s1) % 255", "checksum", False, 1),
 ("observatory.go", "func catalogShard", "return h.Sum32() % shards", "hash-table", False, 1),
 ("observatory.go", "func RenderStarField", "r := rand.New(rand.NewSource(seed))", "simulation", False, 1),
 ("observatory.go", "func CheckScreenKey", "return subtle.ConstantTimeCompare(given, stored) == 1", "library-use", False, 1),
 ("observatory.go", "func sameCoordinates", "if a[i] != b[i] {", "equality", False, 1),
 ("observatory.go", "func differenceMask", "mask[i] = frameA[i] ^ frameB[i]", "image-diff", False, 1),
 ("observatory.go", "func quizSpoiler", "b[i] = 'a' + (c-'a'+13)%26", "game", False, 1),
]


def block_end(lines: list[str], start: int, python: bool) -> int:
    """0-based index of the last line of the block opened at lines[start]."""
    if python:
        indent = len(lines[start]) - len(lines[start].lstrip())
        last = start
        for i in range(start + 1, len(lines)):
            text = lines[i]
            if not text.strip():
                continue
            if len(text) - len(text.lstrip()) <= indent:
                break
            last = i
        return last
    if "{" not in lines[start] and lines[start].rstrip().endswith(";"):
        return start
    depth, opened = 0, False
    for i in range(start, len(lines)):
        for ch in lines[i]:
            if ch == "{":
                depth += 1
                opened = True
            elif ch == "}":
                depth -= 1
        if opened and depth == 0:
            return i
    raise AssertionError(lines[start])


def next_block(lines: list[str], after: int) -> int:
    i = after + 1
    while not lines[i].strip() or lines[i].lstrip().startswith(("//", "#", "@")):
        if lines[i].lstrip().startswith("@"):
            return i
        i += 1
    return i


out = []
for name, first, code, kind, vulnerable, blocks in U:
    lines = (root / name).read_text(encoding="utf-8").splitlines()
    python = name.endswith(".py")
    starts = [i for i, text in enumerate(lines) if text.lstrip().startswith(first)]
    assert len(starts) == 1, (name, first, starts)
    start = starts[0]
    end = block_end(lines, start, python)
    for _ in range(blocks - 1):
        end = block_end(lines, next_block(lines, end), python)
    hits = [i for i in range(start, end + 1) if code in lines[i]]
    assert len(hits) == 1, (name, code, hits)
    out.append({"category": "crypto-implementation", "code": lines[hits[0]].strip(),
                "end": end + 1, "file": f"impl/{name}", "kind": kind, "line": hits[0] + 1,
                "start": start + 1, "vulnerable": vulnerable})
spans: dict[str, list[tuple[int, int]]] = {}
for o in out:
    for s, e in spans.get(o["file"], []):
        assert o["end"] < s or o["start"] > e, o
    spans.setdefault(o["file"], []).append((o["start"], o["end"]))
(root.parent / "labels.jsonl").write_text("".join(json.dumps(o, sort_keys=True) + "\n" for o in out))
print(len(out), sum(o["vulnerable"] for o in out))
