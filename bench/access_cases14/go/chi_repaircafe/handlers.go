package main

import (
	"database/sql"
	"encoding/json"
	"errors"
	"net/http"
	"strconv"

	"github.com/go-chi/chi/v5"
	"golang.org/x/crypto/bcrypt"
)

type Handlers struct {
	store *Store
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func idParam(r *http.Request) (int64, error) {
	return strconv.ParseInt(chi.URLParam(r, "id"), 10, 64)
}

func (h *Handlers) login(w http.ResponseWriter, r *http.Request) {
	v, err := h.store.VisitorByEmail(r.Context(), r.FormValue("email"))
	if err != nil || bcrypt.CompareHashAndPassword([]byte(v.PwHash), []byte(r.FormValue("password"))) != nil {
		http.Error(w, "wrong email or password", http.StatusUnauthorized)
		return
	}
	_ = sessions.RenewToken(r.Context())
	sessions.Put(r.Context(), "visitorID", v.ID)
	writeJSON(w, http.StatusOK, map[string]any{"id": v.ID})
}

func (h *Handlers) myTickets(w http.ResponseWriter, r *http.Request) {
	me := visitorFrom(r.Context())
	rows, err := h.store.db.QueryContext(r.Context(),
		`SELECT id, item, outcome FROM tickets WHERE visitor_id = $1 ORDER BY created_at DESC`, me.ID)
	if err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	out := []map[string]any{}
	for rows.Next() {
		var id int64
		var item, outcome string
		if rows.Scan(&id, &item, &outcome) == nil {
			out = append(out, map[string]any{"id": id, "item": item, "outcome": outcome})
		}
	}
	writeJSON(w, http.StatusOK, out)
}

func (h *Handlers) getTicket(w http.ResponseWriter, r *http.Request) {
	id, err := idParam(r)
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	t, err := h.store.scanTicket(h.store.db.QueryRowContext(r.Context(),
		`SELECT `+ticketCols+` FROM tickets WHERE id = $1`, id))
	if errors.Is(err, sql.ErrNoRows) {
		http.NotFound(w, r)
		return
	}
	writeJSON(w, http.StatusOK, t)
}

func (h *Handlers) updateTicketFault(w http.ResponseWriter, r *http.Request) {
	me := visitorFrom(r.Context())
	id, _ := idParam(r)
	t, err := h.store.scanTicket(h.store.db.QueryRowContext(r.Context(),
		`SELECT `+ticketCols+` FROM tickets WHERE id = $1`, id))
	if err != nil || t.VisitorID != me.ID {
		http.NotFound(w, r)
		return
	}
	_, _ = h.store.db.ExecContext(r.Context(), `UPDATE tickets SET fault = $2 WHERE id = $1`, id, r.FormValue("fault"))
	w.WriteHeader(http.StatusNoContent)
}

func (h *Handlers) deleteTicket(w http.ResponseWriter, r *http.Request) {
	id, err := idParam(r)
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	if _, err := h.store.db.ExecContext(r.Context(), `DELETE FROM tickets WHERE id = $1`, id); err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (h *Handlers) updateProfile(w http.ResponseWriter, r *http.Request) {
	me := visitorFrom(r.Context())
	v, err := h.store.VisitorByID(r.Context(), me.ID)
	if err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	if err := json.NewDecoder(r.Body).Decode(v); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	v.ID = me.ID
	if err := h.store.SaveVisitor(r.Context(), v); err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusOK, v)
}

func (h *Handlers) updateContact(w http.ResponseWriter, r *http.Request) {
	me := visitorFrom(r.Context())
	var in struct {
		Name  string `json:"name"`
		Phone string `json:"phone"`
	}
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	me.Name, me.Phone = in.Name, in.Phone
	_ = h.store.SaveVisitor(r.Context(), me)
	writeJSON(w, http.StatusOK, me)
}

func (h *Handlers) claimTicket(w http.ResponseWriter, r *http.Request) {
	me := visitorFrom(r.Context())
	id, _ := idParam(r)
	_, _ = h.store.db.ExecContext(r.Context(),
		`UPDATE tickets SET fixer_id = $2 WHERE id = $1 AND fixer_id IS NULL`, id, me.ID)
	w.WriteHeader(http.StatusNoContent)
}

func (h *Handlers) recordOutcome(w http.ResponseWriter, r *http.Request) {
	me := visitorFrom(r.Context())
	id, _ := idParam(r)
	_, _ = h.store.db.ExecContext(r.Context(),
		`UPDATE tickets SET outcome = $3 WHERE id = $1 AND fixer_id = $2`, id, me.ID, r.FormValue("outcome"))
	w.WriteHeader(http.StatusNoContent)
}

func (h *Handlers) kioskCheckIn(w http.ResponseWriter, r *http.Request) {
	v := visitorFrom(r.Context())
	var id int64
	err := h.store.db.QueryRowContext(r.Context(),
		`INSERT INTO tickets (visitor_id, item, fault) VALUES ($1, $2, $3) RETURNING id`,
		v.ID, r.FormValue("item"), r.FormValue("fault")).Scan(&id)
	if err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusCreated, map[string]any{"ticket": id, "visitor": v.Name})
}

func (h *Handlers) orderParts(w http.ResponseWriter, r *http.Request) {
	_, _ = h.store.db.ExecContext(r.Context(),
		`INSERT INTO part_orders (part, qty) VALUES ($1, $2)`, r.FormValue("part"), r.FormValue("qty"))
	w.WriteHeader(http.StatusAccepted)
}

func (h *Handlers) resetInventory(w http.ResponseWriter, r *http.Request) {
	_, _ = h.store.db.ExecContext(r.Context(), `TRUNCATE spare_parts, part_orders`)
	w.WriteHeader(http.StatusNoContent)
}

func (h *Handlers) banVisitor(w http.ResponseWriter, r *http.Request) {
	id, _ := idParam(r)
	_, _ = h.store.db.ExecContext(r.Context(), `UPDATE visitors SET banned = true WHERE id = $1`, id)
	w.WriteHeader(http.StatusNoContent)
}
