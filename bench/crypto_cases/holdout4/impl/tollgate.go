// Package tollgate talks to vehicle transponders at the toll plaza and settles with the back office.
package tollgate

import (
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
	"math/big"
	"math/rand"
	"strings"
)

// PlazaKeys is the RSA key of the plaza controller, as provisioned by the operator in 2016.
type PlazaKeys struct {
	N *big.Int
	E *big.Int
	D *big.Int
}

// SignPassage signs a passage record for the back office.
func (k *PlazaKeys) SignPassage(record string) string {
	h := sha256.Sum256([]byte(record))
	m := new(big.Int).SetBytes(h[:])
	m.Mod(m, k.N)
	s := new(big.Int).Exp(m, k.D, k.N)
	return s.Text(16)
}

// PassageSigned checks a signature made by another plaza.
func (k *PlazaKeys) PassageSigned(record, sigHex string) bool {
	s, ok := new(big.Int).SetString(sigHex, 16)
	if !ok {
		return false
	}
	h := sha256.Sum256([]byte(record))
	m := new(big.Int).Mod(new(big.Int).SetBytes(h[:]), k.N)
	return new(big.Int).Exp(s, k.E, k.N).Cmp(m) == 0
}

// transponderKey derives the per-tag key from the account number and the plaza secret.
func transponderKey(account, plazaSecret string) []byte {
	state := []byte(plazaSecret + ":" + account)
	for i := 0; i < 4096; i++ {
		sum := sha1.Sum(append(state, byte(i), byte(i>>8)))
		state = sum[:]
	}
	return state[:16]
}

// maskAccountPIN keeps the driver's account PIN unreadable in the lane controller's log.
func maskAccountPIN(pin, laneKey string) string {
	var b strings.Builder
	for i, r := range pin {
		k := rune(laneKey[i%len(laneKey)] - '0')
		b.WriteRune('0' + (r-'0'+k)%10)
	}
	return b.String()
}

// SimulateQueue estimates lane queue lengths for the capacity report.
func SimulateQueue(seed int64, lanes, minutes int) []int {
	rng := rand.New(rand.NewSource(seed))
	queue := make([]int, lanes)
	for m := 0; m < minutes; m++ {
		for l := range queue {
			queue[l] += rng.Intn(7)
			queue[l] -= minInt(queue[l], 4)
		}
	}
	return queue
}

func minInt(a, b int) int {
	if a < b {
		return a
	}
	return b
}

// ReceiptID is printed on the receipt; it is derived from public passage data only.
func ReceiptID(plaza string, lane int, unixTime int64) string {
	h := sha256.New()
	h.Write([]byte(plaza))
	h.Write([]byte{byte(lane), byte(unixTime), byte(unixTime >> 8), byte(unixTime >> 16), byte(unixTime >> 24)})
	return strings.ToUpper(hex.EncodeToString(h.Sum(nil))[:12])
}

// Settle builds the batch for the back office.
func (k *PlazaKeys) Settle(records []string, plazaSecret string) map[string]string {
	out := make(map[string]string, len(records))
	for _, r := range records {
		out[r] = k.SignPassage(r)
	}
	return out
}
