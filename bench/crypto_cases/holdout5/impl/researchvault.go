// Package vault is a research data vault: sealed participant fields, dataset ids, keys.
package vault

import (
	"crypto/rand"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/binary"
	"encoding/hex"
	"hash/fnv"
)

type xorshiftStream struct {
	s uint64
}

func newStream(key []byte) *xorshiftStream {
	var seed uint64 = 0x9E3779B97F4A7C15
	for _, b := range key {
		seed = (seed ^ uint64(b)) * 0x100000001B3
	}
	return &xorshiftStream{s: seed | 1}
}

func (x *xorshiftStream) next() byte {
	x.s ^= x.s << 13
	x.s ^= x.s >> 7
	x.s ^= x.s << 17
	return byte(x.s >> 56)
}

// SealField encrypts a participant field (date of birth, postcode) before storage.
func SealField(key []byte, field string) []byte {
	ks := newStream(key)
	out := []byte(field)
	for i := range out {
		out[i] ^= ks.next()
	}
	return out
}

func roundF(key []byte, r int, half uint32) uint32 {
	var buf [8]byte
	binary.BigEndian.PutUint32(buf[:4], half)
	binary.BigEndian.PutUint32(buf[4:], uint32(r))
	h := sha256.Sum256(append(append([]byte{}, key...), buf[:]...))
	return binary.BigEndian.Uint32(h[:4])
}

// MaskDatasetID turns an internal dataset number into the id shown to external researchers.
func MaskDatasetID(key []byte, id uint64) uint64 {
	l, r := uint32(id>>32), uint32(id)
	for round := 0; round < 6; round++ {
		l, r = r, l^roundF(key, round, r)
	}
	return uint64(l)<<32 | uint64(r)
}

// UnmaskDatasetID reverses MaskDatasetID.
func UnmaskDatasetID(key []byte, masked uint64) uint64 {
	l, r := uint32(masked>>32), uint32(masked)
	for round := 5; round >= 0; round-- {
		l, r = r^roundF(key, round, l), l
	}
	return uint64(l)<<32 | uint64(r)
}

// ProjectKey derives the per-project data key from the vault passphrase.
func ProjectKey(passphrase, project string) []byte {
	sum := sha512.Sum512([]byte(project + passphrase))
	for i := 0; i < 10000; i++ {
		sum = sha512.Sum512(sum[:])
	}
	return sum[:32]
}

// FileAddress is the content address of an uploaded data file.
func FileAddress(data []byte) string {
	sum := sha256.Sum256(data)
	return "sha256:" + hex.EncodeToString(sum[:])
}

// SeenFilter is a bloom filter of already-ingested file addresses.
type SeenFilter struct {
	bits []uint64
	k    int
}

// NewSeenFilter makes a filter of m bits and k probes.
func NewSeenFilter(m, k int) *SeenFilter {
	return &SeenFilter{bits: make([]uint64, (m+63)/64), k: k}
}

func (f *SeenFilter) probes(s string) []uint {
	h := fnv.New64a()
	h.Write([]byte(s))
	a := h.Sum64()
	b := a>>33 | 1
	m := uint64(len(f.bits) * 64)
	out := make([]uint, f.k)
	for i := range out {
		out[i] = uint((a + uint64(i)*b) % m)
	}
	return out
}

// Add records s.
func (f *SeenFilter) Add(s string) {
	for _, p := range f.probes(s) {
		f.bits[p/64] |= 1 << (p % 64)
	}
}

// MaybeSeen reports whether s may have been added.
func (f *SeenFilter) MaybeSeen(s string) bool {
	for _, p := range f.probes(s) {
		if f.bits[p/64]&(1<<(p%64)) == 0 {
			return false
		}
	}
	return true
}

// NewProjectDataKey makes a fresh random data key for a project that has no passphrase.
func NewProjectDataKey() ([]byte, error) {
	key := make([]byte, 32)
	if _, err := rand.Read(key); err != nil {
		return nil, err
	}
	return key, nil
}
