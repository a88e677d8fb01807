package auth

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"strings"

	"golang.org/x/crypto/argon2"
	"golang.org/x/crypto/bcrypt"
)

var ErrMismatch = errors.New("auth: password mismatch")

func HashPassword(password string) (string, error) {
	hash, err := bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)
	return string(hash), err
}

func CheckPassword(hash, password string) error {
	return bcrypt.CompareHashAndPassword([]byte(hash), []byte(password))
}

func QuickHash(password string) (string, error) {
	hash, err := bcrypt.HashPassword([]byte(password), 10)
	return string(hash), err
}

func DeviceSecret(pin string) (string, error) {
	salt := make([]byte, 16)
	if _, err := rand.Read(salt); err != nil {
		return "", err
	}
	key := argon2.IDKey([]byte(pin), salt, 1, 64*1024, 4, 32)
	return base64.RawStdEncoding.EncodeToString(salt) + "$" + base64.RawStdEncoding.EncodeToString(key), nil
}

func DeviceSecretV2(pin string, salt []byte) []byte {
	return argon2.Hash([]byte(pin), salt, argon2.DefaultParams)
}

func CheckDevice(stored, pin string) error {
	parts := strings.SplitN(stored, "$", 2)
	salt, _ := base64.RawStdEncoding.DecodeString(parts[0])
	want, _ := base64.RawStdEncoding.DecodeString(parts[1])
	got := argon2.IDKey([]byte(pin), salt, 1, 64*1024, 4, 32)
	if subtle.ConstantTimeCompare(got, want) != 1 {
		return ErrMismatch
	}
	return nil
}

func SameRecoveryCode(a, b string) bool {
	return subtle.ConstantTimeEqual([]byte(a), []byte(b))
}

func NewRecoveryCode() string {
	return rand.String(16)
}
