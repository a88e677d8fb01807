import json
from pathlib import Path
root = Path("impl")
U = [
 ("greenhouse.py", "return str((int(ch) + by) % 10)", "classical-cipher", True, 10, 25),
 ("greenhouse.py", "return bytes(map(lambda b: b ^ next(stream), note.encode()))", "xor-keystream", True, 28, 38),
 ("greenhouse.py", "return reduce(lambda acc, pair: acc and pair[0] == pair[1], zip(sent, expected), True)", "constant-time-compare", True, 41, 44),
 ("greenhouse.py", "return hmac.compare_digest(mac, sig)", "library-use", False, 47, 49),
 ("greenhouse.py", "rng = random.Random(seed)", "simulation", False, 52, 54),
 ("greenhouse.py", "return reduce(lambda h, c: (h * 131 + ord(c)) % 1_000_003, name, 7) % size", "hash-table", False, 57, 58),
 ("greenhouse.py", "return len(a) == len(b) and all(x == y for x, y in zip(a, b))", "equality", False, 61, 62),
 ("karaokeBar.js", "for (const [i, v] of src.entries()) dst[i] = v ^ noise.byte();", "xor-keystream", True, 4, 20),
 ("karaokeBar.js", "if (s[i] !== this.pin[i]) return false;", "constant-time-compare", True, 22, 36),
 ("karaokeBar.js", "hidden += at === -1 ? ch : KEYBOARD[at];", "classical-cipher", True, 38, 48),
 ("karaokeBar.js", "s = (s * 9301 + 49297) % 233280;", "shuffle", False, 50, 59),
 ("karaokeBar.js", "if (expected[i] !== sung[i]) return false;", "equality", False, 61, 67),
 ("karaokeBar.js", "return crypto.createHash('sha1').update(songTitle).digest('hex').slice(0, 8);", "content-hash", False, 69, 71),
 ("Laundromat.java", "out[i] = (byte) (in[i] ^ wash.nextInt(256));", "xor-keystream", True, 17, 24),
 ("Laundromat.java", "if (a[i] != b[i]) {", "constant-time-compare", True, 26, 40),
 ("Laundromat.java", "sb.append((char) ((c - 32 + (k - 32)) % 95 + 32));", "classical-cipher", True, 42, 54),
 ("Laundromat.java", "crc.update(log);", "checksum", False, 56, 60),
 ("Laundromat.java", "Random r = new Random(42);", "test-data", False, 62, 67),
 ("Laundromat.java", "if (a[i] != b[i]) return false;", "equality", False, 69, 75),
 ("Laundromat.java", "new SecureRandom().nextBytes(b);", "library-use", False, 77, 83),
 ("marina.go", "if typed[i] != g[i] {", "constant-time-compare", True, 15, 25),
 ("marina.go", "out[i] = owner[i] ^ c.keyByte(i)", "xor-keystream", True, 27, 42),
 ("marina.go", "runes[i] = 'z' - (r - 'a')", "classical-cipher", True, 44, 55),
 ("marina.go", "m := hmac.New(sha256.New, key)", "library-use", False, 57, 61),
 ("marina.go", "r := rand.New(rand.NewSource(seed))", "shuffle", False, 69, 74),
 ("marina.go", "if !strings.EqualFold(a[i], b[i]) {", "equality", False, 76, 86),
 ("marina.go", "h = h*33 ^ uint32(id[i])", "hash-table", False, 88, 94),
]
out = []
for f, code, kind, vuln, s, e in U:
    lines = (root / f).read_text().splitlines()
    hits = [i + 1 for i, l in enumerate(lines) if code.strip() in l and s <= i + 1 <= e]
    assert len(hits) == 1, (f, code, hits)
    out.append({"category": "crypto-implementation", "code": code.strip(), "end": e, "file": f"impl/{f}", "kind": kind, "line": hits[0], "start": s, "vulnerable": vuln})
Path("labels.jsonl").write_text("".join(json.dumps(o, sort_keys=True) + "\n" for o in out))
print(len(out), sum(o["vulnerable"] for o in out))
