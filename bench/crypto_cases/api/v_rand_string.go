package token

import "crypto/rand"

func New() string {
	return rand.String(32)
}
