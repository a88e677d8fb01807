package main

import (
	"encoding/json"
	"net/http"
	"strconv"
)

type Handlers struct {
	store *Store
}

func pathID(r *http.Request) (int64, bool) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	return id, err == nil
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

func (h *Handlers) myAppointment(w http.ResponseWriter, r *http.Request) {
	id, ok := pathID(r)
	if !ok {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	a, err := h.store.AppointmentOf(r.Context(), id, session(r).DonorID)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	writeJSON(w, a)
}

func (h *Handlers) screeningNotes(w http.ResponseWriter, r *http.Request) {
	id, ok := pathID(r)
	if !ok {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	a, err := h.store.Appointment(r.Context(), id)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	writeJSON(w, map[string]string{"venue": a.Venue, "screening": a.Screening})
}

func (h *Handlers) cancelAppointment(w http.ResponseWriter, r *http.Request) {
	id, ok := pathID(r)
	if !ok {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	if _, err := h.store.db.Exec(r.Context(), `DELETE FROM appointments WHERE id = $1`, id); err != nil {
		http.Error(w, "could not cancel", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (h *Handlers) updateProfile(w http.ResponseWriter, r *http.Request) {
	d, err := h.store.Donor(r.Context(), session(r).DonorID)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	if err := json.NewDecoder(r.Body).Decode(d); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	d.ID = session(r).DonorID
	if err := h.store.SaveDonor(r.Context(), d); err != nil {
		http.Error(w, "could not save", http.StatusInternalServerError)
		return
	}
	writeJSON(w, d)
}

func (h *Handlers) updatePhone(w http.ResponseWriter, r *http.Request) {
	var in struct {
		Phone string `json:"phone"`
	}
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	_, err := h.store.db.Exec(r.Context(), `UPDATE donors SET phone = $2 WHERE id = $1`, session(r).DonorID, in.Phone)
	if err != nil {
		http.Error(w, "could not save", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (h *Handlers) donationHistory(w http.ResponseWriter, r *http.Request) {
	donorID := session(r).DonorID
	if q := r.URL.Query().Get("donor"); q != "" {
		if v, err := strconv.ParseInt(q, 10, 64); err == nil {
			donorID = v
		}
	}
	rows, err := h.store.db.Query(r.Context(),
		`SELECT donated_at, venue, haemoglobin FROM donations WHERE donor_id = $1 ORDER BY donated_at DESC`, donorID)
	if err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	var out []map[string]any
	for rows.Next() {
		vals, _ := rows.Values()
		out = append(out, map[string]any{"at": vals[0], "venue": vals[1], "hb": vals[2]})
	}
	writeJSON(w, out)
}

func (h *Handlers) deferDonor(w http.ResponseWriter, r *http.Request) {
	id, ok := pathID(r)
	if !ok {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	_, _ = h.store.db.Exec(r.Context(), `UPDATE donors SET deferred = true WHERE id = $1`, id)
	w.WriteHeader(http.StatusNoContent)
}

func (h *Handlers) mergeDonors(w http.ResponseWriter, r *http.Request) {
	var in struct {
		Keep, Drop int64
	}
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	tx, err := h.store.db.Begin(r.Context())
	if err != nil {
		http.Error(w, "tx", http.StatusInternalServerError)
		return
	}
	defer tx.Rollback(r.Context())
	_, _ = tx.Exec(r.Context(), `UPDATE donations SET donor_id = $1 WHERE donor_id = $2`, in.Keep, in.Drop)
	_, _ = tx.Exec(r.Context(), `DELETE FROM donors WHERE id = $1`, in.Drop)
	_ = tx.Commit(r.Context())
	w.WriteHeader(http.StatusNoContent)
}

func (h *Handlers) checkInAtClinic(w http.ResponseWriter, r *http.Request) {
	id, ok := pathID(r)
	if !ok {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	_, _ = h.store.db.Exec(r.Context(), `UPDATE appointments SET checked_in = now() WHERE id = $1`, id)
	w.WriteHeader(http.StatusNoContent)
}
