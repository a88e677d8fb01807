package main

import (
	"encoding/csv"
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"
	"golang.org/x/crypto/bcrypt"
)

type User struct {
	ID           uint   `json:"id"`
	Email        string `json:"email"`
	Name         string `json:"name"`
	Bio          string `json:"bio"`
	HourlyRate   int    `json:"hourly_rate"`
	Role         string `json:"role"`
	Approved     bool   `json:"approved"`
	PasswordHash string `json:"-"`
}

type Payout struct {
	TutorID uint
	Amount  int
	IBAN    string
}

func (h *Handlers) Signup(c *gin.Context) {
	var in struct {
		Email    string `json:"email" binding:"required,email"`
		Name     string `json:"name" binding:"required"`
		Password string `json:"password" binding:"required,min=10"`
	}
	if err := c.ShouldBindJSON(&in); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	hash, _ := bcrypt.GenerateFromPassword([]byte(in.Password), bcrypt.DefaultCost)
	u := User{Email: in.Email, Name: in.Name, Role: "student", PasswordHash: string(hash)}
	h.DB.Create(&u)
	c.JSON(http.StatusCreated, gin.H{"id": u.ID})
}

func (h *Handlers) Login(c *gin.Context) { /* issues a signed token; omitted */ }

func (h *Handlers) ListTutors(c *gin.Context) {
	var tutors []User
	h.DB.Select("id", "name", "bio", "hourly_rate").Where("role = ? AND approved", "tutor").Find(&tutors)
	c.JSON(http.StatusOK, tutors)
}

func (h *Handlers) Me(c *gin.Context) {
	var u User
	h.DB.First(&u, currentClaims(c).UserID)
	c.JSON(http.StatusOK, u)
}

func (h *Handlers) UpdateMe(c *gin.Context) {
	changes := map[string]interface{}{}
	if err := c.ShouldBindJSON(&changes); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	h.DB.Model(&User{}).Where("id = ?", currentClaims(c).UserID).Updates(changes)
	c.Status(http.StatusNoContent)
}

func (h *Handlers) ExportPayouts(c *gin.Context) {
	var payouts []Payout
	h.DB.Find(&payouts)
	c.Header("Content-Type", "text/csv")
	w := csv.NewWriter(c.Writer)
	for _, p := range payouts {
		w.Write([]string{fmt.Sprint(p.TutorID), fmt.Sprint(p.Amount), p.IBAN})
	}
	w.Flush()
}

func (h *Handlers) PendingTutors(c *gin.Context) {
	var tutors []User
	h.DB.Where("role = ? AND NOT approved", "tutor").Find(&tutors)
	c.JSON(http.StatusOK, tutors)
}

func (h *Handlers) ApproveTutor(c *gin.Context) {
	h.DB.Model(&User{}).Where("id = ?", c.Param("id")).Update("approved", true)
	c.Status(http.StatusNoContent)
}

func (h *Handlers) SuspendUser(c *gin.Context) {
	h.DB.Model(&User{}).Where("id = ?", c.Param("id")).Update("role", "suspended")
	c.Status(http.StatusNoContent)
}

func (h *Handlers) DeleteTutor(c *gin.Context) {
	h.DB.Where("tutor_id = ?", c.Param("id")).Delete(&Lesson{})
	h.DB.Delete(&User{}, c.Param("id"))
	c.Status(http.StatusNoContent)
}
