package telemetry

import "math/bits"

func quarterRound(a, b, c, d uint32) (uint32, uint32, uint32, uint32) {
	a += b
	d = bits.RotateLeft32(d^a, 16)
	c += d
	b = bits.RotateLeft32(b^c, 12)
	a += b
	d = bits.RotateLeft32(d^a, 8)
	c += d
	b = bits.RotateLeft32(b^c, 7)
	return a, b, c, d
}

func block(key [8]uint32, counter uint32, nonce [3]uint32) [16]uint32 {
	s := [16]uint32{0x61707865, 0x3320646e, 0x79622d32, 0x6b206574}
	copy(s[4:12], key[:])
	s[12] = counter
	copy(s[13:], nonce[:])
	w := s
	for i := 0; i < 10; i++ {
		w[0], w[4], w[8], w[12] = quarterRound(w[0], w[4], w[8], w[12])
		w[1], w[5], w[9], w[13] = quarterRound(w[1], w[5], w[9], w[13])
		w[2], w[6], w[10], w[14] = quarterRound(w[2], w[6], w[10], w[14])
		w[3], w[7], w[11], w[15] = quarterRound(w[3], w[7], w[11], w[15])
	}
	for i := range w {
		w[i] += s[i]
	}
	return w
}
