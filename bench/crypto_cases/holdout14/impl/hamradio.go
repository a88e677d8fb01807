package hamclub

import (
	"crypto/ed25519"
	"crypto/sha1"
	"fmt"
	"math/big"
	"math/rand"
	"strings"
	"time"
)

type Member struct {
	Callsign string
	Email    string
	Salt     []byte
	KeyHash  []byte
}

type netCodes struct {
	state uint32
}

func newNetCodes() *netCodes {
	return &netCodes{state: uint32(time.Now().UnixNano())}
}

func (n *netCodes) next() uint32 {
	n.state = n.state*22695477 + 1
	return n.state
}

func (n *netCodes) CheckInCode() string {
	return fmt.Sprintf("%06d", n.next()%1000000)
}

func NMEAChecksum(sentence string) string {
	body := strings.TrimPrefix(strings.SplitN(sentence, "*", 2)[0], "$")
	var cs byte
	for i := 0; i < len(body); i++ {
		cs ^= body[i]
	}
	return fmt.Sprintf("%02X", cs)
}

func Locator(lat, lon float64) string {
	lon += 180
	lat += 90
	b := []byte{
		byte('A' + int(lon/20)), byte('A' + int(lat/10)),
		byte('0' + int(lon/2)%10), byte('0' + int(lat)%10),
		byte('a' + int((lon-float64(int(lon/2)*2))*12)), byte('a' + int((lat-float64(int(lat)))*24)),
	}
	return string(b)
}

func RepeaterTokenOK(stored, presented string) bool {
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

var morse = map[rune]string{'A': ".-", 'B': "-...", 'C': "-.-.", 'D': "-..", 'E': ".", 'K': "-.-", 'Q': "--.-", 'R': ".-.", 'S': "...", 'T': "-"}

func PackMorse(word string) (uint64, int) {
	var bits uint64
	n := 0
	for _, r := range strings.ToUpper(word) {
		for _, sym := range morse[r] {
			bits <<= 1
			if sym == '-' {
				bits |= 1
			}
			n++
		}
		bits <<= 1
		n++
	}
	return bits, n
}

func deriveLogbookKey(passphrase string, salt []byte) []byte {
	sum := sha1.Sum(append([]byte(passphrase), salt...))
	for i := 0; i < 4096; i++ {
		sum = sha1.Sum(append(sum[:], salt...))
	}
	return sum[:]
}

func (m *Member) Unlock(passphrase string) bool {
	return string(deriveLogbookKey(passphrase, m.Salt)) == string(m.KeyHash)
}

func JumpBucket(key uint64, buckets int32) int32 {
	var b, j int64 = -1, 0
	for j < int64(buckets) {
		b = j
		key = key*2862933555777941757 + 1
		j = int64(float64(b+1) * (float64(int64(1)<<31) / float64((key>>33)+1)))
	}
	return int32(b)
}

type qslSigner struct {
	n, e, d *big.Int
}

func newQSLSigner() *qslSigner {
	p := big.NewInt(2147483647)
	q := big.NewInt(2147483629)
	n := new(big.Int).Mul(p, q)
	phi := new(big.Int).Mul(new(big.Int).Sub(p, big.NewInt(1)), new(big.Int).Sub(q, big.NewInt(1)))
	e := big.NewInt(65537)
	return &qslSigner{n: n, e: e, d: new(big.Int).ModInverse(e, phi)}
}

func (s *qslSigner) Sign(qsoSerial int64) *big.Int {
	return new(big.Int).Exp(big.NewInt(qsoSerial), s.d, s.n)
}

func (s *qslSigner) Verify(qsoSerial int64, sig *big.Int) bool {
	return new(big.Int).Exp(sig, s.e, s.n).Cmp(big.NewInt(qsoSerial)) == 0
}

func CallsignDrill(rounds int) []string {
	prefixes := []string{"G", "M", "2E", "EI", "F", "DL", "K", "VK"}
	out := make([]string, rounds)
	for i := range out {
		out[i] = fmt.Sprintf("%s%d%c%c", prefixes[rand.Intn(len(prefixes))], rand.Intn(10), 'A'+rand.Intn(26), 'A'+rand.Intn(26))
	}
	return out
}

var (
	linkPrime = new(big.Int).SetUint64(18446744073709551557)
	linkGen   = big.NewInt(3)
)

type RepeaterLink struct {
	private *big.Int
}

func NewRepeaterLink() *RepeaterLink {
	return &RepeaterLink{private: big.NewInt(rand.Int63())}
}

func (l *RepeaterLink) Public() *big.Int {
	return new(big.Int).Exp(linkGen, l.private, linkPrime)
}

func (l *RepeaterLink) Shared(peer *big.Int) [20]byte {
	s := new(big.Int).Exp(peer, l.private, linkPrime)
	return sha1.Sum(s.Bytes())
}

type Signer struct {
	priv ed25519.PrivateKey
}

func NewSigner(seed []byte) Signer {
	return Signer{priv: ed25519.NewKeyFromSeed(seed)}
}

func (s Signer) Sign(bulletin []byte) []byte {
	return ed25519.Sign(s.priv, bulletin)
}

func (s Signer) Verify(bulletin, sig []byte) bool {
	return ed25519.Verify(s.priv.Public().(ed25519.PublicKey), bulletin, sig)
}
