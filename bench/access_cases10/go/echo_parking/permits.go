package main

import (
	"net/http"
	"strconv"

	"github.com/labstack/echo/v4"
	"gorm.io/gorm"
)

type Permit struct {
	ID         int64  `json:"id" gorm:"primaryKey"`
	ResidentID int64  `json:"resident_id"`
	Plate      string `json:"plate"`
	Zone       string `json:"zone"`
	Status     string `json:"status"`
	PaidUntil  string `json:"paid_until"`
}

type PermitHandler struct {
	DB *gorm.DB
}

func (h *PermitHandler) List(c echo.Context) error {
	var permits []Permit
	h.DB.Where("resident_id = ?", residentID(c)).Find(&permits)
	return c.JSON(http.StatusOK, permits)
}

func (h *PermitHandler) Get(c echo.Context) error {
	id, _ := strconv.ParseInt(c.Param("id"), 10, 64)
	var p Permit
	if err := h.DB.First(&p, id).Error; err != nil {
		return echo.ErrNotFound
	}
	return c.JSON(http.StatusOK, p)
}

func (h *PermitHandler) Update(c echo.Context) error {
	var p Permit
	if err := h.DB.Where("id = ? AND resident_id = ?", c.Param("id"), residentID(c)).First(&p).Error; err != nil {
		return echo.ErrNotFound
	}
	if err := c.Bind(&p); err != nil {
		return echo.ErrBadRequest
	}
	h.DB.Save(&p)
	return c.JSON(http.StatusOK, p)
}

func (h *PermitHandler) ChangePlate(c echo.Context) error {
	var body struct {
		Plate string `json:"plate"`
	}
	if err := c.Bind(&body); err != nil {
		return echo.ErrBadRequest
	}
	var p Permit
	if err := h.DB.First(&p, c.Param("id")).Error; err != nil {
		return echo.ErrNotFound
	}
	if p.ResidentID != residentID(c) {
		return echo.ErrNotFound
	}
	h.DB.Model(&p).Update("plate", body.Plate)
	return c.JSON(http.StatusOK, p)
}

func (h *PermitHandler) Delete(c echo.Context) error {
	res := h.DB.Where("id = ? AND resident_id = ?", c.Param("id"), residentID(c)).Delete(&Permit{})
	if res.RowsAffected == 0 {
		return echo.ErrNotFound
	}
	return c.NoContent(http.StatusNoContent)
}

func (h *PermitHandler) GateEntry(c echo.Context) error {
	rid, err := gateResident(c)
	if err != nil {
		return echo.ErrBadRequest
	}
	var p Permit
	if err := h.DB.Where("resident_id = ? AND plate = ?", rid, c.FormValue("plate")).First(&p).Error; err != nil {
		return c.NoContent(http.StatusForbidden)
	}
	return c.JSON(http.StatusOK, map[string]string{"open": "yes"})
}
