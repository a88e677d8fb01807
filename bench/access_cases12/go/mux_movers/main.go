package main

import (
	"database/sql"
	"log"
	"net/http"
	"os"

	"github.com/gorilla/mux"
	_ "github.com/mattn/go-sqlite3"
)

type server struct {
	db     *sql.DB
	jwtKey []byte
}

func main() {
	db, err := sql.Open("sqlite3", os.Getenv("MOVERS_DB"))
	if err != nil {
		log.Fatal(err)
	}
	s := &server{db: db, jwtKey: []byte(os.Getenv("MOVERS_JWT_KEY"))}

	r := mux.NewRouter()
	r.HandleFunc("/health", func(w http.ResponseWriter, _ *http.Request) { _, _ = w.Write([]byte("ok")) })
	r.HandleFunc("/quote", s.publicQuote).Methods(http.MethodPost)
	r.PathPrefix("/static/").Handler(http.StripPrefix("/static/", http.FileServer(http.Dir("web/static"))))
	r.PathPrefix("/photos/").Handler(http.StripPrefix("/photos/", http.FileServer(http.Dir("uploads/inventory-photos"))))

	api := r.PathPrefix("/api").Subrouter()
	api.Use(s.customerAuth)
	api.HandleFunc("/jobs", s.listJobs).Methods(http.MethodGet)
	api.HandleFunc("/jobs", s.createJob).Methods(http.MethodPost)
	api.HandleFunc("/jobs/{id:[0-9]+}", s.getJob).Methods(http.MethodGet)
	api.HandleFunc("/jobs/{id:[0-9]+}", s.updateJob).Methods(http.MethodPut)
	api.HandleFunc("/jobs/{id:[0-9]+}/address", s.changeAddress).Methods(http.MethodPatch)
	api.HandleFunc("/jobs/{id:[0-9]+}", s.cancelJob).Methods(http.MethodDelete)

	office := r.PathPrefix("/office").Subrouter()
	office.Use(s.customerAuth, requireDispatcher)
	office.HandleFunc("/crews", s.listCrews).Methods(http.MethodGet)
	office.HandleFunc("/jobs/{id:[0-9]+}/assign", s.assignCrew).Methods(http.MethodPost)

	r.HandleFunc("/office/crews/{id:[0-9]+}", s.deleteCrew).Methods(http.MethodDelete)

	depot := r.PathPrefix("/depot").Subrouter()
	depot.Use(depotNetworkOnly)
	depot.HandleFunc("/today", s.todaysJobs).Methods(http.MethodGet)

	crew := r.PathPrefix("/crew").Subrouter()
	crew.Use(crewTablet)
	crew.HandleFunc("/jobs/{id:[0-9]+}/done", s.markDone).Methods(http.MethodPost)

	log.Fatal(http.ListenAndServe(":8081", r))
}
