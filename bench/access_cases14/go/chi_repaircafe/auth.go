package main

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"net"
	"net/http"
	"strings"

	"github.com/alexedwards/scs/v2"
)

type ctxKey string

const visitorKey ctxKey = "visitor"

var sessions = scs.New()

func visitorFrom(ctx context.Context) *Visitor {
	v, _ := ctx.Value(visitorKey).(*Visitor)
	return v
}

func (h *Handlers) requireAuth(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := sessions.GetInt64(r.Context(), "visitorID")
		if id == 0 {
			http.Error(w, "sign in", http.StatusUnauthorized)
			return
		}
		v, err := h.store.VisitorByID(r.Context(), id)
		if err != nil || v.Banned {
			http.Error(w, "sign in", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), visitorKey, v)))
	})
}

func requireFixer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		v := visitorFrom(r.Context())
		if v == nil || !(v.IsFixer || v.IsHost) {
			http.Error(w, "fixers only", http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func requireHost(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if v := visitorFrom(r.Context()); v == nil || !v.IsHost {
			http.Error(w, "hosts only", http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}

type kioskSession struct {
	VisitorID int64  `json:"vid"`
	Name      string `json:"name"`
}

// kioskVisitor lets the sign-in tablet at the door act for the visitor it registered.
func (h *Handlers) kioskVisitor(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c, err := r.Cookie("kiosk")
		if err != nil {
			http.Error(w, "register at the door", http.StatusUnauthorized)
			return
		}
		raw, err := base64.RawURLEncoding.DecodeString(c.Value)
		var ks kioskSession
		if err != nil || json.Unmarshal(raw, &ks) != nil || ks.VisitorID == 0 {
			http.Error(w, "register at the door", http.StatusUnauthorized)
			return
		}
		v, err := h.store.VisitorByID(r.Context(), ks.VisitorID)
		if err != nil {
			http.Error(w, "unknown visitor", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), visitorKey, v)))
	})
}

// workshopOnly keeps the parts-order endpoint on the workshop network.
func workshopOnly(next http.Handler) http.Handler {
	_, workshop, _ := net.ParseCIDR("192.168.40.0/24")
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		addr := r.RemoteAddr
		if fwd := r.Header.Get("X-Forwarded-For"); fwd != "" {
			addr = strings.TrimSpace(strings.Split(fwd, ",")[0])
		}
		host, _, err := net.SplitHostPort(addr)
		if err != nil {
			host = addr
		}
		ip := net.ParseIP(host)
		if ip == nil || !workshop.Contains(ip) {
			http.Error(w, "workshop network only", http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}
