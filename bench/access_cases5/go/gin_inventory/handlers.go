package main

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

type Item struct {
	ID       uint   `json:"id" gorm:"primaryKey"`
	OwnerID  uint   `json:"owner_id"`
	Name     string `json:"name"`
	Quantity int    `json:"quantity"`
}

type User struct {
	ID       uint   `json:"id" gorm:"primaryKey"`
	Email    string `json:"email"`
	Name     string `json:"name"`
	Role     string `json:"role"`
	Password string `json:"-"`
}

func currentUserID(c *gin.Context) uint {
	return c.MustGet("userID").(uint)
}

func (s *Server) listItems(c *gin.Context) {
	var items []Item
	s.db.Where("owner_id = ?", currentUserID(c)).Find(&items)
	c.JSON(http.StatusOK, items)
}

func (s *Server) getItem(c *gin.Context) {
	var item Item
	if err := s.db.First(&item, c.Param("id")).Error; err != nil {
		c.AbortWithStatus(http.StatusNotFound)
		return
	}
	c.JSON(http.StatusOK, item)
}

func (s *Server) updateItem(c *gin.Context) {
	var item Item
	err := s.db.Where("id = ? AND owner_id = ?", c.Param("id"), currentUserID(c)).First(&item).Error
	if err != nil {
		c.AbortWithStatus(http.StatusNotFound)
		return
	}
	var body struct {
		Name     string `json:"name"`
		Quantity int    `json:"quantity"`
	}
	if err := c.ShouldBindJSON(&body); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	item.Name, item.Quantity = body.Name, body.Quantity
	s.db.Save(&item)
	c.JSON(http.StatusOK, item)
}

func (s *Server) updateProfile(c *gin.Context) {
	var user User
	if err := c.ShouldBindJSON(&user); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	user.ID = currentUserID(c)
	s.db.Save(&user)
	c.JSON(http.StatusOK, user)
}

func (s *Server) stockReport(c *gin.Context) {
	if c.GetHeader("X-Inventory-Admin") != "yes" {
		c.AbortWithStatus(http.StatusForbidden)
		return
	}
	var rows []Item
	s.db.Order("quantity asc").Limit(100).Find(&rows)
	c.JSON(http.StatusOK, rows)
}

func (s *Server) deleteItem(c *gin.Context) {
	s.db.Where("id = ? AND owner_id = ?", c.Param("id"), c.GetUint("userID")).Delete(&Item{})
	c.Status(http.StatusNoContent)
}

func (s *Server) login(c *gin.Context) {
	c.Status(http.StatusNotImplemented)
}
