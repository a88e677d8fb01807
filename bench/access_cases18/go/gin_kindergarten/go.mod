module example.com/kindergarten

go 1.22

require (
	github.com/gin-gonic/gin v1.10.0
	github.com/jackc/pgx/v5 v5.6.0
	golang.org/x/crypto v0.24.0
)
