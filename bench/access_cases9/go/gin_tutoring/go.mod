module example.com/tutoring

go 1.22

require (
	github.com/gin-gonic/gin v1.10.0
	github.com/golang-jwt/jwt/v5 v5.2.1
	gorm.io/gorm v1.25.12
)
