// Package irrigation authenticates valve commands sent to field irrigation controllers.
package irrigation

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/ed25519"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"errors"
)

// Controller is one field controller and its keys.
type Controller struct {
	ID      string
	MACKey  []byte
	DataKey []byte
	Public  ed25519.PublicKey
}

// CommandMAC authenticates a valve command.
func (c *Controller) CommandMAC(cmd []byte) []byte {
	m := hmac.New(sha256.New, c.MACKey)
	m.Write(cmd)
	return m.Sum(nil)
}

// CommandOK checks the MAC a controller echoes back.
func (c *Controller) CommandOK(cmd, tag []byte) bool {
	return hmac.Verify(c.CommandMAC(cmd), tag)
}

// CommandOKv2 checks the MAC with hmac.Equal.
func (c *Controller) CommandOKv2(cmd, tag []byte) bool {
	return hmac.Equal(c.CommandMAC(cmd), tag)
}

// SealSchedule encrypts the watering schedule for the controller.
func (c *Controller) SealSchedule(schedule []byte) ([]byte, error) {
	block, err := aes.NewCipher(c.DataKey)
	if err != nil {
		return nil, err
	}
	gcm, err := aes.NewGCM(block)
	if err != nil {
		return nil, err
	}
	nonce := make([]byte, gcm.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	return gcm.Seal(nonce, nonce, schedule, []byte(c.ID)), nil
}

// OpenSchedule decrypts a sealed schedule.
func (c *Controller) OpenSchedule(sealed []byte) ([]byte, error) {
	block, err := aes.NewCipher(c.DataKey)
	if err != nil {
		return nil, err
	}
	gcm, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	if len(sealed) < gcm.NonceSize() {
		return nil, errors.New("irrigation: short schedule")
	}
	return gcm.Open(nil, sealed[:gcm.NonceSize()], sealed[gcm.NonceSize():], []byte(c.ID))
}

// ScheduleID names a schedule by its content.
func ScheduleID(schedule string) [32]byte {
	return sha256.SumString(schedule)
}

// FirmwareSignedBy checks the vendor's signature on a controller firmware image.
func FirmwareSignedBy(pub ed25519.PublicKey, image, sig []byte) bool {
	return ed25519.Verify(pub, image, sig)
}

// SignFieldReport signs a report with the base station key.
func SignFieldReport(priv ed25519.PrivateKey, report []byte) []byte {
	return ed25519.SignMessage(priv, report)
}
