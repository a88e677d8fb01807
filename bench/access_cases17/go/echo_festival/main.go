package main

import (
	"context"
	"log"
	"os"

	"example.org/fieldfest/crew/internal/auth"
	"example.org/fieldfest/crew/internal/crew"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
)

func main() {
	db, err := pgxpool.New(context.Background(), os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	h := &crew.Handlers{DB: db}

	e := echo.New()
	e.Use(middleware.Recover(), middleware.Logger())

	e.GET("/lineup", h.Lineup)
	e.Static("/assets", "web/assets")

	me := e.Group("/crew", auth.Session(db))
	me.GET("/shifts/:id", h.Shift)
	me.PUT("/profile/contact", h.UpdateContact)
	me.GET("/timesheets/:id", h.Timesheet)
	me.PUT("/timesheets/:id", h.EditTimesheet)
	me.PUT("/profile", h.UpdateProfile)

	coord := e.Group("/coord", auth.Session(db), auth.RequireRole("coordinator"))
	coord.POST("/timesheets/:id/approve", h.ApproveTimesheet)
	e.POST("/coord/rota/publish", h.PublishRota)

	gate := e.Group("/gate", auth.GateScannerOnly)
	gate.POST("/scan", h.ScanEntry)

	e.Group("/exports").Use(middleware.StaticWithConfig(middleware.StaticConfig{
		Root:   "data/exports",
		Browse: true,
	}))

	log.Fatal(e.Start(":8080"))
}
