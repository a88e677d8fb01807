package models

import "time"

type Member struct {
	ID        uint   `gorm:"primaryKey" json:"id"`
	Email     string `json:"email"`
	Name      string `json:"name"`
	Postcode  string `json:"postcode"`
	IsCurator bool   `json:"is_curator"`
	Credits   int    `json:"credits"`
}

type Session struct {
	TokenHash string `gorm:"primaryKey"`
	MemberID  uint
	ExpiresAt time.Time
}

type SeedRequest struct {
	ID        uint      `gorm:"primaryKey" json:"id"`
	MemberID  uint      `json:"member_id"`
	VarietyID uint      `json:"variety_id"`
	Address   string    `json:"address"`
	Status    string    `json:"status"`
	CreatedAt time.Time `json:"created_at"`
}

type Variety struct {
	ID       uint   `gorm:"primaryKey" json:"id"`
	Name     string `json:"name"`
	Packets  int    `json:"packets"`
	Archived bool   `json:"archived"`
}
