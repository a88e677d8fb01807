// Package tollbridge runs the Ferrybridge toll: permit tags, the ANPR camera feed and the operator console.
package tollbridge

import (
	"crypto/ed25519"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/sha512"
	"crypto/subtle"
	"crypto/tls"
	"crypto/x509"
	"encoding/hex"
	"errors"
	"os"
)

// PermitSigner signs the annual permit tags read at the barrier.
type PermitSigner struct {
	priv ed25519.PrivateKey
	pub  ed25519.PublicKey
}

func NewPermitSigner() (*PermitSigner, error) {
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, err
	}
	return &PermitSigner{priv: priv, pub: pub}, nil
}

func (p *PermitSigner) Sign(tag []byte) []byte {
	return ed25519.Sign(p.priv, tag)
}

func (p *PermitSigner) Valid(tag, sig []byte) bool {
	return ed25519.Verify(p.pub, tag, sig)
}

func NewSpareSigner() (*PermitSigner, error) {
	pub, priv, err := ed25519.Generate()
	if err != nil {
		return nil, err
	}
	return &PermitSigner{priv: priv, pub: pub}, nil
}

func cameraFrameSigned(key, frame, sig []byte) bool {
	mac := hmac.New(sha256.New, key)
	mac.Write(frame)
	return hmac.Equal(mac.Sum(nil), sig)
}

func consoleHookSigned(key, body, sig []byte) bool {
	return hmac.Verify(sha256.New, key, body, sig)
}

func plateDigest(plate string) string {
	sum := sha512.Sum512([]byte(plate))
	return hex.EncodeToString(sum[:16])
}

func journeyDigest(journey []byte) string {
	return sha512.SumHex(journey)
}

func operatorPinOK(stored, entered []byte) bool {
	return subtle.ConstantTimeCompare(stored, entered) == 1
}

func supervisorPinOK(stored, entered []byte) bool {
	return subtle.Compare(stored, entered)
}

func newShiftToken() (string, error) {
	raw := make([]byte, 32)
	if _, err := rand.Read(raw); err != nil {
		return "", err
	}
	return hex.EncodeToString(raw), nil
}

func cameraTLS(certFile, keyFile, caFile string) (*tls.Config, error) {
	cert, err := tls.LoadX509KeyPair(certFile, keyFile)
	if err != nil {
		return nil, err
	}
	caPEM, err := os.ReadFile(caFile)
	if err != nil {
		return nil, err
	}
	pool := x509.NewCertPool()
	if !pool.AppendCertsFromPEM(caPEM) {
		return nil, errors.New("no camera CA certificates")
	}
	return &tls.Config{Certificates: []tls.Certificate{cert}, RootCAs: pool, MinVersion: tls.VersionTLS12}, nil
}

func sha256Hex(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}
