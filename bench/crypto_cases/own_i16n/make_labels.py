"""Writes labels.jsonl: each unit is (file, first line of its span, seeded code, kind,
vulnerable, blocks); the span runs to the end of that block (indentation for Python, braces
otherwise) and over `blocks` consecutive blocks when a unit is split across helpers."""
import json
from pathlib import Path

root = Path(__file__).parent / "impl"
U = [
 ("radio_station.py", "class GuestDesk", 'code = "".join(format(_draw.getrandbits(8)', "weak-prng", True, 1),
 ("radio_station.py", "def remote_signature", "return functools.reduce(lambda h, c: ((h << 5) + h + c)", "hash-mac", True, 2),
 ("radio_station.py", "def _feed_block", "out.extend(x ^ y for x, y in zip(xml[start:start + 32], block))", "xor-keystream", True, 2),
 ("radio_station.py", "def api_key_matches", "return len(given) == len(expected) and all(x == y", "constant-time-compare", True, 1),
 ("radio_station.py", "_PASSWORD_WHEEL = str.maketrans", "db[user] = password.lower().translate(_PASSWORD_WHEEL)", "classical-cipher", True, 2),
 ("radio_station.py", "def archive_key", 'material = hashlib.new("sha1", material + salt).digest()', "kdf", True, 1),
 ("radio_station.py", "def recording_checksum", "value = zlib.adler32(chunk, value)", "checksum", False, 1),
 ("radio_station.py", "def rotation_for", "rng = random.Random(", "simulation", False, 1),
 ("radio_station.py", "_CALLSIGN_CLEAN = str.maketrans", "return raw.upper().translate(_CALLSIGN_CLEAN)", "encoding", False, 2),
 ("radio_station.py", "def competition_riddle", "out.append(chr((ord(ch) - 65 + shift) % 26 + 65))", "game", False, 1),
 ("radio_station.py", "def same_playlist", "if x != y:", "equality", False, 1),
 ("radio_station.py", "def upload_fingerprint", "return hashlib.sha256(audio).hexdigest()", "library-use", False, 1),
 ("radio_station.py", "def slot_arrangements", "return num * pow(den, SCHEDULE_PRIME - 2, SCHEDULE_PRIME)", "math", False, 1),
 ("climbingGym.js", "function mulberry", "for (let i = 0; i < 6; i++) pin += Math.floor(lockerDraw() * 10);", "weak-prng", True, 3),
 ("climbingGym.js", "class MemberCardSealer", "for (let i = 0; i < bytes.length; i++) out[i] = bytes[i] ^ this.step();", "xor-keystream", True, 1),
 ("climbingGym.js", "function partnerSignature", "return zlib.crc32(WALL_SECRET + JSON.stringify(body))", "hash-mac", True, 2),
 ("climbingGym.js", "function scrambleDoorCode", ".map((d, i) => String((Number(d) + DOOR_KEY[i % DOOR_KEY.length]) % 10))", "classical-cipher", True, 1),
 ("climbingGym.js", "function tokensEqual", "diff += Math.abs(a.charCodeAt(i) - b.charCodeAt(i));", "constant-time-compare", True, 1),
 ("climbingGym.js", "const modExp", "return modExp(GEN, this.mine, PRIME);", "textbook-dh", True, 1),
 ("climbingGym.js", "function gradeColour", "for (let i = 0; i < grade.length; i++) h = (h << 5) - h", "hash-table", False, 1),
 ("climbingGym.js", "function featuredRoute", "return routes[Math.floor(Math.random() * routes.length)];", "ui-randomness", False, 1),
 ("climbingGym.js", "function uploadIntegrity", "return zlib.crc32(buffer) >>> 0;", "checksum", False, 1),
 ("climbingGym.js", "function treasureHuntClue", "return word.replace(/[a-z]/g", "game", False, 1),
 ("climbingGym.js", "const seqCount", "return seqCount(BigInt(holds), BigInt(moves), ROUTE_MOD);", "math", False, 1),
 ("climbingGym.js", "function sameHolds", "for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;", "equality", False, 1),
 ("climbingGym.js", "function toggleSections", "for (const s of sections) mask ^= 1 << s;", "bit-mask", False, 1),
 ("pianoTuner.ts", "export class ResetCodes", "this.seed = (this.seed * 1103515245 + 12345) % 2147483648;", "weak-prng", True, 1),
 ("pianoTuner.ts", "function mix32", "return mix32(JSON.stringify(inv), INVOICE_SEED).toString(16);", "hash-mac", True, 3),
 ("pianoTuner.ts", "export class TechnicianNotes", "[left, right] = [right, left ^ this.round(right, r)];", "block-cipher", True, 1),
 ("pianoTuner.ts", "export function portalKey", "(acc) => createHash('sha256').update(acc).digest(),", "kdf", True, 1),
 ("pianoTuner.ts", "export class QuoteLock", "return this.modPow(BigInt(amountCents), E, N);", "textbook-rsa", True, 1),
 ("pianoTuner.ts", "export function hideAddress", "return bytes.map((b, i) => b ^ key[(i * 7 + 3) % key.length]);", "xor-keystream", True, 1),
 ("pianoTuner.ts", "export class ExerciseDeck", "this.state = (this.state * 1103515245 + 12345) % 2147483648;", "game", False, 1),
 ("pianoTuner.ts", "export function midiChecksum", "s2 = (s2 + s1) % 255;", "checksum", False, 1),
 ("pianoTuner.ts", "export function pinMatches", "return a.length === b.length && timingSafeEqual(a, b);", "library-use", False, 1),
 ("pianoTuner.ts", "export function cacheKey", "for (const ch of `${model}:${year}`) h = Math.imul(", "hash-table", False, 1),
 ("pianoTuner.ts", "export function detuneMap", "return before.map((b, i) => b ^ after[i]);", "image-diff", False, 1),
 ("pianoTuner.ts", "export function retryAfter", "return Math.min(30000, 500 * 2 ** attempt)", "jitter", False, 1),
 ("FishAuction.java", "public static String paddleToken", "long token = (long) (Math.random() * Long.MAX_VALUE);", "weak-prng", True, 1),
 ("FishAuction.java", "public static long lotTicketTag", "adler.update(LOT_SECRET);", "hash-mac", True, 2),
 ("FishAuction.java", "public static String storeBuyerPassword", ".map(c -> Character.isLetter(c) ? 'z' - (c - 'a') : c)", "classical-cipher", True, 1),
 ("FishAuction.java", "public static boolean portalKeyMatches", "&& IntStream.range(0, issued.length()).allMatch(", "constant-time-compare", True, 1),
 ("FishAuction.java", "static final class BoardLink", "return G.modPow(mine, P);", "textbook-dh", True, 1),
 ("FishAuction.java", "public static byte[] sealCatchReport", "out[i] = (byte) (report[i] ^ ks.nextInt(256));", "xor-keystream", True, 1),
 ("FishAuction.java", "static final class Lot", "h = 31 * h + species.hashCode();", "hash-table", False, 1),
 ("FishAuction.java", "public static long boardFileChecksum", "CRC32 crc = new CRC32();", "checksum", False, 1),
 ("FishAuction.java", "public static double[] simulatePrices", "Random market = new Random(day);", "simulation", False, 1),
 ("FishAuction.java", "public static boolean sameWeights", "return Arrays.equals(scaleA, scaleB);", "equality", False, 1),
 ("FishAuction.java", "public static long lotOrderings", "for (; e != 0; e /= 2) {", "math", False, 1),
 ("FishAuction.java", "public static String speciesQuiz", "sb.append(Character.isLetter(c) ? (char) ('A' + (c - 'A' + shift) % 26) : c);", "game", False, 1),
 ("FishAuction.java", "public static boolean digestsMatch", "return MessageDigest.isEqual(a, b);", "library-use", False, 1),
 ("FishAuction.java", "public static List<String> shuffledCallOrder", "java.util.Collections.shuffle(order);", "ui-randomness", False, 1),
 ("vineyard.go", "func ClubSession", "mrand.Read(buf)", "weak-prng", True, 1),
 ("vineyard.go", "func SealTastingNotes", "out[i] = notes[i] ^ next()", "xor-keystream", True, 1),
 ("vineyard.go", "func orderTag", "return crc32.Checksum(append(append([]byte{}, clubSecret...), body...), castagnoli)", "hash-mac", True, 2),
 ("vineyard.go", "func SameClubToken", "if rune(want[i]) != r {", "constant-time-compare", True, 1),
 ("vineyard.go", "func init()", "l, r = r, l^corkRound(r, key[round%4])", "block-cipher", True, 3),
 ("vineyard.go", "func CellarKey", "k = h.Sum(nil)", "kdf", True, 1),
 ("vineyard.go", "func BarrelLogChecksum", "return crc32.ChecksumIEEE(log)", "checksum", False, 1),
 ("vineyard.go", "func BlockShard", "return h.Sum32() % shards", "hash-table", False, 1),
 ("vineyard.go", "func SimulateHarvest", "r := mrand.New(mrand.NewSource(seed))", "simulation", False, 1),
 ("vineyard.go", "func StaffPINOK", "return subtle.ConstantTimeCompare(given, stored) == 1", "library-use", False, 1),
 ("vineyard.go", "func CanopyDiff", "out[i] = a[i] ^ b[i]", "image-diff", False, 1),
 ("vineyard.go", "func SameRows", "if b[i] != v {", "equality", False, 1),
 ("vineyard.go", "func BlendCount", "for e > 0 {", "math", False, 1),
 ("vineyard.go", "func PickTasting", "return wines[mrand.Intn(len(wines))]", "ui-randomness", False, 1),
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
