module example.com/invoicing

go 1.22

require (
	github.com/alexedwards/scs/v2 v2.8.0
	github.com/go-chi/chi/v5 v5.1.0
	github.com/gorilla/csrf v1.7.2
	github.com/jackc/pgx/v5 v5.7.1
)
