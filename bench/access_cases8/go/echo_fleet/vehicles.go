package main

import (
	"errors"
	"net/http"
	"strconv"

	"github.com/labstack/echo/v4"
	"gorm.io/gorm"
)

type Vehicle struct {
	ID        uint   `gorm:"primaryKey" json:"id"`
	FleetID   uint   `json:"fleet_id"`
	Plate     string `json:"plate"`
	Model     string `json:"model"`
	OdometerK int    `json:"odometer_km"`
	Retired   bool   `json:"retired"`
}

type vehicleInput struct {
	Plate     *string `json:"plate"`
	Model     *string `json:"model"`
	OdometerK *int    `json:"odometer_km"`
}

func (s *Server) ListVehicles(c echo.Context) error {
	var vs []Vehicle
	claims := claimsFrom(c)
	if err := s.db.Where("fleet_id = ?", claims.FleetID).Order("plate").Find(&vs).Error; err != nil {
		return err
	}
	return c.JSON(http.StatusOK, vs)
}

func (s *Server) CreateVehicle(c echo.Context) error {
	var v Vehicle
	if err := c.Bind(&v); err != nil {
		return echo.ErrBadRequest
	}
	v.ID = 0
	v.FleetID = claimsFrom(c).FleetID
	if err := s.db.Create(&v).Error; err != nil {
		return err
	}
	return c.JSON(http.StatusCreated, v)
}

func (s *Server) GetVehicle(c echo.Context) error {
	var v Vehicle
	err := s.db.Where("id = ? AND fleet_id = ?", c.Param("id"), claimsFrom(c).FleetID).First(&v).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return echo.ErrNotFound
	}
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, v)
}

func (s *Server) UpdateVehicle(c echo.Context) error {
	id, err := strconv.Atoi(c.Param("id"))
	if err != nil {
		return echo.ErrBadRequest
	}
	var v Vehicle
	if err := s.db.First(&v, id).Error; err != nil {
		return echo.ErrNotFound
	}
	var in vehicleInput
	if err := c.Bind(&in); err != nil {
		return echo.ErrBadRequest
	}
	updates := map[string]interface{}{}
	if in.Plate != nil {
		updates["plate"] = *in.Plate
	}
	if in.Model != nil {
		updates["model"] = *in.Model
	}
	if in.OdometerK != nil {
		updates["odometer_k"] = *in.OdometerK
	}
	if err := s.db.Model(&v).Updates(updates).Error; err != nil {
		return err
	}
	return c.JSON(http.StatusOK, v)
}

func (s *Server) DeleteVehicle(c echo.Context) error {
	res := s.db.Where("id = ? AND fleet_id = ?", c.Param("id"), claimsFrom(c).FleetID).Delete(&Vehicle{})
	if res.Error != nil {
		return res.Error
	}
	if res.RowsAffected == 0 {
		return echo.ErrNotFound
	}
	return c.NoContent(http.StatusNoContent)
}
