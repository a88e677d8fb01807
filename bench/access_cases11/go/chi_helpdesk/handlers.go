package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"strconv"

	"github.com/go-chi/chi/v5"
)

type Server struct {
	store         *Store
	inboundSecret []byte
}

func idParam(r *http.Request, name string) int64 {
	id, _ := strconv.ParseInt(chi.URLParam(r, name), 10, 64)
	return id
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

func (s *Server) myTickets(w http.ResponseWriter, r *http.Request) {
	rows, err := s.store.db.QueryContext(r.Context(),
		"SELECT "+ticketCols+" FROM tickets WHERE customer_id = $1 ORDER BY created_at DESC", userFrom(r).ID)
	if err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	var out []*Ticket
	for rows.Next() {
		if t, err := scanTicket(rows); err == nil {
			out = append(out, t)
		}
	}
	writeJSON(w, out)
}

func (s *Server) openTicket(w http.ResponseWriter, r *http.Request) {
	var in struct {
		Subject string `json:"subject"`
		Body    string `json:"body"`
	}
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	_, err := s.store.db.ExecContext(r.Context(),
		"INSERT INTO tickets (customer_id, subject, body, priority, status) VALUES ($1, $2, $3, 'normal', 'open')",
		userFrom(r).ID, in.Subject, in.Body)
	if err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

func (s *Server) getTicket(w http.ResponseWriter, r *http.Request) {
	t, err := s.store.TicketByID(r.Context(), idParam(r, "id"))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	writeJSON(w, t)
}

func (s *Server) updateTicket(w http.ResponseWriter, r *http.Request) {
	t, err := s.store.OwnedTicket(r.Context(), idParam(r, "id"), userFrom(r).ID)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	if err := json.NewDecoder(r.Body).Decode(t); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	if err := s.store.SaveTicket(r.Context(), t); err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	writeJSON(w, t)
}

func (s *Server) addComment(w http.ResponseWriter, r *http.Request) {
	t, err := s.store.OwnedTicket(r.Context(), idParam(r, "id"), userFrom(r).ID)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	body, _ := io.ReadAll(io.LimitReader(r.Body, 64<<10))
	_, _ = s.store.db.ExecContext(r.Context(),
		"INSERT INTO comments (ticket_id, author_id, body) VALUES ($1, $2, $3)", t.ID, userFrom(r).ID, string(body))
	w.WriteHeader(http.StatusCreated)
}

func (s *Server) deleteComment(w http.ResponseWriter, r *http.Request) {
	_, err := s.store.db.ExecContext(r.Context(), "DELETE FROM comments WHERE id = $1", idParam(r, "commentID"))
	if err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) queue(w http.ResponseWriter, r *http.Request) {
	rows, err := s.store.db.QueryContext(r.Context(),
		"SELECT "+ticketCols+" FROM tickets WHERE status = 'open' ORDER BY created_at")
	if err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	var out []*Ticket
	for rows.Next() {
		if t, err := scanTicket(rows); err == nil {
			out = append(out, t)
		}
	}
	writeJSON(w, out)
}

func (s *Server) assign(w http.ResponseWriter, r *http.Request) {
	agent := userFrom(r).ID
	_, _ = s.store.db.ExecContext(r.Context(), "UPDATE tickets SET assignee_id = $1 WHERE id = $2", agent, idParam(r, "id"))
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) merge(w http.ResponseWriter, r *http.Request) {
	var in struct {
		Into int64 `json:"into"`
	}
	_ = json.NewDecoder(r.Body).Decode(&in)
	_, _ = s.store.db.ExecContext(r.Context(), "UPDATE comments SET ticket_id = $1 WHERE ticket_id = $2", in.Into, idParam(r, "id"))
	_, _ = s.store.db.ExecContext(r.Context(), "DELETE FROM tickets WHERE id = $1", idParam(r, "id"))
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) bulkClose(w http.ResponseWriter, r *http.Request) {
	var in struct {
		IDs []int64 `json:"ids"`
	}
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	for _, id := range in.IDs {
		_, _ = s.store.db.ExecContext(r.Context(), "UPDATE tickets SET status = 'closed' WHERE id = $1", id)
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) inboundEmail(w http.ResponseWriter, r *http.Request) {
	payload, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	mac := hmac.New(sha256.New, s.inboundSecret)
	mac.Write(payload)
	expected := hex.EncodeToString(mac.Sum(nil))
	if !hmac.Equal([]byte(expected), []byte(r.Header.Get("X-Mailhook-Signature"))) {
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	var msg struct {
		TicketID int64  `json:"ticket_id"`
		Text     string `json:"text"`
	}
	_ = json.Unmarshal(payload, &msg)
	_, _ = s.store.db.ExecContext(r.Context(),
		"INSERT INTO comments (ticket_id, author_id, body) VALUES ($1, NULL, $2)", msg.TicketID, msg.Text)
	w.WriteHeader(http.StatusAccepted)
}

func (s *Server) login(w http.ResponseWriter, r *http.Request) {
	var in struct {
		Email    string `json:"email"`
		Password string `json:"password"`
	}
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	token, err := s.store.CreateSession(r.Context(), in.Email, in.Password)
	if err != nil {
		http.Error(w, "invalid credentials", http.StatusUnauthorized)
		return
	}
	http.SetCookie(w, &http.Cookie{Name: "hd_session", Value: token, Path: "/", HttpOnly: true,
		Secure: true, SameSite: http.SameSiteStrictMode})
	w.WriteHeader(http.StatusNoContent)
}
