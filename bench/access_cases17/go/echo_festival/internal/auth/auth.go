package auth

import (
	"context"
	"net"
	"net/http"
	"os"
	"strconv"
	"strings"

	"github.com/golang-jwt/jwt/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/labstack/echo/v4"
)

type Volunteer struct {
	ID   int64
	Name string
	Role string
}

var secret = []byte(os.Getenv("CREW_JWT_SECRET"))

var gateNetwork = mustCIDR("172.20.8.0/24")

func mustCIDR(s string) *net.IPNet {
	_, n, err := net.ParseCIDR(s)
	if err != nil {
		panic(err)
	}
	return n
}

func Session(db *pgxpool.Pool) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			raw := strings.TrimPrefix(c.Request().Header.Get("Authorization"), "Bearer ")
			claims := &jwt.RegisteredClaims{}
			_, err := jwt.ParseWithClaims(raw, claims, func(t *jwt.Token) (any, error) { return secret, nil },
				jwt.WithValidMethods([]string{"HS256"}), jwt.WithIssuer("fieldfest-crew"), jwt.WithExpirationRequired())
			if err != nil {
				return echo.NewHTTPError(http.StatusUnauthorized, "invalid token")
			}
			var v Volunteer
			err = db.QueryRow(context.Background(),
				"SELECT id, name, role FROM volunteers WHERE id = $1 AND NOT banned", claims.Subject).Scan(&v.ID, &v.Name, &v.Role)
			if err != nil {
				return echo.NewHTTPError(http.StatusUnauthorized, "unknown volunteer")
			}
			c.Set("volunteer", v)
			return next(c)
		}
	}
}

func Current(c echo.Context) Volunteer {
	return c.Get("volunteer").(Volunteer)
}

func RequireRole(role string) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			if Current(c).Role != role {
				return echo.NewHTTPError(http.StatusForbidden, role+" only")
			}
			return next(c)
		}
	}
}

func GateScannerOnly(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		ip := c.Request().Header.Get("X-Real-IP")
		if ip == "" {
			ip, _, _ = net.SplitHostPort(c.Request().RemoteAddr)
		}
		if !gateNetwork.Contains(net.ParseIP(ip)) {
			return echo.NewHTTPError(http.StatusForbidden, "gate scanners only")
		}
		return next(c)
	}
}

func WristbandHolder(c echo.Context) (int64, error) {
	token, _, err := jwt.NewParser().ParseUnverified(c.QueryParam("wristband"), &jwt.RegisteredClaims{})
	if err != nil {
		return 0, err
	}
	sub, err := token.Claims.GetSubject()
	if err != nil {
		return 0, err
	}
	return strconv.ParseInt(sub, 10, 64)
}
