package main

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"os"
)

type Document struct {
	ID       int64  `json:"id"`
	OwnerID  int64  `json:"owner_id"`
	Name     string `json:"name"`
	SizeKB   int    `json:"size_kb"`
	ShareTok string `json:"-"`
}

func (a *App) listDocuments(w http.ResponseWriter, r *http.Request) {
	u := currentUser(r)
	rows, err := a.db.QueryContext(r.Context(),
		`SELECT id, owner_id, name, size_kb FROM documents WHERE owner_id = $1 ORDER BY name`, u.ID)
	if err != nil {
		http.Error(w, "db error", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	docs := []Document{}
	for rows.Next() {
		var d Document
		if err := rows.Scan(&d.ID, &d.OwnerID, &d.Name, &d.SizeKB); err == nil {
			docs = append(docs, d)
		}
	}
	json.NewEncoder(w).Encode(docs)
}

func (a *App) uploadDocument(w http.ResponseWriter, r *http.Request) {
	u := currentUser(r)
	name := r.FormValue("name")
	file, _, err := r.FormFile("file")
	if err != nil {
		http.Error(w, "file required", http.StatusBadRequest)
		return
	}
	defer file.Close()
	data, _ := io.ReadAll(io.LimitReader(file, int64(u.QuotaMB)<<20))
	var id int64
	err = a.db.QueryRowContext(r.Context(),
		`INSERT INTO documents (owner_id, name, size_kb, body) VALUES ($1, $2, $3, $4) RETURNING id`,
		u.ID, name, len(data)/1024, data).Scan(&id)
	if err != nil {
		http.Error(w, "db error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(map[string]int64{"id": id})
}

func (a *App) getDocument(w http.ResponseWriter, r *http.Request) {
	u := currentUser(r)
	var d Document
	err := a.db.QueryRowContext(r.Context(),
		`SELECT id, owner_id, name, size_kb FROM documents WHERE id = $1 AND owner_id = $2`,
		r.PathValue("id"), u.ID).Scan(&d.ID, &d.OwnerID, &d.Name, &d.SizeKB)
	if errors.Is(err, sql.ErrNoRows) {
		http.NotFound(w, r)
		return
	}
	json.NewEncoder(w).Encode(d)
}

func (a *App) shareDocument(w http.ResponseWriter, r *http.Request) {
	buf := make([]byte, 16)
	rand.Read(buf)
	token := hex.EncodeToString(buf)
	_, err := a.db.ExecContext(r.Context(),
		`UPDATE documents SET share_token = $1 WHERE id = $2`, token, r.PathValue("id"))
	if err != nil {
		http.Error(w, "db error", http.StatusInternalServerError)
		return
	}
	json.NewEncoder(w).Encode(map[string]string{"url": "/shared/" + token})
}

func (a *App) deleteDocument(w http.ResponseWriter, r *http.Request) {
	u := currentUser(r)
	var owner int64
	err := a.db.QueryRowContext(r.Context(), `SELECT owner_id FROM documents WHERE id = $1`, r.PathValue("id")).Scan(&owner)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	if owner != u.ID {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	a.db.ExecContext(r.Context(), `DELETE FROM documents WHERE id = $1`, r.PathValue("id"))
	w.WriteHeader(http.StatusNoContent)
}

func (a *App) openShareLink(w http.ResponseWriter, r *http.Request) {
	var name string
	var body []byte
	err := a.db.QueryRowContext(r.Context(),
		`SELECT name, body FROM documents WHERE share_token = $1 AND share_token IS NOT NULL`,
		r.PathValue("token")).Scan(&name, &body)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Disposition", `attachment; filename="`+name+`"`)
	w.Write(body)
}

func (a *App) storageWebhook(w http.ResponseWriter, r *http.Request) {
	payload, _ := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	mac := hmac.New(sha256.New, []byte(os.Getenv("STORAGE_WEBHOOK_SECRET")))
	mac.Write(payload)
	expected := hex.EncodeToString(mac.Sum(nil))
	if !hmac.Equal([]byte(expected), []byte(r.Header.Get("X-Storage-Signature"))) {
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	var evt struct {
		DocumentID int64  `json:"document_id"`
		Status     string `json:"status"`
	}
	json.Unmarshal(payload, &evt)
	a.db.ExecContext(r.Context(), `UPDATE documents SET scan_status = $1 WHERE id = $2`, evt.Status, evt.DocumentID)
	w.WriteHeader(http.StatusNoContent)
}
