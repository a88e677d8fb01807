package main

import (
	"database/sql"
	"strings"
)

type Cart struct {
	ID     int64
	UserID string
	Items  string
}

func cartsFor(db *sql.DB, userID string) (*sql.Rows, error) {
	return db.Query("SELECT id, user_id, items FROM carts WHERE user_id = ?", userID)
}

func cartsByCoupon(db *sql.DB, coupons []string) (*sql.Rows, error) {
	in := "'" + strings.Join(coupons, "','") + "'"
	return db.Query("SELECT id, user_id, items FROM carts WHERE coupon IN (" + in + ")")
}

func couponPlaceholders(db *sql.DB, coupons []string) (*sql.Rows, error) {
	args := make([]any, len(coupons))
	marks := make([]string, len(coupons))
	for i, c := range coupons {
		args[i] = c
		marks[i] = "?"
	}
	return db.Query("SELECT id FROM carts WHERE coupon IN ("+strings.Join(marks, ",")+")", args...)
}
