package main

import (
	"database/sql"
	"encoding/json"
	"log"
	"net/http"
	"strings"
)

type server struct {
	db       *sql.DB
	sessions *SessionStore
}

func (s *server) requireLogin(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		user, ok := s.sessions.UserFromRequest(r)
		if !ok {
			http.Redirect(w, r, "/login", http.StatusFound)
			return
		}
		next.ServeHTTP(w, r.WithContext(withUser(r.Context(), user)))
	})
}

func main() {
	s := &server{db: mustOpen(), sessions: NewSessionStore()}
	mux := http.NewServeMux()
	mux.HandleFunc("/login", s.login)
	mux.Handle("/pages/", s.requireLogin(http.HandlerFunc(s.pages)))
	mux.Handle("/pages/edit", s.requireLogin(http.HandlerFunc(s.editPage)))
	mux.HandleFunc("/pages/delete", s.deletePage)
	mux.HandleFunc("/metrics", s.metrics)
	mux.Handle("/static/", http.StripPrefix("/static/", http.FileServer(http.Dir("."))))
	log.Fatal(http.ListenAndServe(":8000", mux))
}

func (s *server) deletePage(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	if _, err := s.db.Exec("DELETE FROM pages WHERE slug = $1", r.FormValue("slug")); err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/pages/", http.StatusSeeOther)
}

func (s *server) metrics(w http.ResponseWriter, r *http.Request) {
	ip := r.Header.Get("X-Real-IP")
	if ip == "" {
		ip = strings.Split(r.RemoteAddr, ":")[0]
	}
	if !strings.HasPrefix(ip, "10.") {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	var count int
	s.db.QueryRow("SELECT count(*) FROM pages").Scan(&count)
	json.NewEncoder(w).Encode(map[string]int{"pages": count})
}

func (s *server) pages(w http.ResponseWriter, r *http.Request) {
	slug := strings.TrimPrefix(r.URL.Path, "/pages/")
	var body string
	s.db.QueryRow("SELECT body FROM pages WHERE slug = $1", slug).Scan(&body)
	w.Write([]byte(body))
}

func (s *server) editPage(w http.ResponseWriter, r *http.Request) {
	user := userFrom(r.Context())
	if cookie, err := r.Cookie("editor"); err == nil && cookie.Value == "1" {
		s.db.Exec("UPDATE pages SET body = $1, editor = $2 WHERE slug = $3",
			r.FormValue("body"), user.Name, r.FormValue("slug"))
		return
	}
	http.Error(w, "forbidden", http.StatusForbidden)
}

func (s *server) login(w http.ResponseWriter, r *http.Request) {
	s.sessions.Login(w, r)
}
