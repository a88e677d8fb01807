package handlers

import (
	"encoding/json"
	"net/http"
	"os/exec"
)

// GoOnAir switches the transmitter feed from the automation playout to the live desk.
func (h *Handlers) GoOnAir(w http.ResponseWriter, r *http.Request) {
	if err := exec.CommandContext(r.Context(), "/usr/local/bin/feedswitch", "live").Run(); err != nil {
		http.Error(w, "switch failed", http.StatusBadGateway)
		return
	}
	_, _ = h.db.Exec(r.Context(), `INSERT INTO transmitter_log (event) VALUES ('live')`)
	w.WriteHeader(http.StatusNoContent)
}

// EmergencyBroadcast interrupts the feed with a recorded announcement.
func (h *Handlers) EmergencyBroadcast(w http.ResponseWriter, r *http.Request) {
	var in struct {
		Clip string `json:"clip"`
	}
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil || (in.Clip != "evacuation" && in.Clip != "weather") {
		http.Error(w, "bad clip", http.StatusBadRequest)
		return
	}
	if err := exec.CommandContext(r.Context(), "/usr/local/bin/feedswitch", "clip", in.Clip).Run(); err != nil {
		http.Error(w, "switch failed", http.StatusBadGateway)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
