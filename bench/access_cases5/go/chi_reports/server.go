package reports

import (
	"database/sql"
	"encoding/json"
	"net/http"
	"strings"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
	"github.com/golang-jwt/jwt/v5"
)

type API struct {
	DB     *sql.DB
	Secret []byte
}

func (a *API) Routes() http.Handler {
	r := chi.NewRouter()
	r.Use(middleware.RequestID, middleware.Recoverer)
	r.Get("/status", a.status)

	r.Group(func(r chi.Router) {
		r.Use(a.verifyJWT)
		r.Get("/reports", a.listReports)
		r.Get("/reports/{id}", a.getReport)
		r.Delete("/reports/{id}", a.deleteReport)
	})

	r.Post("/reports/purge", a.purgeReports)
	r.Get("/me/reports", a.myReports)
	return r
}

func (a *API) verifyJWT(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		raw := strings.TrimPrefix(req.Header.Get("Authorization"), "Bearer ")
		token, err := jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) { return a.Secret, nil },
			jwt.WithValidMethods([]string{"HS256"}))
		if err != nil || !token.Valid {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		sub, _ := token.Claims.GetSubject()
		next.ServeHTTP(w, req.WithContext(withUser(req.Context(), sub)))
	})
}

func (a *API) status(w http.ResponseWriter, req *http.Request) {
	w.Write([]byte("ok"))
}

func (a *API) listReports(w http.ResponseWriter, req *http.Request) {
	rows, err := a.DB.QueryContext(req.Context(),
		"SELECT id, title FROM reports WHERE owner = $1", userFrom(req.Context()))
	if err != nil {
		http.Error(w, "db", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	writeRows(w, rows)
}

func (a *API) getReport(w http.ResponseWriter, req *http.Request) {
	var title, body string
	err := a.DB.QueryRowContext(req.Context(),
		"SELECT title, body FROM reports WHERE id = $1 AND owner = $2",
		chi.URLParam(req, "id"), userFrom(req.Context())).Scan(&title, &body)
	if err != nil {
		http.NotFound(w, req)
		return
	}
	json.NewEncoder(w).Encode(map[string]string{"title": title, "body": body})
}

func (a *API) deleteReport(w http.ResponseWriter, req *http.Request) {
	_, err := a.DB.ExecContext(req.Context(), "DELETE FROM reports WHERE id = $1",
		chi.URLParam(req, "id"))
	if err != nil {
		http.Error(w, "db", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (a *API) purgeReports(w http.ResponseWriter, req *http.Request) {
	if _, err := a.DB.ExecContext(req.Context(), "DELETE FROM reports WHERE archived"); err != nil {
		http.Error(w, "db", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (a *API) myReports(w http.ResponseWriter, req *http.Request) {
	raw := strings.TrimPrefix(req.Header.Get("Authorization"), "Bearer ")
	claims := jwt.MapClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(raw, claims); err != nil {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	owner, _ := claims["sub"].(string)
	rows, err := a.DB.QueryContext(req.Context(),
		"SELECT id, title FROM reports WHERE owner = $1", owner)
	if err != nil {
		http.Error(w, "db", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	writeRows(w, rows)
}
