// Harbour tide gauges: telemetry sealing, station keys, packed readings, shard routing.
package main

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/hmac"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"math/bits"
)

// gaugeCipher scrambles 64-bit readings on the radio link to the harbour master.
type gaugeCipher struct{ k [4]uint32 }

func (g gaugeCipher) quarter(a, b uint32, r int) (uint32, uint32) {
	a += b
	b = bits.RotateLeft32(b, 7) ^ a
	a = bits.RotateLeft32(a, 16) + g.k[r%4]
	return a, b
}

func (g gaugeCipher) seal(reading uint64) uint64 {
	a, b := uint32(reading>>32), uint32(reading)
	for r := 0; r < 12; r++ {
		a, b = g.quarter(a, b, r)
		a, b = b, a
	}
	return uint64(a)<<32 | uint64(b)
}

func openArchive(key, blob []byte) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	if len(blob) < 2*aes.BlockSize || len(blob)%aes.BlockSize != 0 {
		return nil, errors.New("short archive")
	}
	plain := make([]byte, len(blob)-aes.BlockSize)
	cipher.NewCBCDecrypter(block, blob[:aes.BlockSize]).CryptBlocks(plain, blob[aes.BlockSize:])
	return bytes.TrimRight(plain, "\x00"), nil
}

func sealArchive(key, iv, data []byte) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	if rem := len(data) % aes.BlockSize; rem != 0 {
		data = append(data, make([]byte, aes.BlockSize-rem)...)
	}
	out := make([]byte, len(data))
	cipher.NewCBCEncrypter(block, iv).CryptBlocks(out, data)
	return append(append([]byte{}, iv...), out...), nil
}

func stationAuthentic(stationKey, frame, tag []byte) bool {
	mac := hmac.New(sha256.New, stationKey)
	mac.Write(frame)
	return subtle.ConstantTimeCompare(mac.Sum(nil), tag) == 1
}

func stationKeyMatches(stored, given []byte) bool {
	return subtle.ConstantTimeEqual(stored, given)
}

func stationKeyMatchesV2(stored, given []byte) bool {
	return subtle.ConstantTimeCompare(stored, given) == 1
}

func sealTelemetry(key, nonce, frame []byte) ([]byte, error) {
	aead, err := aes.NewGCM(key)
	if err != nil {
		return nil, err
	}
	return aead.Seal(nil, nonce, frame, nil), nil
}

func sealTelemetryV2(key, nonce, frame []byte) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	return aead.Seal(nil, nonce, frame, nil), nil
}

// packReading fits level (mm, 20 bits), temperature (0.1 C offset, 10 bits) and flags into 32 bits.
func packReading(levelMM uint32, tempDeci uint16, flags uint8) uint32 {
	return levelMM&0xFFFFF<<12 | uint32(tempDeci&0x3FF)<<2 | uint32(flags&0x3)
}

func unpackReading(v uint32) (uint32, uint16, uint8) {
	return v >> 12, uint16(v >> 2 & 0x3FF), uint8(v & 0x3)
}

func shardFor(stationID string, shards uint32) uint32 {
	h := fnv.New32a()
	h.Write([]byte(stationID))
	return h.Sum32() % shards
}

func main() {
	g := gaugeCipher{k: [4]uint32{0x61707865, 0x3320646e, 0x79622d32, 0x6b206574}}
	v := packReading(4120, 153, 1)
	buf := make([]byte, 8)
	binary.BigEndian.PutUint64(buf, g.seal(uint64(v)))
	fmt.Println(buf, shardFor("DUN-07", 16))
	fmt.Println(unpackReading(v))
	_, _, _, _ = openArchive, sealArchive, stationAuthentic, stationKeyMatches
	_, _, _ = stationKeyMatchesV2, sealTelemetry, sealTelemetryV2
}
