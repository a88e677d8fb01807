module github.com/mendhub/repaircafe

go 1.22

require (
	github.com/alexedwards/scs/v2 v2.8.0
	github.com/go-chi/chi/v5 v5.1.0
	github.com/jackc/pgx/v5 v5.6.0
	golang.org/x/crypto v0.26.0
)
