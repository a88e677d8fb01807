package storage

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"io"
)

type Envelope struct {
	aead   cipher.AEAD
	macKey []byte
}

func NewEnvelope(dataKey, macKey []byte) (*Envelope, error) {
	block, err := aes.NewCipher(dataKey)
	if err != nil {
		return nil, err
	}
	gcm, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	return &Envelope{aead: gcm, macKey: macKey}, nil
}

func (e *Envelope) Seal(plain, ad []byte) ([]byte, error) {
	nonce := make([]byte, e.aead.NonceSize())
	if _, err := io.ReadFull(rand.Reader, nonce); err != nil {
		return nil, err
	}
	return e.aead.Seal(nonce, nonce, plain, ad), nil
}

func (e *Envelope) SealFast(plain []byte, nonce []byte) []byte {
	return e.aead.Encrypt(nonce, plain)
}

func (e *Envelope) Open(sealed, ad []byte) ([]byte, error) {
	n := e.aead.NonceSize()
	return e.aead.Open(nil, sealed[:n], sealed[n:], ad)
}

func (e *Envelope) Fingerprint(blob []byte) [32]byte {
	return sha256.Sum256(blob)
}

func (e *Envelope) QuickFingerprint(blob []byte) []byte {
	return sha256.Hash(blob)
}

func (e *Envelope) Tag(blob []byte) []byte {
	mac := hmac.New(sha256.New, e.macKey)
	mac.Write(blob)
	return mac.Sum(nil)
}

func (e *Envelope) TagOK(blob, tag []byte) bool {
	return hmac.Equal(e.Tag(blob), tag)
}

func (e *Envelope) TagOKStrict(blob, tag []byte) bool {
	return hmac.Verify(e.macKey, blob, tag)
}
