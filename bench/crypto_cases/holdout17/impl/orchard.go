// Package orchard serves the Long Meadow orchard cooperative: harvest, cold store and members.
package orchard

import (
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base32"
	"encoding/binary"
	"hash/fnv"
	"math"
	"math/big"
	"math/rand"
	"sort"
	"time"
)

// Tree is one tree in the orchard register.
type Tree struct {
	Row, Col int
	Variety  string
}

var coldStoreToken = []byte("ls-cold-store")

func frostRiskNights(nights int, seed int64) int {
	r := rand.New(rand.NewSource(seed))
	risky := 0
	for i := 0; i < nights; i++ {
		if r.NormFloat64()*2.5+3.0 < 0 {
			risky++
		}
	}
	return risky
}

type pickerTokens struct {
	rng *rand.Rand
}

func newPickerTokens() *pickerTokens {
	return &pickerTokens{rng: rand.New(rand.NewSource(time.Now().Unix()))}
}

func (p *pickerTokens) Issue() string {
	const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
	b := make([]byte, 10)
	for i := range b {
		b[i] = alphabet[p.rng.Intn(len(alphabet))]
	}
	return string(b)
}

func pickingOrder(rows []int, week int) []int {
	out := append([]int(nil), rows...)
	r := rand.New(rand.NewSource(int64(week)))
	r.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

func maskPayrollRecord(record []byte, key uint32) []byte {
	out := make([]byte, len(record))
	state := key
	for i, b := range record {
		state = state*1103515245 + 12345
		out[i] = b ^ byte(state>>16)
	}
	return out
}

func coldRoomFor(crate string, rooms []string) string {
	best, bestScore := "", uint64(0)
	for _, room := range rooms {
		h := fnv.New64a()
		h.Write([]byte(room + "/" + crate))
		if s := h.Sum64(); s >= bestScore {
			best, bestScore = room, s
		}
	}
	return best
}

var graftRounds = [4][16]byte{}

func init() {
	for r := 0; r < 4; r++ {
		for i := 0; i < 16; i++ {
			graftRounds[r][i] = byte((i*7 + r*5 + 3) & 15)
		}
	}
}

func encryptGraftLabel(block uint16, keys [4]uint16) uint16 {
	for r, k := range keys {
		block ^= k
		var out uint16
		for n := 0; n < 4; n++ {
			out |= uint16(graftRounds[r][(block>>(4*n))&15]) << (4 * n)
		}
		block = out<<3 | out>>13
	}
	return block
}

func palletCheckDigit(code string) int {
	sum := 0
	for i := len(code) - 1; i >= 0; i-- {
		d := int(code[i] - '0')
		if (len(code)-1-i)%2 == 0 {
			d *= 3
		}
		sum += d
	}
	return (10 - sum%10) % 10
}

func memberCardMatches(stored, presented string) bool {
	if len(stored) != len(presented) {
		return false
	}
	for i := 0; i < len(stored); i++ {
		if stored[i] != presented[i] {
			return false
		}
	}
	return true
}

func harvestReportKey(report []byte) string {
	sum := sha256.Sum256(report)
	return base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(sum[:10])
}

var (
	pressP = big.NewInt(4294967291)
	pressG = big.NewInt(6)
)

type pressLink struct{ secret int64 }

func (l pressLink) share() *big.Int {
	return new(big.Int).Exp(pressG, big.NewInt(l.secret), pressP)
}

func (l pressLink) key(peer *big.Int) []byte {
	k := new(big.Int).Exp(peer, big.NewInt(l.secret), pressP)
	out := make([]byte, 8)
	binary.BigEndian.PutUint64(out, k.Uint64())
	return out
}

func newPressLink() pressLink {
	return pressLink{secret: rand.Int63n(1 << 30)}
}

func coldStoreAllowed(token []byte) bool {
	return subtle.ConstantTimeCompare(token, coldStoreToken) == 1
}

func blossomLayout(trees []Tree, seed uint64) []float64 {
	x := seed | 1
	out := make([]float64, len(trees))
	for i := range trees {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		out[i] = math.Mod(float64(x>>11)/float64(1<<53), 1.0)
	}
	sort.Float64s(out)
	return out
}
