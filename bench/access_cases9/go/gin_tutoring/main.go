package main

import (
	"log"
	"net/http"
	"os"

	"github.com/gin-gonic/gin"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
)

func main() {
	db, err := gorm.Open(postgres.Open(os.Getenv("DATABASE_URL")), &gorm.Config{})
	if err != nil {
		log.Fatal(err)
	}
	h := &Handlers{DB: db, Secret: []byte(os.Getenv("JWT_SECRET"))}

	r := gin.New()
	r.Use(gin.Logger(), gin.Recovery())

	r.Static("/assets", "./web/dist")
	r.GET("/healthz", func(c *gin.Context) { c.String(http.StatusOK, "ok") })
	r.StaticFS("/backups", gin.Dir("./var/backups", true))

	r.POST("/api/login", h.Login)
	r.POST("/api/signup", h.Signup)
	r.GET("/api/tutors", h.ListTutors)

	api := r.Group("/api", h.RequireJWT())
	{
		api.GET("/me", h.Me)
		api.PATCH("/me", h.UpdateMe)
		api.GET("/lessons", h.MyLessons)
		api.GET("/lessons/:id", h.GetLesson)
		api.POST("/lessons/:id/reschedule", h.RescheduleLesson)
		api.DELETE("/lessons/:id", h.CancelLesson)
		api.POST("/lessons/:id/notes", h.AddTutorNote)
		api.GET("/reports/payouts.csv", h.ExportPayouts)

		admin := api.Group("/admin", RequireRole("admin"))
		admin.GET("/tutors/pending", h.PendingTutors)
		admin.POST("/tutors/:id/approve", h.ApproveTutor)
		admin.POST("/users/:id/suspend", h.SuspendUser)
	}
	r.DELETE("/api/admin/tutors/:id", h.DeleteTutor)

	r.GET("/api/tutor/calendar", h.OptionalJWT(), h.TutorCalendar)

	log.Fatal(r.Run(":8080"))
}
