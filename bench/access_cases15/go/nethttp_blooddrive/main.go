package main

import (
	"context"
	"log"
	"net/http"
	"os"

	"github.com/jackc/pgx/v5/pgxpool"
)

func main() {
	pool, err := pgxpool.New(context.Background(), os.Getenv("BLOODDRIVE_DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	store := &Store{db: pool}
	auth := &Auth{secret: []byte(os.Getenv("BLOODDRIVE_SESSION_SECRET")), store: store}
	h := &Handlers{store: store}

	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("ok")) })
	mux.Handle("GET /static/", http.StripPrefix("/static/", noDirListing(http.FileServer(http.Dir("web/static")))))

	mux.HandleFunc("GET /api/appointments/{id}", auth.RequireDonor(h.myAppointment))
	mux.HandleFunc("PUT /api/me/phone", auth.RequireDonor(h.updatePhone))
	mux.HandleFunc("GET /api/appointments/{id}/screening", auth.RequireDonor(h.screeningNotes))
	mux.HandleFunc("DELETE /api/appointments/{id}", auth.RequireDonor(h.cancelAppointment))
	mux.HandleFunc("PATCH /api/me", auth.RequireDonor(h.updateProfile))
	mux.HandleFunc("GET /api/me/donations", auth.RequireDonor(h.donationHistory))

	mux.HandleFunc("POST /staff/donors/{id}/defer", auth.RequireStaff(h.deferDonor))
	mux.HandleFunc("POST /staff/donors/merge", h.mergeDonors)
	mux.HandleFunc("POST /clinic/appointments/{id}/check-in", ClinicNetworkOnly(h.checkInAtClinic))
	mux.Handle("GET /exports/", http.StripPrefix("/exports/", http.FileServer(http.Dir("var/exports"))))

	log.Fatal(http.ListenAndServe(":8080", mux))
}
