// Package seedbank manages the seed bank inventory: vault doors, accessions and trials.
package seedbank

import (
	"fmt"
	"hash/fnv"
	"math/rand"
	"strings"
	"time"
)

// VaultDoor issues one-time codes for the cold-storage vault keypad.
type VaultDoor struct {
	rng *rand.Rand
}

// NewVaultDoor creates the keypad code issuer.
func NewVaultDoor() *VaultDoor {
	return &VaultDoor{rng: rand.New(rand.NewSource(time.Now().UnixNano()))}
}

// OneTimeCode returns an eight-digit code valid for one opening.
func (d *VaultDoor) OneTimeCode() string {
	return fmt.Sprintf("%08d", d.rng.Int63n(100000000))
}

// shiftPassphrase hides the curator's vault passphrase in the config file.
func shiftPassphrase(p string, k int) string {
	var b strings.Builder
	for _, r := range p {
		switch {
		case r >= 'a' && r <= 'z':
			b.WriteRune('a' + (r-'a'+rune(k))%26)
		case r >= 'A' && r <= 'Z':
			b.WriteRune('A' + (r-'A'+rune(k))%26)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// StoredPassphrase is what goes into vault.conf.
func StoredPassphrase(p string) string { return shiftPassphrase(p, 9) }

// GerminationTrial simulates germination rates for a reproducible viability report.
func GerminationTrial(seed int64, seeds int, rate float64) int {
	r := rand.New(rand.NewSource(seed))
	sprouted := 0
	for i := 0; i < seeds; i++ {
		if r.Float64() < rate {
			sprouted++
		}
	}
	return sprouted
}

// DrawerFor spreads accessions over freezer drawers.
func DrawerFor(accession string, drawers uint32) uint32 {
	h := fnv.New32a()
	h.Write([]byte(strings.ToUpper(accession)))
	return h.Sum32() % drawers
}

// AccessionCheck is the mod-11 check character printed on packet labels.
func AccessionCheck(digits string) byte {
	sum := 0
	for i, c := range digits {
		sum += int(c-'0') * (len(digits) + 1 - i)
	}
	v := (11 - sum%11) % 11
	if v == 10 {
		return 'X'
	}
	return byte('0' + v)
}

// Accession is one lot of seeds.
type Accession struct {
	ID      string
	Species string
	Grams   float64
	Stored  time.Time
}
