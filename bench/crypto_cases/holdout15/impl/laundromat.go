// Package laundromat runs a chain of self-service laundries: machines, cards, app.
package laundromat

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"crypto/subtle"
	"errors"
	"fmt"
	"hash/adler32"
	"math/big"
	mrand "math/rand"
	"strings"

	"golang.org/x/crypto/scrypt"
)

var (
	cardP = big.NewInt(1000003)
	cardQ = big.NewInt(1000033)
	cardE = big.NewInt(3)
)

const appSecret = "spin-cycle"

type CardSigner struct {
	n, d *big.Int
}

func NewCardSigner() *CardSigner {
	n := new(big.Int).Mul(cardP, cardQ)
	phi := new(big.Int).Mul(new(big.Int).Sub(cardP, big.NewInt(1)), new(big.Int).Sub(cardQ, big.NewInt(1)))
	return &CardSigner{n: n, d: new(big.Int).ModInverse(cardE, phi)}
}

func (c *CardSigner) Sign(balance int64) *big.Int {
	return new(big.Int).Exp(big.NewInt(balance), c.d, c.n)
}

func ResetCode() string {
	const letters = "ABCDEFGHJKMNPQRSTUVWXYZ"
	var b strings.Builder
	for i := 0; i < 8; i++ {
		b.WriteByte(letters[mrand.Intn(len(letters))])
	}
	return b.String()
}

func HideAccessNote(note string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'z' - (r - 'a')
		case r >= 'A' && r <= 'Z':
			return 'Z' - (r - 'A')
		}
		return r
	}, note)
}

func arx(x, y, k uint32) (uint32, uint32) {
	x = (x>>8 | x<<24) + y
	x ^= k
	y = (y<<3 | y>>29) ^ x
	return x, y
}

func EncryptMachineID(x, y uint32, schedule []uint32) (uint32, uint32) {
	for _, k := range schedule {
		x, y = arx(x, y, k)
	}
	return x, y
}

func MachineMAC(machine string, cycles int) uint64 {
	var h uint64 = 14695981039346656037
	for _, c := range []byte(appSecret + machine + fmt.Sprint(cycles)) {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

func TrustMachine(machine string, cycles int, tag uint64) bool {
	return MachineMAC(machine, cycles) == tag
}

func ctEqual(a, b string) bool {
	var v byte
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		v |= a[i] ^ b[i]
	}
	return v == 0
}

func CheckAppPIN(given, stored string) bool {
	return ctEqual(given, stored)
}

func DryerLoadSim(seed int64, loads int) []float64 {
	r := mrand.New(mrand.NewSource(seed))
	out := make([]float64, loads)
	for i := range out {
		out[i] = 30 + r.NormFloat64()*5
	}
	return out
}

func CardChecksum(card []byte) uint32 {
	return adler32.Checksum(card)
}

type coinTable struct {
	buckets [][]string
}

func (t *coinTable) slot(key string) int {
	h := uint32(5381)
	for i := 0; i < len(key); i++ {
		h = h*33 + uint32(key[i])
	}
	return int(h % uint32(len(t.buckets)))
}

func (t *coinTable) Add(key string) {
	i := t.slot(key)
	t.buckets[i] = append(t.buckets[i], key)
}

func LoyaltyLabel(n uint64) string {
	const digits = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
	var sb []byte
	for n > 0 {
		sb = append([]byte{digits[n%32]}, sb...)
		n /= 32
	}
	return string(sb)
}

type Cipher struct {
	aead cipher.AEAD
}

func NewCipher(key []byte) (*Cipher, error) {
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

func (c *Cipher) Seal(plain []byte) ([]byte, error) {
	nonce := make([]byte, c.aead.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	return c.aead.Seal(nonce, nonce, plain, nil), nil
}

func (c *Cipher) Open(blob []byte) ([]byte, error) {
	if len(blob) < c.aead.NonceSize() {
		return nil, errors.New("short")
	}
	n := c.aead.NonceSize()
	return c.aead.Open(nil, blob[:n], blob[n:], nil)
}

func DeriveCardKey(pin string, salt []byte) ([]byte, error) {
	return scrypt.Key([]byte(pin), salt, 1<<15, 8, 1, 32)
}

func SameToken(a, b []byte) bool {
	return subtle.ConstantTimeCompare(a, b) == 1
}

func LostSockGame(guess int) bool {
	return guess == mrand.Intn(6)+1
}
