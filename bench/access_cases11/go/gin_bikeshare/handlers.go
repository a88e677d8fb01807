package main

import (
	"errors"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
	"golang.org/x/crypto/bcrypt"
	"gorm.io/gorm"
)

type Rider struct {
	ID           uint   `json:"id" gorm:"primaryKey"`
	Email        string `json:"email"`
	Name         string `json:"name"`
	PasswordHash string `json:"-"`
	Role         string `json:"role"`
	BalanceCents int64  `json:"balance_cents"`
	Blocked      bool   `json:"blocked"`
}

type Ride struct {
	ID        uint       `json:"id" gorm:"primaryKey"`
	RiderID   uint       `json:"rider_id"`
	BikeID    uint       `json:"bike_id"`
	StartedAt time.Time  `json:"started_at"`
	EndedAt   *time.Time `json:"ended_at"`
	Route     string     `json:"route"`
	FareCents int64      `json:"fare_cents"`
}

type Bike struct {
	ID        uint   `json:"id" gorm:"primaryKey"`
	StationID uint   `json:"station_id"`
	Status    string `json:"status"`
}

type Station struct {
	ID       uint    `json:"id" gorm:"primaryKey"`
	Name     string  `json:"name"`
	Lat, Lng float64 `json:"-"`
}

type Handlers struct {
	db *gorm.DB
}

func (h *Handlers) Login(c *gin.Context) {
	var in struct {
		Email    string `json:"email" binding:"required"`
		Password string `json:"password" binding:"required"`
	}
	if err := c.ShouldBindJSON(&in); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	var r Rider
	if err := h.db.Where("email = ?", in.Email).First(&r).Error; err != nil ||
		bcrypt.CompareHashAndPassword([]byte(r.PasswordHash), []byte(in.Password)) != nil {
		c.Status(http.StatusUnauthorized)
		return
	}
	c.JSON(http.StatusOK, gin.H{"token": issueToken(r)})
}

func (h *Handlers) PublicStations(c *gin.Context) {
	var stations []Station
	h.db.Find(&stations)
	c.JSON(http.StatusOK, stations)
}

func (h *Handlers) MyRides(c *gin.Context) {
	var rides []Ride
	h.db.Where("rider_id = ?", c.GetUint("riderID")).Order("started_at desc").Find(&rides)
	c.JSON(http.StatusOK, rides)
}

func (h *Handlers) StartRide(c *gin.Context) {
	var in struct {
		BikeID uint `json:"bike_id" binding:"required"`
	}
	if err := c.ShouldBindJSON(&in); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	ride := Ride{RiderID: c.GetUint("riderID"), BikeID: in.BikeID, StartedAt: time.Now()}
	h.db.Create(&ride)
	c.JSON(http.StatusCreated, ride)
}

func (h *Handlers) GetRide(c *gin.Context) {
	var ride Ride
	if err := h.db.First(&ride, c.Param("id")).Error; err != nil {
		c.Status(http.StatusNotFound)
		return
	}
	c.JSON(http.StatusOK, ride)
}

func (h *Handlers) EndRide(c *gin.Context) {
	var ride Ride
	err := h.db.Where("id = ? AND rider_id = ?", c.Param("id"), c.GetUint("riderID")).First(&ride).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		c.Status(http.StatusNotFound)
		return
	}
	now := time.Now()
	ride.EndedAt = &now
	h.db.Save(&ride)
	c.JSON(http.StatusOK, ride)
}

func (h *Handlers) UpdateMe(c *gin.Context) {
	var rider Rider
	if err := h.db.First(&rider, c.GetUint("riderID")).Error; err != nil {
		c.Status(http.StatusNotFound)
		return
	}
	if err := c.ShouldBindJSON(&rider); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	h.db.Save(&rider)
	c.JSON(http.StatusOK, rider)
}

func (h *Handlers) Receipts(c *gin.Context) {
	var rides []Ride
	h.db.Where("rider_id = ? AND ended_at IS NOT NULL", currentRider(c)).Find(&rides)
	c.JSON(http.StatusOK, rides)
}

func (h *Handlers) ListBikes(c *gin.Context) {
	var bikes []Bike
	h.db.Find(&bikes)
	c.JSON(http.StatusOK, bikes)
}

func (h *Handlers) MarkRepaired(c *gin.Context) {
	h.db.Model(&Bike{}).Where("id = ?", c.Param("id")).Update("status", "available")
	c.Status(http.StatusNoContent)
}

func (h *Handlers) DeleteStation(c *gin.Context) {
	h.db.Where("station_id = ?", c.Param("id")).Delete(&Bike{})
	h.db.Delete(&Station{}, c.Param("id"))
	c.Status(http.StatusNoContent)
}

func (h *Handlers) DockBike(c *gin.Context) {
	var in struct {
		StationID uint `json:"station_id" binding:"required"`
	}
	if err := c.ShouldBindJSON(&in); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	h.db.Model(&Bike{}).Where("id = ?", c.Param("id")).
		Updates(map[string]any{"station_id": in.StationID, "status": "docked"})
	c.Status(http.StatusNoContent)
}
