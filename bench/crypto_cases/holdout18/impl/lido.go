// Package lido runs the Brockwell Fields open-air pool: wristbands, lanes, the gala and members.
package lido

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"math/big"
	"math/bits"
	mrand "math/rand"
	"strings"
	"time"
)

// wristbandSource mints the codes on the locker wristbands; the code opens the locker.
type wristbandSource struct {
	state, inc uint64
}

func newWristbandSource() *wristbandSource {
	return &wristbandSource{state: uint64(time.Now().UnixNano()), inc: 1442695040888963407}
}

func (w *wristbandSource) next() uint32 {
	old := w.state
	w.state = old*6364136223846793005 + w.inc
	xorshifted := uint32(((old >> 18) ^ old) >> 27)
	rot := uint32(old >> 59)
	return bits.RotateLeft32(xorshifted, -int(rot))
}

func (w *wristbandSource) lockerCode() string {
	return fmt.Sprintf("%04d-%04d", w.next()%10000, w.next()%10000)
}

// directDebitCheck validates the ISO 7064 mod 97-10 check digits of a member's IBAN.
func directDebitCheck(iban string) bool {
	s := strings.ReplaceAll(iban, " ", "")
	if len(s) < 5 {
		return false
	}
	s = s[4:] + s[:4]
	rem := 0
	for _, c := range s {
		switch {
		case c >= '0' && c <= '9':
			rem = (rem*10 + int(c-'0')) % 97
		case c >= 'A' && c <= 'Z':
			rem = (rem*100 + int(c-'A'+10)) % 97
		default:
			return false
		}
	}
	return rem == 1
}

// scrambleCardData hides the medical-flag field on member cards.
func scrambleCardData(key string, data []byte) []byte {
	var seed int64
	for _, c := range key {
		seed = seed*131 + int64(c)
	}
	r := mrand.New(mrand.NewSource(seed))
	out := make([]byte, len(data))
	for i, b := range data {
		out[i] = b ^ byte(r.Intn(256))
	}
	return out
}

func sealMedicalNote(key, note []byte) ([]byte, error) {
	block, err := aes.NewCipher(key)
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
	return gcm.Seal(nonce, nonce, note, nil), nil
}

func sipRound(v0, v1, v2, v3 uint64) (uint64, uint64, uint64, uint64) {
	v0 += v1
	v1 = bits.RotateLeft64(v1, 13) ^ v0
	v0 = bits.RotateLeft64(v0, 32)
	v2 += v3
	v3 = bits.RotateLeft64(v3, 16) ^ v2
	v0 += v3
	v3 = bits.RotateLeft64(v3, 21) ^ v0
	v2 += v1
	v1 = bits.RotateLeft64(v1, 17) ^ v2
	v2 = bits.RotateLeft64(v2, 32)
	return v0, v1, v2, v3
}

// bookingTag authenticates the swim-slot bookings sent by the council's booking site.
func bookingTag(k0, k1 uint64, msg []byte) uint64 {
	v0, v1, v2, v3 := k0^0x736f6d6570736575, k1^0x646f72616e646f6d, k0^0x6c7967656e657261, k1^0x7465646279746573
	padded := append(append([]byte{}, msg...), make([]byte, 8-len(msg)%8)...)
	padded[len(padded)-1] = byte(len(msg))
	for i := 0; i < len(padded); i += 8 {
		m := binary.LittleEndian.Uint64(padded[i:])
		v3 ^= m
		v0, v1, v2, v3 = sipRound(v0, v1, v2, v3)
		v0 ^= m
	}
	v2 ^= 0xff
	for i := 0; i < 3; i++ {
		v0, v1, v2, v3 = sipRound(v0, v1, v2, v3)
	}
	return v0 ^ v1 ^ v2 ^ v3
}

func timetableETag(body []byte) string {
	sum := sha256.Sum256(body)
	return `"` + hex.EncodeToString(sum[:8]) + `"`
}

// crowdForecast is the capacity planner's reproducible model of a hot Saturday.
func crowdForecast(hours int, seed int64) []int {
	r := mrand.New(mrand.NewSource(seed))
	out := make([]int, hours)
	for h := range out {
		out[h] = 300 + int(r.NormFloat64()*60)
	}
	return out
}

var (
	linkP = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 89), big.NewInt(1))
	linkG = big.NewInt(3)
)

// chlorinePump pairs the dosing pump with the plant-room controller.
type chlorinePump struct {
	secret *big.Int
}

func newChlorinePump() *chlorinePump {
	return &chlorinePump{secret: big.NewInt(mrand.Int63())}
}

func (c *chlorinePump) hello() *big.Int {
	return new(big.Int).Exp(linkG, c.secret, linkP)
}

func (c *chlorinePump) sessionKey(peer *big.Int) *big.Int {
	return new(big.Int).Exp(peer, c.secret, linkP)
}

// duckRace picks the winning rubber duck at the children's gala.
func duckRace(ducks []string) string {
	return ducks[mrand.Intn(len(ducks))]
}

type laneBoard uint16

func (l laneBoard) withLane(n int) laneBoard { return l | 1<<n }

func (l laneBoard) firstFree() int { return bits.TrailingZeros16(^uint16(l)) }

// waterColour maps the water temperature to the colour on the entrance board.
func waterColour(celsius float64) string {
	t := (celsius - 12) / 16
	if t < 0 {
		t = 0
	} else if t > 1 {
		t = 1
	}
	r, b := int(40+t*215), int(255-t*200)
	return fmt.Sprintf("#%02x%02x%02x", r, 120, b)
}

func rot47(s string) string {
	out := []byte(s)
	for i, c := range out {
		if c >= 33 && c <= 126 {
			out[i] = 33 + (c-33+47)%94
		}
	}
	return string(out)
}

// storeRadioCode keeps the lifeguards' radio channel code in the shared staff notes.
func storeRadioCode(notes map[string]string, code string) {
	notes["radio"] = rot47(code)
}

// occupancyRuns compresses the lane-occupancy timeline for the dashboard.
func occupancyRuns(samples []byte) []byte {
	var out []byte
	for i := 0; i < len(samples); {
		j := i
		for j < len(samples) && samples[j] == samples[i] && j-i < 255 {
			j++
		}
		out = append(out, byte(j-i), samples[i])
		i = j
	}
	return out
}
