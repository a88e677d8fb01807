package main

import (
	"encoding/json"
	"net/http"
	"strconv"

	"github.com/go-chi/chi/v5"
)

type Invoice struct {
	ID         int64  `json:"id"`
	TenantID   int64  `json:"tenant_id"`
	CustomerID int64  `json:"customer_id"`
	Number     string `json:"number"`
	Status     string `json:"status"`
	TotalCents int64  `json:"total_cents"`
}

func parseID(s string) (int64, error) { return strconv.ParseInt(s, 10, 64) }

func (a *App) listInvoices(w http.ResponseWriter, r *http.Request) {
	p := principalFrom(r)
	rows, err := a.DB.QueryContext(r.Context(),
		`SELECT id, tenant_id, customer_id, number, status, total_cents FROM invoices WHERE tenant_id = $1 ORDER BY id DESC`, p.TenantID)
	if err != nil {
		http.Error(w, "db", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	var out []Invoice
	for rows.Next() {
		var inv Invoice
		rows.Scan(&inv.ID, &inv.TenantID, &inv.CustomerID, &inv.Number, &inv.Status, &inv.TotalCents)
		out = append(out, inv)
	}
	json.NewEncoder(w).Encode(out)
}

func (a *App) showInvoice(w http.ResponseWriter, r *http.Request) {
	var inv Invoice
	err := a.DB.QueryRowContext(r.Context(),
		`SELECT id, tenant_id, customer_id, number, status, total_cents FROM invoices WHERE id = $1`, chi.URLParam(r, "id")).
		Scan(&inv.ID, &inv.TenantID, &inv.CustomerID, &inv.Number, &inv.Status, &inv.TotalCents)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	json.NewEncoder(w).Encode(inv)
}

func (a *App) sendInvoice(w http.ResponseWriter, r *http.Request) {
	p := principalFrom(r)
	res, err := a.DB.ExecContext(r.Context(),
		`UPDATE invoices SET status = 'sent', sent_at = now() WHERE id = $1 AND tenant_id = $2 AND status = 'draft'`,
		chi.URLParam(r, "id"), p.TenantID)
	if n, _ := res.RowsAffected(); err != nil || n == 0 {
		http.NotFound(w, r)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (a *App) addLine(w http.ResponseWriter, r *http.Request) {
	var tenant int64
	id := chi.URLParam(r, "id")
	if err := a.DB.QueryRowContext(r.Context(), `SELECT tenant_id FROM invoices WHERE id = $1`, id).Scan(&tenant); err != nil ||
		tenant != principalFrom(r).TenantID {
		http.NotFound(w, r)
		return
	}
	var line struct {
		Description string `json:"description"`
		Cents       int64  `json:"cents"`
	}
	json.NewDecoder(r.Body).Decode(&line)
	a.DB.ExecContext(r.Context(), `INSERT INTO invoice_lines (invoice_id, description, cents) VALUES ($1, $2, $3)`, id, line.Description, line.Cents)
	w.WriteHeader(http.StatusCreated)
}

func (a *App) voidInvoice(w http.ResponseWriter, r *http.Request) {
	_, err := a.DB.ExecContext(r.Context(), `UPDATE invoices SET status = 'void' WHERE id = $1`, chi.URLParam(r, "id"))
	if err != nil {
		http.Error(w, "db", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (a *App) listCustomers(w http.ResponseWriter, r *http.Request) {
	rows, err := a.DB.QueryContext(r.Context(), `SELECT id, name, email FROM customers WHERE tenant_id = $1`, activeTenant(r))
	if err != nil {
		http.Error(w, "db", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	type customer struct {
		ID    int64  `json:"id"`
		Name  string `json:"name"`
		Email string `json:"email"`
	}
	var out []customer
	for rows.Next() {
		var c customer
		rows.Scan(&c.ID, &c.Name, &c.Email)
		out = append(out, c)
	}
	json.NewEncoder(w).Encode(out)
}
