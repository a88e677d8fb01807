package main

import (
	"log"
	"net/http"
	"os"
	"time"

	"github.com/gin-contrib/cors"
	"github.com/gin-gonic/gin"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
)

type Server struct {
	db        *gorm.DB
	jwtSecret []byte
}

func main() {
	db, err := gorm.Open(postgres.Open(os.Getenv("DATABASE_URL")), &gorm.Config{})
	if err != nil {
		log.Fatalf("open db: %v", err)
	}
	if err := db.AutoMigrate(&User{}, &Notebook{}, &Note{}, &Share{}); err != nil {
		log.Fatalf("migrate: %v", err)
	}
	secret := os.Getenv("JWT_SECRET")
	if len(secret) < 32 {
		log.Fatal("JWT_SECRET must be at least 32 bytes")
	}
	s := &Server{db: db, jwtSecret: []byte(secret)}

	r := gin.New()
	r.Use(gin.Logger(), gin.Recovery())
	r.Use(cors.New(cors.Config{
		AllowOrigins: []string{os.Getenv("APP_ORIGIN")},
		AllowMethods: []string{"GET", "POST", "PATCH", "DELETE"},
		AllowHeaders: []string{"Authorization", "Content-Type"},
		MaxAge:       12 * time.Hour,
	}))
	r.Static("/assets", "./web/dist/assets")
	r.StaticFS("/exports", gin.Dir("./data/exports", true))

	r.GET("/healthz", func(c *gin.Context) { c.JSON(http.StatusOK, gin.H{"ok": true}) })
	r.POST("/api/auth/login", s.login)
	r.POST("/api/auth/register", s.register)
	r.GET("/api/shared/:token", s.openSharedNote)

	api := r.Group("/api", s.requireAuth())
	{
		api.GET("/me", s.me)
		api.GET("/notebooks", s.listNotebooks)
		api.POST("/notebooks", s.createNotebook)
		api.GET("/notebooks/:id/notes", s.listNotes)
		api.POST("/notebooks/:id/notes", s.createNote)
		api.GET("/notes/:id", s.getNote)
		api.PATCH("/notes/:id", s.updateNote)
		api.PUT("/notes/:id", s.replaceNote)
		api.DELETE("/notes/:id", s.deleteNote)
		api.POST("/notes/:id/shares", s.createShare)
		api.GET("/notes/:id/shares", s.listShares)
	}

	admin := r.Group("/api/admin", s.requireAuth(), s.requireAdmin())
	{
		admin.GET("/users", s.adminListUsers)
		admin.POST("/users/:id/disable", s.adminDisableUser)
	}
	r.DELETE("/api/admin/users/:id", s.adminDeleteUser)

	r.GET("/api/public/notes/:id", s.softAuth(), s.previewNote)

	if err := r.Run(":" + envOr("PORT", "8080")); err != nil {
		log.Fatal(err)
	}
}

func envOr(key, fallback string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return fallback
}
