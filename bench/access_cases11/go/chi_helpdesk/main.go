package main

import (
	"database/sql"
	"log"
	"net/http"
	"os"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
	_ "github.com/lib/pq"
)

func main() {
	db, err := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{store: &Store{db: db}, inboundSecret: []byte(os.Getenv("INBOUND_SECRET"))}

	r := chi.NewRouter()
	r.Use(middleware.RequestID, middleware.RealIP, middleware.Logger)

	r.Get("/healthz", func(w http.ResponseWriter, _ *http.Request) { w.Write([]byte("ok")) })
	r.Post("/login", s.login)
	r.Post("/inbound/email", s.inboundEmail)
	r.Mount("/debug", middleware.Profiler())
	r.Handle("/attachments/*", http.StripPrefix("/attachments/",
		http.FileServer(http.Dir("./data/attachments"))))

	r.Route("/api", func(r chi.Router) {
		r.Use(s.session)

		r.Get("/tickets", s.myTickets)
		r.Post("/tickets", s.openTicket)
		r.Get("/tickets/{id}", s.getTicket)
		r.Put("/tickets/{id}", s.updateTicket)
		r.Post("/tickets/{id}/comments", s.addComment)
		r.Delete("/comments/{commentID}", s.deleteComment)

		r.Group(func(r chi.Router) {
			r.Use(s.requireAgent)
			r.Get("/queue", s.queue)
			r.Post("/tickets/{id}/assign", s.assign)
		})
		r.With(s.requireAgent).Post("/tickets/{id}/merge", s.merge)
		r.Post("/tickets/bulk-close", s.bulkClose)
	})

	r.Route("/widget", func(r chi.Router) {
		r.Use(s.widgetCustomer)
		r.Get("/tickets", s.myTickets)
	})

	log.Fatal(http.ListenAndServe(":8080", r))
}
