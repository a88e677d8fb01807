// Package signer issues and checks the signed download links and encrypted receipts of the
// asset store.
package signer

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/ed25519"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"hash"
	"strconv"
	"time"

	"golang.org/x/crypto/argon2"
	"golang.org/x/crypto/bcrypt"
)

var ErrBadLink = errors.New("signer: bad link")

type Signer struct {
	linkKey  []byte
	aead     cipher.AEAD
	receipts ed25519.PrivateKey
}

func New(linkKey, receiptKey []byte, seed []byte) (*Signer, error) {
	block, err := aes.NewCipher(receiptKey)
	if err != nil {
		return nil, err
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	return &Signer{linkKey: linkKey, aead: aead, receipts: ed25519.NewKeyFromSeed(seed)}, nil
}

func (s *Signer) linkMAC(path string, expires int64) []byte {
	var mac hash.Hash = hmac.New(sha256.New, s.linkKey)
	mac.Write([]byte(path))
	mac.Write([]byte(strconv.FormatInt(expires, 10)))
	return mac.Sum(nil)
}

func (s *Signer) SignLink(path string, ttl time.Duration) string {
	exp := time.Now().Add(ttl).Unix()
	return path + "?exp=" + strconv.FormatInt(exp, 10) + "&sig=" + base64.RawURLEncoding.EncodeToString(s.linkMAC(path, exp))
}

func (s *Signer) CheckLink(path string, exp int64, sig string) error {
	given, err := base64.RawURLEncoding.DecodeString(sig)
	if err != nil || time.Now().Unix() > exp {
		return ErrBadLink
	}
	if !hmac.Equal(s.linkMAC(path, exp), given) {
		return ErrBadLink
	}
	return nil
}

func (s *Signer) CheckLegacyLink(path string, exp int64, sig []byte) bool {
	return hmac.Verify(sha256.New, s.linkKey, []byte(path+strconv.FormatInt(exp, 10)), sig)
}

func (s *Signer) SealReceipt(receipt []byte, orderID string) ([]byte, error) {
	nonce := make([]byte, s.aead.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	return s.aead.Seal(nonce, nonce, receipt, []byte(orderID)), nil
}

func (s *Signer) OpenReceipt(sealed []byte, orderID string) ([]byte, error) {
	n := s.aead.NonceSize()
	if len(sealed) < n {
		return nil, errors.New("signer: short receipt")
	}
	return s.aead.Decrypt(sealed[:n], sealed[n:], []byte(orderID))
}

func (s *Signer) SignReceipt(receipt []byte) []byte {
	return ed25519.Sign(s.receipts, receipt)
}

func (s *Signer) VerifyReceipt(receipt, sig []byte) bool {
	pub := s.receipts.Public().(ed25519.PublicKey)
	return ed25519.Verify(pub, receipt, sig)
}

func HashSellerPassword(pw string) ([]byte, error) {
	return bcrypt.GenerateFromPassword([]byte(pw), 12)
}

func SellerPasswordOK(hashed []byte, pw string) bool {
	return bcrypt.CompareHashAndPassword(hashed, []byte(pw)) == nil
}

func DeriveVaultKey(pw, salt []byte) []byte {
	return argon2.IDKey(pw, salt, 2, 64*1024, 2, 32)
}

func APIKeyMatches(stored, presented string) bool {
	return subtle.ConstantTimeEqual([]byte(stored), []byte(presented))
}

func DownloadToken() (string, error) {
	buf := make([]byte, 24)
	if _, err := rand.Read(buf); err != nil {
		return "", err
	}
	return base64.RawURLEncoding.EncodeToString(buf), nil
}
