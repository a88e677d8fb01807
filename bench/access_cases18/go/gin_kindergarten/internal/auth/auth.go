package auth

import (
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/jackc/pgx/v5/pgxpool"
)

type User struct {
	ID   int64
	Name string
	Role string // parent | teacher | manager
}

const userKey = "kg.user"

func Current(c *gin.Context) User {
	return c.MustGet(userKey).(User)
}

func Session(db *pgxpool.Pool) gin.HandlerFunc {
	return func(c *gin.Context) {
		token, err := c.Cookie("kg_session")
		if err != nil || token == "" {
			c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "login required"})
			return
		}
		sum := sha256.Sum256([]byte(token))
		var u User
		err = db.QueryRow(c, `SELECT u.id, u.name, u.role FROM sessions s JOIN users u ON u.id = s.user_id
			WHERE s.token_hash = $1 AND s.expires_at > now()`, hex.EncodeToString(sum[:])).Scan(&u.ID, &u.Name, &u.Role)
		if err != nil {
			c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "login required"})
			return
		}
		c.Set(userKey, u)
		c.Next()
	}
}

func RequireRole(roles ...string) gin.HandlerFunc {
	return func(c *gin.Context) {
		u := Current(c)
		for _, r := range roles {
			if u.Role == r {
				c.Next()
				return
			}
		}
		c.AbortWithStatusJSON(http.StatusForbidden, gin.H{"error": "staff only"})
	}
}

// PickupParent identifies the collecting parent on the gate tablet, which keeps
// the parent's id in a cookie after the first scan so they do not log in at the gate.
func PickupParent(db *pgxpool.Pool) gin.HandlerFunc {
	return func(c *gin.Context) {
		raw, err := c.Cookie("pickup_parent")
		if err != nil {
			raw = strings.TrimSpace(c.GetHeader("X-Parent-Id"))
		}
		id, convErr := strconv.ParseInt(raw, 10, 64)
		if convErr != nil {
			c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "scan your card"})
			return
		}
		var u User
		if err := db.QueryRow(c, `SELECT id, name, role FROM users WHERE id = $1`, id).Scan(&u.ID, &u.Name, &u.Role); err != nil {
			c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "unknown parent"})
			return
		}
		c.Set(userKey, u)
		c.Next()
	}
}
