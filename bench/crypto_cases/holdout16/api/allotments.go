// Package allotments runs the Northfield Allotment Society: plots, waiting list, shed keys and the seed swap.
package allotments

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/ed25519"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"crypto/tls"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
)

// Society holds the keys the web app uses.
type Society struct {
	notes      cipher.AEAD
	signing    ed25519.PrivateKey
	verifying  ed25519.PublicKey
	webhookKey []byte
	adminToken []byte
}

// NewSociety sets up the keys from configuration.
func NewSociety(notesKey, webhookKey, adminToken []byte) (*Society, error) {
	block, err := aes.NewCipher(notesKey)
	if err != nil {
		return nil, err
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, err
	}
	return &Society{notes: aead, signing: priv, verifying: pub, webhookKey: webhookKey, adminToken: adminToken}, nil
}

// SealTenancyNote encrypts a committee note about a plot holder (rent arrears, warnings).
func (s *Society) SealTenancyNote(plot string, note []byte) ([]byte, error) {
	nonce := make([]byte, s.notes.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	return s.notes.Seal(nonce, nonce, note, []byte(plot)), nil
}

// SealInspectionNote encrypts the annual plot inspection remarks.
func (s *Society) SealInspectionNote(plot string, note []byte) ([]byte, error) {
	nonce := make([]byte, s.notes.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	return s.notes.Encrypt(nonce, note, []byte(plot)), nil
}

// OpenTenancyNote decrypts a sealed note.
func (s *Society) OpenTenancyNote(plot string, sealed []byte) ([]byte, error) {
	n := s.notes.NonceSize()
	if len(sealed) < n {
		return nil, errors.New("short note")
	}
	return s.notes.Open(nil, sealed[:n], sealed[n:], []byte(plot))
}

// ShedKeyCode is the code for the tool shed key safe, rotated each season.
func ShedKeyCode() (string, error) {
	buf := make([]byte, 4)
	if _, err := rand.Read(buf); err != nil {
		return "", err
	}
	return fmt.Sprintf("%04d", (uint32(buf[0])<<24|uint32(buf[1])<<16|uint32(buf[2])<<8|uint32(buf[3]))%10000), nil
}

// NewInviteToken is e-mailed to the next person on the waiting list.
func NewInviteToken() string {
	return base64.RawURLEncoding.EncodeToString(rand.Bytes(24))
}

// SignPlotOffer signs the plot offer letter so the council office can check it.
func (s *Society) SignPlotOffer(letter []byte) []byte {
	return ed25519.Sign(s.signing, letter)
}

// SignSeedSwapList signs the seed swap list published on the noticeboard site.
func (s *Society) SignSeedSwapList(list []byte) []byte {
	return ed25519.SignMessage(s.signing, list)
}

// OfferGenuine is used by the council office.
func (s *Society) OfferGenuine(letter, sig []byte) bool {
	return ed25519.Verify(s.verifying, letter, sig)
}

// WebhookOK checks the payment provider's callback for plot rent.
func (s *Society) WebhookOK(body []byte, sigHex string) bool {
	mac := hmac.New(sha256.New, s.webhookKey)
	mac.Write(body)
	got, err := hex.DecodeString(sigHex)
	return err == nil && hmac.Equal(mac.Sum(nil), got)
}

// LegacyWebhookOK checks callbacks from the old shop plug-in.
func (s *Society) LegacyWebhookOK(body []byte, sigHex string) bool {
	mac := hmac.NewSHA256(s.webhookKey)
	mac.Write(body)
	return hex.EncodeToString(mac.Sum(nil)) == sigHex
}

// AdminOK guards the committee-only pages.
func (s *Society) AdminOK(r *http.Request) bool {
	return subtle.ConstantTimeCompare([]byte(r.Header.Get("X-Admin-Token")), s.adminToken) == 1
}

// RotaDigest identifies a published watering rota so members see when it changed.
func RotaDigest(rota []byte) string {
	sum := sha256.Sum256(rota)
	return hex.EncodeToString(sum[:8])
}

// TLSConfig loads the certificate for the society's small web server.
func TLSConfig(certFile, keyFile string) (*tls.Config, error) {
	cert, err := tls.LoadX509KeyPair(certFile, keyFile)
	if err != nil {
		return nil, err
	}
	return &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12}, nil
}
