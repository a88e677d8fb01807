package main

import (
	"encoding/csv"
	"encoding/json"
	"net/http"

	"github.com/go-chi/chi/v5"
)

type Handlers struct {
	store *Store
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

func (h *Handlers) liftStatus(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, map[string]string{"chair-1": "open", "gondola": "wind-hold"})
}

func (h *Handlers) myPasses(w http.ResponseWriter, r *http.Request) {
	passes, err := h.store.PassesOf(r.Context(), skierFrom(r).Subject)
	if err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	writeJSON(w, passes)
}

func (h *Handlers) pass(w http.ResponseWriter, r *http.Request) {
	p, err := h.store.Pass(r.Context(), chi.URLParam(r, "passID"))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	writeJSON(w, p)
}

func (h *Handlers) passScans(w http.ResponseWriter, r *http.Request) {
	id := chi.URLParam(r, "passID")
	if _, err := h.store.PassOf(r.Context(), id, skierFrom(r).Subject); err != nil {
		http.NotFound(w, r)
		return
	}
	scans, _ := h.store.Scans(r.Context(), id)
	writeJSON(w, scans)
}

func (h *Handlers) removeFamilyMember(w http.ResponseWriter, r *http.Request) {
	n, err := h.store.Exec(r.Context(), `DELETE FROM family_members WHERE pass_id = $1 AND id = $2`,
		chi.URLParam(r, "passID"), chi.URLParam(r, "memberID"))
	if err != nil || n == 0 {
		http.NotFound(w, r)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (h *Handlers) replaceProfile(w http.ResponseWriter, r *http.Request) {
	var sk Skier
	if err := json.NewDecoder(r.Body).Decode(&sk); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	sk.ID = skierFrom(r).Subject
	if err := h.store.SaveSkier(r.Context(), sk); err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	writeJSON(w, sk)
}

func (h *Handlers) updateEmergencyContact(w http.ResponseWriter, r *http.Request) {
	var body struct {
		Name  string `json:"name"`
		Phone string `json:"phone"`
	}
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	_, err := h.store.Exec(r.Context(), `UPDATE skiers SET emergency_contact = $2, emergency_phone = $3 WHERE id = $1`,
		skierFrom(r).Subject, body.Name, body.Phone)
	if err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (h *Handlers) myRuns(w http.ResponseWriter, r *http.Request) {
	passes, _ := h.store.PassesOf(r.Context(), skierFrom(r).Subject)
	var out []Scan
	for _, p := range passes {
		scans, _ := h.store.Scans(r.Context(), itoa(p.ID))
		out = append(out, scans...)
	}
	writeJSON(w, out)
}

func (h *Handlers) exportSkiers(w http.ResponseWriter, r *http.Request) {
	skiers, err := h.store.AllSkiers(r.Context())
	if err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/csv")
	cw := csv.NewWriter(w)
	for _, s := range skiers {
		_ = cw.Write([]string{s.Name, s.Email, s.EmergencyContact, s.EmergencyPhone})
	}
	cw.Flush()
}

func (h *Handlers) closeLift(w http.ResponseWriter, r *http.Request) {
	_, _ = h.store.Exec(r.Context(), `UPDATE lifts SET open = false WHERE id = $1`, chi.URLParam(r, "liftID"))
	w.WriteHeader(http.StatusNoContent)
}

func (h *Handlers) blockPass(w http.ResponseWriter, r *http.Request) {
	_, _ = h.store.Exec(r.Context(), `UPDATE passes SET blocked = true WHERE id = $1`, chi.URLParam(r, "passID"))
	w.WriteHeader(http.StatusNoContent)
}

func (h *Handlers) gateScan(w http.ResponseWriter, r *http.Request) {
	var body struct {
		PassID string `json:"passId"`
	}
	_ = json.NewDecoder(r.Body).Decode(&body)
	gate := skierFrom(r)
	_, _ = h.store.Exec(r.Context(), `INSERT INTO scans (pass_id, lift, scanned_at) VALUES ($1, $2, now())`, body.PassID, gate.Subject)
	w.WriteHeader(http.StatusAccepted)
}

func (h *Handlers) openGate(w http.ResponseWriter, r *http.Request) {
	_, _ = h.store.Exec(r.Context(), `INSERT INTO gate_overrides (gate_id, opened_at) VALUES ($1, now())`, chi.URLParam(r, "gateID"))
	w.WriteHeader(http.StatusNoContent)
}
