package main

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

func (h *PermitHandler) AllPermits(c echo.Context) error {
	var permits []Permit
	h.DB.Order("zone").Find(&permits)
	return c.JSON(http.StatusOK, permits)
}

func (h *PermitHandler) Revoke(c echo.Context) error {
	h.DB.Model(&Permit{}).Where("id = ?", c.Param("id")).Update("status", "revoked")
	return c.NoContent(http.StatusNoContent)
}

func (h *PermitHandler) PurgeZone(c echo.Context) error {
	h.DB.Where("zone = ?", c.Param("zone")).Delete(&Permit{})
	return c.NoContent(http.StatusNoContent)
}

func (h *PermitHandler) CameraSighting(c echo.Context) error {
	var p Permit
	if err := h.DB.Where("plate = ?", c.FormValue("plate")).First(&p).Error; err != nil {
		return c.JSON(http.StatusOK, map[string]bool{"valid": false})
	}
	return c.JSON(http.StatusOK, map[string]bool{"valid": p.Status == "active"})
}
