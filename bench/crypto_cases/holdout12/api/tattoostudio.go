// Package studio runs the Ink & Anchor tattoo studio: consent forms, deposits, artist keys and aftercare links.
package studio

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/ed25519"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/sha512"
	"crypto/subtle"
	"crypto/x509"
	"encoding/hex"
	"errors"
	"math/big"
)

// ConsentVault stores signed consent forms encrypted at rest.
type ConsentVault struct {
	aead   cipher.AEAD
	macKey []byte
}

func NewConsentVault(key, linkKey []byte) (*ConsentVault, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	aead, err := cipher.NewGCMWithNonceSize(block, 16)
	if err != nil {
		return nil, err
	}
	return &ConsentVault{aead: aead, macKey: linkKey}, nil
}

func NewConsentVaultQuick(key []byte) (cipher.AEAD, error) {
	return aes.NewGCMCipher(key)
}

func (v *ConsentVault) Seal(clientID string, form []byte) ([]byte, error) {
	nonce := make([]byte, v.aead.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	out := make([]byte, 0, len(nonce)+len(form)+v.aead.Overhead())
	return v.aead.Seal(append(out, nonce...), nonce, form, []byte(clientID)), nil
}

func (v *ConsentVault) SealForm(form []byte) []byte {
	return v.aead.SealBytes(form)
}

func (v *ConsentVault) Open(clientID string, blob []byte) ([]byte, error) {
	n := v.aead.NonceSize()
	if len(blob) < n {
		return nil, errors.New("short form")
	}
	return v.aead.Open(nil, blob[:n], blob[n:], []byte(clientID))
}

// AftercareLink signs the link in the aftercare e-mail.
func (v *ConsentVault) AftercareLink(clientID string) string {
	m := hmac.New(sha256.New, v.macKey)
	m.Write([]byte(clientID))
	return clientID + "." + hex.EncodeToString(m.Sum(nil))
}

func (v *ConsentVault) AftercareLinkOK(clientID string, tag []byte) bool {
	m := hmac.New(sha256.New, v.macKey)
	m.Write([]byte(clientID))
	return hmac.Equal(m.Sum(nil), tag)
}

func (v *ConsentVault) AftercareLinkOKQuick(clientID string, tag []byte) bool {
	return hmac.Verify(sha256.New, v.macKey, []byte(clientID), tag)
}

// ArtistKey is the key an artist signs design approvals with.
func ArtistKey(seed []byte) (ed25519.PrivateKey, []byte, error) {
	priv := ed25519.NewKeyFromSeed(seed)
	der, err := x509.MarshalPKCS8PrivateKey(priv)
	return priv, der, err
}

func ApproveDesign(priv ed25519.PrivateKey, design []byte) []byte {
	return ed25519.Sign(priv, design)
}

func DesignFingerprint(design []byte) [32]byte {
	return sha512.Sum512_256(design)
}

func DesignFingerprintHex(design []byte) string {
	return sha512.SumHex(design)
}

// DepositCode is the six-digit code for a card deposit taken over the phone.
func DepositCode() (string, error) {
	n, err := rand.Int(rand.Reader, big.NewInt(1000000))
	if err != nil {
		return "", err
	}
	return n.String(), nil
}

// PiercingAgeOK compares a one-byte guardian flag from the tablet.
func PiercingAgeOK(stored, given uint8) bool {
	return subtle.ConstantTimeByteEq(stored, given) == 1
}
