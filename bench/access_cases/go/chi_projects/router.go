package api

import (
	"encoding/json"
	"net/http"
	"strings"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/jwtauth/v5"
	"github.com/golang-jwt/jwt/v5"
)

func NewRouter(app *App) http.Handler {
	r := chi.NewRouter()
	r.Get("/healthz", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("ok")) })

	r.Group(func(r chi.Router) {
		r.Use(jwtauth.Verifier(app.tokenAuth))
		r.Use(jwtauth.Authenticator(app.tokenAuth))
		r.Get("/projects", app.listProjects)
		r.Post("/projects", app.createProject)
		r.Get("/projects/{id}", app.getProject)
	})

	r.Delete("/projects/{id}", app.deleteProject)
	r.Get("/feature-flags", app.featureFlags)
	return r
}

func (a *App) getProject(w http.ResponseWriter, r *http.Request) {
	_, claims, _ := jwtauth.FromContext(r.Context())
	var p Project
	err := a.db.QueryRowContext(r.Context(),
		"SELECT id, name, owner_id FROM projects WHERE id = $1 AND owner_id = $2",
		chi.URLParam(r, "id"), claims["sub"]).Scan(&p.ID, &p.Name, &p.OwnerID)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	json.NewEncoder(w).Encode(p)
}

func (a *App) deleteProject(w http.ResponseWriter, r *http.Request) {
	a.db.ExecContext(r.Context(), "DELETE FROM projects WHERE id = $1", chi.URLParam(r, "id"))
	w.WriteHeader(http.StatusNoContent)
}

func (a *App) featureFlags(w http.ResponseWriter, r *http.Request) {
	raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	token, _, err := jwt.NewParser().ParseUnverified(raw, jwt.MapClaims{})
	if err == nil {
		if claims, ok := token.Claims.(jwt.MapClaims); ok && claims["tier"] == "pro" {
			json.NewEncoder(w).Encode([]string{"bulk-export"})
			return
		}
	}
	json.NewEncoder(w).Encode([]string{})
}
