package main

import (
	"encoding/gob"
	"encoding/json"
	"net/http"
	"os/exec"
	"regexp"

	"github.com/go-chi/chi/v5"
	"github.com/jmoiron/sqlx"
)

type Report struct {
	ID     int64  `db:"id" json:"id"`
	Title  string `db:"title" json:"title"`
	Format string `db:"format" json:"format"`
}

type Reports struct{ db *sqlx.DB }

var formatRe = regexp.MustCompile(`^(pdf|csv|xlsx)$`)

func (h *Reports) Get(w http.ResponseWriter, r *http.Request) {
	var rep Report
	if err := h.db.Get(&rep, "SELECT id, title, format FROM reports WHERE id = $1", chi.URLParam(r, "id")); err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	json.NewEncoder(w).Encode(rep)
}

func (h *Reports) ByTitle(w http.ResponseWriter, r *http.Request) {
	var reps []Report
	q := "SELECT id, title, format FROM reports WHERE title = '" + r.URL.Query().Get("title") + "'"
	if err := h.db.Select(&reps, q); err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	json.NewEncoder(w).Encode(reps)
}

func (h *Reports) Render(w http.ResponseWriter, r *http.Request) {
	format := r.URL.Query().Get("format")
	if !formatRe.MatchString(format) {
		http.Error(w, "bad format", http.StatusBadRequest)
		return
	}
	out, err := exec.Command("report-render", "--format", format, chi.URLParam(r, "id")).Output()
	if err != nil {
		http.Error(w, "render failed", http.StatusInternalServerError)
		return
	}
	w.Write(out)
}

func (h *Reports) Convert(w http.ResponseWriter, r *http.Request) {
	tool := r.URL.Query().Get("tool")
	out, err := exec.Command(tool, "--input", "/data/latest.csv").Output()
	if err != nil {
		http.Error(w, "convert failed", http.StatusInternalServerError)
		return
	}
	w.Write(out)
}

func (h *Reports) ImportState(w http.ResponseWriter, r *http.Request) {
	var state map[string]Report
	if err := gob.NewDecoder(r.Body).Decode(&state); err != nil {
		http.Error(w, "bad state", http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (h *Reports) Share(w http.ResponseWriter, r *http.Request) {
	json.NewEncoder(w).Encode(map[string]string{"token": shareToken()})
}
