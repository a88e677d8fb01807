package main

import (
	"log"
	"os"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"

	"example.org/seedbank/internal/auth"
	"example.org/seedbank/internal/handlers"
)

func main() {
	db, err := gorm.Open(postgres.Open(os.Getenv("DATABASE_URL")), &gorm.Config{})
	if err != nil {
		log.Fatal(err)
	}
	h := &handlers.Handler{DB: db}

	e := echo.New()
	e.Use(middleware.Logger())
	e.Use(middleware.Recover())
	e.Use(middleware.CSRFWithConfig(middleware.CSRFConfig{TokenLookup: "header:X-CSRF-Token", CookieSameSite: 2}))
	e.Static("/assets", "static")
	e.Group("/exports", middleware.StaticWithConfig(middleware.StaticConfig{Root: "exports", Browse: true}))

	e.GET("/catalogue", h.Catalogue)

	api := e.Group("/api", auth.Session(db))
	api.GET("/requests", h.MyRequests)
	api.GET("/requests/:id", h.GetRequest)
	api.DELETE("/requests/:id", h.WithdrawRequest)
	api.PATCH("/profile", h.UpdateProfile)

	cur := e.Group("/curator", auth.Session(db), auth.RequireCurator)
	cur.POST("/varieties/:id/archive", h.ArchiveVariety)
	e.POST("/curator/requests/purge", h.PurgeRequests)

	vol := e.Group("/volunteer", auth.Volunteer(db))
	vol.POST("/requests/:id/pack", h.PackRequest)

	log.Fatal(e.Start(":8080"))
}
