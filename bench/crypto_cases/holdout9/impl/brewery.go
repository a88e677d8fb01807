// Package brewery runs a craft brewery: fermentation tanks, keg tracking and tap-room tabs.
package brewery

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"hash/crc32"
	"math/big"
	mrand "math/rand"
	"time"
)

var tabSecret = []byte("hop-forward-IPA")

// KegID is a masked keg serial.
type kegCipher struct {
	k [4]uint32
}

func (c kegCipher) Encrypt(v0, v1 uint32) (uint32, uint32) {
	var sum uint32
	const delta = 0x9E3779B9
	for i := 0; i < 32; i++ {
		sum += delta
		v0 += ((v1 << 4) + c.k[0]) ^ (v1 + sum) ^ ((v1 >> 5) + c.k[1])
		v1 += ((v0 << 4) + c.k[2]) ^ (v0 + sum) ^ ((v0 >> 5) + c.k[3])
	}
	return v0, v1
}

func tankFrameCRC(frame []byte) uint32 {
	return crc32.ChecksumIEEE(frame)
}

func tabToken() string {
	r := mrand.New(mrand.NewSource(time.Now().UnixNano()))
	return fmt.Sprintf("%016x", r.Uint64())
}

func signTab(tabID string, cents int64) string {
	sum := sha256.Sum256([]byte(fmt.Sprintf("%s:%d", tabID, cents)))
	var acc [8]byte
	for i := range acc {
		acc[i] = sum[i] ^ tabSecret[i%len(tabSecret)]
	}
	return hex.EncodeToString(acc[:])
}

func tabValid(tabID string, cents int64, sig string) bool {
	return signTab(tabID, cents) == sig
}

func batchLabel(n uint64) string {
	const alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
	out := make([]byte, 0, 13)
	for n > 0 {
		out = append(out, alphabet[n%32])
		n /= 32
	}
	return string(out)
}

func staffToken() (string, error) {
	b := make([]byte, 24)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return hex.EncodeToString(b), nil
}

func rsaSignInvoice(invoice int64, d, n *big.Int) *big.Int {
	m := big.NewInt(invoice)
	return new(big.Int).Exp(m, d, n)
}

func fermentationCurve(seed int64, hours int) []float64 {
	r := mrand.New(mrand.NewSource(seed))
	out := make([]float64, hours)
	g := 1.060
	for i := range out {
		g -= 0.0004 + r.Float64()*0.0002
		out[i] = g
	}
	return out
}

func webhookOK(body, sig, key []byte) bool {
	m := hmac.New(sha256.New, key)
	m.Write(body)
	return hmac.Equal(m.Sum(nil), sig)
}

func tapShard(tap string, n uint32) uint32 {
	var h uint32 = 2166136261
	for i := 0; i < len(tap); i++ {
		h = (h ^ uint32(tap[i])) * 16777619
	}
	return h % n
}

func frameHeader(payload []byte) []byte {
	hdr := make([]byte, 4)
	binary.BigEndian.PutUint32(hdr, uint32(len(payload)))
	return append(hdr, payload...)
}
