package lettings

import (
	"net/http"
	"strings"

	"github.com/golang-jwt/jwt/v5"
)

// Letting agents' phones send the landlord they act for in an app token.
func landlordFrom(r *http.Request) (int, bool) {
	raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	claims := jwt.MapClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(raw, claims); err != nil {
		return 0, false
	}
	landlord, ok := claims["landlord"].(float64)
	return int(landlord), ok
}

func expiryFrom(r *http.Request) float64 {
	raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	claims := jwt.MapClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(raw, claims); err != nil {
		return 0
	}
	exp, _ := claims["exp"].(float64)
	return exp
}
