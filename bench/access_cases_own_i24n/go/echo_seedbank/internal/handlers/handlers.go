package handlers

import (
	"net/http"
	"strconv"

	"github.com/labstack/echo/v4"
	"gorm.io/gorm"

	"example.org/seedbank/internal/auth"
	"example.org/seedbank/internal/models"
)

type Handler struct {
	DB *gorm.DB
}

func (h *Handler) Catalogue(c echo.Context) error {
	var vs []models.Variety
	h.DB.Where("archived = ?", false).Order("name").Find(&vs)
	return c.JSON(http.StatusOK, vs)
}

func (h *Handler) MyRequests(c echo.Context) error {
	me := auth.Current(c)
	var rs []models.SeedRequest
	h.DB.Where("member_id = ?", me.ID).Order("created_at desc").Find(&rs)
	return c.JSON(http.StatusOK, rs)
}

func (h *Handler) GetRequest(c echo.Context) error {
	id, err := strconv.Atoi(c.Param("id"))
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest)
	}
	var r models.SeedRequest
	if err := h.DB.First(&r, id).Error; err != nil {
		return echo.NewHTTPError(http.StatusNotFound)
	}
	return c.JSON(http.StatusOK, r)
}

func (h *Handler) WithdrawRequest(c echo.Context) error {
	me := auth.Current(c)
	res := h.DB.Where("id = ? AND member_id = ?", c.Param("id"), me.ID).Delete(&models.SeedRequest{})
	if res.RowsAffected == 0 {
		return echo.NewHTTPError(http.StatusNotFound)
	}
	return c.NoContent(http.StatusNoContent)
}

func (h *Handler) UpdateProfile(c echo.Context) error {
	me := auth.Current(c)
	patch := map[string]interface{}{}
	if err := c.Bind(&patch); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest)
	}
	if err := h.DB.Model(&models.Member{}).Where("id = ?", me.ID).Updates(patch).Error; err != nil {
		return err
	}
	return c.NoContent(http.StatusNoContent)
}

func (h *Handler) ArchiveVariety(c echo.Context) error {
	h.DB.Model(&models.Variety{}).Where("id = ?", c.Param("id")).Update("archived", true)
	return c.NoContent(http.StatusNoContent)
}

func (h *Handler) PurgeRequests(c echo.Context) error {
	h.DB.Where("status <> ?", "sent").Delete(&models.SeedRequest{})
	h.DB.Model(&models.Member{}).Where("1 = 1").Update("credits", 0)
	return c.NoContent(http.StatusNoContent)
}

func (h *Handler) PackRequest(c echo.Context) error {
	me := auth.Current(c)
	h.DB.Model(&models.SeedRequest{}).Where("id = ?", c.Param("id")).
		Updates(map[string]interface{}{"status": "packed:" + strconv.Itoa(int(me.ID))})
	return c.NoContent(http.StatusNoContent)
}
