package main

import (
	"net/http"
	"os"

	"github.com/golang-jwt/jwt/v5"
	echojwt "github.com/labstack/echo-jwt/v4"
	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
)

func main() {
	db, err := gorm.Open(postgres.Open(os.Getenv("DATABASE_URL")), &gorm.Config{})
	if err != nil {
		panic(err)
	}
	h := &PermitHandler{DB: db}

	e := echo.New()
	e.Use(middleware.Logger(), middleware.Recover())
	e.Static("/assets", "web/dist")
	e.Static("/evidence", "data/plate-photos")
	e.GET("/health", func(c echo.Context) error { return c.String(http.StatusOK, "ok") })

	api := e.Group("/api", echojwt.WithConfig(echojwt.Config{
		SigningKey:    []byte(os.Getenv("JWT_SECRET")),
		SigningMethod: "HS256",
		NewClaimsFunc: func(c echo.Context) jwt.Claims { return new(ResidentClaims) },
	}))
	api.GET("/permits", h.List)
	api.GET("/permits/:id", h.Get)
	api.PUT("/permits/:id", h.Update)
	api.POST("/permits/:id/plate", h.ChangePlate)
	api.DELETE("/permits/:id", h.Delete)

	wardens := api.Group("/wardens", requireWarden)
	wardens.GET("/permits", h.AllPermits)
	wardens.POST("/permits/:id/revoke", h.Revoke)
	e.DELETE("/api/wardens/zones/:zone", h.PurgeZone)

	e.POST("/gate/entry", h.GateEntry)
	e.POST("/camera/sighting", h.CameraSighting, fromCameraNetwork)

	e.Logger.Fatal(e.Start(":8080"))
}
