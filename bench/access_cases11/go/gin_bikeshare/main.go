package main

import (
	"net/http"
	"os"

	"github.com/gin-gonic/gin"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
)

func main() {
	db, err := gorm.Open(postgres.Open(os.Getenv("DATABASE_URL")), &gorm.Config{})
	if err != nil {
		panic(err)
	}
	h := &Handlers{db: db}
	auth := &Auth{key: []byte(os.Getenv("JWT_SECRET")), db: db}

	r := gin.New()
	r.Use(gin.Logger(), gin.Recovery())
	r.Static("/assets", "./web/dist")
	r.StaticFS("/exports", gin.Dir("./var/exports", true))

	r.GET("/healthz", func(c *gin.Context) { c.JSON(http.StatusOK, gin.H{"ok": true}) })
	r.POST("/login", h.Login)
	r.GET("/stations", h.PublicStations)

	api := r.Group("/api", auth.RequireRider())
	{
		api.GET("/rides", h.MyRides)
		api.POST("/rides", h.StartRide)
		api.GET("/rides/:id", h.GetRide)
		api.POST("/rides/:id/end", h.EndRide)
		api.PATCH("/me", h.UpdateMe)
		api.GET("/me/receipts", h.Receipts)

		ops := api.Group("/admin", RequireRole("ops"))
		ops.GET("/bikes", h.ListBikes)
		ops.POST("/bikes/:id/repair", h.MarkRepaired)
		api.DELETE("/admin/stations/:id", h.DeleteStation)
	}

	depot := r.Group("/depot", DepotNetworkOnly())
	depot.POST("/bikes/:id/dock", h.DockBike)

	_ = r.Run(":8080")
}
