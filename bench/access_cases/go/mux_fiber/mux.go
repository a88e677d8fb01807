package main

import (
	"encoding/json"
	"net/http"

	"github.com/gorilla/mux"
)

func routes(s *Server) *mux.Router {
	r := mux.NewRouter()
	r.HandleFunc("/login", s.login).Methods("POST")

	api := r.PathPrefix("/api").Subrouter()
	api.Use(s.authMiddleware)
	api.HandleFunc("/members", s.listMembers).Methods("GET")
	api.HandleFunc("/members/{id}", s.getMember).Methods("GET")

	r.HandleFunc("/members/{id}", s.deleteMember).Methods("DELETE")
	return r
}

func (s *Server) getMember(w http.ResponseWriter, r *http.Request) {
	id := mux.Vars(r)["id"]
	user := currentUser(r)
	m, err := s.store.MemberInOrg(id, user.OrgID)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	json.NewEncoder(w).Encode(m)
}

func (s *Server) deleteMember(w http.ResponseWriter, r *http.Request) {
	s.store.DeleteMember(mux.Vars(r)["id"])
	w.WriteHeader(http.StatusNoContent)
}
