package main

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/golang-jwt/jwt/v5"
	"github.com/labstack/echo/v4"
)

type ResidentClaims struct {
	ResidentID int64  `json:"rid"`
	Role       string `json:"role"`
	jwt.RegisteredClaims
}

func residentID(c echo.Context) int64 {
	tok := c.Get("user").(*jwt.Token)
	return tok.Claims.(*ResidentClaims).ResidentID
}

func requireWarden(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		tok, ok := c.Get("user").(*jwt.Token)
		if !ok {
			return echo.ErrUnauthorized
		}
		if tok.Claims.(*ResidentClaims).Role != "warden" {
			return echo.ErrForbidden
		}
		return next(c)
	}
}

// Gate terminals post on behalf of a resident; they pass the resident in a header.
func gateResident(c echo.Context) (int64, error) {
	return strconv.ParseInt(c.Request().Header.Get("X-Resident-ID"), 10, 64)
}

// The enforcement camera network is on 10.20.0.0/16.
func fromCameraNetwork(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		ip := c.Request().Header.Get("X-Forwarded-For")
		if i := strings.Index(ip, ","); i >= 0 {
			ip = ip[:i]
		}
		if !strings.HasPrefix(strings.TrimSpace(ip), "10.20.") {
			return c.NoContent(http.StatusForbidden)
		}
		return next(c)
	}
}
