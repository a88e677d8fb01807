package main

import (
	"context"
	"net/http"
	"os"

	"github.com/gin-gonic/gin"
	"github.com/jackc/pgx/v5/pgxpool"
)

func main() {
	pool, err := pgxpool.New(context.Background(), os.Getenv("DATABASE_URL"))
	if err != nil {
		panic(err)
	}
	h := &handlers{db: pool}
	r := gin.Default()

	r.GET("/healthz", func(c *gin.Context) { c.String(http.StatusOK, "ok") })
	r.Static("/assets", "./web/assets")
	r.StaticFS("/exports", gin.Dir("./var/exports", true))

	api := r.Group("/api", requireKeeper())
	{
		api.GET("/hives/:id", h.getHive)
		api.GET("/harvests/:id", h.getHarvest)
		api.DELETE("/hives/:id", h.deleteHive)
		api.PUT("/me", h.updateMe)
		api.GET("/sales", h.listSales)
		insp := api.Group("/inspections", requireInspector())
		insp.POST("/:hiveId", h.recordInspection)
		insp.DELETE("/:id", h.deleteInspection)
	}
	r.DELETE("/api/apiaries/:id", h.deleteApiary)
	r.POST("/scale/readings", scaleDevice(), h.postReading)

	r.Run(":8080")
}
