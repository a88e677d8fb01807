package handlers

import (
	"net/http"

	"github.com/go-chi/chi/v5"
)

func (h *Handlers) ListPresenters(w http.ResponseWriter, r *http.Request) {
	rows, err := h.db.Query(r.Context(), `SELECT id, name, email, role FROM presenters ORDER BY name`)
	if err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	var out []Profile
	for rows.Next() {
		var p Profile
		if rows.Scan(&p.ID, &p.Name, &p.Email, &p.Role) == nil {
			out = append(out, p)
		}
	}
	writeJSON(w, http.StatusOK, out)
}

func (h *Handlers) SuspendPresenter(w http.ResponseWriter, r *http.Request) {
	_, err := h.db.Exec(r.Context(), `UPDATE presenters SET suspended = true WHERE id = $1`, chi.URLParam(r, "presenterID"))
	if err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	_, _ = h.db.Exec(r.Context(), `DELETE FROM sessions WHERE presenter_id = $1`, chi.URLParam(r, "presenterID"))
	w.WriteHeader(http.StatusNoContent)
}

func (h *Handlers) DeleteShow(w http.ResponseWriter, r *http.Request) {
	_, err := h.db.Exec(r.Context(), `UPDATE shows SET active = false WHERE id = $1`, chi.URLParam(r, "showID"))
	if err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
