package main

import (
	"net/http"
	"time"

	"github.com/labstack/echo/v4"
)

type Trip struct {
	ID        uint       `gorm:"primaryKey" json:"id"`
	VehicleID uint       `json:"vehicle_id"`
	DriverID  uint       `json:"driver_id"`
	FleetID   uint       `json:"fleet_id"`
	StartedAt time.Time  `json:"started_at"`
	EndedAt   *time.Time `json:"ended_at"`
	Distance  float64    `json:"distance_km"`
}

func (s *Server) ListTrips(c echo.Context) error {
	var trips []Trip
	q := s.db.Where("fleet_id = ?", claimsFrom(c).FleetID)
	if v := c.QueryParam("vehicle_id"); v != "" {
		q = q.Where("vehicle_id = ?", v)
	}
	if err := q.Order("started_at desc").Limit(200).Find(&trips).Error; err != nil {
		return err
	}
	return c.JSON(http.StatusOK, trips)
}

func (s *Server) GetTrip(c echo.Context) error {
	var t Trip
	if err := s.db.First(&t, "id = ?", c.Param("id")).Error; err != nil {
		return echo.ErrNotFound
	}
	if t.FleetID != claimsFrom(c).FleetID {
		return echo.ErrNotFound
	}
	return c.JSON(http.StatusOK, t)
}

func (s *Server) EndTrip(c echo.Context) error {
	driver := c.Get("driver").(*FleetClaims)
	var t Trip
	if err := s.db.Where("id = ? AND driver_id = ?", c.Param("id"), driver.UserID).First(&t).Error; err != nil {
		return echo.ErrNotFound
	}
	var body struct {
		Distance float64 `json:"distance_km"`
	}
	if err := c.Bind(&body); err != nil {
		return echo.ErrBadRequest
	}
	now := time.Now()
	s.db.Model(&t).Updates(map[string]interface{}{"ended_at": now, "distance": body.Distance})
	return c.JSON(http.StatusOK, t)
}

func (s *Server) TodaysTrips(c echo.Context) error {
	driver := c.Get("driver").(*FleetClaims)
	var trips []Trip
	start := time.Now().Truncate(24 * time.Hour)
	s.db.Where("driver_id = ? AND started_at >= ?", driver.UserID, start).Find(&trips)
	return c.JSON(http.StatusOK, trips)
}
