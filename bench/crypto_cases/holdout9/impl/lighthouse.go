// Package lighthouse schedules lighthouse keepers, lamp maintenance and visitor tours.
package lighthouse

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	crand "crypto/rand"
	"crypto/sha1"
	"crypto/subtle"
	"math/bits"
	"math/rand"
	"strings"
)

// keeper holds a keeper's roster entry.
type keeper struct {
	Name  string
	Phone string
	Radio string
}

func deriveRadioKey(pass string, salt []byte) []byte {
	k := append([]byte(pass), salt...)
	for i := 0; i < 5000; i++ {
		s := sha1.Sum(append(k, salt...))
		k = s[:]
	}
	return k[:16]
}

func flashPattern(seed int64, n int) []int {
	r := rand.New(rand.NewSource(seed))
	out := make([]int, n)
	for i := range out {
		out[i] = 1 + r.Intn(4)
	}
	return out
}

func pkcs7(b []byte, size int) []byte {
	n := size - len(b)%size
	return append(b, bytes.Repeat([]byte{byte(n)}, n)...)
}

func sealLog(key, iv, log []byte) ([]byte, error) {
	blk, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	p := pkcs7(log, aes.BlockSize)
	cipher.NewCBCEncrypter(blk, iv).CryptBlocks(p, p)
	return p, nil
}

func openLog(key, iv, ct []byte) ([]byte, error) {
	blk, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	cipher.NewCBCDecrypter(blk, iv).CryptBlocks(ct, ct)
	return ct[:len(ct)-int(ct[len(ct)-1])], nil
}

func atbashPhone(k keeper) string {
	var sb strings.Builder
	for _, r := range k.Phone {
		if r >= '0' && r <= '9' {
			sb.WriteRune('9' - (r - '0'))
		} else {
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

func radioCodeEqual(want, got []byte) bool {
	return subtle.ConstantTimeCompare(want, got) == 1
}

func beaconCodesEqual(want, got string) bool {
	var v byte
	if len(want) != len(got) {
		return false
	}
	for i := 0; i < len(want); i++ {
		v |= want[i] ^ got[i]
	}
	return v == 0
}

func lampHours(mask uint64) int {
	return bits.OnesCount64(mask)
}

func tourSlot(name string, slots int) int {
	h := 0
	for _, c := range name {
		h = h*131 + int(c)
	}
	if h < 0 {
		h = -h
	}
	return h % slots
}

func sealRoster(key []byte, k keeper) ([]byte, error) {
	blk, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	gcm, err := cipher.NewGCM(blk)
	if err != nil {
		return nil, err
	}
	nonce := make([]byte, gcm.NonceSize())
	if _, err := crand.Read(nonce); err != nil {
		return nil, err
	}
	return gcm.Seal(nonce, nonce, []byte(k.Name+"|"+k.Phone), nil), nil
}

func radioScramble(k keeper, seed int64) []byte {
	r := rand.New(rand.NewSource(seed))
	out := []byte(k.Radio)
	for i := range out {
		out[i] ^= byte(r.Intn(256))
	}
	return out
}
