package main

import (
	"net/http"
	"os"
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/golang-jwt/jwt/v5"
)

type keeperClaims struct {
	Role string `json:"role"`
	jwt.RegisteredClaims
}

var signingKey = []byte(os.Getenv("APIARY_JWT_KEY"))

func requireKeeper() gin.HandlerFunc {
	return func(c *gin.Context) {
		raw := strings.TrimPrefix(c.GetHeader("Authorization"), "Bearer ")
		claims := &keeperClaims{}
		_, err := jwt.ParseWithClaims(raw, claims, func(t *jwt.Token) (any, error) {
			return signingKey, nil
		}, jwt.WithValidMethods([]string{"HS256"}), jwt.WithIssuer("hivecount"))
		if err != nil {
			c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "invalid token"})
			return
		}
		c.Set("keeperID", claims.Subject)
		c.Set("role", claims.Role)
		c.Next()
	}
}

func requireInspector() gin.HandlerFunc {
	return func(c *gin.Context) {
		if c.GetString("role") != "inspector" {
			c.AbortWithStatusJSON(http.StatusForbidden, gin.H{"error": "inspectors only"})
			return
		}
		c.Next()
	}
}

func scaleDevice() gin.HandlerFunc {
	return func(c *gin.Context) {
		claims := &jwt.RegisteredClaims{}
		_, _, err := jwt.NewParser().ParseUnverified(c.GetHeader("X-Scale-Token"), claims)
		if err != nil || claims.Subject == "" {
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		c.Set("hiveID", claims.Subject)
		c.Next()
	}
}
