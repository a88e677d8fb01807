package auth

import (
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"time"

	"github.com/labstack/echo/v4"
	"gorm.io/gorm"

	"github.com/millbrookbarn/venue/internal/models"
)

const cookieName = "mb_session"

func HashToken(raw string) string {
	sum := sha256.Sum256([]byte(raw))
	return hex.EncodeToString(sum[:])
}

func Session(db *gorm.DB) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			cookie, err := c.Cookie(cookieName)
			if err != nil || cookie.Value == "" {
				return echo.NewHTTPError(http.StatusUnauthorized, "login required")
			}
			var s models.Session
			err = db.Preload("Account").
				Where("token_hash = ? AND expires_at > ?", HashToken(cookie.Value), time.Now()).
				First(&s).Error
			if err != nil {
				return echo.NewHTTPError(http.StatusUnauthorized, "session expired")
			}
			c.Set("account", &s.Account)
			return next(c)
		}
	}
}

func RequireRole(roles ...string) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			acct := Current(c)
			for _, r := range roles {
				if acct != nil && acct.Role == r {
					return next(c)
				}
			}
			return echo.NewHTTPError(http.StatusForbidden, "not allowed")
		}
	}
}

func Current(c echo.Context) *models.Account {
	acct, _ := c.Get("account").(*models.Account)
	return acct
}
