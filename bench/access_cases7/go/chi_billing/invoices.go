package main

import (
	"database/sql"
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"time"

	"github.com/go-chi/chi/v5"
)

type Account struct {
	ID   int64  `db:"id" json:"id"`
	Name string `db:"name" json:"name"`
	Plan string `db:"plan" json:"plan"`
}

type Invoice struct {
	ID          int64      `db:"id" json:"id"`
	AccountID   int64      `db:"account_id" json:"accountId"`
	Number      string     `db:"number" json:"number"`
	AmountCents int64      `db:"amount_cents" json:"amountCents"`
	Currency    string     `db:"currency" json:"currency"`
	Status      string     `db:"status" json:"status"`
	IssuedAt    time.Time  `db:"issued_at" json:"issuedAt"`
	PaidAt      *time.Time `db:"paid_at" json:"paidAt,omitempty"`
	PDFPath     string     `db:"pdf_path" json:"-"`
}

type PaymentMethod struct {
	ID     int64  `db:"id" json:"id"`
	UserID int64  `db:"user_id" json:"-"`
	Brand  string `db:"brand" json:"brand"`
	Last4  string `db:"last4" json:"last4"`
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func pathID(r *http.Request, name string) (int64, bool) {
	id, err := strconv.ParseInt(chi.URLParam(r, name), 10, 64)
	return id, err == nil && id > 0
}

func (a *App) listAccounts(w http.ResponseWriter, r *http.Request) {
	var accounts []Account
	err := a.db.SelectContext(r.Context(), &accounts, `
		SELECT a.id, a.name, a.plan FROM accounts a
		JOIN memberships m ON m.account_id = a.id
		WHERE m.user_id = $1 ORDER BY a.name`, userFrom(r.Context()).ID)
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusOK, accounts)
}

func (a *App) listInvoices(w http.ResponseWriter, r *http.Request) {
	accountID, ok := pathID(r, "accountID")
	if !ok {
		http.NotFound(w, r)
		return
	}
	var invoices []Invoice
	err := a.db.SelectContext(r.Context(), &invoices, `
		SELECT i.* FROM invoices i
		JOIN memberships m ON m.account_id = i.account_id AND m.user_id = $2
		WHERE i.account_id = $1 ORDER BY i.issued_at DESC`, accountID, userFrom(r.Context()).ID)
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusOK, invoices)
}

func (a *App) getInvoice(w http.ResponseWriter, r *http.Request) {
	invoiceID, ok := pathID(r, "invoiceID")
	if !ok {
		http.NotFound(w, r)
		return
	}
	var inv Invoice
	err := a.db.GetContext(r.Context(), &inv, `SELECT * FROM invoices WHERE id = $1`, invoiceID)
	if errors.Is(err, sql.ErrNoRows) {
		http.NotFound(w, r)
		return
	}
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusOK, inv)
}

func (a *App) isMember(r *http.Request, accountID int64) bool {
	var member bool
	err := a.db.GetContext(r.Context(), &member,
		`SELECT EXISTS (SELECT 1 FROM memberships WHERE account_id = $1 AND user_id = $2)`,
		accountID, userFrom(r.Context()).ID)
	return err == nil && member
}

func (a *App) invoicePDF(w http.ResponseWriter, r *http.Request) {
	invoiceID, ok := pathID(r, "invoiceID")
	if !ok {
		http.NotFound(w, r)
		return
	}
	var inv Invoice
	if err := a.db.GetContext(r.Context(), &inv, `SELECT * FROM invoices WHERE id = $1`, invoiceID); err != nil {
		http.NotFound(w, r)
		return
	}
	if !a.isMember(r, inv.AccountID) {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "application/pdf")
	http.ServeFile(w, r, inv.PDFPath)
}

func (a *App) payInvoice(w http.ResponseWriter, r *http.Request) {
	invoiceID, ok := pathID(r, "invoiceID")
	if !ok {
		http.NotFound(w, r)
		return
	}
	res, err := a.db.ExecContext(r.Context(), `
		UPDATE invoices SET status = 'processing'
		WHERE id = $1 AND status = 'open'
		  AND account_id IN (SELECT account_id FROM memberships WHERE user_id = $2 AND role = 'billing')`,
		invoiceID, userFrom(r.Context()).ID)
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	if n, _ := res.RowsAffected(); n == 0 {
		http.NotFound(w, r)
		return
	}
	w.WriteHeader(http.StatusAccepted)
}

func (a *App) listPaymentMethods(w http.ResponseWriter, r *http.Request) {
	userID := userFrom(r.Context()).ID
	if q := r.URL.Query().Get("user_id"); q != "" {
		userID, _ = strconv.ParseInt(q, 10, 64)
	}
	var methods []PaymentMethod
	if err := a.db.SelectContext(r.Context(), &methods,
		`SELECT id, user_id, brand, last4 FROM payment_methods WHERE user_id = $1`, userID); err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusOK, methods)
}

func (a *App) deletePaymentMethod(w http.ResponseWriter, r *http.Request) {
	methodID, ok := pathID(r, "methodID")
	if !ok {
		http.NotFound(w, r)
		return
	}
	if _, err := a.db.ExecContext(r.Context(), `DELETE FROM payment_methods WHERE id = $1`, methodID); err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

type CreditNote struct {
	ID          int64     `db:"id" json:"id"`
	InvoiceID   int64     `db:"invoice_id" json:"invoiceId"`
	AmountCents int64     `db:"amount_cents" json:"amountCents"`
	Reason      string    `db:"reason" json:"reason"`
	CreatedAt   time.Time `db:"created_at" json:"createdAt"`
}

// credit_notes has a row-level security policy on app.user_id (see migrations/0007_rls.sql).
func (a *App) getCreditNote(w http.ResponseWriter, r *http.Request) {
	noteID, ok := pathID(r, "noteID")
	if !ok {
		http.NotFound(w, r)
		return
	}
	tx, err := a.db.BeginTxx(r.Context(), &sql.TxOptions{ReadOnly: true})
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(r.Context(), `SELECT set_config('app.user_id', $1, true)`,
		strconv.FormatInt(userFrom(r.Context()).ID, 10)); err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	var note CreditNote
	err = tx.GetContext(r.Context(), &note, `SELECT * FROM credit_notes WHERE id = $1`, noteID)
	if errors.Is(err, sql.ErrNoRows) {
		http.NotFound(w, r)
		return
	}
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusOK, note)
}
