package main

import (
	"crypto/tls"
	"database/sql"
	"log"
	"net/http"
	"os"

	_ "github.com/lib/pq"
)

func requireUser(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-User") == "" {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func main() {
	db, err := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{store: &Store{db: db}}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /notes", requireUser(s.search))
	mux.HandleFunc("GET /notes/{id}", requireUser(s.get))
	mux.HandleFunc("POST /notes/import", requireUser(s.importNotes))
	mux.HandleFunc("GET /notes/export", requireUser(s.exportPDF))
	mux.HandleFunc("GET /version", s.version)
	mux.HandleFunc("GET /logout", s.logout)
	mux.HandleFunc("GET /after-login", s.afterLogin)

	http.DefaultTransport.(*http.Transport).TLSClientConfig = &tls.Config{InsecureSkipVerify: true}
	log.Fatal(http.ListenAndServe(":8080", mux))
}
