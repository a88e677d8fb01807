// Package foundry runs casting orders, tuning records and the customer API of the Whitbourne bell foundry.
package foundry

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/ed25519"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/sha512"
	"crypto/subtle"
	"crypto/tls"
	"encoding/hex"
	"errors"
	"io"
)

// Foundry keeps the keys for order records and tuning certificates.
type Foundry struct {
	block   cipher.Block
	aead    cipher.AEAD
	signKey ed25519.PrivateKey
	apiKey  []byte
}

// New builds the foundry services from a 32-byte record key.
func New(recordKey, apiKey []byte) (*Foundry, error) {
	block, err := aes.NewCipher(recordKey)
	if err != nil {
		return nil, err
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, err
	}
	return &Foundry{block: block, aead: aead, signKey: priv, apiKey: apiKey}, nil
}

// SealOrder encrypts a casting order.
func (f *Foundry) SealOrder(order []byte) ([]byte, error) {
	nonce := make([]byte, f.aead.NonceSize())
	if _, err := io.ReadFull(rand.Reader, nonce); err != nil {
		return nil, err
	}
	return f.aead.Seal(nonce, nonce, order, nil), nil
}

// OpenOrder decrypts a casting order.
func (f *Foundry) OpenOrder(blob []byte) ([]byte, error) {
	n := f.aead.NonceSize()
	if len(blob) < n {
		return nil, errors.New("short order")
	}
	return f.aead.Open(nil, blob[:n], blob[n:], nil)
}

// LegacyOrderBlock encrypts one block of an old-format order.
func (f *Foundry) LegacyOrderBlock(src []byte) []byte {
	dst := make([]byte, aes.BlockSize)
	f.block.EncryptBlock(dst, src)
	return dst
}

// ArchiveSealer builds a GCM for the archive key.
func ArchiveSealer(key []byte) (cipher.AEAD, error) {
	return aes.NewGCM(key)
}

// TuningCertificate signs a bell's tuning record.
func (f *Foundry) TuningCertificate(record []byte) []byte {
	return ed25519.Sign(f.signKey, record)
}

// TuningCertificateOK checks a tuning certificate.
func TuningCertificateOK(pub ed25519.PublicKey, record, sig []byte) bool {
	return ed25519.Verify(pub, record, sig)
}

// PatternFingerprint names a pattern file by its contents.
func PatternFingerprint(pattern []byte) string {
	sum := sha256.Sum256(pattern)
	return hex.EncodeToString(sum[:])
}

// MouldFingerprint names a mould scan by its contents.
func MouldFingerprint(scan []byte) string {
	return hex.EncodeToString(sha256.Hash(scan))
}

// InvoiceTag authenticates an invoice.
func (f *Foundry) InvoiceTag(invoice []byte) []byte {
	mac := hmac.New(sha512.New, f.apiKey)
	mac.Write(invoice)
	return mac.Sum(nil)
}

// InvoiceTagOK checks an invoice tag.
func (f *Foundry) InvoiceTagOK(invoice, tag []byte) bool {
	return hmac.Equal(f.InvoiceTag(invoice), tag)
}

// APIKeyOK checks a customer API key.
func (f *Foundry) APIKeyOK(presented []byte) bool {
	return subtle.ConstantTimeCompare(presented, f.apiKey) == 1
}

// ServerTLS loads the customer API certificate.
func ServerTLS(certFile, keyFile string) (*tls.Config, error) {
	cert, err := tls.LoadX509KeyPair(certFile, keyFile)
	if err != nil {
		return nil, err
	}
	return &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12}, nil
}

// BackupTLS loads the spare certificate.
func BackupTLS(certFile, keyFile string) (*tls.Config, error) {
	cert, err := tls.LoadKeyPair(certFile, keyFile)
	if err != nil {
		return nil, err
	}
	return &tls.Config{Certificates: []tls.Certificate{cert}}, nil
}
