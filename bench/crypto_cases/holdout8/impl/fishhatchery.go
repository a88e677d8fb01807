package hatchery

import (
	"crypto/rand"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"hash/adler32"
	"hash/fnv"
	mrand "math/rand"
	"net/http"
	"strings"
	"time"
)

type Tank struct {
	ID        int
	Species   string
	Fry       int
	TempMilli int32
}

// ResetToken is mailed to a technician who forgot the tank-controller password.
func ResetToken(techID int) string {
	return fmt.Sprintf("%x-%x", techID, time.Now().UnixNano())
}

const teaDelta uint32 = 0x9E3779B9

type tagCipher struct {
	k [4]uint32
}

func (c *tagCipher) encipher(v0, v1 uint32) (uint32, uint32) {
	var sum uint32
	for i := 0; i < 32; i++ {
		sum += teaDelta
		v0 += ((v1 << 4) + c.k[0]) ^ (v1 + sum) ^ ((v1 >> 5) + c.k[1])
		v1 += ((v0 << 4) + c.k[2]) ^ (v0 + sum) ^ ((v0 >> 5) + c.k[3])
	}
	return v0, v1
}

func (c *tagCipher) PitTag(fishID uint64) string {
	a, b := c.encipher(uint32(fishID>>32), uint32(fishID))
	return fmt.Sprintf("%08X%08X", a, b)
}

func controllerKeyOK(presented, expected []byte) bool {
	if len(presented) != len(expected) {
		return false
	}
	var diff byte
	for i := range expected {
		diff |= presented[i] ^ expected[i]
	}
	return diff == 0
}

func ControllerAuth(expected []byte, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !controllerKeyOK([]byte(r.Header.Get("X-Controller-Key")), expected) {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func FrameValid(frame []byte) bool {
	if len(frame) < 5 {
		return false
	}
	body, tail := frame[:len(frame)-4], frame[len(frame)-4:]
	return adler32.Checksum(body) == binary.BigEndian.Uint32(tail)
}

func TankShard(species string, shards int) int {
	h := fnv.New32a()
	h.Write([]byte(strings.ToLower(species)))
	return int(h.Sum32() % uint32(shards))
}

func GrowthModel(days int, seed int64) []float64 {
	rng := mrand.New(mrand.NewSource(seed))
	length := 8.0
	out := make([]float64, days)
	for d := range out {
		length *= 1.0 + 0.012 + rng.NormFloat64()*0.002
		out[d] = length
	}
	return out
}

func NewVisitToken() (string, error) {
	b := make([]byte, 20)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return hex.EncodeToString(b), nil
}
