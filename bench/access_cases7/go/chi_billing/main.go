package main

import (
	"log"
	"net/http"
	"os"
	"time"

	"github.com/alexedwards/scs/postgresstore"
	"github.com/alexedwards/scs/v2"
	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
	"github.com/gorilla/csrf"
	"github.com/jmoiron/sqlx"
	_ "github.com/lib/pq"
)

type App struct {
	db            *sqlx.DB
	sessions      *scs.SessionManager
	webhookSecret []byte
	opsNetworks   []string
}

func main() {
	db := sqlx.MustConnect("postgres", os.Getenv("DATABASE_URL"))
	db.SetMaxOpenConns(10)

	sessions := scs.New()
	sessions.Store = postgresstore.New(db.DB)
	sessions.Lifetime = 12 * time.Hour
	sessions.Cookie.Secure = true
	sessions.Cookie.SameSite = http.SameSiteLaxMode

	app := &App{
		db:            db,
		sessions:      sessions,
		webhookSecret: []byte(os.Getenv("STRIPE_WEBHOOK_SECRET")),
		opsNetworks:   []string{"10.20.0.0/16"},
	}

	csrfMiddleware := csrf.Protect([]byte(os.Getenv("CSRF_KEY")), csrf.Secure(true), csrf.Path("/"))

	r := chi.NewRouter()
	r.Use(middleware.RequestID, middleware.Logger, middleware.Recoverer)
	r.Use(middleware.Timeout(30 * time.Second))

	r.Get("/healthz", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) })
	r.Post("/webhooks/stripe", app.stripeWebhook)

	r.Group(func(r chi.Router) {
		r.Use(sessions.LoadAndSave, csrfMiddleware)

		r.Get("/login", app.loginPage)
		r.Post("/login", app.login)
		r.Post("/logout", app.logout)

		r.Group(func(r chi.Router) {
			r.Use(app.requireUser)
			r.Get("/accounts", app.listAccounts)
			r.Get("/accounts/{accountID}/invoices", app.listInvoices)
			r.Get("/invoices/{invoiceID}", app.getInvoice)
			r.Get("/invoices/{invoiceID}/pdf", app.invoicePDF)
			r.Post("/invoices/{invoiceID}/pay", app.payInvoice)
			r.Get("/credit-notes/{noteID}", app.getCreditNote)
			r.Get("/payment-methods", app.listPaymentMethods)
			r.Delete("/payment-methods/{methodID}", app.deletePaymentMethod)
		})

		r.Route("/ops", func(r chi.Router) {
			r.Use(app.requireUser, app.requireStaff)
			r.Get("/accounts/{accountID}", app.opsAccount)
			r.Post("/invoices/{invoiceID}/void", app.opsVoidInvoice)
		})
	})

	r.Post("/ops/accounts/{accountID}/credit", app.opsIssueCredit)
	r.With(app.fromOpsNetwork).Get("/ops/metrics", app.opsMetrics)

	srv := &http.Server{
		Addr:              ":" + envOr("PORT", "8080"),
		Handler:           r,
		ReadHeaderTimeout: 5 * time.Second,
	}
	log.Fatal(srv.ListenAndServe())
}

func envOr(key, fallback string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return fallback
}
