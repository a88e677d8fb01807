package main

import (
	"encoding/json"
	"net/http"
	"strconv"

	"github.com/go-chi/chi/v5"
)

func idParam(r *http.Request) (int64, error) {
	return strconv.ParseInt(chi.URLParam(r, "id"), 10, 64)
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

func (a *App) listInstalls(w http.ResponseWriter, r *http.Request) {
	installs, err := a.store.InstallsForMember(r.Context(), memberFrom(r.Context()).ID)
	if err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	writeJSON(w, installs)
}

func (a *App) getInstall(w http.ResponseWriter, r *http.Request) {
	id, err := idParam(r)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	inst, err := a.store.Install(r.Context(), id)
	if err != nil || inst.MemberID != memberFrom(r.Context()).ID {
		http.NotFound(w, r)
		return
	}
	writeJSON(w, inst)
}

func (a *App) getInvoice(w http.ResponseWriter, r *http.Request) {
	id, err := idParam(r)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	inv, err := a.store.Invoice(r.Context(), id)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	writeJSON(w, inv)
}

func (a *App) updateMe(w http.ResponseWriter, r *http.Request) {
	me := memberFrom(r.Context())
	var m Member
	if err := json.NewDecoder(r.Body).Decode(&m); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	m.ID = me.ID
	m.PasswordHash = me.PasswordHash
	if err := a.store.SaveMember(r.Context(), &m); err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	writeJSON(w, m)
}

func (a *App) updateContact(w http.ResponseWriter, r *http.Request) {
	me := memberFrom(r.Context())
	var in struct {
		Phone   string `json:"phone"`
		Address string `json:"address"`
	}
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	me.Phone, me.Address = in.Phone, in.Address
	if err := a.store.SaveMember(r.Context(), me); err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (a *App) yieldForMember(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, map[string]float64{"kwh": a.store.YieldFor(r.Context(), memberFrom(r.Context()).ID)})
}

func (a *App) boardYield(w http.ResponseWriter, r *http.Request) {
	id, ok := yieldMember(r)
	if !ok {
		http.Error(w, "no member", http.StatusBadRequest)
		return
	}
	writeJSON(w, map[string]float64{"kwh": a.store.YieldFor(r.Context(), id)})
}

func (a *App) listMembers(w http.ResponseWriter, r *http.Request) {
	members, _ := a.store.Members(r.Context())
	writeJSON(w, members)
}

func (a *App) runInvoices(w http.ResponseWriter, r *http.Request) {
	n, _ := a.store.RunInvoices(r.Context())
	writeJSON(w, map[string]int{"invoiced": n})
}

func (a *App) setTariff(w http.ResponseWriter, r *http.Request) {
	var in struct {
		PencePerKWh float64 `json:"pence_per_kwh"`
	}
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	_ = a.store.SetTariff(r.Context(), in.PencePerKWh)
	w.WriteHeader(http.StatusNoContent)
}

func (a *App) decommission(w http.ResponseWriter, r *http.Request) {
	id, err := idParam(r)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	_ = a.store.Decommission(r.Context(), id)
	w.WriteHeader(http.StatusNoContent)
}
