package main

import (
	"log"
	"net/http"
	"os"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
)

type Handlers struct {
	db *gorm.DB
}

func main() {
	db, err := gorm.Open(postgres.Open(os.Getenv("DATABASE_URL")), &gorm.Config{})
	if err != nil {
		log.Fatalf("database: %v", err)
	}
	h := &Handlers{db: db}

	e := echo.New()
	e.HideBanner = true
	e.Use(middleware.Recover())
	e.Use(middleware.RequestID())
	e.Use(middleware.Logger())
	e.Use(middleware.BodyLimit("1M"))

	e.GET("/healthz", func(c echo.Context) error {
		sqlDB, err := db.DB()
		if err != nil || sqlDB.Ping() != nil {
			return c.NoContent(http.StatusServiceUnavailable)
		}
		return c.NoContent(http.StatusOK)
	})
	e.POST("/auth/login", h.Login)
	e.POST("/auth/refresh", h.Refresh)
	e.GET("/track/:trackingNumber", h.PublicTracking)

	api := e.Group("/api", RequireToken)
	api.GET("/shipments", h.ListShipments)
	api.POST("/shipments", h.CreateShipment)
	api.GET("/shipments/:id", h.GetShipment)
	api.GET("/shipments/:id/label", h.ShipmentLabel)
	api.PUT("/customers/me", h.UpdateMe)
	api.PATCH("/customers/me/address", h.UpdateAddress)

	admin := api.Group("/admin", RequireRole("admin"))
	admin.GET("/customers", h.AdminListCustomers)
	admin.POST("/customers/:id/credit", h.AdminGrantCredit)
	admin.DELETE("/shipments/:id", h.AdminDeleteShipment)

	e.POST("/api/admin/rates/reload", h.AdminReloadRates)
	e.GET("/internal/metrics", h.InternalMetrics, allowOfficeOnly)

	log.Fatal(e.Start(":" + envOr("PORT", "8080")))
}

func envOr(key, fallback string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return fallback
}
