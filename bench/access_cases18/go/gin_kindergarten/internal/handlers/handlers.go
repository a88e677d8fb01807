package handlers

import (
	"encoding/csv"
	"net/http"
	"strconv"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/jackc/pgx/v5/pgxpool"
	"golang.org/x/crypto/bcrypt"

	"example.com/kindergarten/internal/auth"
)

type Handlers struct {
	db *pgxpool.Pool
}

func New(db *pgxpool.Pool) *Handlers {
	return &Handlers{db: db}
}

type child struct {
	ID        int64  `json:"id"`
	Name      string `json:"name"`
	Room      string `json:"room"`
	Allergies string `json:"allergies,omitempty"`
}

func (h *Handlers) Login(c *gin.Context) {
	var body struct {
		Email    string `json:"email" binding:"required,email"`
		Password string `json:"password" binding:"required"`
	}
	if err := c.ShouldBindJSON(&body); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "bad request"})
		return
	}
	var id int64
	var hash string
	err := h.db.QueryRow(c, `SELECT id, password_hash FROM users WHERE email = lower($1)`, body.Email).Scan(&id, &hash)
	if err != nil || bcrypt.CompareHashAndPassword([]byte(hash), []byte(body.Password)) != nil {
		c.JSON(http.StatusUnauthorized, gin.H{"error": "wrong email or password"})
		return
	}
	token, err := newSession(c, h.db, id)
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "internal"})
		return
	}
	c.SetSameSite(http.SameSiteLaxMode)
	c.SetCookie("kg_session", token, 8*3600, "/", "", true, true)
	c.JSON(http.StatusOK, gin.H{"id": id})
}

func (h *Handlers) WeeklyMenu(c *gin.Context) {
	rows, err := h.db.Query(c, `SELECT day, lunch, snack FROM menu WHERE week_start = date_trunc('week', now())::date ORDER BY day`)
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "internal"})
		return
	}
	defer rows.Close()
	var out []gin.H
	for rows.Next() {
		var day, lunch, snack string
		if err := rows.Scan(&day, &lunch, &snack); err == nil {
			out = append(out, gin.H{"day": day, "lunch": lunch, "snack": snack})
		}
	}
	c.JSON(http.StatusOK, out)
}

func (h *Handlers) MyChildren(c *gin.Context) {
	me := auth.Current(c)
	rows, err := h.db.Query(c, `SELECT ch.id, ch.name, ch.room FROM children ch
		JOIN guardians g ON g.child_id = ch.id WHERE g.parent_id = $1 ORDER BY ch.name`, me.ID)
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "internal"})
		return
	}
	defer rows.Close()
	out := []child{}
	for rows.Next() {
		var ch child
		if err := rows.Scan(&ch.ID, &ch.Name, &ch.Room); err == nil {
			out = append(out, ch)
		}
	}
	c.JSON(http.StatusOK, out)
}

func (h *Handlers) Incidents(c *gin.Context) {
	childID, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "bad id"})
		return
	}
	rows, err := h.db.Query(c, `SELECT occurred_at, description, first_aid_given, staff_name
		FROM incident_reports WHERE child_id = $1 ORDER BY occurred_at DESC`, childID)
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "internal"})
		return
	}
	defer rows.Close()
	var out []gin.H
	for rows.Next() {
		var at time.Time
		var desc, firstAid, staff string
		if err := rows.Scan(&at, &desc, &firstAid, &staff); err == nil {
			out = append(out, gin.H{"at": at, "description": desc, "first_aid": firstAid, "staff": staff})
		}
	}
	c.JSON(http.StatusOK, out)
}

func (h *Handlers) UpdateContact(c *gin.Context) {
	var body struct {
		Phone          string `json:"phone" binding:"max=30"`
		EmergencyPhone string `json:"emergency_phone" binding:"max=30"`
	}
	if err := c.ShouldBindJSON(&body); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "bad request"})
		return
	}
	_, err := h.db.Exec(c, `UPDATE users SET phone = $1, emergency_phone = $2 WHERE id = $3`,
		body.Phone, body.EmergencyPhone, auth.Current(c).ID)
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "internal"})
		return
	}
	c.Status(http.StatusNoContent)
}

func (h *Handlers) AllergyExport(c *gin.Context) {
	rows, err := h.db.Query(c, `SELECT ch.name, ch.room, ch.allergies, ch.medication, ch.gp_phone FROM children ch ORDER BY ch.room, ch.name`)
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "internal"})
		return
	}
	defer rows.Close()
	c.Header("Content-Type", "text/csv")
	c.Header("Content-Disposition", `attachment; filename="allergies.csv"`)
	w := csv.NewWriter(c.Writer)
	_ = w.Write([]string{"name", "room", "allergies", "medication", "gp_phone"})
	for rows.Next() {
		var name, room, allergies, medication, gp string
		if err := rows.Scan(&name, &room, &allergies, &medication, &gp); err == nil {
			_ = w.Write([]string{name, room, allergies, medication, gp})
		}
	}
	w.Flush()
}

func (h *Handlers) DailyRegister(c *gin.Context) {
	rows, err := h.db.Query(c, `SELECT ch.id, ch.name, ch.room, ch.allergies FROM children ch
		JOIN attendance a ON a.child_id = ch.id WHERE a.day = current_date ORDER BY ch.room, ch.name`)
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "internal"})
		return
	}
	defer rows.Close()
	out := []child{}
	for rows.Next() {
		var ch child
		if err := rows.Scan(&ch.ID, &ch.Name, &ch.Room, &ch.Allergies); err == nil {
			out = append(out, ch)
		}
	}
	c.JSON(http.StatusOK, out)
}

func (h *Handlers) RecordIncident(c *gin.Context) {
	var body struct {
		Description   string `json:"description" binding:"required,max=2000"`
		FirstAidGiven string `json:"first_aid_given" binding:"max=500"`
	}
	if err := c.ShouldBindJSON(&body); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "bad request"})
		return
	}
	me := auth.Current(c)
	_, err := h.db.Exec(c, `INSERT INTO incident_reports (child_id, occurred_at, description, first_aid_given, staff_name)
		VALUES ($1, now(), $2, $3, $4)`, c.Param("id"), body.Description, body.FirstAidGiven, me.Name)
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "internal"})
		return
	}
	c.Status(http.StatusCreated)
}

func (h *Handlers) Collect(c *gin.Context) {
	me := auth.Current(c)
	var allowed bool
	err := h.db.QueryRow(c, `SELECT EXISTS (SELECT 1 FROM guardians WHERE child_id = $1 AND parent_id = $2 AND may_collect)`,
		c.Param("id"), me.ID).Scan(&allowed)
	if err != nil || !allowed {
		c.JSON(http.StatusForbidden, gin.H{"error": "not authorised to collect this child"})
		return
	}
	_, _ = h.db.Exec(c, `UPDATE attendance SET collected_at = now(), collected_by = $1 WHERE child_id = $2 AND day = current_date`,
		me.ID, c.Param("id"))
	c.JSON(http.StatusOK, gin.H{"ok": true, "collected_by": me.Name})
}
