package harborpilot

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/ed25519"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"errors"
	"net/http"
)

type PilotBoarding struct {
	Vessel   string
	IMO      string
	PilotID  string
	Berth    string
	Boarding int64
}

type Dispatcher struct {
	orderKey  ed25519.PrivateKey
	hookKey   []byte
	manifestK []byte
}

func NewDispatcher(hookKey, manifestKey []byte) (*Dispatcher, error) {
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, err
	}
	return &Dispatcher{orderKey: priv, hookKey: hookKey, manifestK: manifestKey}, nil
}

func SpareOrderKey() (ed25519.PrivateKey, error) {
	return ed25519.Generate(rand.Reader)
}

func (d *Dispatcher) SignOrder(order []byte) []byte {
	return ed25519.Sign(d.orderKey, order)
}

func ManifestFingerprint(manifest []byte) string {
	sum := sha512.Sum512(manifest)
	return hex.EncodeToString(sum[:32])
}

func ManifestFingerprintHex(manifest []byte) string {
	return sha512.SumHex(manifest)
}

func (d *Dispatcher) hookTag(body []byte) []byte {
	m := hmac.New(sha256.New, d.hookKey)
	m.Write(body)
	return m.Sum(nil)
}

func (d *Dispatcher) HookValid(body, tag []byte) bool {
	return hmac.Equal(d.hookTag(body), tag)
}

func (d *Dispatcher) HookValidFast(body, tag []byte) bool {
	return hmac.Verify(sha256.New, d.hookKey, body, tag)
}

func (d *Dispatcher) SealManifest(manifest []byte) ([]byte, error) {
	block, err := aes.NewCipher(d.manifestK)
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
	return gcm.Seal(nonce, nonce, manifest, nil), nil
}

func (d *Dispatcher) SealCrewList(crew []byte) ([]byte, error) {
	gcm, err := aes.NewGCM(d.manifestK)
	if err != nil {
		return nil, err
	}
	nonce := make([]byte, 12)
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	return gcm.Seal(nonce, nonce, crew, nil), nil
}

func (d *Dispatcher) Webhook(w http.ResponseWriter, r *http.Request) {
	body := make([]byte, r.ContentLength)
	if _, err := r.Body.Read(body); err != nil && !errors.Is(err, http.ErrBodyReadAfterClose) {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	tag, err := hex.DecodeString(r.Header.Get("X-Port-Signature"))
	if err != nil || !d.HookValid(body, tag) {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
