package main

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"html/template"
	"io"
	"net"
	"net/http"
	"strings"

	"github.com/gorilla/csrf"
	"golang.org/x/crypto/bcrypt"
)

type ctxKey int

const userKey ctxKey = 1

type User struct {
	ID           int64  `db:"id"`
	Email        string `db:"email"`
	PasswordHash string `db:"password_hash"`
	IsStaff      bool   `db:"is_staff"`
}

var loginTmpl = template.Must(template.New("login").Parse(`<form method="post" action="/login">
{{ .CSRF }}<input name="email"><input name="password" type="password"><button>Sign in</button></form>`))

func userFrom(ctx context.Context) *User {
	u, _ := ctx.Value(userKey).(*User)
	return u
}

func (a *App) requireUser(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := a.sessions.GetInt64(r.Context(), "user_id")
		if id == 0 {
			http.Redirect(w, r, "/login", http.StatusSeeOther)
			return
		}
		var u User
		err := a.db.GetContext(r.Context(), &u,
			`SELECT id, email, password_hash, is_staff FROM users WHERE id = $1 AND disabled = false`, id)
		if err != nil {
			a.sessions.Destroy(r.Context())
			http.Redirect(w, r, "/login", http.StatusSeeOther)
			return
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), userKey, &u)))
	})
}

func (a *App) requireStaff(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if u := userFrom(r.Context()); u == nil || !u.IsStaff {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func (a *App) fromOpsNetwork(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		client := r.Header.Get("X-Forwarded-For")
		if i := strings.IndexByte(client, ','); i >= 0 {
			client = client[:i]
		}
		ip := net.ParseIP(strings.TrimSpace(client))
		for _, cidr := range a.opsNetworks {
			_, network, err := net.ParseCIDR(cidr)
			if err == nil && ip != nil && network.Contains(ip) {
				next.ServeHTTP(w, r)
				return
			}
		}
		http.Error(w, "forbidden", http.StatusForbidden)
	})
}

func (a *App) loginPage(w http.ResponseWriter, r *http.Request) {
	_ = loginTmpl.Execute(w, map[string]any{"CSRF": csrf.TemplateField(r)})
}

func (a *App) login(w http.ResponseWriter, r *http.Request) {
	email := strings.ToLower(strings.TrimSpace(r.PostFormValue("email")))
	var u User
	err := a.db.GetContext(r.Context(), &u,
		`SELECT id, email, password_hash, is_staff FROM users WHERE email = $1 AND disabled = false`, email)
	if errors.Is(err, sql.ErrNoRows) ||
		(err == nil && bcrypt.CompareHashAndPassword([]byte(u.PasswordHash), []byte(r.PostFormValue("password"))) != nil) {
		http.Error(w, "invalid credentials", http.StatusUnauthorized)
		return
	}
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	if err := a.sessions.RenewToken(r.Context()); err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	a.sessions.Put(r.Context(), "user_id", u.ID)
	http.Redirect(w, r, "/accounts", http.StatusSeeOther)
}

func (a *App) logout(w http.ResponseWriter, r *http.Request) {
	_ = a.sessions.Destroy(r.Context())
	http.Redirect(w, r, "/login", http.StatusSeeOther)
}

func (a *App) verifyStripe(r *http.Request) ([]byte, bool) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		return nil, false
	}
	var timestamp, signature string
	for _, part := range strings.Split(r.Header.Get("Stripe-Signature"), ",") {
		key, value, _ := strings.Cut(part, "=")
		switch key {
		case "t":
			timestamp = value
		case "v1":
			signature = value
		}
	}
	mac := hmac.New(sha256.New, a.webhookSecret)
	mac.Write([]byte(timestamp + "." + string(body)))
	expected := hex.EncodeToString(mac.Sum(nil))
	return body, signature != "" && hmac.Equal([]byte(expected), []byte(signature))
}
