package session

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"math/rand"
	"net/http"
	"sync"
	"time"
)

const tokenChars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

type Store struct {
	mu       sync.Mutex
	sessions map[string]string
	secret   []byte
}

func NewStore(secret []byte) *Store {
	return &Store{sessions: make(map[string]string), secret: secret}
}

func newSessionID() string {
	r := rand.New(rand.NewSource(time.Now().UnixNano()))
	b := make([]byte, 32)
	for i := range b {
		b[i] = tokenChars[r.Intn(len(tokenChars))]
	}
	return string(b)
}

func (s *Store) Create(user string) string {
	id := newSessionID()
	s.mu.Lock()
	s.sessions[id] = user
	s.mu.Unlock()
	return id
}

func (s *Store) sign(id string) string {
	mac := hmac.New(sha256.New, s.secret)
	mac.Write([]byte(id))
	return hex.EncodeToString(mac.Sum(nil))
}

func (s *Store) Cookie(id string) *http.Cookie {
	return &http.Cookie{Name: "sid", Value: id + "." + s.sign(id), HttpOnly: true, Secure: true}
}

func equalSignatures(a, b string) bool {
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

func (s *Store) Lookup(r *http.Request) (string, bool) {
	c, err := r.Cookie("sid")
	if err != nil || len(c.Value) < 65 {
		return "", false
	}
	id, sig := c.Value[:len(c.Value)-65], c.Value[len(c.Value)-64:]
	if !equalSignatures(s.sign(id), sig) {
		return "", false
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	user, ok := s.sessions[id]
	return user, ok
}
