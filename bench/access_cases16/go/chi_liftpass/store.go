package main

import (
	"context"
	"strconv"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

type Store struct {
	db *pgxpool.Pool
}

type Pass struct {
	ID        int64     `json:"id"`
	SkierID   string    `json:"skierId"`
	Product   string    `json:"product"`
	ValidTo   time.Time `json:"validTo"`
	PhotoURL  string    `json:"photoUrl"`
	Blocked   bool      `json:"blocked"`
	PaidCents int64     `json:"paidCents"`
}

type Skier struct {
	ID               string `json:"id"`
	Name             string `json:"name"`
	Email            string `json:"email"`
	EmergencyContact string `json:"emergencyContact"`
	EmergencyPhone   string `json:"emergencyPhone"`
	StaffRole        string `json:"staffRole"`
	CreditCents      int64  `json:"creditCents"`
	SeasonPassholder bool   `json:"seasonPassholder"`
}

type Scan struct {
	Lift string    `json:"lift"`
	At   time.Time `json:"at"`
}

func (s *Store) StaffRole(ctx context.Context, skierID string) (string, error) {
	var role string
	err := s.db.QueryRow(ctx, `SELECT staff_role FROM skiers WHERE id = $1`, skierID).Scan(&role)
	return role, err
}

func (s *Store) Pass(ctx context.Context, id string) (Pass, error) {
	rows, _ := s.db.Query(ctx, `SELECT id, skier_id, product, valid_to, photo_url, blocked, paid_cents FROM passes WHERE id = $1`, id)
	return pgx.CollectOneRow(rows, pgx.RowToStructByPos[Pass])
}

func (s *Store) PassOf(ctx context.Context, id, skierID string) (Pass, error) {
	rows, _ := s.db.Query(ctx, `SELECT id, skier_id, product, valid_to, photo_url, blocked, paid_cents FROM passes WHERE id = $1 AND skier_id = $2`, id, skierID)
	return pgx.CollectOneRow(rows, pgx.RowToStructByPos[Pass])
}

func (s *Store) PassesOf(ctx context.Context, skierID string) ([]Pass, error) {
	rows, _ := s.db.Query(ctx, `SELECT id, skier_id, product, valid_to, photo_url, blocked, paid_cents FROM passes WHERE skier_id = $1`, skierID)
	return pgx.CollectRows(rows, pgx.RowToStructByPos[Pass])
}

func (s *Store) SaveSkier(ctx context.Context, sk Skier) error {
	_, err := s.db.Exec(ctx, `UPDATE skiers SET name = $2, email = $3, emergency_contact = $4, emergency_phone = $5,
		staff_role = $6, credit_cents = $7, season_passholder = $8 WHERE id = $1`,
		sk.ID, sk.Name, sk.Email, sk.EmergencyContact, sk.EmergencyPhone, sk.StaffRole, sk.CreditCents, sk.SeasonPassholder)
	return err
}

func (s *Store) Exec(ctx context.Context, sql string, args ...any) (int64, error) {
	tag, err := s.db.Exec(ctx, sql, args...)
	return tag.RowsAffected(), err
}

func (s *Store) Scans(ctx context.Context, passID string) ([]Scan, error) {
	rows, _ := s.db.Query(ctx, `SELECT lift, scanned_at FROM scans WHERE pass_id = $1 ORDER BY scanned_at`, passID)
	return pgx.CollectRows(rows, pgx.RowToStructByPos[Scan])
}

func (s *Store) AllSkiers(ctx context.Context) ([]Skier, error) {
	rows, _ := s.db.Query(ctx, `SELECT id, name, email, emergency_contact, emergency_phone, staff_role, credit_cents, season_passholder FROM skiers`)
	return pgx.CollectRows(rows, pgx.RowToStructByPos[Skier])
}

func itoa(n int64) string {
	return strconv.FormatInt(n, 10)
}
