// Package windfarm is the SCADA bridge of a community wind farm.
package windfarm

import (
	"crypto/sha1"
	"crypto/sha256"
	"encoding/binary"
	"math/big"
	"math/rand"
)

// commandStream hides turbine commands on the shared radio mast.
type commandStream struct {
	seed    []byte
	counter uint32
	buf     []byte
}

func (c *commandStream) next() byte {
	if len(c.buf) == 0 {
		var ctr [4]byte
		binary.BigEndian.PutUint32(ctr[:], c.counter)
		sum := sha1.Sum(append(append([]byte{}, c.seed...), ctr[:]...))
		c.buf = sum[:]
		c.counter++
	}
	b := c.buf[0]
	c.buf = c.buf[1:]
	return b
}

func (c *commandStream) Seal(cmd []byte) []byte {
	out := make([]byte, len(cmd))
	for i := range cmd {
		out[i] = cmd[i] ^ c.next()
	}
	return out
}

// CommandSigner signs curtailment orders sent to turbines.
type CommandSigner struct {
	N, D *big.Int
}

func (s CommandSigner) Sign(order []byte) *big.Int {
	h := sha256.Sum256(order)
	m := new(big.Int).SetBytes(h[:])
	return new(big.Int).Exp(m, s.D, s.N)
}

// GustSeries produces a reproducible wind series for load tests.
func GustSeries(seed int64, n int) []float64 {
	r := rand.New(rand.NewSource(seed))
	out := make([]float64, n)
	v := 9.0
	for i := range out {
		v += r.NormFloat64() * 0.8
		if v < 0 {
			v = 0
		}
		out[i] = v
	}
	return out
}

// ModbusCRC computes the CRC-16 trailer of a Modbus RTU frame.
func ModbusCRC(frame []byte) uint16 {
	crc := uint16(0xFFFF)
	for _, b := range frame {
		crc ^= uint16(b)
		for i := 0; i < 8; i++ {
			if crc&1 != 0 {
				crc = (crc >> 1) ^ 0xA001
			} else {
				crc >>= 1
			}
		}
	}
	return crc
}
