package main

import (
	"net/http"
	"strconv"
)

func (a *App) allZones(w http.ResponseWriter, r *http.Request) {
	rows, err := a.DB.QueryContext(r.Context(), `SELECT id, owner_id, name, firmware FROM zones`)
	if err != nil {
		http.Error(w, "db", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	writeRows(w, rows)
}

func (a *App) pushFirmware(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.ParseInt(r.URL.Query().Get("zone"), 10, 64)
	a.DB.ExecContext(r.Context(), `UPDATE zones SET firmware = $1 WHERE id = $2`,
		r.URL.Query().Get("version"), id)
	w.WriteHeader(http.StatusAccepted)
}

func (a *App) dropReadings(w http.ResponseWriter, r *http.Request) {
	a.DB.ExecContext(r.Context(), `TRUNCATE readings`)
	w.WriteHeader(http.StatusNoContent)
}
