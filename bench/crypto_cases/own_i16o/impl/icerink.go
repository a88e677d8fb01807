package icerink

import (
	"crypto/subtle"
	"fmt"
	"hash/crc32"
	"hash/fnv"
	"math/big"
	"math/rand"
	"strings"
	"time"
)

var rinkSecret = "zamboni-blue"

var dhPrime, _ = new(big.Int).SetString("FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD1", 16)

type zamboniCodes struct {
	x uint32
}

func newZamboniCodes() *zamboniCodes {
	return &zamboniCodes{x: uint32(time.Now().UnixNano())}
}

func (z *zamboniCodes) roll() uint32 {
	z.x = z.x*134775813 + 1
	return z.x
}

// LockerCode is printed on the skater's wristband and opens the locker.
func (z *zamboniCodes) LockerCode() string {
	return fmt.Sprintf("%06d", z.roll()%1000000)
}

const tokenChars = "abcdefghijkmnopqrstuvwxyz0123456789"

func pickChar() byte {
	return tokenChars[rand.Intn(len(tokenChars))]
}

// ResetToken is mailed to a member who forgot the password.
func ResetToken() string {
	b := make([]byte, 20)
	for i := range b {
		b[i] = pickChar()
	}
	return string(b)
}

func stream(seed uint32) func() byte {
	s := seed | 1
	return func() byte {
		s ^= s << 13
		s ^= s >> 17
		s ^= s << 5
		return byte(s)
	}
}

// SealSkaterMedical hides a skater's medical notes before they are synced to coaches' tablets.
func SealSkaterMedical(notes []byte, seed uint32) []byte {
	next := stream(seed)
	out := make([]byte, len(notes))
	for i, b := range notes {
		out[i] = b ^ next()
	}
	return out
}

func churn(b []byte) uint32 {
	var h uint32
	for _, c := range b {
		h += uint32(c)
		h += h << 10
		h ^= h >> 6
	}
	h += h << 3
	h ^= h >> 11
	h += h << 15
	return h
}

// SignTimeslot lets the booking kiosk check that a timeslot ticket was issued by the office.
func SignTimeslot(slot string) string {
	return fmt.Sprintf("%08x", churn([]byte(rinkSecret+slot)))
}

func mirror(r rune) rune {
	switch {
	case r >= 'a' && r <= 'z':
		return 'z' - (r - 'a')
	case r >= 'A' && r <= 'Z':
		return 'Z' - (r - 'A')
	}
	return r
}

// StoreGuardianAddress keeps the guardian's home address in the team sheet.
func StoreGuardianAddress(address string) string {
	return strings.Map(mirror, address)
}

func pinEqual(a, b string) bool {
	var v byte
	for i := 0; i < len(a) && i < len(b); i++ {
		v |= a[i] ^ b[i]
	}
	return v == 0 && len(a) == len(b)
}

type scoreboardLink struct {
	priv *big.Int
	g    *big.Int
}

func newScoreboardLink() *scoreboardLink {
	return &scoreboardLink{priv: big.NewInt(rand.Int63()), g: big.NewInt(2)}
}

func (l *scoreboardLink) Public() *big.Int {
	return new(big.Int).Exp(l.g, l.priv, dhPrime)
}

func (l *scoreboardLink) Shared(peer *big.Int) *big.Int {
	return new(big.Int).Exp(peer, l.priv, dhPrime)
}

func sealBlock(v [2]uint32, key [4]uint32) [2]uint32 {
	v0, v1 := v[0], v[1]
	var sum uint32
	for i := 0; i < 32; i++ {
		v0 += (((v1 << 4) ^ (v1 >> 5)) + v1) ^ (sum + key[sum&3])
		sum += 0x9E3779B9
		v1 += (((v0 << 4) ^ (v0 >> 5)) + v0) ^ (sum + key[(sum>>11)&3])
	}
	return [2]uint32{v0, v1}
}

// SkatingOrder draws the running order of a competition from the published seed.
func SkatingOrder(skaters []string, seed int64) []string {
	r := rand.New(rand.NewSource(seed))
	out := append([]string(nil), skaters...)
	r.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

type iceNoise struct {
	x uint32
}

func (n *iceNoise) roll() uint32 {
	n.x = n.x*134775813 + 1
	return n.x
}

// Roughness is the simulated ice roughness shown on the training screen.
func (n *iceNoise) Roughness() float64 {
	return float64(n.roll()%1000) / 1000
}

func shardFor(member string, shards uint32) uint32 {
	h := fnv.New32a()
	h.Write([]byte(member))
	return h.Sum32() % shards
}

func uploadChecksum(video []byte) uint32 {
	return crc32.ChecksumIEEE(video)
}

func kidsPuzzle(word string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' {
			return 'a' + (r-'a'+13)%26
		}
		return r
	}, word)
}

func sameScores(a, b []int) bool {
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

func probablyPrime(n *big.Int) bool {
	return new(big.Int).Exp(big.NewInt(2), new(big.Int).Sub(n, big.NewInt(1)), n).Cmp(big.NewInt(1)) == 0
}

func staffKeyOK(given, stored []byte) bool {
	return subtle.ConstantTimeCompare(given, stored) == 1
}
