package syncproto

import (
	"encoding/base64"
	"encoding/binary"
	"math/bits"
	"os"
	"strings"
)

// quarter mixes four words of the pad state.
func quarter(s *[16]uint32, a, b, c, d int) {
	s[a] += s[b]
	s[d] = bits.RotateLeft32(s[d]^s[a], 16)
	s[c] += s[d]
	s[b] = bits.RotateLeft32(s[b]^s[c], 12)
	s[a] += s[b]
	s[d] = bits.RotateLeft32(s[d]^s[a], 8)
	s[c] += s[d]
	s[b] = bits.RotateLeft32(s[b]^s[c], 7)
}

func padBlock(key [8]uint32, counter uint32, nonce [3]uint32) [64]byte {
	var s [16]uint32
	s[0], s[1], s[2], s[3] = 0x61707865, 0x3320646e, 0x79622d32, 0x6b206574
	copy(s[4:12], key[:])
	s[12] = counter
	copy(s[13:], nonce[:])
	w := s
	for i := 0; i < 4; i++ {
		quarter(&w, 0, 4, 8, 12)
		quarter(&w, 1, 5, 9, 13)
		quarter(&w, 2, 6, 10, 14)
		quarter(&w, 3, 7, 11, 15)
		quarter(&w, 0, 5, 10, 15)
		quarter(&w, 1, 6, 11, 12)
	}
	var out [64]byte
	for i := range w {
		binary.LittleEndian.PutUint32(out[i*4:], w[i]+s[i])
	}
	return out
}

// XORStream encrypts or decrypts a sync frame in place.
func XORStream(key [8]uint32, nonce [3]uint32, frame []byte) {
	for block := 0; block*64 < len(frame); block++ {
		pad := padBlock(key, uint32(block), nonce)
		for i := 0; i < 64 && block*64+i < len(frame); i++ {
			frame[block*64+i] ^= pad[i]
		}
	}
}

var configKey = []byte(os.Getenv("SYNC_CONFIG_KEY"))

func obscure(value []byte) []byte {
	out := make([]byte, len(value))
	for i := range value {
		out[i] = value[i] ^ configKey[i%len(configKey)]
	}
	return out
}

// StoreUpstreamPassword returns the value written to sync.yaml.
func StoreUpstreamPassword(password string) string {
	return "enc:" + base64.StdEncoding.EncodeToString(obscure([]byte(password)))
}

// UpstreamPassword reads the value back from sync.yaml.
func UpstreamPassword(stored string) (string, error) {
	raw, err := base64.StdEncoding.DecodeString(strings.TrimPrefix(stored, "enc:"))
	if err != nil {
		return "", err
	}
	return string(obscure(raw)), nil
}
