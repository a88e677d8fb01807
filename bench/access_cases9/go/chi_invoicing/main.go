package main

import (
	"database/sql"
	"log"
	"net/http"
	"os"
	"time"

	"github.com/alexedwards/scs/v2"
	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
	"github.com/gorilla/csrf"
	_ "github.com/jackc/pgx/v5/stdlib"
)

type App struct {
	DB       *sql.DB
	Sessions *scs.SessionManager
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	sessions := scs.New()
	sessions.Lifetime = 12 * time.Hour
	sessions.Cookie.Secure = true
	sessions.Cookie.SameSite = http.SameSiteLaxMode
	app := &App{DB: db, Sessions: sessions}

	r := chi.NewRouter()
	r.Use(middleware.RequestID, middleware.Logger, middleware.Recoverer)
	r.Use(sessions.LoadAndSave)

	r.Handle("/static/*", http.StripPrefix("/static/", http.FileServer(http.Dir("./public"))))
	r.Handle("/files/*", http.StripPrefix("/files/", http.FileServer(http.Dir("./data/invoice-pdfs"))))
	r.Get("/healthz", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("ok")) })
	r.Post("/webhooks/payments", app.paymentWebhook)
	r.Get("/metrics", app.internalOnly(app.metrics))

	r.Group(func(r chi.Router) {
		r.Use(app.skipCSRFForJSON)
		r.Use(csrf.Protect([]byte(os.Getenv("CSRF_KEY")), csrf.Secure(true)))
		r.Get("/login", app.loginForm)
		r.Post("/login", app.login)

		r.Group(func(r chi.Router) {
			r.Use(app.requireUser)
			r.Get("/invoices", app.listInvoices)
			r.Get("/invoices/{id}", app.showInvoice)
			r.Post("/invoices/{id}/send", app.sendInvoice)
			r.Post("/invoices/{id}/lines", app.addLine)
			r.Post("/account", app.updateAccount)
			r.Get("/customers", app.listCustomers)

			r.Route("/admin", func(r chi.Router) {
				r.Use(app.requireAdmin)
				r.Get("/tenants", app.listTenants)
				r.Post("/tenants/{id}/suspend", app.suspendTenant)
			})
			r.With(app.requireAdmin).Delete("/admin/tenants/{id}", app.deleteTenant)
		})

		r.Post("/invoices/{id}/void", app.voidInvoice)
	})

	log.Fatal(http.ListenAndServe(":8080", r))
}
