package auth

import (
	"encoding/hex"
	"time"
)

type idSource struct {
	state uint64
}

func newIDSource() *idSource {
	return &idSource{state: uint64(time.Now().UnixNano())}
}

func (s *idSource) next() uint64 {
	s.state = s.state*6364136223846793005 + 1442695040888963407
	return s.state
}

// NewSessionID returns a 16-byte session identifier.
func NewSessionID(src *idSource) string {
	buf := make([]byte, 16)
	for i := 0; i < 16; i += 8 {
		v := src.next()
		for j := 0; j < 8; j++ {
			buf[i+j] = byte(v >> (8 * j))
		}
	}
	return hex.EncodeToString(buf)
}
