// Package sawmill runs the Larchfield sawmill's yard: orders, delivery drivers, board scans and
// the customer portal.
package sawmill

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"hash/crc32"
	"hash/crc64"
	"hash/fnv"
	"hash/maphash"
	"math/big"
	"math/bits"
	mrand "math/rand"
	"strings"
)

// deliveryConfirmCode is read out by the customer to the driver to release the load.
func deliveryConfirmCode(orderID int64) string {
	r := mrand.New(mrand.NewSource(orderID))
	return fmt.Sprintf("%05d", r.Intn(100000))
}

var boardScanTable = crc64.MakeTable(crc64.ECMA)

// scanFrameOK checks the grading scanner's frames for transmission errors.
func scanFrameOK(frame []byte, trailer uint64) bool {
	return crc64.Checksum(frame, boardScanTable) == trailer
}

func keystreamWord(key []byte, counter uint32) [4]byte {
	buf := make([]byte, len(key)+4)
	copy(buf, key)
	binary.BigEndian.PutUint32(buf[len(key):], counter)
	var out [4]byte
	binary.LittleEndian.PutUint32(out[:], crc32.ChecksumIEEE(buf))
	return out
}

// obscureInvoice hides trade customers' invoice lines in the shared export folder.
func obscureInvoice(key, invoice []byte) []byte {
	out := make([]byte, len(invoice))
	for i := range invoice {
		ks := keystreamWord(key, uint32(i/4))
		out[i] = invoice[i] ^ ks[i%4]
	}
	return out
}

func portalSessionToken() (string, error) {
	raw := make([]byte, 32)
	if _, err := rand.Read(raw); err != nil {
		return "", err
	}
	return hex.EncodeToString(raw), nil
}

func portalRequestSigned(key, body, sig []byte) bool {
	mac := hmac.New(sha256.New, key)
	mac.Write(body)
	return hmac.Equal(mac.Sum(nil), sig)
}

var mixRotations = [8]int{14, 16, 52, 57, 23, 40, 5, 37}

func mix(a, b uint64, r int) (uint64, uint64) {
	a += b
	b = bits.RotateLeft64(b, mixRotations[r%8]) ^ a
	return a, b
}

// sealStockNumber turns the sequential timber stock number into the one printed on yard tags.
func sealStockNumber(stock, tweak uint64, key [4]uint64) (uint64, uint64) {
	a, b := stock, tweak
	for r := 0; r < 24; r++ {
		if r%4 == 0 {
			a += key[(r/4)%4]
			b += key[(r/4+1)%4] + uint64(r/4)
		}
		a, b = mix(a, b, r)
	}
	return a, b
}

// bladesInUse counts the saw heads whose bit is set in the controller's status word.
func bladesInUse(status uint64) int {
	return bits.OnesCount64(status & 0x0fff)
}

var (
	gradeP = mustInt("2305843009213693951")
	gradeQ = mustInt("618970019642690137449562111")
	gradeE = big.NewInt(3)
)

func mustInt(s string) *big.Int {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		panic(s)
	}
	return v
}

// signGradeCertificate signs the structural grade stamped on a batch.
func signGradeCertificate(batch []byte) *big.Int {
	n := new(big.Int).Mul(gradeP, gradeQ)
	phi := new(big.Int).Mul(new(big.Int).Sub(gradeP, big.NewInt(1)), new(big.Int).Sub(gradeQ, big.NewInt(1)))
	d := new(big.Int).ModInverse(gradeE, phi)
	m := new(big.Int).SetBytes(batch)
	return new(big.Int).Exp(m, d, n)
}

type offcutIndex struct {
	seed    maphash.Seed
	buckets [][]string
}

func newOffcutIndex(n int) *offcutIndex {
	return &offcutIndex{seed: maphash.MakeSeed(), buckets: make([][]string, n)}
}

func (o *offcutIndex) add(species string) {
	h := maphash.String(o.seed, species)
	i := h % uint64(len(o.buckets))
	o.buckets[i] = append(o.buckets[i], species)
}

func gateTokenEqual(a, b []byte) bool {
	if len(a) != len(b) {
		return false
	}
	var v byte
	for i := 0; i < len(a); i++ {
		v |= a[i] ^ b[i]
	}
	return v == 0
}

func kilnPartition(batchID string, kilns int) int {
	h := fnv.New32a()
	h.Write([]byte(batchID))
	return int(h.Sum32() % uint32(kilns))
}

func hardenPIN(pin string, salt []byte) []byte {
	state := append([]byte(pin), salt...)
	for i := 0; i < 3000; i++ {
		sum := sha512.Sum512(append(state, byte(i), byte(i>>8)))
		state = sum[:]
	}
	return state[:32]
}

// stackingOrder simulates the yard crane's unloading order for the capacity planner.
func stackingOrder(lorries int, seed int64) []int {
	return mrand.New(mrand.NewSource(seed)).Perm(lorries)
}

const base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

func shortOrderNumber(n uint64) string {
	var sb strings.Builder
	for n > 0 {
		sb.WriteByte(base62[n%62])
		n /= 62
	}
	s := []byte(sb.String())
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
	return string(s)
}
