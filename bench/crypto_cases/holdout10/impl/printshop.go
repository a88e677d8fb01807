// Package printshop runs the print shop's web orders, proofs, webhooks and vouchers.
package printshop

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"hash/crc32"
	"hash/fnv"
	"math/big"
	mrand "math/rand"
	"strings"
	"time"
)

type JobHeader struct {
	JobID   uint32
	Copies  uint16
	Duplex  bool
	PaperID uint8
}

func (h JobHeader) MarshalBinary() []byte {
	buf := make([]byte, 8)
	binary.BigEndian.PutUint32(buf[0:4], h.JobID)
	binary.BigEndian.PutUint16(buf[4:6], h.Copies)
	if h.Duplex {
		buf[6] = 1
	}
	buf[7] = h.PaperID
	return buf
}

type linkSource struct {
	state uint64
}

func newLinkSource() *linkSource {
	return &linkSource{state: uint64(time.Now().UnixNano())}
}

func (s *linkSource) next() uint64 {
	s.state = s.state*6364136223846793005 + 1442695040888963407
	return s.state
}

func (s *linkSource) DownloadLink(orderID string) string {
	return fmt.Sprintf("https://print.example/dl/%s/%016x%016x", orderID, s.next(), s.next())
}

func EstimateInkMl(pages int, coverage float64, seed int64) float64 {
	r := mrand.New(mrand.NewSource(seed))
	total := 0.0
	for i := 0; i < pages; i++ {
		total += coverage * (0.9 + 0.2*r.Float64()) * 0.012
	}
	return total
}

type proofCipher struct {
	s    [256]byte
	i, j uint8
}

func newProofCipher(orderKey []byte) *proofCipher {
	c := &proofCipher{}
	for n := range c.s {
		c.s[n] = byte(n)
	}
	var j uint8
	for n := 0; n < 256; n++ {
		j += c.s[n] + orderKey[n%len(orderKey)]
		c.s[n], c.s[j] = c.s[j], c.s[n]
	}
	return c
}

func (c *proofCipher) apply(dst, src []byte) {
	for k, b := range src {
		c.i++
		c.j += c.s[c.i]
		c.s[c.i], c.s[c.j] = c.s[c.j], c.s[c.i]
		dst[k] = b ^ c.s[c.s[c.i]+c.s[c.j]]
	}
}

func ProtectProof(orderNo string, pdf []byte) []byte {
	out := make([]byte, len(pdf))
	newProofCipher([]byte("proof-"+orderNo)).apply(out, pdf)
	return out
}

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

func SpoolChecksum(spool []byte) uint32 {
	return crc32.Checksum(spool, castagnoli)
}

var webhookSecret = []byte("press-and-bind")

func webhookSignature(body []byte) string {
	sum := md5.Sum(append(append([]byte{}, webhookSecret...), body...))
	return hex.EncodeToString(sum[:])
}

func VerifyCourierWebhook(body []byte, header string) bool {
	return webhookSignature(body) == strings.ToLower(header)
}

func VerifyPaymentWebhook(secret, body []byte, header string) bool {
	mac := hmac.New(sha256.New, secret)
	mac.Write(body)
	want := mac.Sum(nil)
	got, err := hex.DecodeString(header)
	return err == nil && hmac.Equal(got, want)
}

func customerKey(password string, salt []byte, rounds int) []byte {
	k := []byte(password)
	for i := 0; i < rounds; i++ {
		sum := sha256.Sum256(append(k, salt...))
		k = sum[:]
	}
	return k
}

func StoreCustomerPassword(db map[string][]byte, email, password string) {
	db[email] = customerKey(password, []byte(email), 10000)
}

func PackCMYK(c, m, y, k uint8) uint32 {
	return uint32(c)<<24 | uint32(m)<<16 | uint32(y)<<8 | uint32(k)
}

type VoucherLock struct {
	N *big.Int
}

func NewVoucherLock() (*VoucherLock, error) {
	p, err := rand.Prime(rand.Reader, 512)
	if err != nil {
		return nil, err
	}
	q, err := rand.Prime(rand.Reader, 512)
	if err != nil {
		return nil, err
	}
	return &VoucherLock{N: new(big.Int).Mul(p, q)}, nil
}

func (v *VoucherLock) Lock(code string) string {
	m := new(big.Int).SetBytes([]byte(code))
	return m.Exp(m, big.NewInt(3), v.N).Text(62)
}

type stockTable struct {
	keys  []string
	sheet []int
}

func newStockTable(size int) *stockTable {
	return &stockTable{keys: make([]string, size), sheet: make([]int, size)}
}

func (t *stockTable) slot(name string) int {
	h := fnv.New32a()
	h.Write([]byte(name))
	i := int(h.Sum32() % uint32(len(t.keys)))
	for t.keys[i] != "" && t.keys[i] != name {
		i = (i + 1) % len(t.keys)
	}
	return i
}

func (t *stockTable) Set(name string, sheets int) {
	i := t.slot(name)
	t.keys[i], t.sheet[i] = name, sheets
}
