module example.com/svc

go 1.22

require (
	github.com/gin-gonic/gin v1.10.0
	golang.org/x/crypto v0.24.0
	github.com/acme/internal-lib v0.0.1
)
