package main

import (
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
	"gorm.io/gorm"
)

type Session struct {
	Token  string `gorm:"primaryKey"`
	UserID uint
}

func AuthRequired(db *gorm.DB) gin.HandlerFunc {
	return func(c *gin.Context) {
		token := strings.TrimPrefix(c.GetHeader("Authorization"), "Bearer ")
		var sess Session
		if token == "" || db.First(&sess, "token = ?", token).Error != nil {
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		c.Set("userID", sess.UserID)
		c.Next()
	}
}
