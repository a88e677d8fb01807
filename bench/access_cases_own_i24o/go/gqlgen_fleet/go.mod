module example.com/fleet

go 1.22

require (
	github.com/99designs/gqlgen v0.17.45
	github.com/golang-jwt/jwt/v5 v5.2.1
	github.com/gorilla/sessions v1.2.2
)
