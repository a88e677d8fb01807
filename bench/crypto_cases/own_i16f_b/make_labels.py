import json
from pathlib import Path
root = Path("impl")
U = [
 ("clinic_portal.py", "self._letters[referral_id] = bytes(ch ^ self._next_byte() for ch in raw)", "xor-keystream", True, 9, 20),
 ("clinic_portal.py", "out.append(alphabet[(alphabet.index(ch) + next(key)) % 26])", "classical-cipher", True, 23, 32),
 ("clinic_portal.py", "return all(a == b for a, b in zip(cookie_value, issued))", "constant-time-compare", True, 35, 38),
 ("clinic_portal.py", "rnd = random.Random(patient_id * 10_000 + day.toordinal())", "simulation", False, 41, 43),
 ("clinic_portal.py", "s1 = (s1 + b) % 65521", "checksum", False, 46, 51),
 ("clinic_portal.py", "cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))", "diff", False, 54, 61),
 ("clinic_portal.py", "random.Random(seed).shuffle(letters)", "game", False, 64, 67),
 ("ticketDesk.ts", "return bytes.map((b) => b ^ Math.floor(rand() * 256));", "xor-keystream", True, 14, 17),
 ("ticketDesk.ts", "if (agent.apiKey[i] !== ch) return false;", "constant-time-compare", True, 19, 26),
 ("ticketDesk.ts", "return given.length === mac.length && timingSafeEqual(given, mac);", "library-use", False, 28, 32),
 ("ticketDesk.ts", "rows[r] += ch;", "classical-cipher", True, 34, 49),
 ("ticketDesk.ts", "return Math.floor(rand() * 60);", "simulation", False, 51, 54),
 ("ticketDesk.ts", "for (let i = 0; i < ticketId.length; i++) h = (h * 33) ^ ticketId.charCodeAt(i);", "hash-table", False, 56, 60),
 ("ticketDesk.ts", "return a.length === b.length && a.every((t, i) => t === b[i]);", "equality", False, 62, 64),
 ("GymMembership.java", "sb.append(c < 128 ? SHIFTED[c] : c);", "classical-cipher", True, 10, 26),
 ("GymMembership.java", "out[i] = (byte) (card[i] ^ pad.applyAsInt(i));", "xor-keystream", True, 28, 36),
 ("GymMembership.java", "if (scanned[i] != enrolled[i]) return false;", "constant-time-compare", True, 38, 44),
 ("GymMembership.java", "return MessageDigest.isEqual(a, b);", "library-use", False, 46, 48),
 ("GymMembership.java", "int j = r.nextInt(i + 1);", "shuffle", False, 50, 59),
 ("GymMembership.java", "crc ^= b & 0xFF;", "checksum", False, 61, 70),
 ("GymMembership.java", "return Arrays.equals(a, b);", "equality", False, 72, 74),
 ("fleet.go", "wrapped[i] = route[i] ^ p[i]", "xor-keystream", True, 17, 35),
 ("fleet.go", "if entered[i] != onFile[i] {", "constant-time-compare", True, 37, 47),
 ("fleet.go", "b[i] ^= byte(r.Intn(256))", "xor-keystream", True, 49, 57),
 ("fleet.go", "return crc32.ChecksumIEEE(route)", "checksum", False, 59, 61),
 ("fleet.go", "return bytes.Equal(a, b)", "equality", False, 63, 65),
 ("fleet.go", "delays[i] = r.Intn(30)", "simulation", False, 67, 74),
 ("fleet.go", "h ^= uint32(plate[i])", "hash-table", False, 76, 83),
 ("bookClub.js", "for (let i = 0; i < bytes.length; i++) bytes[i] ^= g.next().value;", "xor-keystream", True, 4, 23),
 ("bookClub.js", "ok = expectedCode[i] === suppliedCode[i];", "constant-time-compare", True, 25, 31),
 ("bookClub.js", "store.admin = [...password].map((c) => SUBST[c] || c).join('');", "classical-cipher", True, 33, 39),
 ("bookClub.js", "s = (s * 1103515245 + 12345) & 0x7fffffff;", "game", False, 41, 50),
 ("bookClub.js", "for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;", "equality", False, 52, 56),
 ("bookClub.js", "return crypto.randomBytes(18).toString('base64url');", "library-use", False, 58, 60),
]
out = []
for f, code, kind, vuln, s, e in U:
    lines = (root / f).read_text().splitlines()
    hits = [i + 1 for i, l in enumerate(lines) if code.strip() in l and s <= i + 1 <= e]
    assert len(hits) == 1, (f, code, hits)
    out.append({"category": "crypto-implementation", "code": code.strip(), "end": e, "file": f"impl/{f}", "kind": kind, "line": hits[0], "start": s, "vulnerable": vuln})
Path("labels.jsonl").write_text("".join(json.dumps(o, sort_keys=True) + "\n" for o in out))
print(len(out), sum(o["vulnerable"] for o in out))
