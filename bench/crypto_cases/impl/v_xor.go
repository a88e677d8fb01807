package secure

func Encrypt(plaintext, key []byte) []byte {
	out := make([]byte, len(plaintext))
	for i, b := range plaintext {
		out[i] = b ^ key[i%len(key)]
	}
	return out
}
