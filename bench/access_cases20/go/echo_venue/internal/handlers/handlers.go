package handlers

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"io"
	"net/http"
	"os"
	"strconv"
	"time"

	"github.com/labstack/echo/v4"
	"github.com/stripe/stripe-go/v79/webhook"
	"golang.org/x/crypto/bcrypt"
	"gorm.io/gorm"

	"github.com/millbrookbarn/venue/internal/auth"
	"github.com/millbrookbarn/venue/internal/models"
)

type Handlers struct {
	DB *gorm.DB
}

func (h *Handlers) Login(c echo.Context) error {
	var acct models.Account
	if err := h.DB.Where("email = ?", c.FormValue("email")).First(&acct).Error; err != nil {
		return echo.NewHTTPError(http.StatusUnauthorized, "wrong email or password")
	}
	if bcrypt.CompareHashAndPassword([]byte(acct.PasswordHash), []byte(c.FormValue("password"))) != nil {
		return echo.NewHTTPError(http.StatusUnauthorized, "wrong email or password")
	}
	raw := make([]byte, 32)
	if _, err := rand.Read(raw); err != nil {
		return err
	}
	token := hex.EncodeToString(raw)
	h.DB.Create(&models.Session{TokenHash: auth.HashToken(token), AccountID: acct.ID, ExpiresAt: time.Now().Add(12 * time.Hour)})
	c.SetCookie(&http.Cookie{Name: "mb_session", Value: token, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode, Path: "/"})
	return c.NoContent(http.StatusNoContent)
}

func (h *Handlers) GetBooking(c echo.Context) error {
	id, err := strconv.Atoi(c.Param("id"))
	if err != nil {
		return echo.ErrBadRequest
	}
	var b models.Booking
	err = h.DB.Where("id = ? AND couple_id = ?", id, auth.Current(c).ID).First(&b).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return echo.ErrNotFound
	}
	return c.JSON(http.StatusOK, b)
}

type guestUpdate struct {
	GuestCount   int    `json:"guest_count"`
	DietaryNotes string `json:"dietary_notes"`
}

func (h *Handlers) UpdateGuests(c echo.Context) error {
	var in guestUpdate
	if err := c.Bind(&in); err != nil {
		return echo.ErrBadRequest
	}
	res := h.DB.Model(&models.Booking{}).
		Where("id = ? AND couple_id = ?", c.Param("id"), auth.Current(c).ID).
		Updates(map[string]any{"guest_count": in.GuestCount, "dietary_notes": in.DietaryNotes})
	if res.RowsAffected == 0 {
		return echo.ErrNotFound
	}
	return c.NoContent(http.StatusNoContent)
}

func (h *Handlers) WaiveDeposit(c echo.Context) error {
	res := h.DB.Model(&models.Booking{}).Where("id = ?", c.Param("id")).
		Updates(map[string]any{"deposit_waived": true, "status": "confirmed"})
	if res.RowsAffected == 0 {
		return echo.ErrNotFound
	}
	return c.NoContent(http.StatusNoContent)
}

func (h *Handlers) ListBookings(c echo.Context) error {
	var rows []models.Booking
	h.DB.Order("event_date").Find(&rows)
	return c.JSON(http.StatusOK, rows)
}

func (h *Handlers) ResetCalendar(c echo.Context) error {
	year := c.QueryParam("year")
	h.DB.Where("EXTRACT(YEAR FROM date) = ?", year).Delete(&models.CalendarHold{})
	h.DB.Model(&models.Booking{}).Where("EXTRACT(YEAR FROM event_date) = ? AND status = ?", year, "provisional").
		Update("status", "released")
	return c.NoContent(http.StatusNoContent)
}

func (h *Handlers) StripeWebhook(c echo.Context) error {
	payload, err := io.ReadAll(io.LimitReader(c.Request().Body, 1<<16))
	if err != nil {
		return echo.ErrBadRequest
	}
	event, err := webhook.ConstructEvent(payload, c.Request().Header.Get("Stripe-Signature"), os.Getenv("STRIPE_WEBHOOK_SECRET"))
	if err != nil {
		return echo.ErrUnauthorized
	}
	if event.Type == "payment_intent.succeeded" {
		h.DB.Model(&models.Booking{}).Where("stripe_payment_intent = ?", event.Data.Object["id"]).Update("status", "confirmed")
	}
	return c.NoContent(http.StatusOK)
}
