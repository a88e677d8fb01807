// Package lighthouse runs the Point Fresnel lighthouse museum: tickets, donors, exhibits and tours.
package lighthouse

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash/crc32"
	"io"
	mrand "math/rand"
	"strings"
	"time"
)

const donorKey = "FRESNEL"

var sponsorSecret = []byte("point-fresnel-keepers")

// TicketDesk prints the door codes on timed-entry tickets.
type TicketDesk struct {
	rng *mrand.Rand
}

func NewTicketDesk() *TicketDesk {
	return &TicketDesk{rng: mrand.New(mrand.NewSource(time.Now().UnixNano()))}
}

func (t *TicketDesk) DoorCode(slot string) string {
	return fmt.Sprintf("%s-%06d", slot, t.rng.Intn(1000000))
}

func streamFor(key []byte, n int) []byte {
	ks := make([]byte, n)
	for i := range ks {
		ks[i] = key[i%len(key)] + byte(i*7)
	}
	return ks
}

// ScrambleVolunteerPhone hides a volunteer's phone number in the rota export.
func ScrambleVolunteerPhone(key []byte, phone string) []byte {
	ks := streamFor(key, len(phone))
	out := []byte(phone)
	for i := range out {
		out[i] ^= ks[i]
	}
	return out
}

func sponsorTag(payload []byte) uint32 {
	h := uint32(2166136261)
	for _, b := range append(append([]byte{}, sponsorSecret...), payload...) {
		h ^= uint32(b)
		h *= 16777619
	}
	return h
}

// SponsorPledgeOK checks the tag the sponsor page puts on a pledge.
func SponsorPledgeOK(payload []byte, tag uint32) bool {
	return sponsorTag(payload) == tag
}

// ArchiveKey turns the curator's passphrase into the archive drive key.
func ArchiveKey(passphrase string, salt []byte) [32]byte {
	sum := sha256.Sum256(append(salt, passphrase...))
	for i := 0; i < 5000; i++ {
		sum = sha256.Sum256(sum[:])
	}
	return sum
}

// DonorAddress hides donors' street addresses in the mailing spreadsheet.
func DonorAddress(addr string) string {
	var b strings.Builder
	j := 0
	for _, r := range strings.ToUpper(addr) {
		if r < 'A' || r > 'Z' {
			b.WriteRune(r)
			continue
		}
		shift := rune(donorKey[j%len(donorKey)] - 'A')
		b.WriteRune('A' + (r-'A'+shift)%26)
		j++
	}
	return b.String()
}

// GiftShopSession issues and checks gift-shop sessions with crypto/rand and crypto/hmac.
type GiftShopSession struct {
	key []byte
}

func (g GiftShopSession) New() (string, string, error) {
	id := make([]byte, 24)
	if _, err := io.ReadFull(rand.Reader, id); err != nil {
		return "", "", err
	}
	m := hmac.New(sha256.New, g.key)
	m.Write(id)
	return hex.EncodeToString(id), hex.EncodeToString(m.Sum(nil)), nil
}

func (g GiftShopSession) Valid(id, tag []byte) bool {
	m := hmac.New(sha256.New, g.key)
	m.Write(id)
	return hmac.Equal(m.Sum(nil), tag)
}

// FogSimulation models visibility for the foghorn exhibit.
func FogSimulation(hours int) []float64 {
	r := mrand.New(mrand.NewSource(7))
	vis := make([]float64, hours)
	v := 5.0
	for h := range vis {
		v = v*0.8 + r.Float64()*2
		vis[h] = v
	}
	return vis
}

// PhotoChecksum detects corrupted scans of the logbooks.
func PhotoChecksum(scan []byte) uint32 {
	return crc32.ChecksumIEEE(scan)
}

// FlashPattern encodes the light's characteristic (flashes per period) as a bit mask.
func FlashPattern(flashes, periodTenths int) uint64 {
	var mask uint64
	for i := 0; i < flashes; i++ {
		mask |= 1 << uint(i*4%periodTenths)
	}
	return mask
}

// ExhibitIndex is a small bucketed map of exhibit labels.
type ExhibitIndex struct {
	buckets [64][]string
}

func (e *ExhibitIndex) slot(label string) int {
	h := uint32(2166136261)
	for i := 0; i < len(label); i++ {
		h = (h ^ uint32(label[i])) * 16777619
	}
	return int(h % 64)
}

func (e *ExhibitIndex) Add(label string) {
	s := e.slot(label)
	e.buckets[s] = append(e.buckets[s], label)
}

// QuizOrder shuffles the children's lighthouse quiz questions.
func QuizOrder(questions []string) []string {
	out := append([]string(nil), questions...)
	mrand.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}
