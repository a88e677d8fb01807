package main

import (
	"database/sql"
	"encoding/json"
	"log"
	"net/http"
)

type server struct{ db *sql.DB }

func (s *server) auth(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if _, err := verifyBearer(r.Header.Get("Authorization")); err != nil {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func main() {
	s := &server{db: mustOpen()}
	http.HandleFunc("GET /accounts", s.auth(s.accounts))
	http.HandleFunc("GET /accounts/{id}/statement", s.auth(s.statement))
	http.HandleFunc("POST /transfers", s.auth(s.transfer))
	http.HandleFunc("POST /accounts/{id}/close", s.closeAccount)
	http.Handle("GET /exports/", http.StripPrefix("/exports/", http.FileServer(http.Dir("./"))))
	log.Fatal(http.ListenAndServe(":8443", nil))
}

func (s *server) statement(w http.ResponseWriter, r *http.Request) {
	rows, _ := s.db.Query("SELECT amount, booked_at FROM entries WHERE account_id = $1", r.PathValue("id"))
	defer rows.Close()
	json.NewEncoder(w).Encode(scanEntries(rows))
}

func (s *server) transfer(w http.ResponseWriter, r *http.Request) {
	from := r.Header.Get("X-Account-Id")
	var req struct {
		To     string `json:"to"`
		Amount int64  `json:"amount"`
	}
	json.NewDecoder(r.Body).Decode(&req)
	s.db.Exec("INSERT INTO transfers (from_account, to_account, amount) VALUES ($1, $2, $3)", from, req.To, req.Amount)
	w.WriteHeader(http.StatusAccepted)
}
