package main

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"

	"golang.org/x/crypto/argon2"
	"golang.org/x/crypto/chacha20poly1305"
)

func run(key, msg []byte) {
	mac := hmac.New(sha256.New, key)
	_ = subtle.ConstantTimeCompare(mac.Sum(nil), msg)
	buf := make([]byte, 32)
	_, _ = rand.Read(buf)
	_ = argon2.IDKey(msg, buf, 1, 64*1024, 4, 32)
	_, _ = chacha20poly1305.NewX(key)
}
