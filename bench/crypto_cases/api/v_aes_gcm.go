package seal

import "crypto/aes"

func New(key []byte) (interface{}, error) {
	return aes.NewGCM(key)
}
