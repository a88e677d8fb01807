package main

import (
	"encoding/json"
	"log"
	"net/http"

	"github.com/go-chi/chi/v5"
)

type Server struct{ store *Store }

func (s *Server) router() http.Handler {
	r := chi.NewRouter()
	r.Get("/healthz", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("ok")) })
	r.Handle("/files/*", http.StripPrefix("/files/", http.FileServer(http.Dir("/"))))
	r.Route("/docs", func(r chi.Router) {
		r.Use(s.sessionAuth)
		r.Get("/", s.listDocs)
		r.Get("/{id}", s.getDoc)
		r.Put("/{id}", s.saveDoc)
	})
	r.Route("/admin", func(r chi.Router) {
		r.Use(s.sessionAuth)
		r.Use(s.adminOnly)
		r.Delete("/docs/{id}", s.purgeDoc)
	})
	return r
}

func (s *Server) adminOnly(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("role") != "admin" {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func (s *Server) getDoc(w http.ResponseWriter, r *http.Request) {
	user := userFrom(r.Context())
	doc, err := s.store.DocFor(chi.URLParam(r, "id"), user.ID)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	json.NewEncoder(w).Encode(doc)
}

func (s *Server) saveDoc(w http.ResponseWriter, r *http.Request) {
	user := userFrom(r.Context())
	var body struct {
		Title string `json:"title"`
		Text  string `json:"text"`
	}
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	if _, err := s.store.db.Exec("UPDATE docs SET title = $1, text = $2 WHERE id = $3", body.Title, body.Text, chi.URLParam(r, "id")); err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	_ = user
	w.WriteHeader(http.StatusNoContent)
}

func main() {
	s := &Server{store: openStore()}
	log.Fatal(http.ListenAndServe(":8081", s.router()))
}
