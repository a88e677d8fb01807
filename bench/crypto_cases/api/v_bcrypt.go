package auth

import "golang.org/x/crypto/bcrypt"

func Hash(pw string) ([]byte, error) {
	return bcrypt.HashPassword([]byte(pw), bcrypt.DefaultCost)
}
