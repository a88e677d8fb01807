package main

import (
	"database/sql"
	"log"
	"net/http"
	"os"
	"time"

	"github.com/gorilla/sessions"
	"github.com/justinas/nosurf"
	_ "github.com/lib/pq"
)

type App struct {
	db    *sql.DB
	store *sessions.CookieStore
}

func main() {
	db, err := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	store := sessions.NewCookieStore([]byte(os.Getenv("SESSION_KEY")))
	store.Options = &sessions.Options{Path: "/", HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode, MaxAge: 86400}
	app := &App{db: db, store: store}

	mux := http.NewServeMux()

	mux.Handle("GET /static/", http.StripPrefix("/static/", http.FileServer(http.Dir("web/static"))))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("ok")) })
	mux.HandleFunc("POST /login", app.login)
	mux.HandleFunc("POST /logout", app.logout)
	mux.HandleFunc("POST /password-reset", app.requestPasswordReset)

	mux.Handle("GET /documents", app.requireLogin(http.HandlerFunc(app.listDocuments)))
	mux.Handle("POST /documents", app.requireLogin(http.HandlerFunc(app.uploadDocument)))
	mux.Handle("GET /documents/{id}", app.requireLogin(http.HandlerFunc(app.getDocument)))
	mux.Handle("POST /documents/{id}/share", app.requireLogin(http.HandlerFunc(app.shareDocument)))
	mux.Handle("DELETE /documents/{id}", app.requireLogin(http.HandlerFunc(app.deleteDocument)))
	mux.Handle("GET /shared/{token}", http.HandlerFunc(app.openShareLink))

	mux.Handle("GET /account", app.requireLogin(http.HandlerFunc(app.getAccount)))
	mux.Handle("PUT /account", app.requireLogin(http.HandlerFunc(app.updateAccount)))

	mux.Handle("GET /admin/users", app.requireLogin(app.requireAdmin(http.HandlerFunc(app.adminListUsers))))
	mux.Handle("POST /admin/users/{id}/role", app.requireLogin(app.requireAdmin(http.HandlerFunc(app.adminSetRole))))
	mux.HandleFunc("POST /admin/users/{id}/purge", app.adminPurgeUser)

	mux.HandleFunc("POST /webhooks/storage", app.storageWebhook)

	csrf := nosurf.New(mux)
	csrf.ExemptPath("/webhooks/storage")
	csrf.ExemptGlob("/documents/*")
	csrf.SetFailureHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "CSRF token invalid", http.StatusForbidden)
	}))

	srv := &http.Server{
		Addr:              ":8080",
		Handler:           csrf,
		ReadHeaderTimeout: 5 * time.Second,
	}
	log.Fatal(srv.ListenAndServe())
}
