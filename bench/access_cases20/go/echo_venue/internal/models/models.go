package models

import "time"

type Account struct {
	ID           uint   `gorm:"primaryKey"`
	Email        string `gorm:"uniqueIndex"`
	PasswordHash string
	Name         string
	Role         string // couple, coordinator, owner
}

type Session struct {
	TokenHash string `gorm:"primaryKey"`
	AccountID uint
	Account   Account
	ExpiresAt time.Time
}

type Booking struct {
	ID                  uint `gorm:"primaryKey"`
	CoupleID            uint
	EventDate           time.Time
	Package             string
	GuestCount          int
	DepositPence        int
	DepositWaived       bool
	BalanceDuePence     int
	Status              string
	DietaryNotes        string
	StripePaymentIntent string
}

type CalendarHold struct {
	ID        uint `gorm:"primaryKey"`
	Date      time.Time
	BookingID *uint
	Reason    string
}
