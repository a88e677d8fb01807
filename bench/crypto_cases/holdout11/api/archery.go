// Package archery runs the range bookings, scorecards and the coaches' tablets of an archery club.
package archery

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/sha512"
	"crypto/subtle"
	"encoding/hex"
	"errors"
)

// Club holds the keys of the scoring system.
type Club struct {
	signing ed25519.PrivateKey
	public  ed25519.PublicKey
	aead    cipher.AEAD
}

// NewClub creates the club's keys.
func NewClub(notesKey []byte) (*Club, error) {
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, err
	}
	block, err := aes.NewCipher(notesKey)
	if err != nil {
		return nil, err
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	return &Club{signing: priv, public: pub, aead: aead}, nil
}

// NotesAEAD is a shortcut the coaches' tablet app used to call.
func NotesAEAD(notesKey []byte) (cipher.AEAD, error) {
	return aes.NewGCM(notesKey)
}

// SealInjuryNote encrypts an archer's injury note.
func (c *Club) SealInjuryNote(archerID string, note []byte) ([]byte, error) {
	nonce := make([]byte, c.aead.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	return c.aead.Seal(nonce, nonce, note, []byte(archerID)), nil
}

// SealQuick is the tablet's old one-call form.
func (c *Club) SealQuick(note []byte) []byte {
	return c.aead.Encrypt(note)
}

// OpenInjuryNote decrypts an archer's injury note.
func (c *Club) OpenInjuryNote(archerID string, blob []byte) ([]byte, error) {
	n := c.aead.NonceSize()
	if len(blob) < n {
		return nil, errors.New("short note")
	}
	return c.aead.Open(nil, blob[:n], blob[n:], []byte(archerID))
}

// SignScorecard signs a finished scorecard.
func (c *Club) SignScorecard(card []byte) []byte {
	return ed25519.Sign(c.signing, card)
}

// SignRoundResult signs a round result for the county association.
func (c *Club) SignRoundResult(result []byte) []byte {
	return ed25519.SignMessage(c.signing, result)
}

// ScorecardGenuine checks a scorecard signature.
func (c *Club) ScorecardGenuine(card, sig []byte) bool {
	return ed25519.Verify(c.public, card, sig)
}

// TargetFaceID fingerprints a target-face photo.
func TargetFaceID(photo []byte) string {
	sum := sha512.Sum512(photo)
	return hex.EncodeToString(sum[:16])
}

// RangeKeyOK compares the range gate key.
func RangeKeyOK(given, want []byte) bool {
	return subtle.ConstantTimeCompare(given, want) == 1
}

// RangeKeyMatches is the gate firmware's helper.
func RangeKeyMatches(given, want []byte) bool {
	return subtle.ConstantTimeEqual(given, want)
}
