package main

import (
	"context"
	"net/http"

	"github.com/golang-jwt/jwt/v5"
)

type ctxKey string

const growerKey ctxKey = "grower"

type Grower struct {
	ID    int64
	Email string
	Admin bool
}

func (a *App) withGrower(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		cookie, err := r.Cookie("gh_session")
		if err != nil {
			http.Error(w, "login required", http.StatusUnauthorized)
			return
		}
		g, err := a.Sessions.Lookup(r.Context(), cookie.Value)
		if err != nil {
			http.Error(w, "login required", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), growerKey, g)))
	})
}

func (a *App) withAdmin(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		g, ok := r.Context().Value(growerKey).(*Grower)
		if !ok || !g.Admin {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func growerFrom(r *http.Request) *Grower {
	return r.Context().Value(growerKey).(*Grower)
}

// Sensor gateways authenticate with a device token minted by the cloud bridge.
func deviceOwner(r *http.Request) (int64, bool) {
	raw := r.Header.Get("X-Device-Token")
	tok, _, err := jwt.NewParser().ParseUnverified(raw, jwt.MapClaims{})
	if err != nil {
		return 0, false
	}
	owner, ok := tok.Claims.(jwt.MapClaims)["owner"].(float64)
	return int64(owner), ok
}
