package main

import (
	"context"
	"log"
	"os"

	"github.com/gin-gonic/gin"
	"github.com/jackc/pgx/v5/pgxpool"

	"example.com/kindergarten/internal/auth"
	"example.com/kindergarten/internal/handlers"
)

func main() {
	db, err := pgxpool.New(context.Background(), os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()

	h := handlers.New(db)
	r := gin.Default()
	_ = r.SetTrustedProxies([]string{"10.0.0.0/8"})

	r.Static("/assets", "./public/assets")
	r.StaticFS("/uploads", gin.Dir("./uploads", true))

	r.POST("/login", h.Login)
	r.GET("/menu", h.WeeklyMenu)

	api := r.Group("/api", auth.Session(db))
	{
		api.GET("/children", h.MyChildren)
		api.GET("/children/:id/incidents", h.Incidents)
		api.PUT("/me/contact", h.UpdateContact)
		api.GET("/staff/allergies.csv", h.AllergyExport)
	}

	staff := r.Group("/api/staff", auth.Session(db), auth.RequireRole("teacher", "manager"))
	{
		staff.GET("/register", h.DailyRegister)
		staff.POST("/children/:id/incidents", h.RecordIncident)
	}

	pickup := r.Group("/pickup", auth.PickupParent(db))
	{
		pickup.POST("/children/:id/collect", h.Collect)
	}

	if err := r.Run(":8080"); err != nil {
		log.Fatal(err)
	}
}
