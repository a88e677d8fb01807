package main

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"time"

	"golang.org/x/crypto/bcrypt"
)

type Ticket struct {
	ID         int64     `json:"id"`
	CustomerID int64     `json:"customer_id"`
	AssigneeID *int64    `json:"assignee_id"`
	Subject    string    `json:"subject"`
	Body       string    `json:"body"`
	Priority   string    `json:"priority"`
	Status     string    `json:"status"`
	CreatedAt  time.Time `json:"created_at"`
}

type Store struct {
	db *sql.DB
}

const ticketCols = "id, customer_id, assignee_id, subject, body, priority, status, created_at"

func scanTicket(row interface{ Scan(...any) error }) (*Ticket, error) {
	var t Ticket
	err := row.Scan(&t.ID, &t.CustomerID, &t.AssigneeID, &t.Subject, &t.Body, &t.Priority, &t.Status, &t.CreatedAt)
	return &t, err
}

func (st *Store) UserForSession(ctx context.Context, token string) (*User, error) {
	var u User
	err := st.db.QueryRowContext(ctx,
		`SELECT u.id, u.email, u.is_agent FROM sessions s JOIN users u ON u.id = s.user_id
		 WHERE s.token = $1 AND s.expires_at > now()`, token).Scan(&u.ID, &u.Email, &u.IsAgent)
	if err != nil {
		return nil, err
	}
	return &u, nil
}

func (st *Store) TicketByID(ctx context.Context, id int64) (*Ticket, error) {
	return scanTicket(st.db.QueryRowContext(ctx, "SELECT "+ticketCols+" FROM tickets WHERE id = $1", id))
}

func (st *Store) OwnedTicket(ctx context.Context, id, customerID int64) (*Ticket, error) {
	return scanTicket(st.db.QueryRowContext(ctx,
		"SELECT "+ticketCols+" FROM tickets WHERE id = $1 AND customer_id = $2", id, customerID))
}

func (st *Store) SaveTicket(ctx context.Context, t *Ticket) error {
	_, err := st.db.ExecContext(ctx,
		`UPDATE tickets SET customer_id = $2, assignee_id = $3, subject = $4, body = $5,
		 priority = $6, status = $7 WHERE id = $1`,
		t.ID, t.CustomerID, t.AssigneeID, t.Subject, t.Body, t.Priority, t.Status)
	return err
}

func (st *Store) CreateSession(ctx context.Context, email, password string) (string, error) {
	var id int64
	var hash string
	err := st.db.QueryRowContext(ctx, "SELECT id, password_hash FROM users WHERE email = $1", email).Scan(&id, &hash)
	if err != nil {
		return "", err
	}
	if err := bcrypt.CompareHashAndPassword([]byte(hash), []byte(password)); err != nil {
		return "", err
	}
	buf := make([]byte, 32)
	if _, err := rand.Read(buf); err != nil {
		return "", err
	}
	token := hex.EncodeToString(buf)
	_, err = st.db.ExecContext(ctx,
		"INSERT INTO sessions (token, user_id, expires_at) VALUES ($1, $2, now() + interval '8 hours')", token, id)
	return token, err
}
