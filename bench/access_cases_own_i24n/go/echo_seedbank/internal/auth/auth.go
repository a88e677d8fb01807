package auth

import (
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"strconv"
	"time"

	"github.com/labstack/echo/v4"
	"gorm.io/gorm"

	"example.org/seedbank/internal/models"
)

const memberKey = "member"

func Session(db *gorm.DB) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			ck, err := c.Cookie("sb_session")
			if err != nil || ck.Value == "" {
				return echo.NewHTTPError(http.StatusUnauthorized)
			}
			sum := sha256.Sum256([]byte(ck.Value))
			var s models.Session
			if err := db.Where("token_hash = ? AND expires_at > ?", hex.EncodeToString(sum[:]), time.Now()).First(&s).Error; err != nil {
				return echo.NewHTTPError(http.StatusUnauthorized)
			}
			var m models.Member
			if err := db.First(&m, s.MemberID).Error; err != nil {
				return echo.NewHTTPError(http.StatusUnauthorized)
			}
			c.Set(memberKey, &m)
			return next(c)
		}
	}
}

func RequireCurator(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		m := Current(c)
		if m == nil || !m.IsCurator {
			return echo.NewHTTPError(http.StatusForbidden)
		}
		return next(c)
	}
}

func Volunteer(db *gorm.DB) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			id, err := strconv.Atoi(c.Request().Header.Get("X-Volunteer-Id"))
			if err != nil {
				return echo.NewHTTPError(http.StatusUnauthorized)
			}
			var m models.Member
			if err := db.First(&m, id).Error; err != nil {
				return echo.NewHTTPError(http.StatusUnauthorized)
			}
			c.Set(memberKey, &m)
			return next(c)
		}
	}
}

func Current(c echo.Context) *models.Member {
	m, _ := c.Get(memberKey).(*models.Member)
	return m
}
