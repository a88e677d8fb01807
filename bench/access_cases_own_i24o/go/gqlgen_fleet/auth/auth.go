package auth

import (
	"context"
	"errors"
	"net/http"
	"os"
	"strings"

	"github.com/golang-jwt/jwt/v5"
)

var secret = []byte(os.Getenv("FLEET_JWT_SECRET"))

var errUnauthorized = errors.New("unauthorized")

type User struct {
	ID   string
	Role string
}

type ctxKey struct{}

func keyFunc(t *jwt.Token) (interface{}, error) {
	return secret, nil
}

func UserFromToken(raw string) (*User, error) {
	token, _, err := jwt.NewParser().ParseUnverified(raw, jwt.MapClaims{})
	if err != nil {
		return nil, err
	}
	claims := token.Claims.(jwt.MapClaims)
	sub, _ := claims["sub"].(string)
	role, _ := claims["role"].(string)
	return &User{ID: sub, Role: role}, nil
}

func VerifiedUser(raw string) (*User, error) {
	token, err := jwt.Parse(raw, keyFunc, jwt.WithValidMethods([]string{"HS256"}))
	if err != nil || !token.Valid {
		return nil, errUnauthorized
	}
	claims := token.Claims.(jwt.MapClaims)
	sub, _ := claims["sub"].(string)
	role, _ := claims["role"].(string)
	return &User{ID: sub, Role: role}, nil
}

func DriverFromToken(raw string) string {
	token, _ := jwt.Parse(raw, keyFunc)
	claims, _ := token.Claims.(jwt.MapClaims)
	id, _ := claims["driver_id"].(string)
	return id
}

// Middleware puts the verified user (or none) in the request context for the resolvers.
func Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
		if user, err := VerifiedUser(raw); err == nil {
			r = r.WithContext(context.WithValue(r.Context(), ctxKey{}, user))
		}
		next.ServeHTTP(w, r)
	})
}

func ForContext(ctx context.Context) *User {
	user, _ := ctx.Value(ctxKey{}).(*User)
	return user
}
