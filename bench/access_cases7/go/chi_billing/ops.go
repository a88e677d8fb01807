package main

import (
	"encoding/json"
	"net/http"
	"time"
)

type creditRequest struct {
	AmountCents int64  `json:"amountCents"`
	Reason      string `json:"reason"`
}

func (a *App) opsAccount(w http.ResponseWriter, r *http.Request) {
	accountID, ok := pathID(r, "accountID")
	if !ok {
		http.NotFound(w, r)
		return
	}
	var acct Account
	if err := a.db.GetContext(r.Context(), &acct, `SELECT id, name, plan FROM accounts WHERE id = $1`, accountID); err != nil {
		http.NotFound(w, r)
		return
	}
	var invoices []Invoice
	_ = a.db.SelectContext(r.Context(), &invoices,
		`SELECT * FROM invoices WHERE account_id = $1 ORDER BY issued_at DESC LIMIT 24`, accountID)
	writeJSON(w, http.StatusOK, map[string]any{"account": acct, "invoices": invoices})
}

func (a *App) opsVoidInvoice(w http.ResponseWriter, r *http.Request) {
	invoiceID, ok := pathID(r, "invoiceID")
	if !ok {
		http.NotFound(w, r)
		return
	}
	res, err := a.db.ExecContext(r.Context(),
		`UPDATE invoices SET status = 'void' WHERE id = $1 AND status IN ('open', 'processing')`, invoiceID)
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	if n, _ := res.RowsAffected(); n == 0 {
		http.Error(w, "not voidable", http.StatusConflict)
		return
	}
	_, _ = a.db.ExecContext(r.Context(),
		`INSERT INTO audit_log (actor_id, action, subject) VALUES ($1, 'invoice.void', $2)`,
		userFrom(r.Context()).ID, invoiceID)
	w.WriteHeader(http.StatusNoContent)
}

func (a *App) opsIssueCredit(w http.ResponseWriter, r *http.Request) {
	accountID, ok := pathID(r, "accountID")
	if !ok {
		http.NotFound(w, r)
		return
	}
	var req creditRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil || req.AmountCents <= 0 {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	_, err := a.db.ExecContext(r.Context(),
		`INSERT INTO credits (account_id, amount_cents, reason, created_at) VALUES ($1, $2, $3, $4)`,
		accountID, req.AmountCents, req.Reason, time.Now())
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

func (a *App) opsMetrics(w http.ResponseWriter, r *http.Request) {
	var stats struct {
		Open    int64 `db:"open" json:"open"`
		Overdue int64 `db:"overdue" json:"overdue"`
		Paid30d int64 `db:"paid_30d" json:"paid30d"`
	}
	err := a.db.GetContext(r.Context(), &stats, `
		SELECT count(*) FILTER (WHERE status = 'open') AS open,
		       count(*) FILTER (WHERE status = 'open' AND issued_at < now() - interval '30 days') AS overdue,
		       count(*) FILTER (WHERE status = 'paid' AND paid_at > now() - interval '30 days') AS paid_30d
		FROM invoices`)
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusOK, stats)
}

type stripeEvent struct {
	ID   string `json:"id"`
	Type string `json:"type"`
	Data struct {
		Object struct {
			Metadata map[string]string `json:"metadata"`
		} `json:"object"`
	} `json:"data"`
}

func (a *App) stripeWebhook(w http.ResponseWriter, r *http.Request) {
	body, ok := a.verifyStripe(r)
	if !ok {
		http.Error(w, "bad signature", http.StatusBadRequest)
		return
	}
	var ev stripeEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		http.Error(w, "bad payload", http.StatusBadRequest)
		return
	}
	if ev.Type == "invoice.paid" {
		_, _ = a.db.ExecContext(r.Context(),
			`UPDATE invoices SET status = 'paid', paid_at = now() WHERE number = $1`,
			ev.Data.Object.Metadata["invoice_number"])
	}
	w.WriteHeader(http.StatusNoContent)
}
