package main

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"net"
	"net/http"
	"strconv"
	"strings"
)

type ctxKey int

const donorKey ctxKey = 1

type Session struct {
	DonorID int64
	Staff   bool
}

type Auth struct {
	secret []byte
	store  *Store
}

func (a *Auth) sessionFrom(r *http.Request) (*Session, bool) {
	c, err := r.Cookie("bd_session")
	if err != nil {
		return nil, false
	}
	id, sig, ok := strings.Cut(c.Value, ".")
	if !ok {
		return nil, false
	}
	mac := hmac.New(sha256.New, a.secret)
	mac.Write([]byte(id))
	want := hex.EncodeToString(mac.Sum(nil))
	if !hmac.Equal([]byte(sig), []byte(want)) {
		return nil, false
	}
	donorID, err := strconv.ParseInt(id, 10, 64)
	if err != nil {
		return nil, false
	}
	staff, err := a.store.IsStaff(r.Context(), donorID)
	if err != nil {
		return nil, false
	}
	return &Session{DonorID: donorID, Staff: staff}, true
}

func (a *Auth) RequireDonor(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		s, ok := a.sessionFrom(r)
		if !ok {
			http.Error(w, "sign in", http.StatusUnauthorized)
			return
		}
		next(w, r.WithContext(context.WithValue(r.Context(), donorKey, s)))
	}
}

func (a *Auth) RequireStaff(next http.HandlerFunc) http.HandlerFunc {
	return a.RequireDonor(func(w http.ResponseWriter, r *http.Request) {
		if !session(r).Staff {
			http.Error(w, "staff only", http.StatusForbidden)
			return
		}
		next(w, r)
	})
}

func ClinicNetworkOnly(next http.HandlerFunc) http.HandlerFunc {
	_, clinicNet, _ := net.ParseCIDR("10.40.0.0/16")
	return func(w http.ResponseWriter, r *http.Request) {
		addr := r.Header.Get("X-Forwarded-For")
		if addr == "" {
			addr, _, _ = net.SplitHostPort(r.RemoteAddr)
		}
		ip := net.ParseIP(strings.TrimSpace(strings.Split(addr, ",")[0]))
		if ip == nil || !clinicNet.Contains(ip) {
			http.Error(w, "clinic network only", http.StatusForbidden)
			return
		}
		next(w, r)
	}
}

func session(r *http.Request) *Session {
	return r.Context().Value(donorKey).(*Session)
}

func noDirListing(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "" || strings.HasSuffix(r.URL.Path, "/") {
			http.NotFound(w, r)
			return
		}
		next.ServeHTTP(w, r)
	})
}
