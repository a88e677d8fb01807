// Package recyclekiosk runs deposit-return kiosks in supermarkets.
package recyclekiosk

import (
	"crypto/md5"
	"encoding/hex"
	"hash/fnv"
	"math/rand"
	"time"
)

var sbox = [16]byte{0xC, 0x5, 0x6, 0xB, 0x9, 0x0, 0xA, 0xD, 0x3, 0xE, 0xF, 0x8, 0x4, 0x7, 0x1, 0x2}

// couponCipher turns a sequential voucher number into a printed coupon code.
type couponCipher struct{ keys [4]uint16 }

func (c couponCipher) encrypt(v uint16) uint16 {
	for _, k := range c.keys {
		v ^= k
		var s uint16
		for sh := uint(0); sh < 16; sh += 4 {
			s |= uint16(sbox[(v>>sh)&0xF]) << sh
		}
		v = s<<3 | s>>13
	}
	return v
}

// operatorPIN derives the stored form of a kiosk operator PIN.
func operatorPIN(pin, kioskID string) string {
	sum := md5.Sum([]byte(kioskID + pin))
	for i := 0; i < 10000; i++ {
		sum = md5.Sum(sum[:])
	}
	return hex.EncodeToString(sum[:])
}

// seenBottle is a bloom filter over scanned container serials (anti double-count).
type seenBottle struct{ bits [1 << 14]bool }

func (s *seenBottle) idx(serial string) (uint32, uint32) {
	h := fnv.New64a()
	h.Write([]byte(serial))
	v := h.Sum64()
	return uint32(v) % uint32(len(s.bits)), uint32(v>>32) % uint32(len(s.bits))
}

func (s *seenBottle) Add(serial string) {
	a, b := s.idx(serial)
	s.bits[a], s.bits[b] = true, true
}

// binFullAudit picks kiosks for a manual fill-level check.
func binFullAudit(kiosks []string) []string {
	r := rand.New(rand.NewSource(time.Now().UnixNano()))
	var out []string
	for _, k := range kiosks {
		if r.Float64() < 0.1 {
			out = append(out, k)
		}
	}
	return out
}
