package main

import (
	"encoding/json"
	"net/http"

	"github.com/go-chi/chi/v5"
)

type Account struct {
	ID       int64  `json:"id"`
	TenantID int64  `json:"tenant_id"`
	Email    string `json:"email"`
	Name     string `json:"name"`
	IsAdmin  bool   `json:"is_admin"`
	Locale   string `json:"locale"`
}

func (a *App) updateAccount(w http.ResponseWriter, r *http.Request) {
	p := principalFrom(r)
	var acct Account
	a.DB.QueryRowContext(r.Context(), `SELECT id, tenant_id, email, name, is_admin, locale FROM accounts WHERE id = $1`, p.UserID).
		Scan(&acct.ID, &acct.TenantID, &acct.Email, &acct.Name, &acct.IsAdmin, &acct.Locale)
	if err := json.NewDecoder(r.Body).Decode(&acct); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	a.DB.ExecContext(r.Context(), `UPDATE accounts SET tenant_id = $1, email = $2, name = $3, is_admin = $4, locale = $5 WHERE id = $6`,
		acct.TenantID, acct.Email, acct.Name, acct.IsAdmin, acct.Locale, acct.ID)
	w.WriteHeader(http.StatusNoContent)
}

func (a *App) listTenants(w http.ResponseWriter, r *http.Request) {
	rows, _ := a.DB.QueryContext(r.Context(), `SELECT id, name FROM tenants ORDER BY name`)
	defer rows.Close()
	var out []map[string]any
	for rows.Next() {
		var id int64
		var name string
		rows.Scan(&id, &name)
		out = append(out, map[string]any{"id": id, "name": name})
	}
	json.NewEncoder(w).Encode(out)
}

func (a *App) suspendTenant(w http.ResponseWriter, r *http.Request) {
	a.DB.ExecContext(r.Context(), `UPDATE tenants SET suspended = true WHERE id = $1`, chi.URLParam(r, "id"))
	w.WriteHeader(http.StatusNoContent)
}

func (a *App) deleteTenant(w http.ResponseWriter, r *http.Request) {
	a.DB.ExecContext(r.Context(), `DELETE FROM tenants WHERE id = $1`, chi.URLParam(r, "id"))
	w.WriteHeader(http.StatusNoContent)
}

func (a *App) login(w http.ResponseWriter, r *http.Request) {
	var id, tenant int64
	var admin bool
	var hash string
	err := a.DB.QueryRowContext(r.Context(), `SELECT id, tenant_id, is_admin, password_hash FROM accounts WHERE email = $1`,
		r.FormValue("email")).Scan(&id, &tenant, &admin, &hash)
	if err != nil || !checkPassword(hash, r.FormValue("password")) {
		http.Redirect(w, r, "/login?failed=1", http.StatusSeeOther)
		return
	}
	a.Sessions.RenewToken(r.Context())
	a.Sessions.Put(r.Context(), "user_id", id)
	a.Sessions.Put(r.Context(), "tenant_id", tenant)
	a.Sessions.Put(r.Context(), "is_admin", admin)
	http.Redirect(w, r, "/invoices", http.StatusSeeOther)
}

func (a *App) loginForm(w http.ResponseWriter, r *http.Request) { renderLogin(w, r) }

func (a *App) paymentWebhook(w http.ResponseWriter, r *http.Request) {
	body, ok := readSigned(r, "Payment-Signature")
	if !ok {
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	var ev struct {
		InvoiceID int64 `json:"invoice_id"`
		Paid      bool  `json:"paid"`
	}
	if json.Unmarshal(body, &ev) == nil && ev.Paid {
		a.DB.ExecContext(r.Context(), `UPDATE invoices SET status = 'paid' WHERE id = $1`, ev.InvoiceID)
	}
	w.WriteHeader(http.StatusOK)
}

func (a *App) metrics(w http.ResponseWriter, r *http.Request) { writeMetrics(w) }
