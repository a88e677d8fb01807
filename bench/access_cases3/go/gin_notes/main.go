package main

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"gorm.io/gorm"
)

type Note struct {
	ID      uint   `json:"id" gorm:"primaryKey"`
	OwnerID uint   `json:"owner_id"`
	Title   string `json:"title"`
	Body    string `json:"body"`
	Shared  bool   `json:"shared"`
}

type API struct{ db *gorm.DB }

func main() {
	api := &API{db: openDB()}
	r := gin.Default()
	r.POST("/login", api.login)
	authed := r.Group("/notes")
	authed.Use(api.sessionRequired())
	authed.GET("", api.list)
	authed.GET("/:id", api.get)
	authed.PATCH("/:id", api.update)
	authed.POST("", api.create)
	r.DELETE("/notes/:id", api.remove)
	r.Run(":8080")
}

func (a *API) list(c *gin.Context) {
	var notes []Note
	a.db.Where("owner_id = ?", c.GetUint("uid")).Find(&notes)
	c.JSON(http.StatusOK, notes)
}

func (a *API) get(c *gin.Context) {
	var n Note
	if err := a.db.Where("id = ? AND owner_id = ?", c.Param("id"), c.GetUint("uid")).First(&n).Error; err != nil {
		c.AbortWithStatus(http.StatusNotFound)
		return
	}
	c.JSON(http.StatusOK, n)
}

func (a *API) update(c *gin.Context) {
	var n Note
	if err := a.db.First(&n, c.Param("id")).Error; err != nil {
		c.AbortWithStatus(http.StatusNotFound)
		return
	}
	var patch map[string]interface{}
	c.ShouldBindJSON(&patch)
	a.db.Model(&n).Updates(patch)
	c.JSON(http.StatusOK, n)
}

func (a *API) create(c *gin.Context) {
	var n Note
	if err := c.ShouldBindJSON(&n); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	n.OwnerID = c.GetUint("uid")
	a.db.Create(&n)
	c.JSON(http.StatusCreated, n)
}

func (a *API) remove(c *gin.Context) {
	a.db.Delete(&Note{}, c.Param("id"))
	c.Status(http.StatusNoContent)
}

func (a *API) sessionRequired() gin.HandlerFunc {
	return func(c *gin.Context) {
		if uid, err := c.Cookie("uid"); err != nil || uid == "" {
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		c.Next()
	}
}
