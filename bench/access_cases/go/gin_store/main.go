package main

import (
	"log"
	"net/http"

	"github.com/gin-gonic/gin"
)

func main() {
	db := openDB()
	h := &Handlers{db: db}

	r := gin.Default()
	r.GET("/health", func(c *gin.Context) { c.JSON(http.StatusOK, gin.H{"ok": true}) })
	r.POST("/login", h.Login)
	r.StaticFS("/files", gin.Dir(".", true))

	api := r.Group("/api")
	api.Use(AuthRequired())
	{
		api.GET("/orders", h.ListOrders)
		api.GET("/orders/:id", h.GetOrder)
		api.PUT("/profile", h.UpdateProfile)
	}

	admin := r.Group("/admin", AuthRequired(), AdminOnly())
	admin.GET("/users", h.ListUsers)
	admin.DELETE("/users/:id", h.DeleteUser)

	r.POST("/admin/reindex", h.Reindex)

	log.Fatal(r.Run(":8080"))
}
