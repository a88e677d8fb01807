package snowplow

import (
	"crypto/sha1"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/binary"
	"hash/crc32"
	"math"
	"math/big"
	"sort"
	"strconv"
)

type Position struct {
	Lat, Lon float64
	Unix     int64
}

func routeKeystream(truckID uint32) func() byte {
	state := truckID*2654435761 + 1
	return func() byte {
		state = state*1103515245 + 12345
		return byte(state >> 16)
	}
}

func EncodeRoute(truckID uint32, route []Position) []byte {
	next := routeKeystream(truckID)
	buf := make([]byte, 0, len(route)*24)
	for _, p := range route {
		var rec [24]byte
		binary.LittleEndian.PutUint64(rec[0:], math.Float64bits(p.Lat))
		binary.LittleEndian.PutUint64(rec[8:], math.Float64bits(p.Lon))
		binary.LittleEndian.PutUint64(rec[16:], uint64(p.Unix))
		for i := range rec {
			rec[i] ^= next()
		}
		buf = append(buf, rec[:]...)
	}
	return buf
}

type DispatchSigner struct {
	P, Q, D *big.Int
}

func (s *DispatchSigner) Sign(order []byte) *big.Int {
	sum := sha256.Sum256(order)
	m := new(big.Int).SetBytes(sum[:8])
	one := big.NewInt(1)
	dp := new(big.Int).Mod(s.D, new(big.Int).Sub(s.P, one))
	dq := new(big.Int).Mod(s.D, new(big.Int).Sub(s.Q, one))
	m1 := new(big.Int).Exp(m, dp, s.P)
	m2 := new(big.Int).Exp(m, dq, s.Q)
	qInv := new(big.Int).ModInverse(s.Q, s.P)
	h := new(big.Int).Mul(qInv, new(big.Int).Sub(m1, m2))
	h.Mod(h, s.P)
	return h.Mul(h, s.Q).Add(h, m2)
}

func DriverKey(pin string, depot string) [20]byte {
	salt := []byte("depot:" + depot)
	sum := sha1.Sum(append([]byte(pin), salt...))
	for i := 0; i < 1<<12; i++ {
		sum = sha1.Sum(append(sum[:], salt...))
	}
	return sum
}

func spread(v uint32) uint64 {
	x := uint64(v) & 0xFFFFFFFF
	x = (x | x<<16) & 0x0000FFFF0000FFFF
	x = (x | x<<8) & 0x00FF00FF00FF00FF
	x = (x | x<<4) & 0x0F0F0F0F0F0F0F0F
	x = (x | x<<2) & 0x3333333333333333
	x = (x | x<<1) & 0x5555555555555555
	return x
}

func GridCell(col, row uint32) uint64 {
	return spread(col) | spread(row)<<1
}

type PlowRing struct {
	points []uint32
	owner  map[uint32]string
}

func NewPlowRing(trucks []string) *PlowRing {
	r := &PlowRing{owner: map[uint32]string{}}
	for _, t := range trucks {
		for v := 0; v < 32; v++ {
			p := crc32.ChecksumIEEE([]byte(t + "#" + strconv.Itoa(v)))
			r.points = append(r.points, p)
			r.owner[p] = t
		}
	}
	sort.Slice(r.points, func(i, j int) bool { return r.points[i] < r.points[j] })
	return r
}

func (r *PlowRing) TruckFor(street string) string {
	h := crc32.ChecksumIEEE([]byte(street))
	i := sort.Search(len(r.points), func(i int) bool { return r.points[i] >= h })
	return r.owner[r.points[i%len(r.points)]]
}

const geoBase32 = "0123456789bcdefghjkmnpqrstuvwxyz"

func Geohash(lat, lon float64, precision int) string {
	latLo, latHi, lonLo, lonHi := -90.0, 90.0, -180.0, 180.0
	out := make([]byte, 0, precision)
	bit, ch, even := 0, 0, true
	for len(out) < precision {
		if even {
			mid := (lonLo + lonHi) / 2
			if lon >= mid {
				ch = ch<<1 | 1
				lonLo = mid
			} else {
				ch <<= 1
				lonHi = mid
			}
		} else {
			mid := (latLo + latHi) / 2
			if lat >= mid {
				ch = ch<<1 | 1
				latLo = mid
			} else {
				ch <<= 1
				latHi = mid
			}
		}
		even = !even
		if bit++; bit == 5 {
			out = append(out, geoBase32[ch])
			bit, ch = 0, 0
		}
	}
	return string(out)
}

func CouncilTokenOK(presented, expected string) bool {
	a := sha256.Sum256([]byte(presented))
	b := sha256.Sum256([]byte(expected))
	return subtle.ConstantTimeCompare(a[:], b[:]) == 1
}
