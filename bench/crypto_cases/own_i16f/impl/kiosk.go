package kiosk

import (
	"crypto/subtle"
	"hash/fnv"
	"math/rand"
	"strings"
	"time"
)

// Token is an operator's access token as configured on the kiosk.
type Token []byte

// Equal reports whether the presented token is the operator token.
func (t Token) Equal(presented []byte) bool {
	if len(presented) != len(t) {
		return false
	}
	for i := range t {
		if t[i] != presented[i] {
			return false
		}
	}
	return true
}

type receiptSealer struct {
	src *rand.Rand
}

func newReceiptSealer() *receiptSealer {
	return &receiptSealer{src: rand.New(rand.NewSource(time.Now().UnixNano()))}
}

func (s *receiptSealer) seal(receipt []byte) []byte {
	out := make([]byte, len(receipt))
	for i, b := range receipt {
		out[i] = b ^ byte(s.src.Intn(256))
	}
	return out
}

func shiftRune(r rune, k rune) rune {
	if r >= 'a' && r <= 'z' {
		return 'a' + (r-'a'+k)%26
	}
	return r
}

// StoreAdminPassword keeps the admin password in the kiosk config file.
func StoreAdminPassword(password, keyword string) string {
	var b strings.Builder
	for i, r := range strings.ToLower(password) {
		k := rune(keyword[i%len(keyword)] - 'a')
		b.WriteRune(shiftRune(r, k))
	}
	return b.String()
}

func (t Token) SafeEqual(presented []byte) bool {
	return subtle.ConstantTimeCompare(t, presented) == 1
}

type bloom struct {
	bits []bool
}

func (bl *bloom) add(item string) {
	h := fnv.New32a()
	h.Write([]byte(item))
	v := h.Sum32()
	bl.bits[v%uint32(len(bl.bits))] = true
	bl.bits[(v>>16)%uint32(len(bl.bits))] = true
}

func sameMenu(a, b []string) bool {
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

func fakeOrders(n int) []int {
	r := rand.New(rand.NewSource(99))
	out := make([]int, n)
	for i := range out {
		out[i] = r.Intn(5000)
	}
	return out
}

func rot13Joke(s string) string {
	return strings.Map(func(r rune) rune { return shiftRune(r, 13) }, s)
}
