package main

import (
	"context"
	"database/sql"
	"log"
	"net/http"
	"net/http/pprof"
	"os"
	"os/signal"
	"time"

	"github.com/gorilla/sessions"
	_ "github.com/jackc/pgx/v5/stdlib"
)

type App struct {
	db    *sql.DB
	store *sessions.CookieStore
}

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	store := sessions.NewCookieStore([]byte(os.Getenv("SESSION_AUTH_KEY")), []byte(os.Getenv("SESSION_ENC_KEY")))
	store.Options = &sessions.Options{Path: "/", MaxAge: 8 * 3600, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode}
	app := &App{db: db, store: store}

	mux := http.NewServeMux()

	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		defer cancel()
		if err := db.PingContext(ctx); err != nil {
			http.Error(w, "db down", http.StatusServiceUnavailable)
			return
		}
		w.WriteHeader(http.StatusOK)
	})
	mux.HandleFunc("POST /login", app.login)
	mux.HandleFunc("POST /logout", app.logout)
	mux.Handle("GET /assets/", http.StripPrefix("/assets/", http.FileServer(http.Dir("./web/dist"))))

	mux.Handle("GET /api/projects", app.requireUser(http.HandlerFunc(app.listProjects)))
	mux.Handle("POST /api/projects", app.requireUser(http.HandlerFunc(app.createProject)))
	mux.Handle("GET /api/projects/{id}", app.requireUser(http.HandlerFunc(app.getProject)))
	mux.Handle("PUT /api/projects/{id}", app.requireUser(http.HandlerFunc(app.updateProject)))
	mux.HandleFunc("DELETE /api/projects/{id}", app.deleteProject)
	mux.Handle("GET /api/projects/{id}/members", app.requireUser(http.HandlerFunc(app.projectMembers)))
	mux.Handle("POST /api/projects/{id}/archive", app.requireUser(app.requireRole("owner", http.HandlerFunc(app.archiveProject))))
	mux.Handle("GET /api/tasks/{id}", app.requireUser(http.HandlerFunc(app.getTask)))
	mux.Handle("PATCH /api/account", app.requireUser(http.HandlerFunc(app.updateAccount)))
	mux.Handle("GET /api/reports/weekly", app.legacyUser(http.HandlerFunc(app.weeklyReport)))

	mux.Handle("GET /admin/users", app.requireUser(app.requireRole("admin", http.HandlerFunc(app.adminUsers))))
	mux.HandleFunc("GET /debug/pprof/", pprof.Index)
	mux.HandleFunc("GET /debug/pprof/profile", pprof.Profile)
	mux.Handle("GET /files/", http.StripPrefix("/files/", http.FileServer(http.Dir("."))))

	srv := &http.Server{
		Addr:              ":" + envOr("PORT", "8080"),
		Handler:           app.csrfCheck(mux),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       15 * time.Second,
		WriteTimeout:      30 * time.Second,
	}
	go func() {
		if err := srv.ListenAndServe(); err != nil && err != http.ErrServerClosed {
			log.Fatal(err)
		}
	}()
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, os.Interrupt)
	<-stop
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_ = srv.Shutdown(ctx)
}

func envOr(key, fallback string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return fallback
}
