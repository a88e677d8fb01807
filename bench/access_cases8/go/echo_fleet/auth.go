package main

import (
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"github.com/labstack/echo/v4"
	"golang.org/x/crypto/bcrypt"
)

type FleetClaims struct {
	UserID  uint   `json:"uid"`
	FleetID uint   `json:"fid"`
	Role    string `json:"role"`
	jwt.RegisteredClaims
}

func claimsFrom(c echo.Context) *FleetClaims {
	tok := c.Get("user").(*jwt.Token)
	return tok.Claims.(*FleetClaims)
}

func requireRole(role string) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			if claimsFrom(c).Role != role {
				return echo.NewHTTPError(http.StatusForbidden, "forbidden")
			}
			return next(c)
		}
	}
}

func (s *Server) Login(c echo.Context) error {
	var body struct {
		Email    string `json:"email"`
		Password string `json:"password"`
	}
	if err := c.Bind(&body); err != nil {
		return echo.ErrBadRequest
	}
	var u User
	if err := s.db.Where("email = ?", strings.ToLower(body.Email)).First(&u).Error; err != nil {
		return echo.ErrUnauthorized
	}
	if bcrypt.CompareHashAndPassword([]byte(u.PasswordHash), []byte(body.Password)) != nil {
		return echo.ErrUnauthorized
	}
	claims := FleetClaims{
		UserID: u.ID, FleetID: u.FleetID, Role: u.Role,
		RegisteredClaims: jwt.RegisteredClaims{ExpiresAt: jwt.NewNumericDate(time.Now().Add(8 * time.Hour))},
	}
	signed, err := jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(s.jwtSecret)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, map[string]string{"token": signed})
}

// driverAppAuth accepts the token the driver app caches offline; the app
// refreshes it whenever it has network, so we only read who the driver is.
func (s *Server) driverAppAuth(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		raw := strings.TrimPrefix(c.Request().Header.Get("Authorization"), "Bearer ")
		claims := new(FleetClaims)
		if _, _, err := jwt.NewParser().ParseUnverified(raw, claims); err != nil {
			return echo.ErrUnauthorized
		}
		c.Set("driver", claims)
		return next(c)
	}
}

var internalNets = []string{"10.0.0.0/8", "172.16.0.0/12"}

func internalOnly(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		host, _, err := net.SplitHostPort(c.Request().RemoteAddr)
		if err != nil {
			return echo.ErrForbidden
		}
		ip := net.ParseIP(host)
		for _, cidr := range internalNets {
			_, n, _ := net.ParseCIDR(cidr)
			if n.Contains(ip) {
				return next(c)
			}
		}
		return echo.ErrForbidden
	}
}
