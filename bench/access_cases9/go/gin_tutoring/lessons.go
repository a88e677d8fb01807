package main

import (
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
)

type Lesson struct {
	ID        uint      `json:"id"`
	TutorID   uint      `json:"tutor_id"`
	StudentID uint      `json:"student_id"`
	StartsAt  time.Time `json:"starts_at"`
	Status    string    `json:"status"`
	TutorNote string    `json:"tutor_note"`
}

func (h *Handlers) MyLessons(c *gin.Context) {
	claims := currentClaims(c)
	var lessons []Lesson
	h.DB.Where("student_id = ? OR tutor_id = ?", claims.UserID, claims.UserID).Order("starts_at").Find(&lessons)
	c.JSON(http.StatusOK, lessons)
}

func (h *Handlers) GetLesson(c *gin.Context) {
	uid := currentClaims(c).UserID
	var lesson Lesson
	if err := h.DB.Where("id = ? AND (student_id = ? OR tutor_id = ?)", c.Param("id"), uid, uid).First(&lesson).Error; err != nil {
		c.AbortWithStatus(http.StatusNotFound)
		return
	}
	c.JSON(http.StatusOK, lesson)
}

func (h *Handlers) RescheduleLesson(c *gin.Context) {
	var lesson Lesson
	if err := h.DB.First(&lesson, c.Param("id")).Error; err != nil {
		c.AbortWithStatus(http.StatusNotFound)
		return
	}
	var in struct {
		StartsAt time.Time `json:"starts_at" binding:"required"`
	}
	if err := c.ShouldBindJSON(&in); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	lesson.StartsAt = in.StartsAt
	lesson.Status = "rescheduled"
	h.DB.Save(&lesson)
	c.JSON(http.StatusOK, lesson)
}

func (h *Handlers) CancelLesson(c *gin.Context) {
	claims := currentClaims(c)
	var lesson Lesson
	if err := h.DB.First(&lesson, c.Param("id")).Error; err != nil || lesson.StudentID != claims.UserID {
		c.AbortWithStatus(http.StatusNotFound)
		return
	}
	h.DB.Model(&lesson).Update("status", "cancelled")
	c.Status(http.StatusNoContent)
}

func (h *Handlers) AddTutorNote(c *gin.Context) {
	tutorID := c.GetHeader("X-Tutor-ID")
	res := h.DB.Model(&Lesson{}).Where("id = ? AND tutor_id = ?", c.Param("id"), tutorID).
		Update("tutor_note", c.PostForm("note"))
	if res.RowsAffected == 0 {
		c.AbortWithStatus(http.StatusNotFound)
		return
	}
	c.Status(http.StatusNoContent)
}

func (h *Handlers) TutorCalendar(c *gin.Context) {
	claims := currentClaims(c)
	if claims == nil || claims.Role != "tutor" {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	var lessons []Lesson
	h.DB.Where("tutor_id = ?", claims.UserID).Find(&lessons)
	c.JSON(http.StatusOK, lessons)
}
