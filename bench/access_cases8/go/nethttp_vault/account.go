package main

import (
	"encoding/json"
	"net/http"
	"strings"

	"golang.org/x/crypto/bcrypt"
)

func (a *App) login(w http.ResponseWriter, r *http.Request) {
	email := strings.ToLower(strings.TrimSpace(r.FormValue("email")))
	var id int64
	var hash string
	err := a.db.QueryRowContext(r.Context(), `SELECT id, password_hash FROM users WHERE email = $1`, email).Scan(&id, &hash)
	if err != nil || bcrypt.CompareHashAndPassword([]byte(hash), []byte(r.FormValue("password"))) != nil {
		http.Error(w, "invalid credentials", http.StatusUnauthorized)
		return
	}
	sess, _ := a.store.Get(r, "vault")
	sess.Values["user_id"] = id
	sess.Save(r, w)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (a *App) logout(w http.ResponseWriter, r *http.Request) {
	sess, _ := a.store.Get(r, "vault")
	sess.Options.MaxAge = -1
	sess.Save(r, w)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (a *App) requestPasswordReset(w http.ResponseWriter, r *http.Request) {
	email := strings.ToLower(strings.TrimSpace(r.FormValue("email")))
	go a.sendResetMail(email)
	w.WriteHeader(http.StatusAccepted)
}

func (a *App) getAccount(w http.ResponseWriter, r *http.Request) {
	json.NewEncoder(w).Encode(currentUser(r))
}

func (a *App) updateAccount(w http.ResponseWriter, r *http.Request) {
	u := currentUser(r)
	var in User
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	_, err := a.db.ExecContext(r.Context(),
		`UPDATE users SET email = $1, display_name = $2, role = $3, quota_mb = $4 WHERE id = $5`,
		in.Email, in.DisplayName, in.Role, in.QuotaMB, u.ID)
	if err != nil {
		http.Error(w, "db error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (a *App) adminListUsers(w http.ResponseWriter, r *http.Request) {
	rows, err := a.db.QueryContext(r.Context(), `SELECT id, email, display_name, role, quota_mb FROM users ORDER BY id`)
	if err != nil {
		http.Error(w, "db error", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	var users []User
	for rows.Next() {
		var u User
		rows.Scan(&u.ID, &u.Email, &u.DisplayName, &u.Role, &u.QuotaMB)
		users = append(users, u)
	}
	json.NewEncoder(w).Encode(users)
}

func (a *App) adminSetRole(w http.ResponseWriter, r *http.Request) {
	var body struct {
		Role string `json:"role"`
	}
	json.NewDecoder(r.Body).Decode(&body)
	if body.Role != "member" && body.Role != "admin" {
		http.Error(w, "bad role", http.StatusBadRequest)
		return
	}
	a.db.ExecContext(r.Context(), `UPDATE users SET role = $1 WHERE id = $2`, body.Role, r.PathValue("id"))
	w.WriteHeader(http.StatusNoContent)
}

func (a *App) adminPurgeUser(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	tx, err := a.db.BeginTx(r.Context(), nil)
	if err != nil {
		http.Error(w, "db error", http.StatusInternalServerError)
		return
	}
	tx.ExecContext(r.Context(), `DELETE FROM documents WHERE owner_id = $1`, id)
	tx.ExecContext(r.Context(), `DELETE FROM users WHERE id = $1`, id)
	if err := tx.Commit(); err != nil {
		http.Error(w, "db error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
