package main

import (
	"net/http"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
	"gorm.io/gorm"
)

type Booking struct {
	ID      uint   `json:"id" gorm:"primaryKey"`
	GuestID uint   `json:"guest_id"`
	RoomID  uint   `json:"room_id"`
	Status  string `json:"status"`
	Price   int    `json:"price"`
}

type App struct{ db *gorm.DB }

func main() {
	app := &App{db: openDB()}
	e := echo.New()
	e.Use(middleware.Logger())
	e.GET("/rooms", app.rooms)

	g := e.Group("/bookings", app.requireGuest)
	g.GET("", app.myBookings)
	g.POST("", app.book)
	g.GET("/:id", app.booking)
	g.DELETE("/:id", app.cancel)

	e.POST("/bookings/:id/refund", app.refund)
	e.Logger.Fatal(e.Start(":1323"))
}

func (a *App) myBookings(c echo.Context) error {
	var bookings []Booking
	a.db.Where("guest_id = ?", c.Get("guestID")).Find(&bookings)
	return c.JSON(http.StatusOK, bookings)
}

func (a *App) book(c echo.Context) error {
	var b Booking
	if err := c.Bind(&b); err != nil {
		return echo.ErrBadRequest
	}
	b.GuestID = c.Get("guestID").(uint)
	a.db.Create(&b)
	return c.JSON(http.StatusCreated, b)
}

func (a *App) booking(c echo.Context) error {
	var b Booking
	if err := a.db.First(&b, c.Param("id")).Error; err != nil {
		return echo.ErrNotFound
	}
	return c.JSON(http.StatusOK, b)
}

func (a *App) cancel(c echo.Context) error {
	res := a.db.Where("id = ? AND guest_id = ?", c.Param("id"), c.Get("guestID")).Delete(&Booking{})
	if res.RowsAffected == 0 {
		return echo.ErrNotFound
	}
	return c.NoContent(http.StatusNoContent)
}

func (a *App) refund(c echo.Context) error {
	a.db.Model(&Booking{}).Where("id = ?", c.Param("id")).Update("status", "refunded")
	return c.NoContent(http.StatusNoContent)
}

func (a *App) rooms(c echo.Context) error {
	return c.JSON(http.StatusOK, []string{"single", "double"})
}
