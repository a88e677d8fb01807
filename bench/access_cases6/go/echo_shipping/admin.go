package main

import (
	"net"
	"net/http"
	"strings"

	"github.com/labstack/echo/v4"
)

var officeNet = mustCIDR("192.168.50.0/24")

func mustCIDR(s string) *net.IPNet {
	_, n, err := net.ParseCIDR(s)
	if err != nil {
		panic(err)
	}
	return n
}

func allowOfficeOnly(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		addr := c.Request().Header.Get("X-Forwarded-For")
		if addr == "" {
			addr, _, _ = net.SplitHostPort(c.Request().RemoteAddr)
		}
		ip := net.ParseIP(strings.TrimSpace(strings.Split(addr, ",")[0]))
		if ip == nil || !officeNet.Contains(ip) {
			return echo.NewHTTPError(http.StatusForbidden)
		}
		return next(c)
	}
}

func (h *Handlers) AdminListCustomers(c echo.Context) error {
	var out []Customer
	h.db.Order("id").Limit(500).Find(&out)
	return c.JSON(http.StatusOK, out)
}

type creditInput struct {
	AmountCents int64  `json:"amount_cents"`
	Reason      string `json:"reason"`
}

func (h *Handlers) AdminGrantCredit(c echo.Context) error {
	var in creditInput
	if err := c.Bind(&in); err != nil || in.AmountCents <= 0 || in.AmountCents > 100000 {
		return echo.NewHTTPError(http.StatusBadRequest)
	}
	res := h.db.Exec("UPDATE customers SET credit_cents = credit_cents + ? WHERE id = ?",
		in.AmountCents, c.Param("id"))
	if res.RowsAffected == 0 {
		return echo.NewHTTPError(http.StatusNotFound)
	}
	h.db.Exec("INSERT INTO audit (actor, action, target, note) VALUES (?, 'credit', ?, ?)",
		currentClaims(c).CustomerID, c.Param("id"), in.Reason)
	return c.NoContent(http.StatusNoContent)
}

func (h *Handlers) AdminDeleteShipment(c echo.Context) error {
	h.db.Delete(&Shipment{}, c.Param("id"))
	return c.NoContent(http.StatusNoContent)
}

func (h *Handlers) AdminReloadRates(c echo.Context) error {
	n, err := reloadRateTables(h.db)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, map[string]int{"tables": n})
}

func (h *Handlers) InternalMetrics(c echo.Context) error {
	var counts []struct {
		Status string
		N      int
	}
	h.db.Raw("SELECT status, count(*) AS n FROM shipments GROUP BY status").Scan(&counts)
	return c.JSON(http.StatusOK, counts)
}
