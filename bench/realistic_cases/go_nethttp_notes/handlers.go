package main

import (
	"encoding/json"
	"io"
	"log"
	"net/http"
	"os/exec"
	"strconv"
)

type Server struct {
	store *Store
}

func (s *Server) search(w http.ResponseWriter, r *http.Request) {
	owner := r.Header.Get("X-User")
	notes, err := s.store.Search(r.Context(), owner, r.URL.Query().Get("q"))
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	json.NewEncoder(w).Encode(notes)
}

func (s *Server) get(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	n, err := s.store.Get(r.Context(), r.Header.Get("X-User"), id)
	if err != nil {
		log.Printf("get note %d: %v", id, err)
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	json.NewEncoder(w).Encode(n)
}

func (s *Server) importNotes(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "read failed", http.StatusBadRequest)
		return
	}
	var notes []Note
	if err := json.Unmarshal(body, &notes); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusAccepted)
}

func (s *Server) exportPDF(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	out, err := exec.Command("sh", "-c", "pandoc /data/notes/"+name+".md -o /tmp/out.pdf").CombinedOutput()
	if err != nil {
		http.Error(w, "export failed", http.StatusInternalServerError)
		return
	}
	w.Write(out)
}

func (s *Server) version(w http.ResponseWriter, r *http.Request) {
	out, _ := exec.Command("git", "rev-parse", "HEAD").Output()
	w.Write(out)
}

func (s *Server) logout(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: "", MaxAge: -1, HttpOnly: true, Secure: true})
	http.Redirect(w, r, "/login", http.StatusSeeOther)
}

func (s *Server) afterLogin(w http.ResponseWriter, r *http.Request) {
	next := r.URL.Query().Get("next")
	http.Redirect(w, r, next, http.StatusFound)
}
