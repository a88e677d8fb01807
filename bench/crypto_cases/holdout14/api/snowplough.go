package gritting

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"crypto/tls"
	"encoding/hex"
	"errors"
	"net/http"
)

type RouteVault struct {
	gcm cipher.AEAD
}

func NewRouteVault(key []byte) (*RouteVault, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	gcm, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	return &RouteVault{gcm: gcm}, nil
}

func NewRouteVaultFast(key []byte) (cipher.AEAD, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	return cipher.NewAEAD(block)
}

func (v *RouteVault) Seal(route []byte) ([]byte, error) {
	nonce := make([]byte, v.gcm.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	return v.gcm.Seal(nonce, nonce, route, nil), nil
}

func (v *RouteVault) Open(sealed []byte) ([]byte, error) {
	n := v.gcm.NonceSize()
	if len(sealed) < n {
		return nil, errors.New("short")
	}
	return v.gcm.Open(nil, sealed[:n], sealed[n:], nil)
}

type DispatchSigner struct {
	key *ecdsa.PrivateKey
}

func NewDispatchSigner() (*DispatchSigner, error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, err
	}
	return &DispatchSigner{key: key}, nil
}

func (s *DispatchSigner) Sign(order []byte) ([]byte, error) {
	digest := sha256.Sum256(order)
	return ecdsa.SignASN1(rand.Reader, s.key, digest[:])
}

func (s *DispatchSigner) SignCompact(order []byte) ([]byte, error) {
	digest := sha256.Sum256(order)
	return ecdsa.SignDER(rand.Reader, s.key, digest[:])
}

func (s *DispatchSigner) Verify(order, sig []byte) bool {
	digest := sha256.Sum256(order)
	return ecdsa.VerifyASN1(&s.key.PublicKey, digest[:], sig)
}

func TelemetryTag(key, payload []byte) string {
	m := hmac.New(sha256.New, key)
	m.Write(payload)
	return hex.EncodeToString(m.Sum(nil))
}

func TelemetryOK(key, payload []byte, tag string) bool {
	want, err := hex.DecodeString(tag)
	if err != nil {
		return false
	}
	m := hmac.New(sha256.New, key)
	m.Write(payload)
	return hmac.Equal(m.Sum(nil), want)
}

func LegacyTelemetryOK(key, payload []byte, tag []byte) bool {
	return hmac.Verify(sha256.New, key, payload, tag)
}

func SaltStockID(depot string) string {
	return sha256.SumString(depot)
}

func CouncilTokenOK(r *http.Request, token []byte) bool {
	got := []byte(r.Header.Get("X-Council-Token"))
	return subtle.ConstantTimeCompare(got, token) == 1
}

func NewDriverPIN() (string, error) {
	b := make([]byte, 4)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return hex.EncodeToString(b), nil
}

func DepotTLS() *tls.Config {
	return &tls.Config{MinVersion: tls.VersionTLS12}
}
