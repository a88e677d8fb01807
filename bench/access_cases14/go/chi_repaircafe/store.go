package main

import (
	"context"
	"database/sql"
	"time"
)

type Visitor struct {
	ID      int64  `json:"id"`
	Name    string `json:"name"`
	Email   string `json:"email"`
	Phone   string `json:"phone"`
	IsFixer bool   `json:"is_fixer"`
	IsHost  bool   `json:"is_host"`
	Banned  bool   `json:"banned"`
	PwHash  string `json:"-"`
}

type Ticket struct {
	ID          int64     `json:"id"`
	VisitorID   int64     `json:"visitor_id"`
	Item        string    `json:"item"`
	Fault       string    `json:"fault"`
	FixerID     *int64    `json:"fixer_id"`
	Outcome     string    `json:"outcome"`
	HomeAddress string    `json:"home_address"`
	CreatedAt   time.Time `json:"created_at"`
}

type Store struct{ db *sql.DB }

func (s *Store) VisitorByID(ctx context.Context, id int64) (*Visitor, error) {
	v := &Visitor{}
	err := s.db.QueryRowContext(ctx,
		`SELECT id, name, email, phone, is_fixer, is_host, banned, pw_hash FROM visitors WHERE id = $1`, id).
		Scan(&v.ID, &v.Name, &v.Email, &v.Phone, &v.IsFixer, &v.IsHost, &v.Banned, &v.PwHash)
	return v, err
}

func (s *Store) VisitorByEmail(ctx context.Context, email string) (*Visitor, error) {
	v := &Visitor{}
	err := s.db.QueryRowContext(ctx,
		`SELECT id, name, email, phone, is_fixer, is_host, banned, pw_hash FROM visitors WHERE email = $1`, email).
		Scan(&v.ID, &v.Name, &v.Email, &v.Phone, &v.IsFixer, &v.IsHost, &v.Banned, &v.PwHash)
	return v, err
}

func (s *Store) SaveVisitor(ctx context.Context, v *Visitor) error {
	_, err := s.db.ExecContext(ctx,
		`UPDATE visitors SET name = $2, email = $3, phone = $4, is_fixer = $5, is_host = $6, banned = $7 WHERE id = $1`,
		v.ID, v.Name, v.Email, v.Phone, v.IsFixer, v.IsHost, v.Banned)
	return err
}

func (s *Store) scanTicket(row *sql.Row) (*Ticket, error) {
	t := &Ticket{}
	err := row.Scan(&t.ID, &t.VisitorID, &t.Item, &t.Fault, &t.FixerID, &t.Outcome, &t.HomeAddress, &t.CreatedAt)
	return t, err
}

const ticketCols = `id, visitor_id, item, fault, fixer_id, outcome, home_address, created_at`
