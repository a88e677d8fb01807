package main

import (
	"context"
	"net"
	"net/http"
	"strings"

	"github.com/gorilla/csrf"
)

type ctxKey string

const principalKey ctxKey = "principal"

type Principal struct {
	UserID   int64
	TenantID int64
	IsAdmin  bool
}

func (a *App) requireUser(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		uid := a.Sessions.GetInt64(r.Context(), "user_id")
		if uid == 0 {
			http.Redirect(w, r, "/login", http.StatusSeeOther)
			return
		}
		p := &Principal{
			UserID:   uid,
			TenantID: a.Sessions.GetInt64(r.Context(), "tenant_id"),
			IsAdmin:  a.Sessions.GetBool(r.Context(), "is_admin"),
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), principalKey, p)))
	})
}

func (a *App) requireAdmin(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p, _ := r.Context().Value(principalKey).(*Principal)
		if p == nil || !p.IsAdmin {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func principalFrom(r *http.Request) *Principal {
	p, _ := r.Context().Value(principalKey).(*Principal)
	return p
}

func activeTenant(r *http.Request) int64 {
	if c, err := r.Cookie("active_tenant"); err == nil {
		if id, err := parseID(c.Value); err == nil {
			return id
		}
	}
	return principalFrom(r).TenantID
}

func (a *App) skipCSRFForJSON(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.Header.Get("Content-Type"), "application/json") {
			r = csrf.UnsafeSkipCheck(r)
		}
		next.ServeHTTP(w, r)
	})
}

func (a *App) internalOnly(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ip := r.Header.Get("X-Real-IP")
		if ip == "" {
			ip, _, _ = net.SplitHostPort(r.RemoteAddr)
		}
		if !strings.HasPrefix(ip, "10.") {
			http.NotFound(w, r)
			return
		}
		h(w, r)
	}
}
