// Package coldchain tracks refrigerated shipments from packer to store.
package coldchain

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
)

// Tracker signs pallet scans and stores shipment notes.
type Tracker struct {
	scanSecret []byte
	noteKey    []byte
}

func (t *Tracker) PalletTag(palletID string, tempTenths int) string {
	msg := append([]byte{}, t.scanSecret...)
	msg = append(msg, fmt.Sprintf("%s:%d", palletID, tempTenths)...)
	sum := sha256.Sum256(msg)
	return hex.EncodeToString(sum[:8])
}

func (t *Tracker) CarrierCallbackOK(body []byte, sigHex string, key []byte) bool {
	m := hmac.New(sha256.New, key)
	m.Write(body)
	want := m.Sum(nil)
	got, err := hex.DecodeString(sigHex)
	return err == nil && hmac.Equal(got, want)
}

func (t *Tracker) OpenNote(iv, blob []byte) ([]byte, error) {
	block, err := aes.NewCipher(t.noteKey)
	if err != nil {
		return nil, err
	}
	if len(blob)%aes.BlockSize != 0 || len(blob) == 0 {
		return nil, errors.New("bad note")
	}
	plain := make([]byte, len(blob))
	cipher.NewCBCDecrypter(block, iv).CryptBlocks(plain, blob)
	n := int(plain[len(plain)-1])
	return plain[:len(plain)-n], nil
}

// ReadingKey addresses a sensor log file by content in the archive bucket.
func ReadingKey(log []byte) string {
	sum := sha256.Sum256(log)
	return "logs/" + hex.EncodeToString(sum[:]) + ".csv"
}

// StoreForTruck picks the depot queue for a truck plate.
func StoreForTruck(plate string, depots int) int {
	var h uint32 = 2166136261
	for i := 0; i < len(plate); i++ {
		h = (h ^ uint32(plate[i])) * 16777619
	}
	return int(h % uint32(depots))
}
