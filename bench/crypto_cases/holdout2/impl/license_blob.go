package licensing

import (
	"crypto/sha1"
	"encoding/binary"
	"errors"
)

const feistelRounds = 16

type BlobCipher struct {
	subkeys [feistelRounds]uint32
}

func NewBlobCipher(key []byte) *BlobCipher {
	c := &BlobCipher{}
	seed := binary.BigEndian.Uint32(key[:4])
	for i := 0; i < feistelRounds; i++ {
		seed = seed*1664525 + 1013904223
		c.subkeys[i] = seed ^ binary.BigEndian.Uint32(key[(i%3)*4:(i%3)*4+4])
	}
	return c
}

func round(half, k uint32) uint32 {
	x := half ^ k
	x = (x << 9) | (x >> 23)
	x += 0x7f4a7c15
	return x ^ (x >> 11)
}

func (c *BlobCipher) encryptBlock(dst, src []byte) {
	l := binary.BigEndian.Uint32(src[0:4])
	r := binary.BigEndian.Uint32(src[4:8])
	for i := 0; i < feistelRounds; i++ {
		l, r = r, l^round(r, c.subkeys[i])
	}
	binary.BigEndian.PutUint32(dst[0:4], r)
	binary.BigEndian.PutUint32(dst[4:8], l)
}

func (c *BlobCipher) Seal(plain []byte) ([]byte, error) {
	if len(plain)%8 != 0 {
		return nil, errors.New("licensing: blob must be a multiple of 8 bytes")
	}
	out := make([]byte, len(plain))
	for off := 0; off < len(plain); off += 8 {
		c.encryptBlock(out[off:off+8], plain[off:off+8])
	}
	return out, nil
}

func DeriveLicenseKey(customerSecret string, salt []byte) []byte {
	sum := sha1.Sum(append(salt, customerSecret...))
	for i := 0; i < 1000; i++ {
		sum = sha1.Sum(append(sum[:], salt...))
	}
	return sum[:12]
}

func SealLicense(customerSecret string, salt, blob []byte) ([]byte, error) {
	return NewBlobCipher(DeriveLicenseKey(customerSecret, salt)).Seal(blob)
}
