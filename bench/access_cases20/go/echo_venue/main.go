package main

import (
	"log"
	"os"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"

	"github.com/millbrookbarn/venue/internal/auth"
	"github.com/millbrookbarn/venue/internal/handlers"
)

func main() {
	db, err := gorm.Open(postgres.Open(os.Getenv("DATABASE_URL")), &gorm.Config{})
	if err != nil {
		log.Fatal(err)
	}
	h := &handlers.Handlers{DB: db}

	e := echo.New()
	e.Use(middleware.Recover(), middleware.Logger(), middleware.Secure())
	e.Use(middleware.CSRFWithConfig(middleware.CSRFConfig{
		TokenLookup:    "header:X-CSRF-Token",
		CookieSecure:   true,
		CookieHTTPOnly: true,
		Skipper:        func(c echo.Context) bool { return c.Path() == "/webhooks/stripe" },
	}))

	e.POST("/login", h.Login)
	e.POST("/webhooks/stripe", h.StripeWebhook)
	// signed contracts and ID scans uploaded by couples
	e.Group("/contracts", middleware.StaticWithConfig(middleware.StaticConfig{Root: "uploads/contracts", Browse: true}))

	couples := e.Group("/bookings", auth.Session(db))
	couples.GET("/:id", h.GetBooking)
	couples.PUT("/:id/guests", h.UpdateGuests)
	couples.POST("/:id/waive-deposit", h.WaiveDeposit)

	coord := e.Group("/coordinator", auth.Session(db), auth.RequireRole("coordinator", "owner"))
	coord.GET("/bookings", h.ListBookings)
	e.POST("/coordinator/calendar/reset", h.ResetCalendar)

	e.Logger.Fatal(e.Start(":8080"))
}
