package main

import (
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"
	"gorm.io/gorm"
)

type adminUserView struct {
	ID       uint   `json:"id"`
	Email    string `json:"email"`
	Name     string `json:"name"`
	Role     string `json:"role"`
	Disabled bool   `json:"disabled"`
	Notes    int64  `json:"notes"`
}

func (s *Server) adminListUsers(c *gin.Context) {
	limit, _ := strconv.Atoi(c.DefaultQuery("limit", "50"))
	if limit <= 0 || limit > 200 {
		limit = 50
	}
	var rows []adminUserView
	s.db.Table("users").
		Select("users.id, users.email, users.name, users.role, users.disabled, count(notes.id) as notes").
		Joins("LEFT JOIN notes ON notes.owner_id = users.id").
		Group("users.id").
		Order("users.id").
		Limit(limit).
		Scan(&rows)
	c.JSON(http.StatusOK, rows)
}

func (s *Server) adminDisableUser(c *gin.Context) {
	id, err := strconv.ParseUint(c.Param("id"), 10, 64)
	if err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "bad id"})
		return
	}
	if uint(id) == currentUserID(c) {
		c.JSON(http.StatusBadRequest, gin.H{"error": "cannot disable yourself"})
		return
	}
	res := s.db.Model(&User{}).Where("id = ?", id).Update("disabled", true)
	if res.RowsAffected == 0 {
		c.JSON(http.StatusNotFound, gin.H{"error": "not found"})
		return
	}
	c.Status(http.StatusNoContent)
}

func (s *Server) adminDeleteUser(c *gin.Context) {
	id, err := strconv.ParseUint(c.Param("id"), 10, 64)
	if err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "bad id"})
		return
	}
	err = s.db.Transaction(func(tx *gorm.DB) error {
		if err := tx.Where("note_id IN (?)", tx.Model(&Note{}).Select("id").Where("owner_id = ?", id)).Delete(&Share{}).Error; err != nil {
			return err
		}
		if err := tx.Where("owner_id = ?", id).Delete(&Note{}).Error; err != nil {
			return err
		}
		if err := tx.Where("owner_id = ?", id).Delete(&Notebook{}).Error; err != nil {
			return err
		}
		return tx.Delete(&User{}, id).Error
	})
	if err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusNoContent)
}
