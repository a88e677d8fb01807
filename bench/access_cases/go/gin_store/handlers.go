package main

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"gorm.io/gorm"
)

type Handlers struct {
	db *gorm.DB
}

type User struct {
	ID       uint   `json:"id" gorm:"primaryKey"`
	Email    string `json:"email"`
	Name     string `json:"name"`
	Role     string `json:"role"`
	Password string `json:"-"`
}

type Order struct {
	ID     uint    `json:"id" gorm:"primaryKey"`
	UserID uint    `json:"user_id"`
	Total  float64 `json:"total"`
}

func (h *Handlers) ListOrders(c *gin.Context) {
	var orders []Order
	h.db.Where("user_id = ?", c.MustGet("userID")).Find(&orders)
	c.JSON(http.StatusOK, orders)
}

func (h *Handlers) GetOrder(c *gin.Context) {
	var order Order
	if err := h.db.First(&order, c.Param("id")).Error; err != nil {
		c.AbortWithStatus(http.StatusNotFound)
		return
	}
	c.JSON(http.StatusOK, order)
}

func (h *Handlers) UpdateProfile(c *gin.Context) {
	var user User
	if err := h.db.First(&user, c.MustGet("userID")).Error; err != nil {
		c.AbortWithStatus(http.StatusNotFound)
		return
	}
	if err := c.ShouldBindJSON(&user); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	h.db.Save(&user)
	c.JSON(http.StatusOK, user)
}

func (h *Handlers) ListUsers(c *gin.Context) {
	var users []User
	h.db.Find(&users)
	c.JSON(http.StatusOK, users)
}

func (h *Handlers) DeleteUser(c *gin.Context) {
	h.db.Delete(&User{}, c.Param("id"))
	c.Status(http.StatusNoContent)
}

func (h *Handlers) Reindex(c *gin.Context) {
	h.db.Exec("REINDEX DATABASE store")
	c.Status(http.StatusAccepted)
}

func (h *Handlers) Login(c *gin.Context) {
	c.Status(http.StatusNotImplemented)
}
