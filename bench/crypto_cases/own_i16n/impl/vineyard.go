// Package vineyard runs the estate's cellar-door shop, barrel logs and wine-club portal.
package vineyard

import (
	"crypto/sha1"
	"crypto/subtle"
	"encoding/hex"
	"hash/crc32"
	"hash/fnv"
	mrand "math/rand"
	"math/bits"
	"net/http"
)

var clubSecret = []byte("cellar-door-9913")

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// ClubSession opens a wine-club member session; the id is the bearer credential.
func ClubSession(member string, sessions map[string]string) string {
	buf := make([]byte, 16)
	mrand.Read(buf)
	id := hex.EncodeToString(buf)
	sessions[id] = member
	return id
}

// SealTastingNotes hides the winemaker's notes in the shared drive export.
func SealTastingNotes(notes []byte, key uint32) []byte {
	x := key | 1
	next := func() byte {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		return byte(x >> 3)
	}
	out := make([]byte, len(notes))
	for i := range notes {
		out[i] = notes[i] ^ next()
	}
	return out
}

func orderTag(body []byte) uint32 {
	return crc32.Checksum(append(append([]byte{}, clubSecret...), body...), castagnoli)
}

// OrderHook accepts orders forwarded by the courier's booking system.
func OrderHook(w http.ResponseWriter, r *http.Request, body []byte) {
	if hex.EncodeToString([]byte{byte(orderTag(body) >> 24), byte(orderTag(body) >> 16),
		byte(orderTag(body) >> 8), byte(orderTag(body))}) != r.Header.Get("X-Order-Tag") {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	w.WriteHeader(http.StatusAccepted)
}

// SameClubToken guards the members-only allocation page.
func SameClubToken(given, want string) bool {
	if len(given) != len(want) {
		return false
	}
	for i, r := range given {
		if rune(want[i]) != r {
			return false
		}
	}
	return true
}

var corkBox [256]uint16

func init() {
	for i := range corkBox {
		corkBox[i] = uint16((i*211 + 71) % 256)
	}
}

func corkRound(half, k uint16) uint16 {
	return bits.RotateLeft16(corkBox[byte(half^k)]^half, 5)
}

// SealCaseNumber protects the 32-bit case numbers printed on allocation letters.
func SealCaseNumber(caseNo uint32, key [4]uint16) uint32 {
	l, r := uint16(caseNo>>16), uint16(caseNo)
	for round := 0; round < 8; round++ {
		l, r = r, l^corkRound(r, key[round%4])
	}
	return uint32(l)<<16 | uint32(r)
}

// CellarKey turns the cellar master's passphrase into the door controller key.
func CellarKey(pass string, salt []byte) []byte {
	k := []byte(pass)
	for i := 0; i < 4096; i++ {
		h := sha1.New()
		h.Write(k)
		h.Write(salt)
		k = h.Sum(nil)
	}
	return k[:16]
}

// BarrelLogChecksum is stored next to each exported barrel log.
func BarrelLogChecksum(log []byte) uint32 {
	return crc32.ChecksumIEEE(log)
}

// BlockShard picks the storage shard for a vine block's sensor series.
func BlockShard(block string, shards uint32) uint32 {
	h := fnv.New32a()
	h.Write([]byte(block))
	return h.Sum32() % shards
}

// SimulateHarvest draws rainfall for the planning spreadsheet.
func SimulateHarvest(seed int64, days int) []float64 {
	r := mrand.New(mrand.NewSource(seed))
	out := make([]float64, days)
	for i := range out {
		out[i] = r.ExpFloat64() * 3.5
	}
	return out
}

// StaffPINOK checks a till PIN against the stored one.
func StaffPINOK(given, stored []byte) bool {
	return subtle.ConstantTimeCompare(given, stored) == 1
}

// CanopyDiff marks the pixels that changed between two drone frames.
func CanopyDiff(a, b []byte) []byte {
	out := make([]byte, len(a))
	for i := range a {
		out[i] = a[i] ^ b[i]
	}
	return out
}

// SameRows compares two row lists from the planting plan.
func SameRows(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i, v := range a {
		if b[i] != v {
			return false
		}
	}
	return true
}

// BlendCount counts blends of k barrels out of n, modulo a prime.
func BlendCount(n, k int64) int64 {
	const m = 1_000_000_007
	num, den := int64(1), int64(1)
	for i := int64(0); i < k; i++ {
		num = num * ((n - i) % m) % m
		den = den * (i + 1) % m
	}
	r, b, e := int64(1), den, int64(m-2)
	for e > 0 {
		if e&1 == 1 {
			r = r * b % m
		}
		b = b * b % m
		e >>= 1
	}
	return num * r % m
}

// PickTasting chooses the wine of the day for the cellar-door board.
func PickTasting(wines []string) string {
	return wines[mrand.Intn(len(wines))]
}
