package bridge

import (
	"crypto/rand"
	"encoding/binary"
	"hash/fnv"
	"io"
	"sort"
	"strconv"
)

func writeMaskedFrame(w io.Writer, opcode byte, payload []byte) error {
	header := []byte{0x80 | opcode}
	switch {
	case len(payload) < 126:
		header = append(header, 0x80|byte(len(payload)))
	case len(payload) <= 0xFFFF:
		header = append(header, 0x80|126, byte(len(payload)>>8), byte(len(payload)))
	default:
		header = append(header, 0x80|127)
		header = binary.BigEndian.AppendUint64(header, uint64(len(payload)))
	}
	var mask [4]byte
	if _, err := rand.Read(mask[:]); err != nil {
		return err
	}
	header = append(header, mask[:]...)
	masked := make([]byte, len(payload))
	for i, b := range payload {
		masked[i] = b ^ mask[i%4]
	}
	if _, err := w.Write(header); err != nil {
		return err
	}
	_, err := w.Write(masked)
	return err
}

type Shards struct {
	points []uint32
	owner  map[uint32]string
}

func NewShards(nodes []string, vnodes int) *Shards {
	s := &Shards{owner: make(map[uint32]string)}
	for _, n := range nodes {
		for v := 0; v < vnodes; v++ {
			h := fnv.New32a()
			h.Write([]byte(n + "#" + strconv.Itoa(v)))
			p := h.Sum32()
			s.points = append(s.points, p)
			s.owner[p] = n
		}
	}
	sort.Slice(s.points, func(i, j int) bool { return s.points[i] < s.points[j] })
	return s
}

func (s *Shards) Owner(room string) string {
	h := fnv.New32a()
	h.Write([]byte(room))
	key := h.Sum32()
	i := sort.Search(len(s.points), func(i int) bool { return s.points[i] >= key })
	if i == len(s.points) {
		i = 0
	}
	return s.owner[s.points[i]]
}

func appendDeltas(dst []byte, values []int64) []byte {
	var prev int64
	for _, v := range values {
		dst = binary.AppendVarint(dst, v-prev)
		prev = v
	}
	return dst
}

func readDeltas(src []byte) []int64 {
	var out []int64
	var prev int64
	for len(src) > 0 {
		d, n := binary.Varint(src)
		if n <= 0 {
			break
		}
		prev += d
		out = append(out, prev)
		src = src[n:]
	}
	return out
}
