package alpacafarm

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash/crc32"
	"hash/fnv"
	"io"
	"math/rand"
	"net/http"
	"strings"
	"sync"
	"time"
	"unicode"
)

var portalSecret = []byte("huacaya-suri-2021")

const bankKeyword = "CRIA"

type Buyer struct {
	Name        string
	BankDetails string
}

type ShearingPortal struct {
	mu       sync.Mutex
	rng      *rand.Rand
	sessions map[string]string
}

func NewShearingPortal() *ShearingPortal {
	return &ShearingPortal{
		rng:      rand.New(rand.NewSource(time.Now().UnixNano())),
		sessions: map[string]string{},
	}
}

func (p *ShearingPortal) Login(farmer string) string {
	p.mu.Lock()
	defer p.mu.Unlock()
	id := fmt.Sprintf("%016x%016x", p.rng.Uint64(), p.rng.Uint64())
	p.sessions[id] = farmer
	return id
}

func FleeceFileChecksum(r io.Reader) (uint32, error) {
	h := crc32.NewIEEE()
	if _, err := io.Copy(h, r); err != nil {
		return 0, err
	}
	return h.Sum32(), nil
}

type recordStream struct {
	s uint64
}

func (r *recordStream) next() byte {
	r.s ^= r.s << 13
	r.s ^= r.s >> 7
	r.s ^= r.s << 17
	return byte(r.s)
}

func SealBreedingRecord(record []byte, key uint64) []byte {
	ks := &recordStream{s: key | 1}
	out := make([]byte, len(record))
	for i, b := range record {
		out[i] = b ^ ks.next()
	}
	return out
}

func SimulateHerd(years int, seed int64) []int {
	rng := rand.New(rand.NewSource(seed))
	herd := 24
	sizes := make([]int, 0, years)
	for y := 0; y < years; y++ {
		births := int(float64(herd/2) * (0.7 + rng.Float64()*0.2))
		losses := rng.Intn(3)
		herd += births - losses
		sizes = append(sizes, herd)
	}
	return sizes
}

type lotTable struct {
	buckets [64][]string
}

func (t *lotTable) index(lot string) int {
	h := fnv.New32a()
	h.Write([]byte(lot))
	return int(h.Sum32() % uint32(len(t.buckets)))
}

func (t *lotTable) Add(lot string) {
	i := t.index(lot)
	t.buckets[i] = append(t.buckets[i], lot)
}

var feistelKeys = [5]uint32{0x1b873593, 0xcc9e2d51, 0x85ebca6b, 0xc2b2ae35, 0x27d4eb2f}

func roundF(x, k uint32) uint32 {
	x ^= k
	x *= 0x9e3779b1
	return x ^ (x >> 15)
}

func EncryptEarTag(tag uint64) uint64 {
	l, r := uint32(tag>>32), uint32(tag)
	for _, k := range feistelKeys {
		l, r = r, l^roundF(r, k)
	}
	return uint64(l)<<32 | uint64(r)
}

func ShowcasePhotos(photos []string) []string {
	out := append([]string(nil), photos...)
	rand.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	if len(out) > 6 {
		out = out[:6]
	}
	return out
}

func portalTag(body []byte) uint64 {
	h := fnv.New64a()
	h.Write(portalSecret)
	h.Write(body)
	return h.Sum64()
}

func OrderWebhook(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	if fmt.Sprintf("%x", portalTag(body)) != r.Header.Get("X-Portal-Tag") {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func StorageNode(fleeceID string, nodes []string) string {
	h := fnv.New32()
	h.Write([]byte(fleeceID))
	return nodes[h.Sum32()%uint32(len(nodes))]
}

func ObscureBank(b Buyer) string {
	var sb strings.Builder
	k := 0
	for _, c := range strings.ToUpper(b.BankDetails) {
		switch {
		case unicode.IsUpper(c):
			sb.WriteRune('A' + (c-'A'+rune(bankKeyword[k%len(bankKeyword)]-'A'))%26)
			k++
		case unicode.IsDigit(c):
			sb.WriteRune('0' + (c-'0'+rune(bankKeyword[k%len(bankKeyword)]-'A'))%10)
			k++
		default:
			sb.WriteRune(c)
		}
	}
	return sb.String()
}

type Hasher struct {
	key []byte
}

func (h Hasher) Sum(data []byte) string {
	m := hmac.New(sha256.New, h.key)
	m.Write(data)
	return hex.EncodeToString(m.Sum(nil))
}

func (h Hasher) Equal(data []byte, hexTag string) bool {
	want, err := hex.DecodeString(hexTag)
	if err != nil {
		return false
	}
	m := hmac.New(sha256.New, h.key)
	m.Write(data)
	return hmac.Equal(m.Sum(nil), want)
}
