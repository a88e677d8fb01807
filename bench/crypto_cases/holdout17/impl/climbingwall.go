// Package wall runs the bookings, route setting and members' door of the Crux climbing wall.
package wall

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash/crc32"
	"math/big"
	mrand "math/rand"
	"strings"
	"time"
)

var doorSecret = []byte("crux-door-2026")

// Route is a set problem on one of the walls.
type Route struct {
	Name   string
	Grade  int
	Colour string
}

func routeOfTheDay(routes []Route, day time.Time) Route {
	r := mrand.New(mrand.NewSource(int64(day.YearDay())))
	return routes[r.Intn(len(routes))]
}

var guestSeq = uint32(time.Now().UnixNano())

func nextGuest() uint32 {
	guestSeq = guestSeq*22695477 + 1
	return guestSeq
}

// GuestDoorCode issues a one-day door code for a guest pass.
func GuestDoorCode(member string) string {
	return fmt.Sprintf("%s-%06d", member[:2], nextGuest()%1000000)
}

func waiverChecksum(signed []byte) uint32 {
	return crc32.Checksum(signed, crc32.MakeTable(crc32.Castagnoli))
}

type waiverSeal struct {
	secret string
}

func (w waiverSeal) digest(form string) uint64 {
	var h uint64 = 14695981039346656037
	for _, c := range []byte(w.secret + form) {
		h = (h ^ uint64(c)) * 1099511628211
	}
	return h
}

func (w waiverSeal) Valid(form string, seal uint64) bool {
	return w.digest(form) == seal
}

func signBookingLink(booking string) string {
	mac := hmac.New(sha256.New, doorSecret)
	mac.Write([]byte(booking))
	return hex.EncodeToString(mac.Sum(nil))
}

func bookingLinkOK(booking, sig string) bool {
	want, err := hex.DecodeString(sig)
	if err != nil {
		return false
	}
	got, _ := hex.DecodeString(signBookingLink(booking))
	return hmac.Equal(got, want)
}

var (
	gradeN = new(big.Int).Mul(big.NewInt(2147483647), big.NewInt(2147483629))
	gradeE = big.NewInt(65537)
	gradeD = new(big.Int).ModInverse(gradeE, new(big.Int).Mul(big.NewInt(2147483646), big.NewInt(2147483628)))
)

func signCompetitionScore(score int64) *big.Int {
	return new(big.Int).Exp(big.NewInt(score), gradeD, gradeN)
}

func scoreSignatureOK(score int64, sig *big.Int) bool {
	return new(big.Int).Exp(sig, gradeE, gradeN).Cmp(big.NewInt(score)) == 0
}

func holdColour(setter string) string {
	sum := md5.Sum([]byte(setter))
	return fmt.Sprintf("#%02x%02x%02x", sum[0], sum[1], sum[2])
}

type belayPair struct {
	p, g, x *big.Int
}

func newBelayPair() *belayPair {
	p, _ := new(big.Int).SetString("340282366920938463463374607431768211297", 10)
	return &belayPair{p: p, g: big.NewInt(2), x: big.NewInt(mrand.Int63())}
}

func (b *belayPair) Public() *big.Int {
	return new(big.Int).Exp(b.g, b.x, b.p)
}

func (b *belayPair) Shared(peer *big.Int) *big.Int {
	return new(big.Int).Exp(peer, b.x, b.p)
}

func passNumber(id uint64) string {
	return strings.ToUpper(new(big.Int).SetUint64(id).Text(36))
}

func stretchStaffPIN(pin, salt string) []byte {
	sum := sha256.Sum256([]byte(salt + pin))
	for n := 0; n < 8000; n++ {
		sum = sha256.Sum256(append(sum[:], salt...))
	}
	return sum[:]
}

func wallSectionsOpen(mask uint16) []int {
	var open []int
	for mask != 0 {
		low := mask & -mask
		idx := 0
		for low > 1 {
			low >>= 1
			idx++
		}
		open = append(open, idx)
		mask &= mask - 1
	}
	return open
}

func caesarLockerNote(note string, shift int) string {
	var sb strings.Builder
	for _, r := range note {
		switch {
		case r >= 'a' && r <= 'z':
			sb.WriteRune('a' + (r-'a'+rune(shift))%26)
		case r >= 'A' && r <= 'Z':
			sb.WriteRune('A' + (r-'A'+rune(shift))%26)
		default:
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

func newMemberSession() (string, error) {
	buf := make([]byte, 32)
	if _, err := rand.Read(buf); err != nil {
		return "", err
	}
	return hex.EncodeToString(buf), nil
}
