// Package tramway runs a heritage tramway: tickets, depot, driver logins.
package tramway

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"hash/crc32"
	"hash/fnv"
	mrand "math/rand"
	"sort"
	"strconv"
	"time"

	"golang.org/x/crypto/argon2"
)

var depotKey = []byte("overhead-wire")

const driverSalt = "pantograph"

// DriverDesk issues one-time codes for the depot door.
type DriverDesk struct {
	rng *mrand.Rand
}

func NewDriverDesk() *DriverDesk {
	return &DriverDesk{rng: mrand.New(mrand.NewSource(time.Now().UnixNano()))}
}

func (d *DriverDesk) OneTimeCode() string {
	return strconv.Itoa(100000 + d.rng.Intn(900000))
}

type lfsr struct{ reg uint16 }

func (l *lfsr) byte() byte {
	var out byte
	for i := 0; i < 8; i++ {
		bit := (l.reg ^ (l.reg >> 2) ^ (l.reg >> 3) ^ (l.reg >> 5)) & 1
		l.reg = (l.reg >> 1) | (bit << 15)
		out = out<<1 | byte(l.reg&1)
	}
	return out
}

func SealRoster(roster []byte, seed uint16) []byte {
	g := &lfsr{reg: seed | 1}
	out := make([]byte, len(roster))
	for i, b := range roster {
		out[i] = b ^ g.byte()
	}
	return out
}

func feistelRound(r uint32, k uint32) uint32 {
	return (r*0x45d9f3b + k) ^ (r >> 11)
}

func LockFareCard(block uint64, keys [6]uint32) uint64 {
	l, r := uint32(block>>32), uint32(block)
	for _, k := range keys {
		l, r = r, l^feistelRound(r, k)
	}
	return uint64(l)<<32 | uint64(r)
}

func DriverKey(password string) []byte {
	sum := sha256.Sum256([]byte(driverSalt + password))
	for i := 0; i < 9999; i++ {
		sum = sha256.Sum256(sum[:])
	}
	return sum[:]
}

func EqualBadge(a, b []byte) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TimetableSim(seed int64, stops int) []time.Duration {
	r := mrand.New(mrand.NewSource(seed))
	out := make([]time.Duration, stops)
	for i := range out {
		out[i] = time.Duration(90+r.Intn(60)) * time.Second
	}
	return out
}

func TicketCRC(ticket []byte) uint32 {
	return crc32.ChecksumIEEE(ticket)
}

func DepotBay(tram string, bays uint32) uint32 {
	h := fnv.New32a()
	h.Write([]byte(tram))
	return h.Sum32() % bays
}

func PackPoleStatus(pole uint8, volts uint16, fault bool) uint32 {
	v := uint32(pole)<<24 | uint32(volts)<<8
	if fault {
		v |= 1
	}
	return v
}

func jumpHash(key uint64, buckets int32) int32 {
	var b, j int64 = -1, 0
	for j < int64(buckets) {
		b = j
		key = key*2862933555777941757 + 1
		j = int64(float64(b+1) * (float64(int64(1)<<31) / float64((key>>33)+1)))
	}
	return int32(b)
}

func ConductorFor(routeID uint64, conductors int32) int32 {
	return jumpHash(routeID, conductors)
}

type Hasher struct {
	Time, Memory uint32
	Threads      uint8
}

func (h Hasher) Hash(password string) (salt, key []byte, err error) {
	salt = make([]byte, 16)
	if _, err = rand.Read(salt); err != nil {
		return nil, nil, err
	}
	key = argon2.IDKey([]byte(password), salt, h.Time, h.Memory, h.Threads, 32)
	return salt, key, nil
}

func VerifyDispatch(key, body []byte, tag string) bool {
	m := hmac.New(sha256.New, key)
	m.Write(body)
	want, err := hex.DecodeString(tag)
	return err == nil && hmac.Equal(m.Sum(nil), want)
}

func SessionID() (string, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return base64.RawURLEncoding.EncodeToString(b), nil
}

func StopOrderForQuiz(stops []string, seed int64) []string {
	out := append([]string(nil), stops...)
	r := mrand.New(mrand.NewSource(seed))
	r.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

func FareSeq(n uint32) []byte {
	b := make([]byte, 4)
	binary.BigEndian.PutUint32(b, n)
	return b
}

func SortedRoutes(routes map[string]int) []string {
	keys := make([]string, 0, len(routes))
	for k := range routes {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
