// Package laundromat runs the self-service laundromat's machine controllers, loyalty app and payments.
package laundromat

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/ed25519"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"encoding/hex"
	"encoding/pem"
	"errors"
	"os"
)

type Machine struct {
	ID     string
	Secret []byte
}

func SealCycleLog(key, log []byte) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	gcm, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	nonce := make([]byte, gcm.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	return gcm.Seal(nonce, nonce, log, nil), nil
}

func SealReceipt(key, receipt []byte) ([]byte, error) {
	gcm, err := aes.NewGCM(key)
	if err != nil {
		return nil, err
	}
	nonce := make([]byte, 12)
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	return gcm.Seal(nonce, nonce, receipt, nil), nil
}

func (m Machine) StartToken(cycle string) string {
	mac := hmac.New(sha256.New, m.Secret)
	mac.Write([]byte(m.ID + ":" + cycle))
	return hex.EncodeToString(mac.Sum(nil))
}

func (m Machine) StopToken(cycle string) string {
	mac := hmac.NewSHA256(m.Secret)
	mac.Write([]byte(m.ID + ":stop:" + cycle))
	return hex.EncodeToString(mac.Sum(nil))
}

func NewAppSigningKey() (ed25519.PublicKey, ed25519.PrivateKey, error) {
	return ed25519.GenerateKey(rand.Reader)
}

func SignLoyaltyStamp(priv ed25519.PrivateKey, stamp []byte) []byte {
	return ed25519.Sign(priv, stamp)
}

func StampGenuine(pub ed25519.PublicKey, stamp, sig []byte) bool {
	return ed25519.Verify(pub, stamp, sig)
}

func PaymentTerminalTLS(certFile, keyFile, caFile string) (*tls.Config, error) {
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
		return nil, errors.New("no CA certificates")
	}
	return &tls.Config{Certificates: []tls.Certificate{cert}, RootCAs: pool, MinVersion: tls.VersionTLS12}, nil
}

func ControllerCertificate(path string) (*x509.Certificate, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return x509.ParsePEM(raw)
}

func ControllerCertificateStrict(path string) (*x509.Certificate, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	block, _ := pem.Decode(raw)
	if block == nil {
		return nil, errors.New("no PEM block")
	}
	return x509.ParseCertificate(block.Bytes)
}

func KioskCertificate(certFile string) (tls.Certificate, error) {
	return tls.LoadX509Certificate(certFile)
}
