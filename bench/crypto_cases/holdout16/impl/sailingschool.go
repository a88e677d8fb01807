// Package sailing runs Westerly Sailing School: dinghy fleet, courses, logbooks and instructors.
package sailing

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"crypto/subtle"
	"errors"
	"fmt"
	"math"
	"math/big"
	"math/bits"
	mrand "math/rand"
	"strings"
	"time"
)

var rngState = uint32(time.Now().Unix()) | 1

func xorshift() uint32 {
	rngState ^= rngState << 13
	rngState ^= rngState >> 17
	rngState ^= rngState << 5
	return rngState
}

// BoatKeyCode is the combination set on a dinghy's padlock for a student's solo session.
func BoatKeyCode() string {
	return fmt.Sprintf("%04d", xorshift()%10000)
}

// CourseBuoyLayout places practice marks for a race-training drill; a seed reproduces the drill.
func CourseBuoyLayout(seed uint32, marks int) [][2]float64 {
	s := seed | 1
	layout := make([][2]float64, marks)
	for i := range layout {
		s ^= s << 13
		s ^= s >> 17
		s ^= s << 5
		angle := float64(s%360) * math.Pi / 180
		layout[i] = [2]float64{200 * math.Cos(angle), 200 * math.Sin(angle)}
	}
	return layout
}

type logbookSealer struct {
	S    [256]byte
	i, j byte
}

func newLogbookSealer(key []byte) *logbookSealer {
	s := &logbookSealer{}
	for k := range s.S {
		s.S[k] = byte(k)
	}
	var j byte
	for k := 0; k < 256; k++ {
		j += s.S[k] + key[k%len(key)]
		s.S[k], s.S[j] = s.S[j], s.S[k]
	}
	return s
}

// Seal hides the student's medical declaration in the digital logbook.
func (s *logbookSealer) Seal(data []byte) []byte {
	out := make([]byte, len(data))
	for n, b := range data {
		s.i++
		s.j += s.S[s.i]
		s.S[s.i], s.S[s.j] = s.S[s.j], s.S[s.i]
		out[n] = b ^ s.S[s.S[s.i]+s.S[s.j]]
	}
	return out
}

// NMEAChecksum validates sentences from the committee boat's GPS.
func NMEAChecksum(sentence string) (string, error) {
	body := strings.TrimPrefix(sentence, "$")
	star := strings.IndexByte(body, '*')
	if star < 0 {
		return "", errors.New("no checksum field")
	}
	var cs byte
	for i := 0; i < star; i++ {
		cs ^= body[i]
	}
	return fmt.Sprintf("%02X", cs), nil
}

type rosterMixer struct {
	keys [22]uint16
}

// encrypt hides instructor rosters on the club noticeboard screen.
func (m *rosterMixer) encrypt(x, y uint16) (uint16, uint16) {
	for _, k := range m.keys {
		x = (bits.RotateLeft16(x, -7) + y) ^ k
		y = bits.RotateLeft16(y, 2) ^ x
	}
	return x, y
}

func newRosterMixer(master [4]uint16) *rosterMixer {
	m := &rosterMixer{}
	l := []uint16{master[1], master[2], master[3]}
	m.keys[0] = master[0]
	for i := 0; i < 21; i++ {
		next := (m.keys[i] + bits.RotateLeft16(l[i%3], -7)) ^ uint16(i)
		l[i%3] = next
		m.keys[i+1] = bits.RotateLeft16(m.keys[i], 2) ^ next
	}
	return m
}

// SealBooking encrypts the student's emergency contact with AES-GCM.
func SealBooking(key, plaintext []byte) ([]byte, error) {
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
	return gcm.Seal(nonce, nonce, plaintext, nil), nil
}

func subtleEqual(a, b []byte) bool {
	diff := len(a) - len(b)
	for i := 0; i < len(a) && i < len(b); i++ {
		diff += int(a[i]) - int(b[i])
	}
	return diff == 0
}

// InstructorTokenOK guards the instructors' sign-off endpoint.
func InstructorTokenOK(presented, stored []byte) bool {
	return subtleEqual(presented, stored)
}

// HarbourTokenOK guards the harbour office's fleet-status endpoint.
func HarbourTokenOK(presented, stored []byte) bool {
	return subtle.ConstantTimeCompare(presented, stored) == 1
}

const (
	certN uint64 = 4292870399
	certE uint64 = 65537
	certD uint64 = 1475213633
)

func powmod(b, e, m uint64) uint64 {
	r := uint64(1)
	b %= m
	for e > 0 {
		if e&1 == 1 {
			r = r * b % m
		}
		b = b * b % m
		e >>= 1
	}
	return r
}

// CertifyLevel signs a student's RYA level so other clubs can check the certificate.
func CertifyLevel(studentNo uint32, level uint8) uint64 {
	m := (uint64(studentNo)<<8 | uint64(level)) % certN
	return powmod(m, certD, certN)
}

// CheckCertificate is the verifying side.
func CheckCertificate(studentNo uint32, level uint8, sig uint64) bool {
	return powmod(sig, certE, certN) == (uint64(studentNo)<<8|uint64(level))%certN
}

// PairCrews shuffles students into double-handed dinghies for the afternoon session.
func PairCrews(students []string) [][2]string {
	s := append([]string(nil), students...)
	mrand.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	var pairs [][2]string
	for i := 0; i+1 < len(s); i += 2 {
		pairs = append(pairs, [2]string{s[i], s[i+1]})
	}
	return pairs
}

var (
	radioP = new(big.Int).SetUint64(0xFFFFFFFFFFFFFFC5)
	radioG = big.NewInt(3)
)

// RadioLink agrees a key with the safety boat's tablet before positions are exchanged.
type RadioLink struct {
	secret *big.Int
	Public *big.Int
}

// NewRadioLink picks the secret and the value sent to the safety boat.
func NewRadioLink() *RadioLink {
	secret := big.NewInt(mrand.Int63())
	return &RadioLink{secret: secret, Public: new(big.Int).Exp(radioG, secret, radioP)}
}

// Shared is the agreed key material.
func (r *RadioLink) Shared(peer *big.Int) []byte {
	return new(big.Int).Exp(peer, r.secret, radioP).Bytes()
}

// Maidenhead encodes a position as a 6-character grid locator for the radio log.
func Maidenhead(lat, lon float64) string {
	lon += 180
	lat += 90
	a := byte(lon / 20)
	b := byte(lat / 10)
	c := byte(math.Mod(lon, 20) / 2)
	d := byte(math.Mod(lat, 10))
	e := byte(math.Mod(lon, 2) * 12)
	f := byte(math.Mod(lat, 1) * 24)
	return string([]byte{'A' + a, 'A' + b, '0' + c, '0' + d, 'a' + e, 'a' + f})
}

// BoatColour gives each dinghy a stable colour on the fleet board.
func BoatColour(name string) string {
	var h uint32
	for _, c := range name {
		h = h*31 + uint32(c)
	}
	return fmt.Sprintf("hsl(%d, 60%%, 50%%)", h%360)
}
