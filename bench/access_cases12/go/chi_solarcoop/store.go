package main

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
)

type Member struct {
	ID           int64  `json:"id"`
	Name         string `json:"name"`
	Email        string `json:"email"`
	Phone        string `json:"phone"`
	Address      string `json:"address"`
	Role         string `json:"role"`
	Shares       int    `json:"shares"`
	PasswordHash string `json:"-"`
}

type Install struct {
	ID       int64   `json:"id"`
	MemberID int64   `json:"member_id"`
	Site     string  `json:"site"`
	PeakKW   float64 `json:"peak_kw"`
}

type Invoice struct {
	ID       int64     `json:"id"`
	MemberID int64     `json:"member_id"`
	Period   string    `json:"period"`
	Pence    int64     `json:"pence"`
	IBAN     string    `json:"iban"`
	Issued   time.Time `json:"issued"`
}

type Store struct{ db *pgxpool.Pool }

func OpenStore(url string) (*Store, error) {
	pool, err := pgxpool.New(context.Background(), url)
	if err != nil {
		return nil, err
	}
	return &Store{db: pool}, nil
}

func (s *Store) Member(ctx context.Context, id int64) (*Member, error) {
	var m Member
	err := s.db.QueryRow(ctx, `SELECT id, name, email, phone, address, role, shares, password_hash
		FROM members WHERE id = $1`, id).Scan(&m.ID, &m.Name, &m.Email, &m.Phone, &m.Address, &m.Role, &m.Shares, &m.PasswordHash)
	return &m, err
}

func (s *Store) MemberByEmail(ctx context.Context, email string) (*Member, error) {
	var m Member
	err := s.db.QueryRow(ctx, `SELECT id, password_hash FROM members WHERE email = $1`, email).Scan(&m.ID, &m.PasswordHash)
	return &m, err
}

func (s *Store) Members(ctx context.Context) ([]Member, error) {
	rows, err := s.db.Query(ctx, `SELECT id, name, email, role, shares FROM members ORDER BY name`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Member
	for rows.Next() {
		var m Member
		if err := rows.Scan(&m.ID, &m.Name, &m.Email, &m.Role, &m.Shares); err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	return out, rows.Err()
}

func (s *Store) SaveMember(ctx context.Context, m *Member) error {
	_, err := s.db.Exec(ctx, `UPDATE members SET name = $2, email = $3, phone = $4, address = $5,
		role = $6, shares = $7 WHERE id = $1`, m.ID, m.Name, m.Email, m.Phone, m.Address, m.Role, m.Shares)
	return err
}

func (s *Store) InstallsForMember(ctx context.Context, memberID int64) ([]Install, error) {
	rows, err := s.db.Query(ctx, `SELECT id, member_id, site, peak_kw FROM installs WHERE member_id = $1`, memberID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Install
	for rows.Next() {
		var i Install
		if err := rows.Scan(&i.ID, &i.MemberID, &i.Site, &i.PeakKW); err != nil {
			return nil, err
		}
		out = append(out, i)
	}
	return out, rows.Err()
}

func (s *Store) Install(ctx context.Context, id int64) (*Install, error) {
	var i Install
	err := s.db.QueryRow(ctx, `SELECT id, member_id, site, peak_kw FROM installs WHERE id = $1`, id).
		Scan(&i.ID, &i.MemberID, &i.Site, &i.PeakKW)
	return &i, err
}

func (s *Store) Invoice(ctx context.Context, id int64) (*Invoice, error) {
	var inv Invoice
	err := s.db.QueryRow(ctx, `SELECT id, member_id, period, pence, iban, issued FROM invoices WHERE id = $1`, id).
		Scan(&inv.ID, &inv.MemberID, &inv.Period, &inv.Pence, &inv.IBAN, &inv.Issued)
	return &inv, err
}

func (s *Store) YieldFor(ctx context.Context, memberID int64) float64 {
	var kwh float64
	_ = s.db.QueryRow(ctx, `SELECT COALESCE(SUM(r.kwh), 0) FROM readings r
		JOIN installs i ON i.id = r.install_id WHERE i.member_id = $1`, memberID).Scan(&kwh)
	return kwh
}

func (s *Store) AddReading(ctx context.Context, installID int64, kwh float64) error {
	_, err := s.db.Exec(ctx, `INSERT INTO readings (install_id, kwh, at) VALUES ($1, $2, now())`, installID, kwh)
	return err
}

func (s *Store) RunInvoices(ctx context.Context) (int, error) {
	tag, err := s.db.Exec(ctx, `SELECT run_invoices()`)
	return int(tag.RowsAffected()), err
}

func (s *Store) SetTariff(ctx context.Context, pence float64) error {
	_, err := s.db.Exec(ctx, `INSERT INTO tariffs (pence_per_kwh, from_date) VALUES ($1, now())`, pence)
	return err
}

func (s *Store) Decommission(ctx context.Context, id int64) error {
	_, err := s.db.Exec(ctx, `UPDATE installs SET decommissioned_at = now() WHERE id = $1`, id)
	return err
}
