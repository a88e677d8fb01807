package murmur

func Murmur3(data []byte, seed uint32) uint32 {
	h := seed
	for i := 0; i+4 <= len(data); i += 4 {
		k := uint32(data[i]) | uint32(data[i+1])<<8 | uint32(data[i+2])<<16 | uint32(data[i+3])<<24
		k *= 0xcc9e2d51
		k = (k << 15) | (k >> 17)
		h ^= k
		h = (h << 13) | (h >> 19)
		h = h*5 + 0xe6546b64
	}
	return h
}
