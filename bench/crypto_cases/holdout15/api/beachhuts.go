// Package beachhuts runs seasonal beach hut rentals: keys, deposits, council feed.
package beachhuts

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/ed25519"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"crypto/x509"
	"encoding/hex"
	"errors"
	"hash"
	"io"
)

// Rentals holds the keys of the rental desk.
type Rentals struct {
	signer  ed25519.PrivateKey
	council ed25519.PublicKey
	feedMac hash.Hash
	vault   cipher.AEAD
}

func NewRentals(feedKey, vaultKey []byte, councilDER []byte) (*Rentals, error) {
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, err
	}
	pub, err := x509.ParsePKIXPublicKey(councilDER)
	if err != nil {
		return nil, err
	}
	council, ok := pub.(ed25519.PublicKey)
	if !ok {
		return nil, errors.New("council key is not ed25519")
	}
	block, err := aes.NewCipher(vaultKey)
	if err != nil {
		return nil, err
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	return &Rentals{signer: priv, council: council, feedMac: hmac.New(sha256.New, feedKey), vault: aead}, nil
}

func HutKeyCode() (string, error) {
	b := make([]byte, 10)
	if _, err := io.ReadFull(rand.Reader, b); err != nil {
		return "", err
	}
	return hex.EncodeToString(b), nil
}

func DepositToken() string {
	return rand.Token(16)
}

func (r *Rentals) SignLease(lease []byte) []byte {
	return ed25519.Sign(r.signer, lease)
}

func (r *Rentals) CouncilNoticeOK(notice, sig []byte) bool {
	return ed25519.Verify(r.council, notice, sig)
}

func (r *Rentals) CouncilPermitOK(permit, sig []byte) bool {
	return r.council.Verify(permit, sig)
}

func (r *Rentals) FeedTag(body []byte) []byte {
	r.feedMac.Reset()
	r.feedMac.Write(body)
	return r.feedMac.Sum(nil)
}

func (r *Rentals) FeedOK(body, tag []byte) bool {
	return hmac.Equal(r.FeedTag(body), tag)
}

func FeedOKStatic(key, body, tag []byte) bool {
	return hmac.Verify(sha256.New, key, body, tag)
}

func PhotoDigest(photo []byte) string {
	sum := sha256.Sum256(photo)
	return hex.EncodeToString(sum[:])
}

func PhotoDigestHex(photo []byte) string {
	return sha256.HashString(photo)
}

func (r *Rentals) SealPhone(phone []byte) ([]byte, error) {
	nonce := make([]byte, r.vault.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	return r.vault.Seal(nonce, nonce, phone, nil), nil
}

func (r *Rentals) OpenPhone(blob []byte) ([]byte, error) {
	n := r.vault.NonceSize()
	if len(blob) < n {
		return nil, errors.New("short blob")
	}
	return r.vault.Open(nil, blob[:n], blob[n:], nil)
}

func PinsEqual(a, b []byte) bool {
	return subtle.ConstantTimeCompare(a, b) == 1
}
