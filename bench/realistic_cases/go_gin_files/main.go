package main

import (
	"log"
	"net/http"
	"os"

	"github.com/gin-gonic/gin"
)

func tokenAuth() gin.HandlerFunc {
	want := os.Getenv("FILES_TOKEN")
	return func(c *gin.Context) {
		if want == "" || c.GetHeader("Authorization") != "Bearer "+want {
			c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "unauthorized"})
			return
		}
		c.Next()
	}
}

func main() {
	cfg := loadConfig()
	h := newFileHandler(cfg)
	r := gin.Default()
	api := r.Group("/api", tokenAuth())
	api.GET("/download", h.Download)
	api.GET("/files/:name", h.DownloadSafe)
	api.POST("/import", h.Import)
	api.POST("/import/allowed", h.ImportAllowed)
	api.POST("/checksum", h.Checksum)
	r.GET("/listing", h.Listing)
	srv := &http.Server{Addr: ":8090", Handler: r, ReadHeaderTimeout: 5e9}
	log.Fatal(srv.ListenAndServe())
}
