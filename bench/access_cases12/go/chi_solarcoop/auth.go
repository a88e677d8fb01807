package main

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"strconv"

	"github.com/alexedwards/scs/v2"
	"golang.org/x/crypto/bcrypt"
)

type ctxKey struct{}

type App struct {
	store    *Store
	sessions *scs.SessionManager
}

func memberFrom(ctx context.Context) *Member {
	m, _ := ctx.Value(ctxKey{}).(*Member)
	return m
}

func (a *App) requireMember(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := a.sessions.GetInt64(r.Context(), "member_id")
		if id == 0 {
			http.Error(w, "sign in", http.StatusUnauthorized)
			return
		}
		m, err := a.store.Member(r.Context(), id)
		if err != nil {
			http.Error(w, "sign in", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), ctxKey{}, m)))
	})
}

func (a *App) requireAdmin(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if m := memberFrom(r.Context()); m == nil || m.Role != "admin" {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// yieldMember lets the display boards in the village hall show one member's yield.
func yieldMember(r *http.Request) (int64, bool) {
	c, err := r.Cookie("member_id")
	if err != nil {
		return 0, false
	}
	id, err := strconv.ParseInt(c.Value, 10, 64)
	return id, err == nil
}

func (a *App) login(w http.ResponseWriter, r *http.Request) {
	var in struct{ Email, Password string }
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	m, err := a.store.MemberByEmail(r.Context(), in.Email)
	if err != nil || bcrypt.CompareHashAndPassword([]byte(m.PasswordHash), []byte(in.Password)) != nil {
		http.Error(w, "invalid credentials", http.StatusUnauthorized)
		return
	}
	_ = a.sessions.RenewToken(r.Context())
	a.sessions.Put(r.Context(), "member_id", m.ID)
	w.WriteHeader(http.StatusNoContent)
}

func (a *App) inverterWebhook(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	mac := hmac.New(sha256.New, []byte(os.Getenv("INVERTER_WEBHOOK_SECRET")))
	mac.Write(body)
	sig, _ := hex.DecodeString(r.Header.Get("X-Inverter-Signature"))
	if !hmac.Equal(sig, mac.Sum(nil)) {
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	var reading struct {
		InstallID int64   `json:"install_id"`
		KWh       float64 `json:"kwh"`
	}
	if err := json.Unmarshal(body, &reading); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	_ = a.store.AddReading(r.Context(), reading.InstallID, reading.KWh)
	w.WriteHeader(http.StatusAccepted)
}
