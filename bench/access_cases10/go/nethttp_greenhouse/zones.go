package main

import (
	"encoding/json"
	"net/http"
	"strconv"
)

type Zone struct {
	ID        int64   `json:"id"`
	OwnerID   int64   `json:"owner_id"`
	Name      string  `json:"name"`
	MinTemp   float64 `json:"min_temp"`
	MaxTemp   float64 `json:"max_temp"`
	Firmware  string  `json:"firmware"`
	Suspended bool    `json:"suspended"`
}

func (a *App) listZones(w http.ResponseWriter, r *http.Request) {
	rows, err := a.DB.QueryContext(r.Context(),
		`SELECT id, name, min_temp, max_temp FROM zones WHERE owner_id = $1`, growerFrom(r).ID)
	if err != nil {
		http.Error(w, "db", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	writeRows(w, rows)
}

func (a *App) zoneReadings(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.ParseInt(r.URL.Query().Get("zone"), 10, 64)
	rows, err := a.DB.QueryContext(r.Context(),
		`SELECT taken_at, temp, humidity FROM readings WHERE zone_id = $1 ORDER BY taken_at DESC LIMIT 500`, id)
	if err != nil {
		http.Error(w, "db", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	writeRows(w, rows)
}

func (a *App) setThresholds(w http.ResponseWriter, r *http.Request) {
	var body struct {
		Zone    int64   `json:"zone"`
		MinTemp float64 `json:"min_temp"`
		MaxTemp float64 `json:"max_temp"`
	}
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	res, err := a.DB.ExecContext(r.Context(),
		`UPDATE zones SET min_temp = $1, max_temp = $2 WHERE id = $3 AND owner_id = $4`,
		body.MinTemp, body.MaxTemp, body.Zone, growerFrom(r).ID)
	if err != nil {
		http.Error(w, "db", http.StatusInternalServerError)
		return
	}
	if n, _ := res.RowsAffected(); n == 0 {
		http.NotFound(w, r)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (a *App) editZone(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.ParseInt(r.URL.Query().Get("zone"), 10, 64)
	z, err := a.loadZone(r.Context(), id)
	if err != nil || z.OwnerID != growerFrom(r).ID {
		http.NotFound(w, r)
		return
	}
	if err := json.NewDecoder(r.Body).Decode(z); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	_, err = a.DB.ExecContext(r.Context(),
		`UPDATE zones SET owner_id = $1, name = $2, min_temp = $3, max_temp = $4, firmware = $5, suspended = $6 WHERE id = $7`,
		z.OwnerID, z.Name, z.MinTemp, z.MaxTemp, z.Firmware, z.Suspended, z.ID)
	if err != nil {
		http.Error(w, "db", http.StatusInternalServerError)
		return
	}
	json.NewEncoder(w).Encode(z)
}

func (a *App) deleteZone(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.ParseInt(r.URL.Query().Get("zone"), 10, 64)
	a.DB.ExecContext(r.Context(), `DELETE FROM zones WHERE id = $1`, id)
	w.WriteHeader(http.StatusNoContent)
}

func (a *App) ingestReading(w http.ResponseWriter, r *http.Request) {
	owner, ok := deviceOwner(r)
	if !ok {
		http.Error(w, "bad device token", http.StatusUnauthorized)
		return
	}
	var body struct {
		Zone int64   `json:"zone"`
		Temp float64 `json:"temp"`
	}
	json.NewDecoder(r.Body).Decode(&body)
	a.DB.ExecContext(r.Context(),
		`INSERT INTO readings (zone_id, temp) SELECT id, $2 FROM zones WHERE id = $1 AND owner_id = $3`,
		body.Zone, body.Temp, owner)
	w.WriteHeader(http.StatusAccepted)
}
