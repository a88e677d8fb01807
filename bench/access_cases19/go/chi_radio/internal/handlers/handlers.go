package handlers

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"golang.org/x/crypto/bcrypt"

	"example.org/wavelength/internal/auth"
)

type Handlers struct {
	db *pgxpool.Pool
}

func New(db *pgxpool.Pool) *Handlers { return &Handlers{db: db} }

type Profile struct {
	ID       int64  `json:"id"`
	Name     string `json:"name"`
	Bio      string `json:"bio"`
	Email    string `json:"email"`
	Role     string `json:"role"`
	MaxShows int    `json:"max_shows"`
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func (h *Handlers) Login(w http.ResponseWriter, r *http.Request) {
	var in struct{ Email, Password string }
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	var id int64
	var hash []byte
	err := h.db.QueryRow(r.Context(), `SELECT id, password_hash FROM presenters WHERE email = $1 AND NOT suspended`, in.Email).Scan(&id, &hash)
	if err != nil || bcrypt.CompareHashAndPassword(hash, []byte(in.Password)) != nil {
		http.Error(w, "wrong email or password", http.StatusUnauthorized)
		return
	}
	raw := make([]byte, 32)
	_, _ = rand.Read(raw)
	token := hex.EncodeToString(raw)
	sum := sha256.Sum256([]byte(token))
	_, _ = h.db.Exec(r.Context(), `INSERT INTO sessions (token_hash, presenter_id, expires_at) VALUES ($1, $2, $3)`,
		hex.EncodeToString(sum[:]), id, time.Now().Add(12*time.Hour))
	http.SetCookie(w, &http.Cookie{Name: "wl_session", Value: token, HttpOnly: true, Secure: true, SameSite: http.SameSiteStrictMode, Path: "/"})
	w.WriteHeader(http.StatusNoContent)
}

func (h *Handlers) Schedule(w http.ResponseWriter, r *http.Request) {
	rows, err := h.db.Query(r.Context(), `SELECT title, weekday, starts_at FROM shows WHERE active ORDER BY weekday, starts_at`)
	if err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	var out []map[string]any
	for rows.Next() {
		var title string
		var weekday int
		var startsAt string
		if rows.Scan(&title, &weekday, &startsAt) == nil {
			out = append(out, map[string]any{"title": title, "weekday": weekday, "starts_at": startsAt})
		}
	}
	writeJSON(w, http.StatusOK, out)
}

func (h *Handlers) loadProfile(r *http.Request, id int64) (Profile, error) {
	var p Profile
	err := h.db.QueryRow(r.Context(), `SELECT id, name, bio, email, role, max_shows FROM presenters WHERE id = $1`, id).
		Scan(&p.ID, &p.Name, &p.Bio, &p.Email, &p.Role, &p.MaxShows)
	return p, err
}

func (h *Handlers) Me(w http.ResponseWriter, r *http.Request) {
	p, err := h.loadProfile(r, auth.Current(r).ID)
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, http.StatusOK, p)
}

func (h *Handlers) UpdateProfile(w http.ResponseWriter, r *http.Request) {
	me := auth.Current(r)
	p, err := h.loadProfile(r, me.ID)
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	// decode over the stored profile so omitted fields keep their values
	if err := json.NewDecoder(r.Body).Decode(&p); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	_, err = h.db.Exec(r.Context(),
		`UPDATE presenters SET name = $1, bio = $2, email = $3, role = $4, max_shows = $5 WHERE id = $6`,
		p.Name, p.Bio, p.Email, p.Role, p.MaxShows, me.ID)
	if err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusOK, p)
}

func (h *Handlers) MyShows(w http.ResponseWriter, r *http.Request) {
	rows, err := h.db.Query(r.Context(), `SELECT id, title FROM shows WHERE presenter_id = $1`, auth.Current(r).ID)
	if err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	var out []map[string]any
	for rows.Next() {
		var id int64
		var title string
		if rows.Scan(&id, &title) == nil {
			out = append(out, map[string]any{"id": id, "title": title})
		}
	}
	writeJSON(w, http.StatusOK, out)
}

func (h *Handlers) CreateEpisode(w http.ResponseWriter, r *http.Request) {
	var in struct {
		Title    string `json:"title"`
		AirDate  string `json:"air_date"`
		Playlist string `json:"playlist"`
	}
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	var id int64
	err := h.db.QueryRow(r.Context(),
		`INSERT INTO episodes (show_id, title, air_date, playlist)
		 SELECT s.id, $3, $4, $5 FROM shows s WHERE s.id = $1 AND s.presenter_id = $2
		 RETURNING id`,
		chi.URLParam(r, "showID"), auth.Current(r).ID, in.Title, in.AirDate, in.Playlist).Scan(&id)
	if err != nil {
		http.Error(w, "no such show", http.StatusNotFound)
		return
	}
	writeJSON(w, http.StatusCreated, map[string]int64{"id": id})
}

func (h *Handlers) DeleteEpisode(w http.ResponseWriter, r *http.Request) {
	tag, err := h.db.Exec(r.Context(), `DELETE FROM episodes WHERE id = $1`, chi.URLParam(r, "episodeID"))
	if err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	if tag.RowsAffected() == 0 {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
