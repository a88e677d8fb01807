import json, sys
from pathlib import Path
root = Path("impl")
# file, code substring, kind, vulnerable, start, end
U = [
 ("locker_service.py", "if ch != stored[idx]:", "constant-time-compare", True, 26, 35),
 ("locker_service.py", "body = bytes(b ^ next(pad) for b in note.encode())", "xor-keystream", True, 38, 48),
 ("locker_service.py", "return password.lower().translate(_STORE_TABLE)", "classical-cipher", True, 57, 63),
 ("locker_service.py", "if x != y:", "diff", False, 66, 72),
 ("locker_service.py", "if left[i] != right[i]:", "equality", False, 75, 81),
 ("locker_service.py", "rng = random.Random(seed)\n    return", "test-data", False, 84, 87),
 ("locker_service.py", "acc = (acc + b) & 0xFF", "checksum", False, 90, 94),
 ("quizNight.js", "return Buffer.from(answerText, 'utf8').map((b) => b ^ next());", "xor-keystream", True, 5, 27),
 ("quizNight.js", "if (typed.charCodeAt(i) !== expected.charCodeAt(i)) return false;", "constant-time-compare", True, 29, 37),
 ("quizNight.js", "return x < 0 ? ch : ALPHA[(5 * x + 8) % 26];", "classical-cipher", True, 38, 45),
 ("quizNight.js", "String.fromCharCode(((ch.charCodeAt(0) - 65 + shift) % 26) + 65)).join('');", "game", False, 46, 49),
 ("quizNight.js", "if (a[i].trim().toLowerCase() !== b[i].trim().toLowerCase()) return false;", "equality", False, 51, 57),
 ("quizNight.js", "for (const ch of name) h = ((h << 5) + h + ch.charCodeAt(0)) >>> 0;", "hash-table", False, 59, 63),
 ("vaultNotes.ts", "out[i] = b ^ (stream.next().value as number);", "xor-keystream", True, 10, 31),
 ("vaultNotes.ts", "return a.length === b.length && timingSafeEqual(a, b);", "library-use", False, 33, 37),
 ("vaultNotes.ts", "for (const row of rows) if (c < row.length) out += row[c];", "classical-cipher", True, 39, 51),
 ("vaultNotes.ts", "h1 = Math.imul(h1 ^ token.charCodeAt(i), 16777619) >>> 0;", "bloom-filter", False, 53, 73),
 ("vaultNotes.ts", "while (i < a.length && i < b.length && a[i] === b[i]) i++;", "diff", False, 75, 79),
 ("ParcelTracker.java", ".forEach(i -> out[i] = (byte) (data[i] ^ recipientKey[i % recipientKey.length]));", "xor-keystream", True, 22, 28),
 ("ParcelTracker.java", "sb.append(at >= 0 ? MIXED.charAt(at) : c);", "classical-cipher", True, 30, 41),
 ("ParcelTracker.java", "if (given.charAt(i) != expected.charAt(i)) {", "constant-time-compare", True, 43, 53),
 ("ParcelTracker.java", "r.nextBytes(nonce);", "weak-prng", True, 55, 60),
 ("ParcelTracker.java", "out[i] ^= pad[i % pad.length];", "xor-keystream", True, 62, 69),
 ("ParcelTracker.java", "h = 31 * h + c;", "hash-table", False, 71, 77),
 ("ParcelTracker.java", "if (a[i] != b[i]) {", "equality", False, 79, 89),
 ("ParcelTracker.java", "Random r = new Random(7);", "test-data", False, 91, 94),
 ("kiosk.go", "if t[i] != presented[i] {", "constant-time-compare", True, 15, 25),
 ("kiosk.go", "out[i] = b ^ byte(s.src.Intn(256))", "xor-keystream", True, 27, 41),
 ("kiosk.go", "b.WriteRune(shiftRune(r, k))", "classical-cipher", True, 43, 58),
 ("kiosk.go", "return subtle.ConstantTimeCompare(t, presented) == 1", "library-use", False, 60, 62),
 ("kiosk.go", "v := h.Sum32()", "bloom-filter", False, 64, 74),
 ("kiosk.go", "if a[i] != b[i] {", "equality", False, 76, 86),
 ("kiosk.go", "r := rand.New(rand.NewSource(99))", "test-data", False, 88, 95),
 ("kiosk.go", "return strings.Map(func(r rune) rune { return shiftRune(r, 13) }, s)", "game", False, 97, 99),
]
out = []
for f, code, kind, vuln, s, e in U:
    lines = (root / f).read_text().splitlines()
    first = code.split("\n")[0]
    hits = [i + 1 for i, l in enumerate(lines) if first.strip() in l and s <= i + 1 <= e]
    assert len(hits) == 1, (f, code, hits)
    out.append({"category": "crypto-implementation", "code": first.strip(), "end": e, "file": f"impl/{f}", "kind": kind, "line": hits[0], "start": s, "vulnerable": vuln})
Path("labels.jsonl").write_text("".join(json.dumps(o, sort_keys=True) + "\n" for o in out))
print(len(out), sum(o["vulnerable"] for o in out))
