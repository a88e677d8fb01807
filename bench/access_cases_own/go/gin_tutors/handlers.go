package main

import (
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"
	"gorm.io/gorm"
)

type Lesson struct {
	ID      int64
	TutorID int64
	Topic   string
}

type handlers struct{ db *gorm.DB }

// Tutors sign in on the partner site; it forwards the tutor in a header.
func tutorOf(c *gin.Context) int64 {
	id, _ := strconv.ParseInt(c.GetHeader("X-Tutor-Id"), 10, 64)
	return id
}

func (h *handlers) myLessons(c *gin.Context) {
	var out []Lesson
	h.db.Where("tutor_id = ?", tutorOf(c)).Find(&out)
	c.JSON(http.StatusOK, out)
}

func (h *handlers) pupilReport(c *gin.Context) {
	pupil := c.GetHeader("X-Pupil-Id")
	var out []Lesson
	h.db.Where("pupil_id = ?", pupil).Find(&out)
	c.JSON(http.StatusOK, out)
}

func (h *handlers) ping(c *gin.Context) {
	c.Header("X-Request-Id", c.GetHeader("X-Request-Id"))
	c.JSON(http.StatusOK, gin.H{"ok": true})
}
