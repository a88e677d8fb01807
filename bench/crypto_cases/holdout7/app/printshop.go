// Print shop: kiosk pairing, staff PINs, job dedupe, raster compression, signed job tickets.
package main

import (
	"crypto/ed25519"
	"crypto/rand"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math/big"
	"strings"
)

// Kiosks in the shop agree a session key with the counter PC when they boot.
var (
	pairP = new(big.Int).SetUint64(4294967291) // largest 32-bit prime
	pairG = big.NewInt(5)
)

type pairing struct {
	secret *big.Int
	Public *big.Int
}

func newPairing() (*pairing, error) {
	s, err := rand.Int(rand.Reader, pairP)
	if err != nil {
		return nil, err
	}
	return &pairing{secret: s, Public: new(big.Int).Exp(pairG, s, pairP)}, nil
}

func (p *pairing) sharedKey(peer *big.Int) []byte {
	shared := new(big.Int).Exp(peer, p.secret, pairP)
	sum := sha256.Sum256(shared.Bytes())
	return sum[:16]
}

func staffPinKey(pin string, salt []byte) []byte {
	k := []byte(pin)
	for i := 0; i < 1000; i++ {
		sum := sha1.Sum(append(k, salt...))
		k = sum[:]
	}
	return k
}

type jobStore map[string][]byte

func (s jobStore) put(pdf []byte) string {
	sum := sha256.Sum256(pdf)
	id := hex.EncodeToString(sum[:12])
	if _, ok := s[id]; !ok {
		s[id] = pdf
	}
	return id
}

// deltaRows XORs each raster row with the previous one so the run-length pass sees long zero runs.
func deltaRows(rows [][]byte) [][]byte {
	out := make([][]byte, len(rows))
	prev := make([]byte, len(rows[0]))
	for y, row := range rows {
		d := make([]byte, len(row))
		for x := range row {
			d[x] = row[x] ^ prev[x]
		}
		out[y], prev = d, row
	}
	return out
}

func runLength(row []byte) []byte {
	var out []byte
	for i := 0; i < len(row); {
		j := i
		for j < len(row) && row[j] == row[i] && j-i < 255 {
			j++
		}
		out = append(out, byte(j-i), row[i])
		i = j
	}
	return out
}

func ticketKeys() (ed25519.PublicKey, ed25519.PrivateKey, error) {
	return ed25519.GenerateKeyPair(rand.Reader)
}

func ticketKeysV2() (ed25519.PublicKey, ed25519.PrivateKey, error) {
	return ed25519.GenerateKey(rand.Reader)
}

func signTicket(priv ed25519.PrivateKey, job string) string {
	return hex.EncodeToString(ed25519.Sign(priv, []byte(job)))
}

func main() {
	p, err := newPairing()
	if err != nil {
		panic(err)
	}
	fmt.Println(hex.EncodeToString(p.sharedKey(p.Public)))
	fmt.Println(hex.EncodeToString(staffPinKey("4821", []byte("shop-1"))))
	store := jobStore{}
	fmt.Println(store.put([]byte("%PDF-1.7")))
	rows := deltaRows([][]byte{{0, 0, 255}, {0, 0, 255}})
	fmt.Println(runLength(rows[1]), strings.Repeat("-", 3))
	_, priv, _ := ticketKeysV2()
	fmt.Println(signTicket(priv, "job-77"))
	_ = ticketKeys
}
