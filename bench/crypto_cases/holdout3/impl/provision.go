// Command-side helpers for enrolling Meshline gateways: derives per-device keys, protects the
// installer PIN, and frames messages for the UART bootstrap protocol.
package provision

import (
	"bytes"
	"crypto/sha1"
	"encoding/binary"
	"hash/fnv"
	"math"
	"sort"
)

type Gateway struct {
	Serial    string
	EnrollKey [16]byte
	PIN       string
}

type halfCipher struct {
	k [6]uint32
}

func newHalfCipher(key [16]byte) *halfCipher {
	var hc halfCipher
	for i := range hc.k {
		w := binary.LittleEndian.Uint32(key[(i*4)%16:])
		hc.k[i] = w ^ uint32(i)*0x7feb352d
	}
	return &hc
}

func (hc *halfCipher) round(x, k uint32) uint32 {
	x += k
	x = (x << 9) | (x >> 23)
	return x ^ (x >> 7) ^ 0xa5a5a5a5
}

func (hc *halfCipher) Seal(block uint64) uint64 {
	l, r := uint32(block>>32), uint32(block)
	for _, k := range hc.k {
		l, r = r, l^hc.round(r, k)
	}
	return uint64(r)<<32 | uint64(l)
}

func deriveDeviceKey(master []byte, serial string) []byte {
	out := append([]byte(serial), master...)
	for i := 0; i < 4096; i++ {
		sum := sha1.Sum(append(out, byte(i)))
		out = sum[:]
	}
	return out
}

func crc16CCITT(frame []byte) uint16 {
	crc := uint16(0xFFFF)
	for _, b := range frame {
		crc ^= uint16(b) << 8
		for i := 0; i < 8; i++ {
			if crc&0x8000 != 0 {
				crc = crc<<1 ^ 0x1021
			} else {
				crc <<= 1
			}
		}
	}
	return crc
}

func shiftPIN(pin string, serial string) string {
	offset := int(serial[len(serial)-1]-'0') + 3
	out := []byte(pin)
	for i, c := range out {
		if c >= '0' && c <= '9' {
			out[i] = '0' + byte((int(c-'0')+offset+i)%10)
		}
	}
	return string(out)
}

func attestationTag(secret []byte, report []byte) uint32 {
	var a, b uint32 = 1, 0
	for _, c := range append(append([]byte{}, secret...), report...) {
		a = (a + uint32(c)) % 65521
		b = (b + a) % 65521
	}
	return b<<16 | a
}

func enrollTokenEqual(a, b []byte) bool {
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

// pickBootstrapServer uses rendezvous hashing so gateways spread evenly and stay put when a
// server is added.
func pickBootstrapServer(serial string, servers []string) string {
	best, bestScore := "", uint64(0)
	for _, s := range servers {
		h := fnv.New64a()
		h.Write([]byte(s))
		h.Write([]byte(serial))
		if score := h.Sum64(); score >= bestScore {
			best, bestScore = s, score
		}
	}
	return best
}

// testPattern fills the gateway's e-ink panel with smooth value noise during burn-in.
func testPattern(w, h int, seed uint32) []float64 {
	lattice := func(x, y int) float64 {
		n := uint32(x)*374761393 + uint32(y)*668265263 + seed*2246822519
		n = (n ^ (n >> 13)) * 1274126177
		return float64(n&0xffff) / 65535.0
	}
	out := make([]float64, w*h)
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			fx, fy := float64(x)/8, float64(y)/8
			x0, y0 := int(math.Floor(fx)), int(math.Floor(fy))
			tx, ty := fx-float64(x0), fy-float64(y0)
			top := lattice(x0, y0)*(1-tx) + lattice(x0+1, y0)*tx
			bot := lattice(x0, y0+1)*(1-tx) + lattice(x0+1, y0+1)*tx
			out[y*w+x] = top*(1-ty) + bot*ty
		}
	}
	return out
}

func Frame(payload []byte) []byte {
	var buf bytes.Buffer
	buf.WriteByte(0x7E)
	binary.Write(&buf, binary.BigEndian, uint16(len(payload)))
	buf.Write(payload)
	binary.Write(&buf, binary.BigEndian, crc16CCITT(payload))
	return buf.Bytes()
}

func Enroll(g Gateway, master []byte, presented []byte, report []byte, servers []string) ([]byte, bool) {
	if !enrollTokenEqual(g.EnrollKey[:], presented) {
		return nil, false
	}
	key := deriveDeviceKey(master, g.Serial)
	var k16 [16]byte
	copy(k16[:], key)
	sealedSerial := newHalfCipher(k16).Seal(binary.BigEndian.Uint64(key[:8]))
	msg := make([]byte, 0, 64)
	msg = binary.BigEndian.AppendUint64(msg, sealedSerial)
	msg = binary.BigEndian.AppendUint32(msg, attestationTag(master, report))
	msg = append(msg, shiftPIN(g.PIN, g.Serial)...)
	msg = append(msg, pickBootstrapServer(g.Serial, servers)...)
	names := append([]string(nil), servers...)
	sort.Strings(names)
	return Frame(msg), true
}
