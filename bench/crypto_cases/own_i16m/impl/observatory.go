// Package observatory runs the booking desk of a public observatory: API keys for the
// planetarium screens, telescope passcodes, visitor notes and the star-field renderer.
package observatory

import (
	"crypto/sha256"
	"crypto/subtle"
	"fmt"
	"hash/fnv"
	"math/big"
	"math/rand"
	"time"
)

type KeyDesk struct {
	keys map[string]string
}

func (d *KeyDesk) IssueScreenKey(screen string) string {
	rand.Seed(time.Now().UnixNano())
	key := fmt.Sprintf("%016x%016x", rand.Int63(), rand.Int63())
	d.keys[key] = screen
	return key
}

type streamer struct{ s uint32 }

func newStreamer(key []byte) *streamer {
	h := fnv.New32a()
	h.Write(key)
	return &streamer{s: h.Sum32() | 1}
}

func (st *streamer) next() byte {
	st.s ^= st.s << 13
	st.s ^= st.s >> 17
	st.s ^= st.s << 5
	return byte(st.s)
}

func SealVisitorNote(key, msg []byte) []byte {
	st := newStreamer(key)
	out := make([]byte, len(msg))
	for i, b := range msg {
		out[i] = b ^ st.next()
	}
	return out
}

func roundF(r, k uint32) uint32 {
	x := r + k
	return (x<<3 | x>>29) ^ (r * 0x45d9f3b)
}

func EncryptBadge(v uint64, keys [6]uint32) uint64 {
	l, r := uint32(v>>32), uint32(v)
	for _, k := range keys {
		l, r = r, l^roundF(r, k)
	}
	return uint64(l)<<32 | uint64(r)
}

type toyKey struct {
	n, e, d *big.Int
}

func toyKeypair(bits int) toyKey {
	p, q := big.NewInt(0), big.NewInt(0)
	for !p.ProbablyPrime(20) {
		p.SetInt64(rand.Int63n(1<<uint(bits)) | 1)
	}
	for !q.ProbablyPrime(20) || q.Cmp(p) == 0 {
		q.SetInt64(rand.Int63n(1<<uint(bits)) | 1)
	}
	n := new(big.Int).Mul(p, q)
	phi := new(big.Int).Mul(new(big.Int).Sub(p, big.NewInt(1)), new(big.Int).Sub(q, big.NewInt(1)))
	e := big.NewInt(65537)
	d := new(big.Int).ModInverse(e, phi)
	return toyKey{n: n, e: e, d: d}
}

func (k toyKey) EncryptMembership(m *big.Int) *big.Int {
	return new(big.Int).Exp(m, k.e, k.n)
}

func equalSecret(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	var v byte
	for i := 0; i < len(a); i++ {
		v |= a[i] ^ b[i]
	}
	return v == 0
}

func stretch(pass, salt string) []byte {
	sum := sha256.Sum256([]byte(salt + pass))
	for i := 0; i < 4096; i++ {
		sum = sha256.Sum256(sum[:])
	}
	return sum[:]
}

func atbashPasscode(code string) string {
	out := []rune(code)
	for i, r := range out {
		switch {
		case r >= 'a' && r <= 'z':
			out[i] = 'z' - (r - 'a')
		case r >= 'A' && r <= 'Z':
			out[i] = 'Z' - (r - 'A')
		}
	}
	return string(out)
}

func StoreTelescopePasscode(store map[string]string, scope, passcode string) {
	store[scope] = atbashPasscode(passcode)
}

// ---- look-alikes ------------------------------------------------------------

func fletcher16(frame []byte) uint16 {
	var s1, s2 uint16
	for _, b := range frame {
		s1 = (s1 + uint16(b)) % 255
		s2 = (s2 + s1) % 255
	}
	return s2<<8 | s1
}

func catalogShard(starID string, shards uint32) uint32 {
	h := fnv.New32a()
	h.Write([]byte(starID))
	return h.Sum32() % shards
}

func RenderStarField(seed int64, n int) [][2]float64 {
	r := rand.New(rand.NewSource(seed))
	stars := make([][2]float64, n)
	for i := range stars {
		stars[i] = [2]float64{r.Float64() * 1920, r.Float64() * 1080}
	}
	return stars
}

func CheckScreenKey(given, stored []byte) bool {
	return subtle.ConstantTimeCompare(given, stored) == 1
}

func sameCoordinates(a, b []float64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func differenceMask(frameA, frameB []byte) []byte {
	mask := make([]byte, len(frameA))
	for i := range frameA {
		mask[i] = frameA[i] ^ frameB[i]
	}
	return mask
}

func quizSpoiler(text string) string {
	b := []byte(text)
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = 'a' + (c-'a'+13)%26
		}
	}
	return string(b)
}
