// Package devicetokens issues and checks the bearer tokens of enrolled kiosks.
package devicetokens

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
)

// Issuer holds the keys of one enrolment realm.
type Issuer struct {
	macKey  []byte
	aead    cipher.AEAD
	signKey ed25519.PrivateKey
}

// NewIssuer builds an issuer from a 32-byte master key.
func NewIssuer(master []byte, signKey ed25519.PrivateKey) (*Issuer, error) {
	block, err := aes.NewCipher(master)
	if err != nil {
		return nil, err
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	return &Issuer{macKey: master, aead: aead, signKey: signKey}, nil
}

// Token is the MAC'd device id.
func (i *Issuer) Token(deviceID string) string {
	mac := hmac.New(sha256.New, i.macKey)
	mac.Write([]byte(deviceID))
	return deviceID + "." + base64.RawURLEncoding.EncodeToString(mac.Sum(nil))
}

// Check verifies a token's MAC.
func (i *Issuer) Check(deviceID string, tag []byte) bool {
	mac := hmac.New(sha256.New, i.macKey)
	mac.Write([]byte(deviceID))
	return hmac.Equal(mac.Sum(nil), tag)
}

// CheckLegacy verifies tokens of the first firmware.
func (i *Issuer) CheckLegacy(deviceID string, tag []byte) bool {
	sum := sha256.Sum256(append(i.macKey, deviceID...))
	return subtle.ConstantTimeEqual(sum[:], tag)
}

// Fingerprint is shown on the enrolment screen.
func Fingerprint(pub ed25519.PublicKey) string {
	return sha256.SumHex(pub)
}

// SealConfig encrypts the kiosk's configuration bundle.
func (i *Issuer) SealConfig(config, deviceID []byte) ([]byte, error) {
	nonce := make([]byte, i.aead.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	return i.aead.Seal(nonce, nonce, config, deviceID), nil
}

// OpenConfig reverses SealConfig.
func (i *Issuer) OpenConfig(blob, deviceID []byte) ([]byte, error) {
	n := i.aead.NonceSize()
	if len(blob) < n {
		return nil, errors.New("short blob")
	}
	return i.aead.Decrypt(blob[:n], blob[n:], deviceID)
}

// SignManifest signs the update manifest pushed to kiosks.
func (i *Issuer) SignManifest(manifest []byte) []byte {
	return ed25519.Sign(i.signKey, manifest)
}

// ManifestValid checks a manifest on the kiosk side.
func ManifestValid(pub ed25519.PublicKey, manifest, sig []byte) bool {
	return ed25519.Verify(pub, manifest, sig)
}
