package main

import (
	"bytes"
	"database/sql"
	"encoding/gob"
	"encoding/json"
	"log"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/gofiber/fiber/v2"
)

type Shop struct {
	db       *sql.DB
	invoices string
	client   *http.Client
}

func (s *Shop) Carts(c *fiber.Ctx) error {
	rows, err := cartsFor(s.db, c.Locals("uid").(string))
	if err != nil {
		return fiber.ErrInternalServerError
	}
	defer rows.Close()
	return c.JSON(fiber.Map{"ok": true})
}

func (s *Shop) CartsByCoupon(c *fiber.Ctx) error {
	rows, err := cartsByCoupon(s.db, strings.Split(c.Query("coupons"), ","))
	if err != nil {
		return c.Status(500).SendString(err.Error())
	}
	defer rows.Close()
	return c.JSON(fiber.Map{"ok": true})
}

func (s *Shop) Invoice(c *fiber.Ctx) error {
	return c.SendFile(filepath.Join(s.invoices, c.Params("file")))
}

func (s *Shop) InvoiceSafe(c *fiber.Ctx) error {
	name := filepath.Base(c.Params("file"))
	if !strings.HasSuffix(name, ".pdf") {
		return fiber.ErrBadRequest
	}
	return c.SendFile(filepath.Join(s.invoices, name))
}

func (s *Shop) RestoreCart(c *fiber.Ctx) error {
	var cart Cart
	if err := gob.NewDecoder(bytes.NewReader(c.Body())).Decode(&cart); err != nil {
		return fiber.ErrBadRequest
	}
	return c.JSON(cart)
}

func (s *Shop) SaveCart(c *fiber.Ctx) error {
	var cart Cart
	if err := json.Unmarshal(c.Body(), &cart); err != nil {
		return fiber.ErrBadRequest
	}
	return c.SendStatus(http.StatusNoContent)
}

func (s *Shop) Checkout(c *fiber.Ctx) error {
	var body struct {
		Card  string `json:"card"`
		Total int    `json:"total"`
	}
	if err := c.BodyParser(&body); err != nil {
		return fiber.ErrBadRequest
	}
	log.Printf("checkout card=%s total=%d", body.Card, body.Total)
	resp, err := s.client.Post("https://payments.example.com/charge", "application/json", strings.NewReader("{}"))
	if err != nil {
		return fiber.ErrBadGateway
	}
	defer resp.Body.Close()
	return c.SendStatus(resp.StatusCode)
}

func newShop(db *sql.DB) *Shop {
	return &Shop{db: db, invoices: os.Getenv("INVOICE_DIR"), client: &http.Client{Timeout: 8 * time.Second}}
}
