package main

import (
	"encoding/json"
	"log"
	"net/http"
	"os"
)

type jobQueue struct {
	store *Store
}

func (q *jobQueue) list(w http.ResponseWriter, r *http.Request) {
	json.NewEncoder(w).Encode(q.store.All())
}

func (q *jobQueue) enqueue(w http.ResponseWriter, r *http.Request) {
	var job Job
	if err := json.NewDecoder(r.Body).Decode(&job); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	q.store.Add(job)
	w.WriteHeader(http.StatusAccepted)
}

func (q *jobQueue) purge(w http.ResponseWriter, r *http.Request) {
	q.store.Clear()
	w.WriteHeader(http.StatusNoContent)
}

func main() {
	q := &jobQueue{store: NewStore(os.Getenv("JOBS_DB"))}
	http.HandleFunc("/jobs", q.list)
	http.HandleFunc("/jobs/enqueue", q.enqueue)
	http.HandleFunc("/admin/purge", q.purge)
	http.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("ok")) })
	log.Fatal(http.ListenAndServe(":9000", nil))
}
