package main

import (
	"database/sql"
	"net/http"
	"os"

	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/gorilla/sessions"

	"example.com/fleet/auth"
	"example.com/fleet/graph"
	"example.com/fleet/web"
)

func main() {
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		panic(err)
	}
	store := sessions.NewCookieStore([]byte(os.Getenv("SESSION_KEY")))
	h := &web.Handler{DB: db, Store: store}
	srv := handler.NewDefaultServer(graph.NewExecutableSchema(graph.Config{Resolvers: &graph.Resolver{Store: graph.NewStore(db)}}))

	mux := http.NewServeMux()
	mux.Handle("/query", auth.Middleware(srv))
	mux.HandleFunc("POST /payouts", h.UpdatePayout)
	mux.HandleFunc("POST /settings/email", h.UpdateEmail)
	mux.HandleFunc("GET /driver/me", func(w http.ResponseWriter, r *http.Request) {
		id := auth.DriverFromToken(r.Header.Get("X-Driver-Token"))
		w.Write([]byte(id))
	})
	http.ListenAndServe(":8080", mux)
}
