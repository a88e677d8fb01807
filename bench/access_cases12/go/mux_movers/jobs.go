package main

import (
	"encoding/json"
	"net/http"
	"strconv"

	"github.com/gorilla/mux"
)

type Job struct {
	ID         int64  `json:"id"`
	CustomerID int64  `json:"customer_id"`
	FromAddr   string `json:"from_address"`
	ToAddr     string `json:"to_address"`
	MoveDate   string `json:"move_date"`
	PriceCents int64  `json:"price_cents"`
	Status     string `json:"status"`
	CrewID     *int64 `json:"crew_id"`
}

func pathID(r *http.Request) int64 {
	id, _ := strconv.ParseInt(mux.Vars(r)["id"], 10, 64)
	return id
}

func respond(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func (s *server) publicQuote(w http.ResponseWriter, r *http.Request) {
	var in struct {
		Rooms int `json:"rooms"`
		Km    int `json:"km"`
	}
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	respond(w, http.StatusOK, map[string]int{"estimate_cents": 15000*in.Rooms + 120*in.Km})
}

func (s *server) listJobs(w http.ResponseWriter, r *http.Request) {
	rows, err := s.db.QueryContext(r.Context(),
		`SELECT id, from_addr, to_addr, move_date, status FROM jobs WHERE customer_id = ?`, claimsFrom(r).CustomerID)
	if err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	jobs := []Job{}
	for rows.Next() {
		var j Job
		if rows.Scan(&j.ID, &j.FromAddr, &j.ToAddr, &j.MoveDate, &j.Status) == nil {
			jobs = append(jobs, j)
		}
	}
	respond(w, http.StatusOK, jobs)
}

func (s *server) createJob(w http.ResponseWriter, r *http.Request) {
	var in struct {
		FromAddr string `json:"from_address"`
		ToAddr   string `json:"to_address"`
		MoveDate string `json:"move_date"`
	}
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	res, err := s.db.ExecContext(r.Context(),
		`INSERT INTO jobs (customer_id, from_addr, to_addr, move_date, status) VALUES (?, ?, ?, ?, 'quoted')`,
		claimsFrom(r).CustomerID, in.FromAddr, in.ToAddr, in.MoveDate)
	if err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	id, _ := res.LastInsertId()
	respond(w, http.StatusCreated, map[string]int64{"id": id})
}

func (s *server) getJob(w http.ResponseWriter, r *http.Request) {
	var j Job
	err := s.db.QueryRowContext(r.Context(),
		`SELECT id, customer_id, from_addr, to_addr, move_date, price_cents, status FROM jobs WHERE id = ?`, pathID(r)).
		Scan(&j.ID, &j.CustomerID, &j.FromAddr, &j.ToAddr, &j.MoveDate, &j.PriceCents, &j.Status)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	respond(w, http.StatusOK, j)
}

func (s *server) updateJob(w http.ResponseWriter, r *http.Request) {
	var j Job
	if err := json.NewDecoder(r.Body).Decode(&j); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	res, err := s.db.ExecContext(r.Context(),
		`UPDATE jobs SET customer_id = ?, from_addr = ?, to_addr = ?, move_date = ?, price_cents = ?, status = ?
		 WHERE id = ? AND customer_id = ?`,
		j.CustomerID, j.FromAddr, j.ToAddr, j.MoveDate, j.PriceCents, j.Status, pathID(r), claimsFrom(r).CustomerID)
	if err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	if n, _ := res.RowsAffected(); n == 0 {
		http.NotFound(w, r)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *server) changeAddress(w http.ResponseWriter, r *http.Request) {
	var in struct {
		ToAddr string `json:"to_address"`
	}
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	_, err := s.db.ExecContext(r.Context(), `UPDATE jobs SET to_addr = ? WHERE id = ?`, in.ToAddr, pathID(r))
	if err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *server) cancelJob(w http.ResponseWriter, r *http.Request) {
	res, err := s.db.ExecContext(r.Context(),
		`UPDATE jobs SET status = 'cancelled' WHERE id = ? AND customer_id = ? AND status = 'quoted'`,
		pathID(r), claimsFrom(r).CustomerID)
	if err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	if n, _ := res.RowsAffected(); n == 0 {
		http.NotFound(w, r)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
