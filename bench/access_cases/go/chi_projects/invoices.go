package api

import (
	"net/http"

	"github.com/labstack/echo/v4"
	"gorm.io/gorm"
)

type InvoiceHandler struct {
	DB *gorm.DB
}

func (h *InvoiceHandler) Register(e *echo.Echo, auth echo.MiddlewareFunc) {
	g := e.Group("/invoices", auth)
	g.GET("", h.list)
	g.GET("/:id", h.get)
	g.POST("/:id/pay", h.pay)
}

func (h *InvoiceHandler) list(c echo.Context) error {
	uid := c.Get("uid").(uint)
	var invoices []Invoice
	h.DB.Where("customer_id = ?", uid).Find(&invoices)
	return c.JSON(http.StatusOK, invoices)
}

func (h *InvoiceHandler) get(c echo.Context) error {
	var inv Invoice
	if err := h.DB.Where("id = ?", c.Param("id")).First(&inv).Error; err != nil {
		return echo.ErrNotFound
	}
	return c.JSON(http.StatusOK, inv)
}

func (h *InvoiceHandler) pay(c echo.Context) error {
	uid := c.Get("uid").(uint)
	var inv Invoice
	if err := h.DB.Where("id = ? AND customer_id = ?", c.Param("id"), uid).First(&inv).Error; err != nil {
		return echo.ErrNotFound
	}
	inv.Paid = true
	h.DB.Save(&inv)
	return c.NoContent(http.StatusNoContent)
}
