package main

import (
	"crypto/tls"
	"log"
	"net/http"
	"os"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
	"github.com/go-chi/jwtauth/v5"
	"github.com/jmoiron/sqlx"
	_ "github.com/lib/pq"
)

func main() {
	db := sqlx.MustConnect("postgres", os.Getenv("DATABASE_URL"))
	h := &Reports{db: db}
	tokenAuth := jwtauth.New("HS256", []byte(os.Getenv("JWT_SECRET")), nil)

	r := chi.NewRouter()
	r.Use(middleware.Logger, middleware.Timeout(30*time.Second))
	r.Group(func(r chi.Router) {
		r.Use(jwtauth.Verifier(tokenAuth), jwtauth.Authenticator(tokenAuth))
		r.Get("/reports/{id}", h.Get)
		r.Get("/reports", h.ByTitle)
		r.Get("/reports/{id}/render", h.Render)
		r.Get("/convert", h.Convert)
		r.Post("/state", h.ImportState)
		r.Post("/reports/{id}/share", h.Share)
	})

	srv := &http.Server{
		Addr:              ":8443",
		Handler:           r,
		ReadHeaderTimeout: 5 * time.Second,
		TLSConfig:         &tls.Config{MinVersion: tls.VersionTLS10},
	}
	log.Fatal(srv.ListenAndServeTLS("cert.pem", "key.pem"))
}
