package main

import (
	"log"
	"net/http"
	"os"

	"github.com/golang-jwt/jwt/v5"
	echojwt "github.com/labstack/echo-jwt/v4"
	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
)

type Server struct {
	db        *gorm.DB
	jwtSecret []byte
}

func main() {
	db, err := gorm.Open(postgres.Open(os.Getenv("DATABASE_URL")), &gorm.Config{})
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{db: db, jwtSecret: []byte(os.Getenv("JWT_SECRET"))}

	e := echo.New()
	e.Use(middleware.Recover())
	e.Use(middleware.RequestID())
	e.Use(middleware.Logger())

	e.Static("/", "web/dist")
	e.Static("/dumps", "var/db-dumps")

	e.GET("/healthz", func(c echo.Context) error { return c.String(http.StatusOK, "ok") })
	e.POST("/auth/login", s.Login)

	api := e.Group("/api", echojwt.WithConfig(echojwt.Config{
		SigningKey:    s.jwtSecret,
		SigningMethod: "HS256",
		NewClaimsFunc: func(c echo.Context) jwt.Claims { return new(FleetClaims) },
	}))
	api.GET("/vehicles", s.ListVehicles)
	api.POST("/vehicles", s.CreateVehicle)
	api.GET("/vehicles/:id", s.GetVehicle)
	api.PUT("/vehicles/:id", s.UpdateVehicle)
	api.DELETE("/vehicles/:id", s.DeleteVehicle)
	api.GET("/trips", s.ListTrips)
	api.GET("/trips/:id", s.GetTrip)

	admin := api.Group("/admin", requireRole("admin"))
	admin.GET("/drivers", s.ListDrivers)
	admin.POST("/drivers/:id/disable", s.DisableDriver)

	e.POST("/api/admin/fleets/:id/transfer", s.TransferFleet)

	driver := e.Group("/driver")
	driver.Use(s.driverAppAuth)
	driver.POST("/trips/:id/end", s.EndTrip)
	driver.GET("/trips/today", s.TodaysTrips)

	ops := e.Group("/ops", internalOnly)
	ops.POST("/cache/flush", s.FlushCache)

	log.Fatal(e.Start(":" + os.Getenv("PORT")))
}
