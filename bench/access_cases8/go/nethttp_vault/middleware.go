package main

import (
	"context"
	"net/http"
)

type ctxKey int

const userKey ctxKey = 1

type User struct {
	ID          int64  `json:"id"`
	Email       string `json:"email"`
	DisplayName string `json:"display_name"`
	Role        string `json:"role"`
	QuotaMB     int    `json:"quota_mb"`
}

func (a *App) sessionUserID(r *http.Request) (int64, bool) {
	sess, err := a.store.Get(r, "vault")
	if err != nil {
		return 0, false
	}
	id, ok := sess.Values["user_id"].(int64)
	return id, ok
}

func (a *App) requireLogin(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id, ok := a.sessionUserID(r)
		if !ok {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		var u User
		err := a.db.QueryRowContext(r.Context(),
			`SELECT id, email, display_name, role, quota_mb FROM users WHERE id = $1`, id).
			Scan(&u.ID, &u.Email, &u.DisplayName, &u.Role, &u.QuotaMB)
		if err != nil {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), userKey, &u)))
	})
}

func currentUser(r *http.Request) *User {
	u, _ := r.Context().Value(userKey).(*User)
	return u
}

func (a *App) requireAdmin(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		role, err := r.Cookie("vault_role")
		if err != nil || role.Value != "admin" {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}
