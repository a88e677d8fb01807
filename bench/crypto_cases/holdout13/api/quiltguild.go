// Package quiltguild serves the Patchwork Guild: member sessions, signed show entries,
// the raffle-ticket API and the pattern archive.
package quiltguild

import (
	"crypto"
	"crypto/aes"
	"crypto/cipher"
	"crypto/hmac"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/subtle"
	"crypto/x509"
	"encoding/hex"
	"encoding/pem"
	"errors"
	"math/big"
	"net/http"
)

type Guild struct {
	sessionKey []byte
	entryKey   *rsa.PrivateKey
	block      cipher.Block
}

func NewGuild(sessionKey, archiveKey, entryPEM []byte) (*Guild, error) {
	blk, _ := pem.Decode(entryPEM)
	if blk == nil {
		return nil, errors.New("no PEM block")
	}
	parsed, err := x509.ParsePKCS8PrivateKey(blk.Bytes)
	if err != nil {
		return nil, err
	}
	priv, ok := parsed.(*rsa.PrivateKey)
	if !ok {
		return nil, errors.New("entry key is not RSA")
	}
	block, err := aes.NewCipher(archiveKey)
	if err != nil {
		return nil, err
	}
	return &Guild{sessionKey: sessionKey, entryKey: priv, block: block}, nil
}

func (g *Guild) sessionTag(memberID string) []byte {
	mac := hmac.New(sha256.New, g.sessionKey)
	mac.Write([]byte(memberID))
	return mac.Sum(nil)
}

func (g *Guild) SessionValid(memberID string, tag []byte) bool {
	return hmac.Equal(g.sessionTag(memberID), tag)
}

func (g *Guild) SessionValidFast(memberID string, tag []byte) bool {
	return hmac.Verify(sha256.New, g.sessionKey, []byte(memberID), tag)
}

func NewSessionID() (string, error) {
	buf := make([]byte, 32)
	if _, err := rand.Read(buf); err != nil {
		return "", err
	}
	return hex.EncodeToString(buf), nil
}

func NewCSRFToken() string {
	return hex.EncodeToString(rand.Bytes(32))
}

func RaffleTicket() (*big.Int, error) {
	return rand.Int(rand.Reader, big.NewInt(1_000_000))
}

func (g *Guild) SignEntry(entry []byte) ([]byte, error) {
	digest := sha256.Sum256(entry)
	return rsa.SignPSS(rand.Reader, g.entryKey, crypto.SHA256, digest[:], nil)
}

func (g *Guild) SignEntryQuick(entry []byte) ([]byte, error) {
	return rsa.SignSHA256(rand.Reader, g.entryKey, entry)
}

func (g *Guild) EntryGenuine(entry, sig []byte) bool {
	digest := sha256.Sum256(entry)
	return rsa.VerifyPSS(&g.entryKey.PublicKey, crypto.SHA256, digest[:], sig, nil) == nil
}

func (g *Guild) SealPattern(pattern []byte) ([]byte, error) {
	aead, err := cipher.NewGCM(g.block)
	if err != nil {
		return nil, err
	}
	nonce := make([]byte, aead.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	return aead.Seal(nonce, nonce, pattern, nil), nil
}

func (g *Guild) SealSwatchID(id [16]byte) [16]byte {
	var out [16]byte
	g.block.EncryptBlock(out[:], id[:])
	return out
}

func (g *Guild) SealSwatchIDCompat(id [16]byte) [16]byte {
	var out [16]byte
	g.block.Encrypt(out[:], id[:])
	return out
}

func AdminHandler(adminToken string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		given := r.Header.Get("X-Admin-Token")
		if subtle.ConstantTimeCompare([]byte(given), []byte(adminToken)) != 1 {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		w.WriteHeader(http.StatusNoContent)
	}
}
