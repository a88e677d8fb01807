package main

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
)

type Store struct {
	db *pgxpool.Pool
}

type Donor struct {
	ID           int64  `json:"id"`
	Name         string `json:"name"`
	Phone        string `json:"phone"`
	BloodType    string `json:"bloodType"`
	Deferred     bool   `json:"deferred"`
	DonationsCnt int    `json:"donations"`
	IsStaff      bool   `json:"isStaff"`
}

type Appointment struct {
	ID        int64     `json:"id"`
	DonorID   int64     `json:"donorId"`
	SessionAt time.Time `json:"sessionAt"`
	Venue     string    `json:"venue"`
	Screening string    `json:"screening"`
}

func (s *Store) IsStaff(ctx context.Context, donorID int64) (bool, error) {
	var staff bool
	err := s.db.QueryRow(ctx, `SELECT is_staff FROM donors WHERE id = $1`, donorID).Scan(&staff)
	return staff, err
}

func (s *Store) Appointment(ctx context.Context, id int64) (*Appointment, error) {
	a := &Appointment{}
	err := s.db.QueryRow(ctx,
		`SELECT id, donor_id, session_at, venue, screening FROM appointments WHERE id = $1`, id).
		Scan(&a.ID, &a.DonorID, &a.SessionAt, &a.Venue, &a.Screening)
	return a, err
}

func (s *Store) AppointmentOf(ctx context.Context, id, donorID int64) (*Appointment, error) {
	a := &Appointment{}
	err := s.db.QueryRow(ctx,
		`SELECT id, donor_id, session_at, venue, screening FROM appointments WHERE id = $1 AND donor_id = $2`,
		id, donorID).Scan(&a.ID, &a.DonorID, &a.SessionAt, &a.Venue, &a.Screening)
	return a, err
}

func (s *Store) SaveDonor(ctx context.Context, d *Donor) error {
	_, err := s.db.Exec(ctx,
		`UPDATE donors SET name=$2, phone=$3, blood_type=$4, deferred=$5, donations=$6, is_staff=$7 WHERE id=$1`,
		d.ID, d.Name, d.Phone, d.BloodType, d.Deferred, d.DonationsCnt, d.IsStaff)
	return err
}

func (s *Store) Donor(ctx context.Context, id int64) (*Donor, error) {
	d := &Donor{}
	err := s.db.QueryRow(ctx,
		`SELECT id, name, phone, blood_type, deferred, donations, is_staff FROM donors WHERE id = $1`, id).
		Scan(&d.ID, &d.Name, &d.Phone, &d.BloodType, &d.Deferred, &d.DonationsCnt, &d.IsStaff)
	return d, err
}
