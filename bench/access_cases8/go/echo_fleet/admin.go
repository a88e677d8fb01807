package main

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

type User struct {
	ID           uint   `gorm:"primaryKey" json:"id"`
	Email        string `json:"email"`
	PasswordHash string `json:"-"`
	FleetID      uint   `json:"fleet_id"`
	Role         string `json:"role"`
	Disabled     bool   `json:"disabled"`
}

type Fleet struct {
	ID      uint   `gorm:"primaryKey" json:"id"`
	Name    string `json:"name"`
	OwnerID uint   `json:"owner_id"`
}

func (s *Server) ListDrivers(c echo.Context) error {
	var drivers []User
	s.db.Where("fleet_id = ? AND role = ?", claimsFrom(c).FleetID, "driver").Find(&drivers)
	return c.JSON(http.StatusOK, drivers)
}

func (s *Server) DisableDriver(c echo.Context) error {
	res := s.db.Model(&User{}).
		Where("id = ? AND fleet_id = ?", c.Param("id"), claimsFrom(c).FleetID).
		Update("disabled", true)
	if res.RowsAffected == 0 {
		return echo.ErrNotFound
	}
	return c.NoContent(http.StatusNoContent)
}

func (s *Server) TransferFleet(c echo.Context) error {
	var f Fleet
	if err := s.db.First(&f, c.Param("id")).Error; err != nil {
		return echo.ErrNotFound
	}
	var body Fleet
	if err := c.Bind(&body); err != nil {
		return echo.ErrBadRequest
	}
	body.ID = f.ID
	if err := s.db.Save(&body).Error; err != nil {
		return err
	}
	return c.JSON(http.StatusOK, body)
}

func (s *Server) FlushCache(c echo.Context) error {
	s.db.Exec("TRUNCATE report_cache")
	return c.NoContent(http.StatusNoContent)
}
