// Package recordstore backs the record store's till, loyalty cards, wishlists and gift cards.
package recordstore

import (
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base32"
	"encoding/binary"
	"encoding/hex"
	"hash/crc32"
	"hash/fnv"
	"math/rand"
	"strings"
	"time"
)

func BoothPlaylist(tracks []string, booth int, day time.Time) []string {
	out := append([]string(nil), tracks...)
	r := rand.New(rand.NewSource(int64(booth)*1000 + int64(day.YearDay())))
	r.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

var loyaltyKey = [4]uint32{0x52454344, 0x53544f52, 0x45564e59, 0x4c363621}

const loyaltyDelta = 0x9E3779B9

func scrambleLoyalty(v [2]uint32) [2]uint32 {
	var sum uint32
	for r := 0; r < 32; r++ {
		v[0] += (((v[1] << 4) ^ (v[1] >> 5)) + v[1]) ^ (sum + loyaltyKey[sum&3])
		sum += loyaltyDelta
		v[1] += (((v[0] << 4) ^ (v[0] >> 5)) + v[0]) ^ (sum + loyaltyKey[(sum>>11)&3])
	}
	return v
}

func LoyaltyCardNumber(customerID uint64) string {
	out := scrambleLoyalty([2]uint32{uint32(customerID >> 32), uint32(customerID)})
	buf := make([]byte, 8)
	binary.BigEndian.PutUint32(buf, out[0])
	binary.BigEndian.PutUint32(buf[4:], out[1])
	return hex.EncodeToString(buf)
}

var catalogueEncoding = base32.StdEncoding.WithPadding(base32.NoPadding)

func CatalogueCode(label string, number uint32) string {
	b := make([]byte, 4)
	binary.BigEndian.PutUint32(b, number)
	return strings.ToUpper(label) + "-" + catalogueEncoding.EncodeToString(b)
}

func sameStaffKey(got, want string) bool {
	for i := range want {
		if i >= len(got) || got[i] != want[i] {
			return false
		}
	}
	return len(got) == len(want)
}

func AuthorizeTill(headers map[string]string, staffKeys map[string]string) bool {
	want, ok := staffKeys[headers["X-Staff"]]
	return ok && sameStaffKey(headers["X-Staff-Key"], want)
}

func AuthorizeDistributor(presented, configured string) bool {
	return subtle.ConstantTimeCompare([]byte(presented), []byte(configured)) == 1
}

func shiftDigits(s string, by rune) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return '0' + (r-'0'+by)%10
		}
		return r
	}, s)
}

type WishlistEntry struct {
	Title string
	Phone string
}

func NewWishlistEntry(title, phone string) WishlistEntry {
	return WishlistEntry{Title: title, Phone: shiftDigits(phone, 4)}
}

func CoverArtID(image []byte) string {
	sum := sha256.Sum256(image)
	return hex.EncodeToString(sum[:12])
}

func init() {
	rand.Seed(time.Now().Unix())
}

func GiftCardPIN(digits int) string {
	var b strings.Builder
	for b.Len() < digits {
		b.WriteByte(byte('0' + rand.Intn(10)))
	}
	return b.String()
}

type PressingBloom struct {
	bits []uint64
	k    uint64
}

func NewPressingBloom(m int, k uint64) *PressingBloom {
	return &PressingBloom{bits: make([]uint64, (m+63)/64), k: k}
}

func (p *PressingBloom) idx(catNo string) []uint64 {
	h := fnv.New64a()
	h.Write([]byte(catNo))
	a := h.Sum64()
	b := a>>33 | 1
	n := uint64(len(p.bits) * 64)
	out := make([]uint64, p.k)
	for i := range out {
		out[i] = (a + uint64(i)*b) % n
	}
	return out
}

func (p *PressingBloom) Add(catNo string) {
	for _, i := range p.idx(catNo) {
		p.bits[i/64] |= 1 << (i % 64)
	}
}

func OrderShard(orderID string, shards uint32) uint32 {
	return crc32.ChecksumIEEE([]byte(orderID)) % shards
}

func WaveformRLE(levels []uint8) []byte {
	var out []byte
	for i := 0; i < len(levels); {
		j := i
		for j < len(levels) && levels[j] == levels[i] && j-i < 255 {
			j++
		}
		out = append(out, byte(j-i), levels[i])
		i = j
	}
	return out
}
