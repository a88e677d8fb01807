package main

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"net"
	"net/http"
	"strings"

	"github.com/golang-jwt/jwt/v5"
)

type claimsKey struct{}

type Claims struct {
	CustomerID int64  `json:"cid"`
	Role       string `json:"role"`
	jwt.RegisteredClaims
}

func claimsFrom(r *http.Request) *Claims {
	c, _ := r.Context().Value(claimsKey{}).(*Claims)
	return c
}

func (s *server) customerAuth(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
		claims := &Claims{}
		_, err := jwt.ParseWithClaims(raw, claims, func(t *jwt.Token) (any, error) {
			return s.jwtKey, nil
		}, jwt.WithValidMethods([]string{"HS256"}), jwt.WithIssuer("movers"))
		if err != nil {
			http.Error(w, "unauthorised", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), claimsKey{}, claims)))
	})
}

func requireDispatcher(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if c := claimsFrom(r); c == nil || c.Role != "dispatcher" {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}

var depotNets = []string{"192.168.50.0/24"}

func depotNetworkOnly(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ip := r.Header.Get("X-Real-IP")
		if ip == "" {
			ip, _, _ = net.SplitHostPort(r.RemoteAddr)
		}
		for _, cidr := range depotNets {
			_, n, _ := net.ParseCIDR(cidr)
			if n.Contains(net.ParseIP(ip)) {
				next.ServeHTTP(w, r)
				return
			}
		}
		http.Error(w, "depot only", http.StatusForbidden)
	})
}

type crewKey struct{}

// crewTablet reads the crew badge token written by the badge printer.
func crewTablet(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		parts := strings.Split(r.Header.Get("X-Crew-Badge"), ".")
		if len(parts) != 3 {
			http.Error(w, "badge", http.StatusUnauthorized)
			return
		}
		payload, err := base64.RawURLEncoding.DecodeString(parts[1])
		if err != nil {
			http.Error(w, "badge", http.StatusUnauthorized)
			return
		}
		var badge struct {
			CrewID int64 `json:"crew_id"`
		}
		if json.Unmarshal(payload, &badge) != nil || badge.CrewID == 0 {
			http.Error(w, "badge", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), crewKey{}, badge.CrewID)))
	})
}
