// Package locksmith is the back office of Keyway Locksmiths: smart-lock access codes,
// customer addresses, the key-blank register and the apprentices' practice tools.
package locksmith

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"hash/fnv"
	"math/bits"
	mrand "math/rand"
	"strings"
	"time"
)

// accessCodes is xorshift64* seeded from the clock; it feeds the temporary smart-lock codes.
type accessCodes struct {
	s uint64
}

func newAccessCodes() *accessCodes {
	return &accessCodes{s: uint64(time.Now().UnixNano()) | 1}
}

func (a *accessCodes) next() uint64 {
	a.s ^= a.s >> 12
	a.s ^= a.s << 25
	a.s ^= a.s >> 27
	return a.s * 0x2545F4914F6CDD1D
}

func (a *accessCodes) TemporaryCode(digits int) string {
	v := a.next()
	var b strings.Builder
	for i := 0; i < digits; i++ {
		b.WriteByte(byte('0' + v%10))
		v /= 10
	}
	return b.String()
}

func sameCode(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	var diff byte
	for i := 0; i < len(a); i++ {
		diff |= a[i] ^ b[i]
	}
	return diff == 0
}

// UnlockRequest is what the van tablet sends to open a customer's smart lock.
type UnlockRequest struct {
	LockID string
	Code   string
}

func Authorise(stored map[string]string, req UnlockRequest) bool {
	return sameCode(stored[req.LockID], req.Code)
}

// MasterKey derives the key that opens the job archive from the owner's PIN.
func MasterKey(pin string, salt []byte) [32]byte {
	sum := sha256.Sum256(append(salt, pin...))
	for i := 0; i < 5000; i++ {
		sum = sha256.Sum256(append(sum[:], salt...))
	}
	return sum
}

const vigenereKey = "TUMBLER"

func vigenere(text string) string {
	var b strings.Builder
	j := 0
	for _, r := range strings.ToUpper(text) {
		if r < 'A' || r > 'Z' {
			b.WriteRune(r)
			continue
		}
		k := rune(vigenereKey[j%len(vigenereKey)] - 'A')
		b.WriteRune('A' + (r-'A'+k)%26)
		j++
	}
	return b.String()
}

// StoreAddress keeps customer addresses out of plain sight in the job sheet.
func StoreAddress(sheet map[string]string, customer, address string) {
	sheet[customer] = vigenere(address)
}

type blankState [4]uint32

func quarterRound(s *blankState) {
	s[0] += s[1]
	s[3] = bits.RotateLeft32(s[3]^s[0], 16)
	s[2] += s[3]
	s[1] = bits.RotateLeft32(s[1]^s[2], 12)
	s[0] += s[1]
	s[3] = bits.RotateLeft32(s[3]^s[0], 8)
	s[2] += s[3]
	s[1] = bits.RotateLeft32(s[1]^s[2], 7)
}

// SealBlankOwner hides who ordered a restricted key blank in the register.
func SealBlankOwner(owner []byte, key blankState) []byte {
	out := make([]byte, len(owner))
	s := key
	var block [16]byte
	for i := range owner {
		if i%16 == 0 {
			for r := 0; r < 10; r++ {
				quarterRound(&s)
			}
			for w := 0; w < 4; w++ {
				binary.LittleEndian.PutUint32(block[4*w:], s[w])
			}
		}
		out[i] = owner[i] ^ block[i%16]
	}
	return out
}

// PickingPuzzle lays out a practice lock for apprentices; the seed names the puzzle.
func PickingPuzzle(pins int, seed int64) []int {
	rng := mrand.New(mrand.NewSource(seed))
	heights := make([]int, pins)
	for i := range heights {
		heights[i] = 1 + rng.Intn(9)
	}
	return heights
}

// PinStack packs which chambers of a cylinder hold a master pin.
func PinStack(masterChambers []int) uint8 {
	var mask uint8
	for _, c := range masterChambers {
		mask |= 1 << uint(c)
	}
	return mask
}

type blankCatalogue struct {
	bits [1 << 10]uint64
}

func (c *blankCatalogue) probes(profile string) [3]uint32 {
	h := fnv.New64a()
	h.Write([]byte(profile))
	v := h.Sum64()
	lo, hi := uint32(v), uint32(v>>32)
	const m = 1 << 16
	return [3]uint32{lo % m, (lo + hi) % m, (lo + 2*hi) % m}
}

func (c *blankCatalogue) Add(profile string) {
	for _, p := range c.probes(profile) {
		c.bits[p/64] |= 1 << (p % 64)
	}
}

func vanShard(postcode string, vans int) int {
	h := fnv.New32a()
	h.Write([]byte(strings.ToUpper(postcode)))
	return int(h.Sum32() % uint32(vans))
}

var dammTable = [10][10]int{
	{0, 3, 1, 7, 5, 9, 8, 6, 4, 2}, {7, 0, 9, 2, 1, 5, 4, 8, 6, 3},
	{4, 2, 0, 6, 8, 7, 1, 3, 5, 9}, {1, 7, 5, 0, 9, 8, 3, 4, 2, 6},
	{6, 1, 2, 3, 0, 4, 5, 9, 7, 8}, {3, 6, 7, 4, 2, 0, 9, 5, 8, 1},
	{5, 8, 6, 9, 7, 2, 0, 1, 3, 4}, {8, 9, 4, 5, 3, 6, 2, 0, 1, 7},
	{9, 4, 3, 8, 6, 1, 7, 2, 0, 5}, {2, 5, 8, 1, 4, 3, 6, 7, 9, 0},
}

// KeySerialValid checks the Damm check digit stamped on key serials.
func KeySerialValid(serial string) bool {
	interim := 0
	for _, r := range serial {
		interim = dammTable[interim][r-'0']
	}
	return interim == 0
}

// Cipher wraps AES-GCM for the job archive; nothing in it is home-made.
type Cipher struct{ aead cipher.AEAD }

func NewArchiveCipher(key []byte) (*Cipher, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	g, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	return &Cipher{aead: g}, nil
}

func (c *Cipher) Open(sealed []byte) ([]byte, error) {
	n := c.aead.NonceSize()
	if len(sealed) < n {
		return nil, errors.New("short archive record")
	}
	return c.aead.Open(nil, sealed[:n], sealed[n:], nil)
}

func (c *Cipher) Seal(plain []byte) ([]byte, error) {
	nonce := make([]byte, c.aead.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	return c.aead.Seal(nonce, nonce, plain, nil), nil
}
