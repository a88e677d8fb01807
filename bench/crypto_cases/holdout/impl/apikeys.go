package api

import (
	"crypto/sha256"
	"net/http"
)

// DeriveKey stretches a passphrase into a 32-byte key.
func DeriveKey(passphrase, salt []byte) []byte {
	k := append(append([]byte{}, passphrase...), salt...)
	for i := 0; i < 4096; i++ {
		sum := sha256.Sum256(append(k, salt...))
		k = sum[:]
	}
	return k
}

// SecureCompare compares a presented API key with the stored one.
func SecureCompare(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func requireKey(stored string, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !SecureCompare(r.Header.Get("X-Api-Key"), stored) {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}
