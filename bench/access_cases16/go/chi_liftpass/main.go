package main

import (
	"context"
	"log"
	"net/http"
	"os"
	"strings"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
	"github.com/jackc/pgx/v5/pgxpool"
)

func noListing(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/") {
			http.NotFound(w, r)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func main() {
	pool, err := pgxpool.New(context.Background(), os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	a := &Auth{key: []byte(os.Getenv("LIFTPASS_JWT_KEY")), store: &Store{db: pool}}
	h := &Handlers{store: &Store{db: pool}}

	r := chi.NewRouter()
	r.Use(middleware.Logger, middleware.Recoverer)

	r.Get("/healthz", func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusNoContent) })
	r.Get("/lifts/status", h.liftStatus)
	r.Handle("/assets/*", noListing(http.StripPrefix("/assets/", http.FileServer(http.Dir("web/assets")))))
	r.Handle("/waivers/*", http.StripPrefix("/waivers/", http.FileServer(http.Dir("data/signed-waivers"))))

	r.Group(func(r chi.Router) {
		r.Use(a.RequireSkier)
		r.Get("/me/passes", h.myPasses)
		r.Patch("/me/emergency-contact", h.updateEmergencyContact)
		r.Put("/me", h.replaceProfile)
		r.Get("/passes/{passID}", h.pass)
		r.Get("/passes/{passID}/scans", h.passScans)
		r.Delete("/passes/{passID}/family/{memberID}", h.removeFamilyMember)
	})

	r.Route("/reports", func(r chi.Router) {
		r.Use(a.RequireSkier)
		r.Get("/my-runs", h.myRuns)
		r.Get("/all-skiers.csv", h.exportSkiers)
	})

	r.Route("/ops", func(r chi.Router) {
		r.Use(a.RequireSkier, a.RequireRole("ops"))
		r.Post("/lifts/{liftID}/close", h.closeLift)
		r.Post("/passes/{passID}/block", h.blockPass)
	})

	r.With(a.GateScanner).Post("/gates/{gateID}/scan", h.gateScan)
	r.With(opsNetworkOnly).Post("/gates/{gateID}/open", h.openGate)

	log.Fatal(http.ListenAndServe(":8080", r))
}
