package main

import (
	"os"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
	echojwt "github.com/labstack/echo-jwt/v4"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
)

func main() {
	db, err := gorm.Open(postgres.Open(os.Getenv("DATABASE_URL")), &gorm.Config{})
	if err != nil {
		panic(err)
	}
	api := &API{repo: &Repo{db: db}}
	e := echo.New()
	e.Use(middleware.Recover())
	e.Use(middleware.CORSWithConfig(middleware.CORSConfig{AllowOrigins: []string{"*"}, AllowCredentials: true}))
	e.POST("/login", api.Login)
	e.GET("/back", api.Back)
	e.GET("/back/local", api.BackLocal)
	e.GET("/p/:id", api.Project)

	g := e.Group("/api", echojwt.JWT([]byte(os.Getenv("JWT_KEY"))))
	g.GET("/projects", api.List)
	g.GET("/projects/search", api.Search)
	g.GET("/projects/sorted", api.Sorted)
	e.DELETE("/api/projects/:id", api.Delete)
	e.Logger.Fatal(e.Start(":1323"))
}
