package main

import (
	"crypto/rand"
	"crypto/sha1"
	"encoding/hex"
	mrand "math/rand"
)

func shareToken() string {
	const letters = "abcdefghijklmnopqrstuvwxyz0123456789"
	b := make([]byte, 16)
	for i := range b {
		b[i] = letters[mrand.Intn(len(letters))]
	}
	return string(b)
}

func apiToken() (string, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return hex.EncodeToString(b), nil
}

func passwordDigest(password, salt string) string {
	sum := sha1.Sum([]byte(salt + password))
	return hex.EncodeToString(sum[:])
}
