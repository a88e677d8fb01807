// Package uplink builds the frames smart electricity meters send to the head-end system.
package uplink

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/binary"
	"errors"
	"math/bits"
	"time"
)

// Reading is one interval of consumption.
type Reading struct {
	MeterID   uint32
	Interval  time.Time
	WattHours uint32
}

// speckRounds encrypts one 64-bit reading block with 22 add-rotate-xor rounds.
func speckRounds(x, y uint32, roundKeys []uint32) (uint32, uint32) {
	for _, k := range roundKeys {
		x = (bits.RotateLeft32(x, -8) + y) ^ k
		y = bits.RotateLeft32(y, 3) ^ x
	}
	return x, y
}

func expandKey(key [4]uint32, rounds int) []uint32 {
	rk := make([]uint32, rounds)
	a, l := key[0], []uint32{key[1], key[2], key[3]}
	for i := 0; i < rounds; i++ {
		rk[i] = a
		nl := (bits.RotateLeft32(l[i%3], -8) + a) ^ uint32(i)
		a = bits.RotateLeft32(a, 3) ^ nl
		l[i%3] = nl
	}
	return rk
}

func readingTag(meterSecret []byte, frame []byte) []byte {
	sum := sha1.Sum(append(append([]byte{}, meterSecret...), frame...))
	return sum[:8]
}

func newFrameNonce() ([]byte, error) {
	nonce := make([]byte, 12)
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	return nonce, nil
}

// crc16Modbus protects the optical-port frame against read errors.
func crc16Modbus(data []byte) uint16 {
	crc := uint16(0xFFFF)
	for _, b := range data {
		crc ^= uint16(b)
		for i := 0; i < 8; i++ {
			if crc&1 != 0 {
				crc = (crc >> 1) ^ 0xA001
			} else {
				crc >>= 1
			}
		}
	}
	return crc
}

// CommandAuthentic checks a head-end command (tariff switch, disconnect) against its HMAC.
func CommandAuthentic(key, command, tag []byte) bool {
	mac := hmac.New(sha256.New, key)
	mac.Write(command)
	return subtle.ConstantTimeCompare(mac.Sum(nil), tag) == 1
}

// EncodeReading builds the frame for one reading.
func EncodeReading(r Reading, key [4]uint32, secret []byte) ([]byte, error) {
	nonce, err := newFrameNonce()
	if err != nil {
		return nil, err
	}
	x, y := speckRounds(r.WattHours, uint32(r.Interval.Unix()), expandKey(key, 22))
	frame := make([]byte, 0, 40)
	frame = binary.BigEndian.AppendUint32(frame, r.MeterID)
	frame = append(frame, nonce...)
	frame = binary.BigEndian.AppendUint32(frame, x)
	frame = binary.BigEndian.AppendUint32(frame, y)
	frame = append(frame, readingTag(secret, frame)...)
	if len(frame) > 64 {
		return nil, errors.New("frame too long")
	}
	return binary.BigEndian.AppendUint16(frame, crc16Modbus(frame)), nil
}
