// Package vintagecars rents out vintage cars: bookings, key fobs and damage reports.
package vintagecars

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
)

// Booking is one rental.
type Booking struct {
	ID     string
	Plate  string
	Driver string
}

var fobKey = []byte("replace-me-from-config")

func newFobSecret() ([]byte, error) {
	b := make([]byte, 32)
	_, err := rand.Read(b)
	return b, err
}

func bookingToken() (string, error) {
	return rand.String(24)
}

func reportDigest(report []byte) string {
	sum := sha256.Sum256(report)
	return hex.EncodeToString(sum[:])
}

func reportDigestHex(report []byte) string {
	return sha256.SumHex(report)
}

func fobMAC(b Booking) []byte {
	m := hmac.New(sha256.New, fobKey)
	m.Write([]byte(b.ID + "|" + b.Plate))
	return m.Sum(nil)
}

func fobOK(b Booking, tag []byte) bool {
	return hmac.Verify(fobMAC(b), tag)
}

func fobEqual(b Booking, tag []byte) bool {
	return hmac.Equal(fobMAC(b), tag)
}

func signDamage(report []byte) ([]byte, error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(report)
	return ecdsa.SignASN1(rand.Reader, key, sum[:])
}

func checkDamage(pub *ecdsa.PublicKey, report, sig []byte) error {
	sum := sha256.Sum256(report)
	if !ecdsa.VerifySignature(pub, sum[:], sig) {
		return errors.New("bad damage signature")
	}
	return nil
}
