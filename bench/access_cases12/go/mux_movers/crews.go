package main

import (
	"encoding/json"
	"net/http"
)

type Crew struct {
	ID     int64  `json:"id"`
	Lead   string `json:"lead"`
	Van    string `json:"van"`
	Active bool   `json:"active"`
}

func (s *server) listCrews(w http.ResponseWriter, r *http.Request) {
	rows, err := s.db.QueryContext(r.Context(), `SELECT id, lead, van, active FROM crews`)
	if err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	crews := []Crew{}
	for rows.Next() {
		var c Crew
		if rows.Scan(&c.ID, &c.Lead, &c.Van, &c.Active) == nil {
			crews = append(crews, c)
		}
	}
	respond(w, http.StatusOK, crews)
}

func (s *server) assignCrew(w http.ResponseWriter, r *http.Request) {
	var in struct {
		CrewID int64 `json:"crew_id"`
	}
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	_, _ = s.db.ExecContext(r.Context(), `UPDATE jobs SET crew_id = ?, status = 'booked' WHERE id = ?`, in.CrewID, pathID(r))
	w.WriteHeader(http.StatusNoContent)
}

func (s *server) deleteCrew(w http.ResponseWriter, r *http.Request) {
	_, _ = s.db.ExecContext(r.Context(), `DELETE FROM crews WHERE id = ?`, pathID(r))
	w.WriteHeader(http.StatusNoContent)
}

func (s *server) todaysJobs(w http.ResponseWriter, r *http.Request) {
	rows, err := s.db.QueryContext(r.Context(),
		`SELECT j.id, j.from_addr, j.to_addr, c.lead FROM jobs j JOIN crews c ON c.id = j.crew_id
		 WHERE j.move_date = date('now')`)
	if err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	type row struct {
		ID             int64
		From, To, Lead string
	}
	out := []row{}
	for rows.Next() {
		var x row
		if rows.Scan(&x.ID, &x.From, &x.To, &x.Lead) == nil {
			out = append(out, x)
		}
	}
	respond(w, http.StatusOK, out)
}

func (s *server) markDone(w http.ResponseWriter, r *http.Request) {
	crewID, _ := r.Context().Value(crewKey{}).(int64)
	res, _ := s.db.ExecContext(r.Context(),
		`UPDATE jobs SET status = 'done' WHERE id = ? AND crew_id = ?`, pathID(r), crewID)
	if n, _ := res.RowsAffected(); n == 0 {
		http.NotFound(w, r)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
