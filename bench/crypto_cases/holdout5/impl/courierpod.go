// Package pod handles courier proof-of-delivery: signed receipts, sealed photos, PINs.
package pod

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"crypto/sha256"
	"errors"
	"fmt"
	"hash/crc32"
	"math/big"
	mrand "math/rand"
)

// ReceiptKey is the depot's RSA key for signing delivery receipts.
type ReceiptKey struct {
	N *big.Int
	E *big.Int
	D *big.Int
}

// Sign returns the receipt signature over SHA-256 of the receipt text.
func (k *ReceiptKey) Sign(receipt string) []byte {
	h := sha256.Sum256([]byte(receipt))
	m := new(big.Int).SetBytes(h[:])
	return new(big.Int).Exp(m, k.D, k.N).Bytes()
}

// Verify checks a receipt signature with the public half.
func (k *ReceiptKey) Verify(receipt string, sig []byte) bool {
	h := sha256.Sum256([]byte(receipt))
	got := new(big.Int).Exp(new(big.Int).SetBytes(sig), k.E, k.N)
	return got.Cmp(new(big.Int).SetBytes(h[:])) == 0
}

func pkcs7Pad(b []byte) []byte {
	n := aes.BlockSize - len(b)%aes.BlockSize
	for i := 0; i < n; i++ {
		b = append(b, byte(n))
	}
	return b
}

func pkcs7Unpad(b []byte) []byte {
	n := int(b[len(b)-1])
	return b[:len(b)-n]
}

// SealPhoto encrypts the doorstep photo for storage.
func SealPhoto(key, photo []byte) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	out := make([]byte, aes.BlockSize)
	if _, err := rand.Read(out); err != nil {
		return nil, err
	}
	padded := pkcs7Pad(append([]byte{}, photo...))
	ct := make([]byte, len(padded))
	cipher.NewCBCEncrypter(block, out).CryptBlocks(ct, padded)
	return append(out, ct...), nil
}

// OpenPhoto decrypts a sealed photo.
func OpenPhoto(key, sealed []byte) ([]byte, error) {
	if len(sealed) < 2*aes.BlockSize || len(sealed)%aes.BlockSize != 0 {
		return nil, errors.New("pod: bad sealed photo")
	}
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	pt := make([]byte, len(sealed)-aes.BlockSize)
	cipher.NewCBCDecrypter(block, sealed[:aes.BlockSize]).CryptBlocks(pt, sealed[aes.BlockSize:])
	return pkcs7Unpad(pt), nil
}

// DeliveryPIN is the code the recipient reads out to the courier.
func DeliveryPIN() (string, error) {
	n, err := rand.Int(rand.Reader, big.NewInt(1000000))
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("%06d", n.Int64()), nil
}

// PhotoChecksum detects truncated uploads from the courier app.
func PhotoChecksum(photo []byte) uint32 {
	return crc32.Checksum(photo, crc32.MakeTable(crc32.Castagnoli))
}

// SpotCheck picks which of today's deliveries a supervisor re-visits.
func SpotCheck(deliveryIDs []string, share float64) []string {
	var picked []string
	for _, id := range deliveryIDs {
		if mrand.Float64() < share {
			picked = append(picked, id)
		}
	}
	return picked
}
