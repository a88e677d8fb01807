package main

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/jackc/pgx/v5/pgxpool"
)

type handlers struct {
	db *pgxpool.Pool
}

type Keeper struct {
	ID          string `json:"id"`
	Name        string `json:"name"`
	Phone       string `json:"phone"`
	Role        string `json:"role"`
	Association string `json:"association"`
}

func (h *handlers) getHive(c *gin.Context) {
	var name string
	var frames int
	err := h.db.QueryRow(c, `SELECT name, frames FROM hives WHERE id = $1 AND keeper_id = $2`,
		c.Param("id"), c.GetString("keeperID")).Scan(&name, &frames)
	if err != nil {
		c.Status(http.StatusNotFound)
		return
	}
	c.JSON(http.StatusOK, gin.H{"name": name, "frames": frames})
}

func (h *handlers) getHarvest(c *gin.Context) {
	var kilos float64
	var buyer string
	err := h.db.QueryRow(c, `SELECT kilos, buyer FROM harvests WHERE id = $1`, c.Param("id")).Scan(&kilos, &buyer)
	if err != nil {
		c.Status(http.StatusNotFound)
		return
	}
	c.JSON(http.StatusOK, gin.H{"kilos": kilos, "buyer": buyer})
}

func (h *handlers) deleteHive(c *gin.Context) {
	tag, err := h.db.Exec(c, `DELETE FROM hives WHERE id = $1`, c.Param("id"))
	if err != nil || tag.RowsAffected() == 0 {
		c.Status(http.StatusNotFound)
		return
	}
	c.Status(http.StatusNoContent)
}

func (h *handlers) updateMe(c *gin.Context) {
	var k Keeper
	if err := c.ShouldBindJSON(&k); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	_, err := h.db.Exec(c, `UPDATE keepers SET name = $1, phone = $2, role = $3, association = $4 WHERE id = $5`,
		k.Name, k.Phone, k.Role, k.Association, c.GetString("keeperID"))
	if err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusNoContent)
}

func (h *handlers) listSales(c *gin.Context) {
	keeper := c.GetHeader("X-Keeper-ID")
	if keeper == "" {
		keeper = c.GetString("keeperID")
	}
	rows, err := h.db.Query(c, `SELECT id, kilos, price_cents FROM sales WHERE keeper_id = $1`, keeper)
	if err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	var out []gin.H
	for rows.Next() {
		var id string
		var kilos float64
		var price int
		_ = rows.Scan(&id, &kilos, &price)
		out = append(out, gin.H{"id": id, "kilos": kilos, "price_cents": price})
	}
	c.JSON(http.StatusOK, out)
}

func (h *handlers) recordInspection(c *gin.Context) {
	var body struct {
		Notes   string `json:"notes"`
		Disease bool   `json:"disease"`
	}
	if err := c.ShouldBindJSON(&body); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	_, _ = h.db.Exec(c, `INSERT INTO inspections (hive_id, inspector_id, notes, disease) VALUES ($1, $2, $3, $4)`,
		c.Param("hiveId"), c.GetString("keeperID"), body.Notes, body.Disease)
	c.Status(http.StatusCreated)
}

func (h *handlers) deleteInspection(c *gin.Context) {
	_, _ = h.db.Exec(c, `DELETE FROM inspections WHERE id = $1`, c.Param("id"))
	c.Status(http.StatusNoContent)
}

func (h *handlers) deleteApiary(c *gin.Context) {
	_, _ = h.db.Exec(c, `DELETE FROM apiaries WHERE id = $1`, c.Param("id"))
	c.Status(http.StatusNoContent)
}

func (h *handlers) postReading(c *gin.Context) {
	var body struct {
		Grams int `json:"grams"`
	}
	if err := c.ShouldBindJSON(&body); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	_, _ = h.db.Exec(c, `INSERT INTO scale_readings (hive_id, grams) VALUES ($1, $2)`, c.GetString("hiveID"), body.Grams)
	c.Status(http.StatusAccepted)
}
