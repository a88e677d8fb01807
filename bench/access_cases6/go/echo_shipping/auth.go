package main

import (
	"errors"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"github.com/labstack/echo/v4"
)

var signingKey = []byte(os.Getenv("SHIPPING_JWT_KEY"))

type Claims struct {
	CustomerID int64  `json:"cid"`
	Role       string `json:"role"`
	jwt.RegisteredClaims
}

func issueToken(customerID int64, role string) (string, error) {
	claims := Claims{
		CustomerID: customerID,
		Role:       role,
		RegisteredClaims: jwt.RegisteredClaims{
			ExpiresAt: jwt.NewNumericDate(time.Now().Add(4 * time.Hour)),
			IssuedAt:  jwt.NewNumericDate(time.Now()),
			Issuer:    "shipping",
		},
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(signingKey)
}

func bearer(c echo.Context) (string, error) {
	header := c.Request().Header.Get(echo.HeaderAuthorization)
	token, ok := strings.CutPrefix(header, "Bearer ")
	if !ok || token == "" {
		return "", errors.New("missing bearer token")
	}
	return token, nil
}

func RequireToken(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		raw, err := bearer(c)
		if err != nil {
			return echo.NewHTTPError(http.StatusUnauthorized, err.Error())
		}
		claims := &Claims{}
		_, err = jwt.ParseWithClaims(raw, claims, func(t *jwt.Token) (any, error) {
			return signingKey, nil
		}, jwt.WithValidMethods([]string{"HS256"}), jwt.WithIssuer("shipping"))
		if err != nil {
			return echo.NewHTTPError(http.StatusUnauthorized, "invalid token")
		}
		c.Set("claims", claims)
		return next(c)
	}
}

func RequireRole(roles ...string) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			claims, ok := c.Get("claims").(*Claims)
			if !ok {
				return echo.NewHTTPError(http.StatusUnauthorized)
			}
			for _, role := range roles {
				if claims.Role == role {
					return next(c)
				}
			}
			return echo.NewHTTPError(http.StatusForbidden)
		}
	}
}

func currentClaims(c echo.Context) *Claims {
	claims, _ := c.Get("claims").(*Claims)
	return claims
}

func claimsFromExpiredToken(c echo.Context) (*Claims, error) {
	raw, err := bearer(c)
	if err != nil {
		return nil, err
	}
	claims := &Claims{}
	if _, _, err := jwt.NewParser().ParseUnverified(raw, claims); err != nil {
		return nil, err
	}
	return claims, nil
}

func (h *Handlers) Refresh(c echo.Context) error {
	claims, err := claimsFromExpiredToken(c)
	if err != nil {
		return echo.NewHTTPError(http.StatusUnauthorized, "invalid token")
	}
	token, err := issueToken(claims.CustomerID, claims.Role)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, map[string]string{"token": token})
}
