package web

import (
	"crypto/subtle"
	"database/sql"
	"net/http"

	"github.com/gorilla/sessions"
)

type Handler struct {
	DB    *sql.DB
	Store sessions.Store
}

func (h *Handler) UpdatePayout(w http.ResponseWriter, r *http.Request) {
	sess, _ := h.Store.Get(r, "fleet")
	driverID, ok := sess.Values["driver_id"].(string)
	if !ok {
		http.Redirect(w, r, "/login", http.StatusSeeOther)
		return
	}
	if r.FormValue("csrf_token") != r.Header.Get("X-CSRF-Token") {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	_, err := h.DB.ExecContext(r.Context(), "UPDATE drivers SET payout_iban = $1 WHERE id = $2", r.FormValue("iban"), driverID)
	if err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/payouts", http.StatusSeeOther)
}

func (h *Handler) UpdateEmail(w http.ResponseWriter, r *http.Request) {
	sess, _ := h.Store.Get(r, "fleet")
	driverID, ok := sess.Values["driver_id"].(string)
	expected, _ := sess.Values["csrf"].(string)
	if !ok {
		http.Redirect(w, r, "/login", http.StatusSeeOther)
		return
	}
	if expected == "" || subtle.ConstantTimeCompare([]byte(r.FormValue("csrf_token")), []byte(expected)) != 1 {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	_, err := h.DB.ExecContext(r.Context(), "UPDATE drivers SET email = $1 WHERE id = $2", r.FormValue("email"), driverID)
	if err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/settings", http.StatusSeeOther)
}
