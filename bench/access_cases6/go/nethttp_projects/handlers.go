package main

import (
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"time"

	"golang.org/x/crypto/bcrypt"
)

type Project struct {
	ID          int64     `json:"id"`
	OrgID       int64     `json:"org_id"`
	Name        string    `json:"name"`
	Description string    `json:"description"`
	Archived    bool      `json:"archived"`
	CreatedAt   time.Time `json:"created_at"`
}

type Task struct {
	ID        int64  `json:"id"`
	ProjectID int64  `json:"project_id"`
	Title     string `json:"title"`
	Assignee  *int64 `json:"assignee"`
	Done      bool   `json:"done"`
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func pathID(r *http.Request) (int64, bool) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	return id, err == nil
}

func (a *App) login(w http.ResponseWriter, r *http.Request) {
	var in struct{ Email, Password string }
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<16)).Decode(&in); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	var id int64
	var hash []byte
	err := a.db.QueryRowContext(r.Context(), `SELECT id, password_hash FROM users WHERE email = $1 AND disabled = false`, in.Email).Scan(&id, &hash)
	if err != nil || bcrypt.CompareHashAndPassword(hash, []byte(in.Password)) != nil {
		http.Error(w, "bad credentials", http.StatusUnauthorized)
		return
	}
	token := make([]byte, 16)
	_, _ = rand.Read(token)
	sess, _ := a.store.New(r, "projects")
	sess.Values["uid"] = id
	sess.Values["csrf"] = hex.EncodeToString(token)
	if err := sess.Save(r, w); err != nil {
		http.Error(w, "session error", http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"csrf": sess.Values["csrf"].(string)})
}

func (a *App) logout(w http.ResponseWriter, r *http.Request) {
	sess, _ := a.store.Get(r, "projects")
	sess.Options.MaxAge = -1
	_ = sess.Save(r, w)
	w.WriteHeader(http.StatusNoContent)
}

func (a *App) listProjects(w http.ResponseWriter, r *http.Request) {
	rows, err := a.db.QueryContext(r.Context(), `SELECT id, org_id, name, description, archived, created_at FROM projects WHERE org_id = $1 ORDER BY name`, userFrom(r).OrgID)
	if err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	out := []Project{}
	for rows.Next() {
		var p Project
		if rows.Scan(&p.ID, &p.OrgID, &p.Name, &p.Description, &p.Archived, &p.CreatedAt) == nil {
			out = append(out, p)
		}
	}
	writeJSON(w, http.StatusOK, out)
}

func (a *App) createProject(w http.ResponseWriter, r *http.Request) {
	var in struct{ Name, Description string }
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil || in.Name == "" {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	var id int64
	err := a.db.QueryRowContext(r.Context(), `INSERT INTO projects (org_id, name, description) VALUES ($1, $2, $3) RETURNING id`, userFrom(r).OrgID, in.Name, in.Description).Scan(&id)
	if err != nil {
		http.Error(w, "insert failed", http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusCreated, map[string]int64{"id": id})
}

func (a *App) getProject(w http.ResponseWriter, r *http.Request) {
	id, ok := pathID(r)
	if !ok {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	var p Project
	err := a.db.QueryRowContext(r.Context(), `SELECT id, org_id, name, description, archived, created_at FROM projects WHERE id = $1 AND org_id = $2`, id, userFrom(r).OrgID).
		Scan(&p.ID, &p.OrgID, &p.Name, &p.Description, &p.Archived, &p.CreatedAt)
	if errors.Is(err, sql.ErrNoRows) {
		http.NotFound(w, r)
		return
	}
	writeJSON(w, http.StatusOK, p)
}

func (a *App) updateProject(w http.ResponseWriter, r *http.Request) {
	id, ok := pathID(r)
	if !ok {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	var in struct{ Name, Description string }
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	res, err := a.db.ExecContext(r.Context(), `UPDATE projects SET name = $1, description = $2 WHERE id = $3 AND org_id = $4`, in.Name, in.Description, id, userFrom(r).OrgID)
	if n, _ := res.RowsAffected(); err != nil || n == 0 {
		http.NotFound(w, r)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (a *App) deleteProject(w http.ResponseWriter, r *http.Request) {
	id, ok := pathID(r)
	if !ok {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	if _, err := a.db.ExecContext(r.Context(), `DELETE FROM projects WHERE id = $1`, id); err != nil {
		http.Error(w, "delete failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (a *App) projectMembers(w http.ResponseWriter, r *http.Request) {
	id, _ := pathID(r)
	rows, err := a.db.QueryContext(r.Context(), `SELECT u.id, u.name FROM project_members m JOIN users u ON u.id = m.user_id JOIN projects p ON p.id = m.project_id WHERE m.project_id = $1 AND p.org_id = $2`, id, userFrom(r).OrgID)
	if err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	type member struct {
		ID   int64  `json:"id"`
		Name string `json:"name"`
	}
	out := []member{}
	for rows.Next() {
		var m member
		if rows.Scan(&m.ID, &m.Name) == nil {
			out = append(out, m)
		}
	}
	writeJSON(w, http.StatusOK, out)
}

func (a *App) archiveProject(w http.ResponseWriter, r *http.Request) {
	id, _ := pathID(r)
	_, err := a.db.ExecContext(r.Context(), `UPDATE projects SET archived = true WHERE id = $1 AND org_id = $2`, id, userFrom(r).OrgID)
	if err != nil {
		http.Error(w, "update failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (a *App) getTask(w http.ResponseWriter, r *http.Request) {
	id, _ := pathID(r)
	var t Task
	err := a.db.QueryRowContext(r.Context(), `SELECT id, project_id, title, assignee, done FROM tasks WHERE id = $1`, id).
		Scan(&t.ID, &t.ProjectID, &t.Title, &t.Assignee, &t.Done)
	if errors.Is(err, sql.ErrNoRows) {
		http.NotFound(w, r)
		return
	}
	writeJSON(w, http.StatusOK, t)
}

func (a *App) updateAccount(w http.ResponseWriter, r *http.Request) {
	u := userFrom(r)
	if err := json.NewDecoder(r.Body).Decode(u); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	_, err := a.db.ExecContext(r.Context(), `UPDATE users SET email = $1, name = $2, role = $3, org_id = $4 WHERE id = $5`, u.Email, u.Name, u.Role, u.OrgID, userFrom(r).ID)
	if err != nil {
		http.Error(w, "update failed", http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusOK, u)
}

func (a *App) weeklyReport(w http.ResponseWriter, r *http.Request) {
	var done, open int
	_ = a.db.QueryRowContext(r.Context(), `SELECT count(*) FILTER (WHERE t.done), count(*) FILTER (WHERE NOT t.done) FROM tasks t JOIN projects p ON p.id = t.project_id WHERE p.org_id = $1`, userFrom(r).OrgID).Scan(&done, &open)
	writeJSON(w, http.StatusOK, map[string]int{"done": done, "open": open})
}

func (a *App) adminUsers(w http.ResponseWriter, r *http.Request) {
	rows, err := a.db.QueryContext(r.Context(), `SELECT id, email, name, role, org_id FROM users ORDER BY id LIMIT 500`)
	if err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	out := []User{}
	for rows.Next() {
		var u User
		if rows.Scan(&u.ID, &u.Email, &u.Name, &u.Role, &u.OrgID) == nil {
			out = append(out, u)
		}
	}
	writeJSON(w, http.StatusOK, out)
}
