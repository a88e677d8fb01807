package main

import (
	"context"
	"net"
	"net/http"
	"strings"

	"github.com/golang-jwt/jwt/v5"
)

type ctxKey int

const skierKey ctxKey = iota

type Auth struct {
	key   []byte
	store *Store
}

type skierClaims struct {
	Role string `json:"role"`
	jwt.RegisteredClaims
}

func bearer(r *http.Request) string {
	return strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
}

func (a *Auth) RequireSkier(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		claims := &skierClaims{}
		_, err := jwt.ParseWithClaims(bearer(r), claims, func(t *jwt.Token) (any, error) { return a.key, nil },
			jwt.WithValidMethods([]string{"HS256"}), jwt.WithIssuer("pinecrest-liftpass"))
		if err != nil {
			http.Error(w, "unauthorised", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), skierKey, claims)))
	})
}

func (a *Auth) RequireRole(role string) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			claims := skierFrom(r)
			staffRole, err := a.store.StaffRole(r.Context(), claims.Subject)
			if err != nil || staffRole != role {
				http.Error(w, "forbidden", http.StatusForbidden)
				return
			}
			next.ServeHTTP(w, r)
		})
	}
}

func (a *Auth) GateScanner(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		claims := &skierClaims{}
		if _, _, err := jwt.NewParser().ParseUnverified(r.Header.Get("X-Gate-Token"), claims); err != nil || claims.Role != "gate" {
			http.Error(w, "unknown gate", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), skierKey, claims)))
	})
}

var opsNet = mustCIDR("172.20.0.0/16")

func mustCIDR(s string) *net.IPNet {
	_, n, err := net.ParseCIDR(s)
	if err != nil {
		panic(err)
	}
	return n
}

func opsNetworkOnly(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		addr := r.Header.Get("X-Forwarded-For")
		if addr == "" {
			addr, _, _ = net.SplitHostPort(r.RemoteAddr)
		}
		ip := net.ParseIP(strings.TrimSpace(strings.Split(addr, ",")[0]))
		if ip == nil || !opsNet.Contains(ip) {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func skierFrom(r *http.Request) *skierClaims {
	return r.Context().Value(skierKey).(*skierClaims)
}
