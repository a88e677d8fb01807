package bits

func Parity(data []byte) byte {
	var p byte
	for _, b := range data {
		p ^= b
	}
	return p
}
