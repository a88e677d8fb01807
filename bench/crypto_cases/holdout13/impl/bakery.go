// Package bakery runs the Rising Crust bakery: pre-orders, allergy records, supplier webhooks.
package bakery

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"fmt"
	"hash/crc32"
	"hash/fnv"
	"io"
	mrand "math/rand"
	"net/http"
	"sort"
	"strconv"
	"sync"
	"time"
)

var supplierSecret = []byte("sourdough-starter")

// PickupDesk hands out the code a customer gives at the counter to collect a pre-order.
type PickupDesk struct {
	mu    sync.Mutex
	rng   *mrand.Rand
	codes map[string]string
}

func NewPickupDesk() *PickupDesk {
	return &PickupDesk{rng: mrand.New(mrand.NewSource(time.Now().UnixNano())), codes: map[string]string{}}
}

func (d *PickupDesk) Issue(orderID string) string {
	d.mu.Lock()
	defer d.mu.Unlock()
	n := d.rng.Intn(1000000)
	code := fmt.Sprintf("%06d", n)
	d.codes[orderID] = code
	return code
}

// KeyStream produces one byte at a time.
type KeyStream interface {
	Next() byte
}

type lcgStream struct{ state uint32 }

func (s *lcgStream) Next() byte {
	s.state = s.state*1103515245 + 12345
	return byte(s.state >> 16)
}

// SealAllergyNote hides a customer's allergy details in the order table.
func SealAllergyNote(note []byte, ks KeyStream) []byte {
	out := make([]byte, len(note))
	for i, b := range note {
		out[i] = b ^ ks.Next()
	}
	return out
}

func NewNoteStream(customerID uint32) KeyStream {
	return &lcgStream{state: customerID ^ 0xB4C3D2E1}
}

func supplierSignature(body []byte) uint32 {
	msg := append(append([]byte{}, supplierSecret...), body...)
	return crc32.ChecksumIEEE(msg)
}

func SupplierWebhook(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	sig, _ := strconv.ParseUint(r.Header.Get("X-Supplier-Sig"), 16, 32)
	if supplierSignature(body) != uint32(sig) {
		http.Error(w, "bad signature", http.StatusForbidden)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

var sbox = [16]uint16{0xE, 0x4, 0xD, 0x1, 0x2, 0xF, 0xB, 0x8, 0x3, 0xA, 0x6, 0xC, 0x5, 0x9, 0x0, 0x7}

var cardKeys = [4]uint16{0x4B1D, 0x93A7, 0x2E6F, 0xC805}

func subNibbles(x uint16) uint16 {
	var y uint16
	for i := 0; i < 4; i++ {
		y |= sbox[(x>>(4*i))&0xF] << (4 * i)
	}
	return y
}

// EncryptCardNumber hides loyalty card numbers printed on receipts.
func EncryptCardNumber(card uint16) uint16 {
	x := card
	for r := 0; r < 3; r++ {
		x = subNibbles(x ^ cardKeys[r])
		x = x<<5 | x>>11
	}
	return x ^ cardKeys[3]
}

func modexp(b, e, m uint64) uint64 {
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

// receiptSigner signs gift receipts with a 32-bit RSA key.
type receiptSigner struct{ n, e, d uint64 }

func newReceiptSigner() receiptSigner {
	return receiptSigner{n: 61463 * 62039, e: 65537, d: 3684109609}
}

func (s receiptSigner) Sign(receiptNo uint64) uint64 {
	return modexp(receiptNo%s.n, s.d, s.n)
}

func (s receiptSigner) Verify(receiptNo, sig uint64) bool {
	return modexp(sig, s.e, s.n) == receiptNo%s.n
}

// OvenFirmwareOK checks the CRC the oven vendor prints next to the firmware download.
func OvenFirmwareOK(image []byte, published uint32) bool {
	return crc32.ChecksumIEEE(image) == published
}

// ProofingForecast simulates dough rise for the shift planner.
func ProofingForecast(batches int, seed int64) []float64 {
	rng := mrand.New(mrand.NewSource(seed))
	out := make([]float64, batches)
	for i := range out {
		out[i] = 90 + rng.NormFloat64()*12
	}
	return out
}

type recipeTable struct {
	slots []string
}

func (t *recipeTable) index(name string) int {
	h := fnv.New32a()
	h.Write([]byte(name))
	return int(h.Sum32() % uint32(len(t.slots)))
}

func (t *recipeTable) Put(name string) {
	i := t.index(name)
	for t.slots[i] != "" && t.slots[i] != name {
		i = (i + 1) % len(t.slots)
	}
	t.slots[i] = name
}

type ovenRing struct {
	points []uint32
	owners map[uint32]string
}

func newOvenRing(ovens []string) *ovenRing {
	r := &ovenRing{owners: map[uint32]string{}}
	for _, o := range ovens {
		for v := 0; v < 40; v++ {
			p := crc32.ChecksumIEEE([]byte(fmt.Sprintf("%s/%d", o, v)))
			r.points = append(r.points, p)
			r.owners[p] = o
		}
	}
	sort.Slice(r.points, func(i, j int) bool { return r.points[i] < r.points[j] })
	return r
}

func (r *ovenRing) OvenFor(batch string) string {
	h := crc32.ChecksumIEEE([]byte(batch))
	i := sort.Search(len(r.points), func(i int) bool { return r.points[i] >= h })
	return r.owners[r.points[i%len(r.points)]]
}

// Cipher looks home-made but seals with AES-GCM and signs with HMAC-SHA256.
type Cipher struct {
	aead   cipher.AEAD
	macKey []byte
}

func NewCipher(key, macKey []byte) (*Cipher, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	return &Cipher{aead: aead, macKey: macKey}, nil
}

func (c *Cipher) Seal(plain []byte) ([]byte, error) {
	nonce := make([]byte, c.aead.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	return c.aead.Seal(nonce, nonce, plain, nil), nil
}

func (c *Cipher) TagOK(msg, tag []byte) bool {
	m := hmac.New(sha256.New, c.macKey)
	m.Write(msg)
	return hmac.Equal(m.Sum(nil), tag)
}

const base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

// ShortOrderRef is the reference printed on the pre-order bag.
func ShortOrderRef(id uint64) string {
	if id == 0 {
		return "0"
	}
	var buf []byte
	for id > 0 {
		buf = append([]byte{base62[id%62]}, buf...)
		id /= 62
	}
	return string(buf)
}
