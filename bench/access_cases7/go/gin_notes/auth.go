package main

import (
	"errors"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/golang-jwt/jwt/v5"
	"golang.org/x/crypto/bcrypt"
	"gorm.io/gorm"
)

type claims struct {
	Role string `json:"role"`
	jwt.RegisteredClaims
}

const ctxUserID = "userID"
const ctxRole = "role"

func bearerToken(c *gin.Context) string {
	h := c.GetHeader("Authorization")
	if strings.HasPrefix(h, "Bearer ") {
		return strings.TrimPrefix(h, "Bearer ")
	}
	return ""
}

func (s *Server) requireAuth() gin.HandlerFunc {
	return func(c *gin.Context) {
		var cl claims
		_, err := jwt.ParseWithClaims(bearerToken(c), &cl, func(t *jwt.Token) (any, error) {
			return s.jwtSecret, nil
		}, jwt.WithValidMethods([]string{"HS256"}), jwt.WithIssuer("notes"), jwt.WithExpirationRequired())
		if err != nil {
			c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "unauthorized"})
			return
		}
		id, err := strconv.ParseUint(cl.Subject, 10, 64)
		if err != nil {
			c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "unauthorized"})
			return
		}
		c.Set(ctxUserID, uint(id))
		c.Set(ctxRole, cl.Role)
		c.Next()
	}
}

func (s *Server) requireAdmin() gin.HandlerFunc {
	return func(c *gin.Context) {
		if c.GetString(ctxRole) != "admin" {
			c.AbortWithStatusJSON(http.StatusForbidden, gin.H{"error": "forbidden"})
			return
		}
		c.Next()
	}
}

func (s *Server) softAuth() gin.HandlerFunc {
	return func(c *gin.Context) {
		var cl claims
		token := bearerToken(c)
		if token != "" {
			if _, _, err := jwt.NewParser().ParseUnverified(token, &cl); err == nil {
				if id, err := strconv.ParseUint(cl.Subject, 10, 64); err == nil {
					c.Set(ctxUserID, uint(id))
					c.Set(ctxRole, cl.Role)
				}
			}
		}
		c.Next()
	}
}

func currentUserID(c *gin.Context) uint {
	return c.GetUint(ctxUserID)
}

func (s *Server) issue(u *User) (string, error) {
	now := time.Now()
	tok := jwt.NewWithClaims(jwt.SigningMethodHS256, claims{
		Role: u.Role,
		RegisteredClaims: jwt.RegisteredClaims{
			Subject:   strconv.FormatUint(uint64(u.ID), 10),
			Issuer:    "notes",
			IssuedAt:  jwt.NewNumericDate(now),
			ExpiresAt: jwt.NewNumericDate(now.Add(12 * time.Hour)),
		},
	})
	return tok.SignedString(s.jwtSecret)
}

type credentials struct {
	Email    string `json:"email" binding:"required,email"`
	Password string `json:"password" binding:"required,min=10"`
	Name     string `json:"name"`
}

func (s *Server) register(c *gin.Context) {
	var in credentials
	if err := c.ShouldBindJSON(&in); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	hash, err := bcrypt.GenerateFromPassword([]byte(in.Password), bcrypt.DefaultCost)
	if err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	u := User{Email: strings.ToLower(in.Email), Name: in.Name, PasswordHash: string(hash), Role: "member"}
	if err := s.db.Create(&u).Error; err != nil {
		c.JSON(http.StatusConflict, gin.H{"error": "email taken"})
		return
	}
	token, _ := s.issue(&u)
	c.JSON(http.StatusCreated, gin.H{"token": token})
}

func (s *Server) login(c *gin.Context) {
	var in credentials
	if err := c.ShouldBindJSON(&in); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "bad request"})
		return
	}
	var u User
	err := s.db.Where("email = ? AND disabled = ?", strings.ToLower(in.Email), false).First(&u).Error
	if errors.Is(err, gorm.ErrRecordNotFound) ||
		(err == nil && bcrypt.CompareHashAndPassword([]byte(u.PasswordHash), []byte(in.Password)) != nil) {
		c.JSON(http.StatusUnauthorized, gin.H{"error": "invalid credentials"})
		return
	}
	if err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	token, _ := s.issue(&u)
	c.JSON(http.StatusOK, gin.H{"token": token})
}
