package main

import (
	"context"
	"log"
	"net/http"
	"os"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
	"github.com/jackc/pgx/v5/pgxpool"

	"example.org/wavelength/internal/auth"
	"example.org/wavelength/internal/handlers"
)

func main() {
	db, err := pgxpool.New(context.Background(), os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	h := handlers.New(db)

	r := chi.NewRouter()
	r.Use(middleware.RequestID, middleware.Logger, middleware.Recoverer)

	r.Get("/healthz", func(w http.ResponseWriter, _ *http.Request) { w.Write([]byte("ok")) })
	r.Post("/login", h.Login)
	r.Get("/schedule", h.Schedule)
	r.Mount("/debug", middleware.Profiler())
	r.Handle("/archive/*", http.StripPrefix("/archive/", http.FileServer(http.Dir("./recordings"))))

	r.Group(func(r chi.Router) {
		r.Use(auth.Session(db))
		r.Get("/me", h.Me)
		r.Put("/me", h.UpdateProfile)
		r.Get("/shows/mine", h.MyShows)
		r.Post("/shows/{showID}/episodes", h.CreateEpisode)
		r.Delete("/episodes/{episodeID}", h.DeleteEpisode)
	})

	r.Route("/admin", func(r chi.Router) {
		r.Use(auth.Session(db), auth.RequireRole("station_manager"))
		r.Get("/presenters", h.ListPresenters)
		r.Post("/presenters/{presenterID}/suspend", h.SuspendPresenter)
		r.Delete("/shows/{showID}", h.DeleteShow)
	})

	r.Route("/studio", func(r chi.Router) {
		r.Use(middleware.RealIP, auth.StudioNetworkOnly)
		r.Post("/on-air", h.GoOnAir)
		r.Post("/emergency-broadcast", h.EmergencyBroadcast)
	})

	log.Fatal(http.ListenAndServe(":8080", r))
}
