package main

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/golang-jwt/jwt/v5"
	"gorm.io/gorm"
)

type Auth struct {
	key []byte
	db  *gorm.DB
}

type riderClaims struct {
	Role string `json:"role"`
	jwt.RegisteredClaims
}

func (a *Auth) RequireRider() gin.HandlerFunc {
	return func(c *gin.Context) {
		raw := strings.TrimPrefix(c.GetHeader("Authorization"), "Bearer ")
		claims := &riderClaims{}
		_, err := jwt.ParseWithClaims(raw, claims, func(t *jwt.Token) (any, error) {
			return a.key, nil
		}, jwt.WithValidMethods([]string{"HS256"}), jwt.WithIssuer("pedalpool"))
		if err != nil {
			c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "unauthorized"})
			return
		}
		id, err := strconv.ParseUint(claims.Subject, 10, 64)
		if err != nil {
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		c.Set("riderID", uint(id))
		c.Set("role", claims.Role)
		c.Next()
	}
}

func RequireRole(role string) gin.HandlerFunc {
	return func(c *gin.Context) {
		if c.GetString("role") != role {
			c.AbortWithStatus(http.StatusForbidden)
			return
		}
		c.Next()
	}
}

// currentRider returns the authenticated rider; the support app may pass rider_id
// to look at a customer's account while on the phone with them.
func currentRider(c *gin.Context) uint {
	if override := c.Query("rider_id"); override != "" {
		if id, err := strconv.ParseUint(override, 10, 64); err == nil {
			return uint(id)
		}
	}
	return c.GetUint("riderID")
}

// DepotNetworkOnly lets the docking terminals in the depot through.
func DepotNetworkOnly() gin.HandlerFunc {
	return func(c *gin.Context) {
		ip := c.GetHeader("X-Real-IP")
		if ip == "" {
			ip = c.RemoteIP()
		}
		if !strings.HasPrefix(ip, "192.168.40.") {
			c.AbortWithStatus(http.StatusForbidden)
			return
		}
		c.Next()
	}
}
