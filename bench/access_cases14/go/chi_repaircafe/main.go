package main

import (
	"database/sql"
	"log"
	"net/http"
	"os"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
	_ "github.com/jackc/pgx/v5/stdlib"
)

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	h := &Handlers{store: &Store{db: db}}

	r := chi.NewRouter()
	r.Use(middleware.Logger, middleware.Recoverer)
	r.Use(sessions.LoadAndSave)

	r.Get("/healthz", func(w http.ResponseWriter, _ *http.Request) { w.Write([]byte("ok")) })
	r.Post("/login", h.login)
	r.Handle("/guides/*", http.StripPrefix("/guides/", http.FileServer(http.Dir("./public/guides"))))
	r.Handle("/intake-photos/*", http.StripPrefix("/intake-photos/", http.FileServer(http.Dir("./data/intake-photos"))))

	r.With(h.kioskVisitor).Post("/kiosk/check-in", h.kioskCheckIn)
	r.With(workshopOnly).Post("/workshop/parts-orders", h.orderParts)

	r.Group(func(r chi.Router) {
		r.Use(h.requireAuth)
		r.Get("/tickets", h.myTickets)
		r.Get("/tickets/{id}", h.getTicket)
		r.Patch("/tickets/{id}", h.updateTicketFault)
		r.Delete("/tickets/{id}", h.deleteTicket)
		r.Put("/me", h.updateProfile)
		r.Put("/me/contact", h.updateContact)

		r.Route("/fixer", func(r chi.Router) {
			r.Use(requireFixer)
			r.Post("/tickets/{id}/claim", h.claimTicket)
			r.Post("/tickets/{id}/outcome", h.recordOutcome)
		})
		r.Route("/host", func(r chi.Router) {
			r.Use(requireHost)
			r.Post("/visitors/{id}/ban", h.banVisitor)
		})
	})
	r.Post("/host/inventory/reset", h.resetInventory)

	log.Fatal(http.ListenAndServe(":8080", r))
}
