module github.com/millbrookbarn/venue

go 1.22

require (
	github.com/labstack/echo/v4 v4.12.0
	github.com/stripe/stripe-go/v79 v79.1.0
	golang.org/x/crypto v0.24.0
	gorm.io/driver/postgres v1.5.9
	gorm.io/gorm v1.25.10
)
