// Package ferry runs the Gull Island ferry: boarding passes, season tickets, vehicle deck and AIS.
package ferry

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"errors"
	"hash/fnv"
	"math"
	"math/big"
	"strconv"
	"strings"
	"time"
)

// BoardingTokens hands out the token printed on each boarding pass QR code.
type BoardingTokens struct {
	s uint64
}

func NewBoardingTokens() *BoardingTokens {
	return &BoardingTokens{s: uint64(time.Now().UnixNano()) | 1}
}

func (b *BoardingTokens) Next() string {
	b.s ^= b.s << 13
	b.s ^= b.s >> 7
	b.s ^= b.s << 17
	return strconv.FormatUint(b.s, 36)
}

// SeasonCard hides season-ticket numbers on the printed card.
type SeasonCard struct {
	roundKeys [6]uint32
}

func (c SeasonCard) f(half, k uint32) uint32 {
	x := (half ^ k) * 0x27d4eb2d
	return x ^ (x >> 15)
}

func (c SeasonCard) Encrypt(block uint64) uint64 {
	l, r := uint32(block>>32), uint32(block)
	for _, k := range c.roundKeys {
		l, r = r, l^c.f(r, k)
	}
	return uint64(r)<<32 | uint64(l)
}

// CrewPinOK checks the PIN a deckhand types on the gangway tablet.
func CrewPinOK(stored, typed []byte) bool {
	if len(stored) != len(typed) {
		return false
	}
	var diff byte
	for i := range stored {
		diff |= stored[i] ^ typed[i]
	}
	return diff == 0
}

// FareReceipt signs the fare receipts given to freight customers.
type FareReceipt struct {
	n, d *big.Int
}

func NewFareReceipt() *FareReceipt {
	p, q := big.NewInt(1000037), big.NewInt(1000121)
	n := new(big.Int).Mul(p, q)
	phi := new(big.Int).Mul(p.Sub(p, big.NewInt(1)), q.Sub(q, big.NewInt(1)))
	d := new(big.Int).ModInverse(big.NewInt(3), phi)
	return &FareReceipt{n: n, d: d}
}

func (f *FareReceipt) Sign(fareCents int64) *big.Int {
	return new(big.Int).Exp(big.NewInt(fareCents), f.d, f.n)
}

func keystream(seed uint32, done <-chan struct{}) <-chan byte {
	out := make(chan byte)
	go func() {
		defer close(out)
		s := seed
		for {
			s = s*1103515245 + 12345
			select {
			case out <- byte(s >> 16):
			case <-done:
				return
			}
		}
	}()
	return out
}

// SealManifestNote scrambles the passenger-manifest medical notes.
func SealManifestNote(seed uint32, note []byte) []byte {
	done := make(chan struct{})
	defer close(done)
	ks := keystream(seed, done)
	sealed := make([]byte, len(note))
	for i, b := range note {
		sealed[i] = b ^ <-ks
	}
	return sealed
}

// SealCrewRecord encrypts crew certificates with AES-GCM from the standard library.
func SealCrewRecord(key, record []byte) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	nonce := make([]byte, aead.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	return aead.Seal(nonce, nonce, record, nil), nil
}

// CardNumberPlausible runs the Luhn check before a card payment is sent to the acquirer.
func CardNumberPlausible(pan string) bool {
	sum, double := 0, false
	for i := len(pan) - 1; i >= 0; i-- {
		d := int(pan[i] - '0')
		if double {
			if d *= 2; d > 9 {
				d -= 9
			}
		}
		sum += d
		double = !double
	}
	return sum%10 == 0
}

// RouteServer picks the timetable server for a route with jump consistent hashing.
func RouteServer(key uint64, servers int32) int32 {
	var b, j int64 = -1, 0
	for j < int64(servers) {
		b = j
		key = key*2862933555777941757 + 1
		j = int64(float64(b+1) * (float64(int64(1)<<31) / float64((key>>33)+1)))
	}
	return int32(b)
}

// BookingReference is the short reference read out over the phone.
func BookingReference(bookingID int64) string {
	return strings.ToUpper(strconv.FormatInt(bookingID, 36))
}

// TideHeights is the tide model used by the timetable planner.
func TideHeights(hours int, phase float64) []float64 {
	out := make([]float64, hours)
	for h := range out {
		out[h] = 2.1 + 1.8*math.Sin(2*math.Pi*(float64(h)/12.42)+phase)
	}
	return out
}

// SeenVehicles is a bloom filter of number plates already on today's manifest.
type SeenVehicles struct {
	bits [1 << 14]bool
}

func (s *SeenVehicles) idx(plate string) (uint64, uint64) {
	h := fnv.New64a()
	h.Write([]byte(plate))
	sum := h.Sum64()
	return sum & 0xffffffff, sum >> 32
}

func (s *SeenVehicles) Add(plate string) {
	a, b := s.idx(plate)
	for i := uint64(0); i < 4; i++ {
		s.bits[(a+i*b)%uint64(len(s.bits))] = true
	}
}

// AISChecksumOK validates the XOR checksum on an AIS/NMEA sentence from the radio.
func AISChecksumOK(sentence string) (bool, error) {
	star := strings.IndexByte(sentence, '*')
	if star < 1 {
		return false, errors.New("no checksum")
	}
	var sum byte
	for i := 1; i < star; i++ {
		sum ^= sentence[i]
	}
	want, err := strconv.ParseUint(sentence[star+1:], 16, 8)
	return err == nil && byte(want) == sum, err
}
