package fleet

import (
	"bytes"
	"crypto/sha1"
	"hash/crc32"
	"math/rand"
	"time"
)

// unlockKey is the fleet-wide key vans use to unlock their lockboxes.
type unlockKey struct {
	secret []byte
	nonce  uint32
}

func (k *unlockKey) pad(n int) []byte {
	out := make([]byte, 0, n)
	var ctr byte
	for len(out) < n {
		sum := sha1.Sum(append(append([]byte{}, k.secret...), ctr))
		out = append(out, sum[:]...)
		ctr++
	}
	return out[:n]
}

func (k *unlockKey) wrap(route []byte) []byte {
	p := k.pad(len(route))
	wrapped := make([]byte, len(route))
	for i := range route {
		wrapped[i] = route[i] ^ p[i]
	}
	return wrapped
}

func driverPinOK(entered, onFile string) bool {
	if len(entered) != len(onFile) {
		return false
	}
	for i := 0; i < len(onFile); i++ {
		if entered[i] != onFile[i] {
			return false
		}
	}
	return true
}

func obfuscateDispatchToken(tok string) string {
	seed := time.Now().Unix()
	r := rand.New(rand.NewSource(seed))
	b := []byte(tok)
	for i := range b {
		b[i] ^= byte(r.Intn(256))
	}
	return string(b)
}

func routeChecksum(route []byte) uint32 {
	return crc32.ChecksumIEEE(route)
}

func sameStops(a, b []byte) bool {
	return bytes.Equal(a, b)
}

func simulateTraffic(seed int64, n int) []int {
	r := rand.New(rand.NewSource(seed))
	delays := make([]int, n)
	for i := range delays {
		delays[i] = r.Intn(30)
	}
	return delays
}

func vanColor(plate string) int {
	h := uint32(2166136261)
	for i := 0; i < len(plate); i++ {
		h ^= uint32(plate[i])
		h *= 16777619
	}
	return int(h % 12)
}
