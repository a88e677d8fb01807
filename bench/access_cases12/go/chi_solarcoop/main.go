package main

import (
	"log"
	"net/http"
	"os"
	"time"

	"github.com/alexedwards/scs/v2"
	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
)

func main() {
	store, err := OpenStore(os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	sessions := scs.New()
	sessions.Lifetime = 12 * time.Hour
	sessions.Cookie.Secure = true
	sessions.Cookie.SameSite = http.SameSiteLaxMode

	a := &App{store: store, sessions: sessions}

	r := chi.NewRouter()
	r.Use(middleware.RequestID, middleware.Recoverer, sessions.LoadAndSave)

	r.Get("/healthz", func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusNoContent) })
	r.Post("/login", a.login)
	r.Post("/webhooks/inverter", a.inverterWebhook)
	r.Get("/board/yield", a.boardYield)
	r.Handle("/exports/*", http.StripPrefix("/exports/", http.FileServer(http.Dir("./data/exports"))))

	r.Group(func(r chi.Router) {
		r.Use(a.requireMember)
		r.Get("/api/installs", a.listInstalls)
		r.Get("/api/installs/{id}", a.getInstall)
		r.Get("/api/invoices/{id}", a.getInvoice)
		r.Put("/api/members/me", a.updateMe)
		r.Put("/api/members/me/contact", a.updateContact)
		r.Get("/api/yield", a.yieldForMember)

		r.Route("/api/admin", func(r chi.Router) {
			r.Use(a.requireAdmin)
			r.Get("/members", a.listMembers)
			r.Post("/invoices/run", a.runInvoices)
		})
		r.Post("/api/admin/tariffs", a.setTariff)
	})

	r.Post("/api/installs/{id}/decommission", a.decommission)

	log.Fatal(http.ListenAndServe(":8080", r))
}
