package main

import (
	"context"
	"database/sql"
	"fmt"
)

type Note struct {
	ID    int64  `json:"id"`
	Owner string `json:"owner"`
	Title string `json:"title"`
	Body  string `json:"body"`
}

type Store struct{ db *sql.DB }

func (s *Store) Search(ctx context.Context, owner, term string) ([]Note, error) {
	q := fmt.Sprintf("SELECT id, owner, title, body FROM notes WHERE owner = $1 AND title LIKE '%%%s%%'", term)
	rows, err := s.db.QueryContext(ctx, q, owner)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Note
	for rows.Next() {
		var n Note
		if err := rows.Scan(&n.ID, &n.Owner, &n.Title, &n.Body); err != nil {
			return nil, err
		}
		out = append(out, n)
	}
	return out, rows.Err()
}

func (s *Store) Get(ctx context.Context, owner string, id int64) (*Note, error) {
	var n Note
	err := s.db.QueryRowContext(ctx, "SELECT id, owner, title, body FROM notes WHERE id = $1 AND owner = $2", id, owner).
		Scan(&n.ID, &n.Owner, &n.Title, &n.Body)
	if err != nil {
		return nil, err
	}
	return &n, nil
}

func (s *Store) Delete(ctx context.Context, owner string, id int64) error {
	_, err := s.db.ExecContext(ctx, "DELETE FROM notes WHERE id = $1 AND owner = $2", id, owner)
	return err
}
