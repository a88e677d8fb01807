package main

import (
	"log"
	"net/http"
	"os"

	"github.com/gin-gonic/gin"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
)

type Server struct {
	db *gorm.DB
}

func main() {
	db, err := gorm.Open(postgres.Open(os.Getenv("DATABASE_URL")), &gorm.Config{})
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{db: db}
	r := gin.Default()
	r.POST("/login", s.login)
	r.GET("/healthz", func(c *gin.Context) { c.String(http.StatusOK, "ok") })

	api := r.Group("/api", AuthRequired(s.db))
	api.GET("/items", s.listItems)
	api.GET("/items/:id", s.getItem)
	api.PUT("/items/:id", s.updateItem)
	api.PUT("/profile", s.updateProfile)
	api.GET("/reports/stock", s.stockReport)

	r.DELETE("/api/items/:id", s.deleteItem)
	if err := r.Run(":8080"); err != nil {
		log.Fatal(err)
	}
}
