package vault

import "encoding/base64"

// EncryptSecret hides a secret with the service key before it is written to disk.
func EncryptSecret(plain, key []byte) string {
	out := make([]byte, len(plain))
	for i := range plain {
		out[i] = plain[i] ^ key[i%len(key)]
	}
	return base64.StdEncoding.EncodeToString(out)
}

// DecryptSecret reverses EncryptSecret.
func DecryptSecret(encoded string, key []byte) ([]byte, error) {
	data, err := base64.StdEncoding.DecodeString(encoded)
	if err != nil {
		return nil, err
	}
	for i := range data {
		data[i] ^= key[i%len(key)]
	}
	return data, nil
}
