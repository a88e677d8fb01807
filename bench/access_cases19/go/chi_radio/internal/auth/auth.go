package auth

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"net"
	"net/http"
	"os"

	"github.com/jackc/pgx/v5/pgxpool"
)

type ctxKey struct{}

type Presenter struct {
	ID   int64
	Name string
	Role string
}

func Session(db *pgxpool.Pool) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			cookie, err := r.Cookie("wl_session")
			if err != nil || cookie.Value == "" {
				http.Error(w, "sign in", http.StatusUnauthorized)
				return
			}
			sum := sha256.Sum256([]byte(cookie.Value))
			var p Presenter
			err = db.QueryRow(r.Context(),
				`SELECT p.id, p.name, p.role FROM sessions s JOIN presenters p ON p.id = s.presenter_id
				 WHERE s.token_hash = $1 AND s.expires_at > now() AND NOT p.suspended`,
				hex.EncodeToString(sum[:])).Scan(&p.ID, &p.Name, &p.Role)
			if err != nil {
				http.Error(w, "sign in", http.StatusUnauthorized)
				return
			}
			next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), ctxKey{}, &p)))
		})
	}
}

func Current(r *http.Request) *Presenter {
	p, _ := r.Context().Value(ctxKey{}).(*Presenter)
	return p
}

func RequireRole(roles ...string) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			p := Current(r)
			for _, role := range roles {
				if p != nil && p.Role == role {
					next.ServeHTTP(w, r)
					return
				}
			}
			http.Error(w, "forbidden", http.StatusForbidden)
		})
	}
}

var studioNet = mustCIDR(os.Getenv("STUDIO_CIDR"))

func mustCIDR(s string) *net.IPNet {
	if s == "" {
		s = "192.168.50.0/24"
	}
	_, n, err := net.ParseCIDR(s)
	if err != nil {
		panic(err)
	}
	return n
}

// StudioNetworkOnly lets requests from the studio desk's LAN through.
func StudioNetworkOnly(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		host, _, err := net.SplitHostPort(r.RemoteAddr)
		if err != nil {
			host = r.RemoteAddr
		}
		ip := net.ParseIP(host)
		if ip == nil || !studioNet.Contains(ip) {
			http.Error(w, "studio only", http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}
