package main

import (
	"errors"
	"net/http"
	"strconv"
	"time"

	"github.com/labstack/echo/v4"
	"golang.org/x/crypto/bcrypt"
	"gorm.io/gorm"
)

type Customer struct {
	ID           int64  `gorm:"primaryKey" json:"id"`
	Email        string `json:"email"`
	Name         string `json:"name"`
	PasswordHash string `json:"-"`
	Role         string `json:"role"`
	CreditCents  int64  `json:"credit_cents"`
	Street       string `json:"street"`
	City         string `json:"city"`
	Postcode     string `json:"postcode"`
	Country      string `json:"country"`
}

type Shipment struct {
	ID             int64     `gorm:"primaryKey" json:"id"`
	CustomerID     int64     `json:"customer_id"`
	TrackingNumber string    `json:"tracking_number"`
	Status         string    `json:"status"`
	Recipient      string    `json:"recipient"`
	Address        string    `json:"address"`
	WeightGrams    int       `json:"weight_grams"`
	CreatedAt      time.Time `json:"created_at"`
}

type addressInput struct {
	Street   string `json:"street" validate:"required,max=200"`
	City     string `json:"city" validate:"required,max=100"`
	Postcode string `json:"postcode" validate:"required,max=16"`
	Country  string `json:"country" validate:"required,len=2"`
}

type loginInput struct {
	Email    string `json:"email"`
	Password string `json:"password"`
}

func (h *Handlers) Login(c echo.Context) error {
	var in loginInput
	if err := c.Bind(&in); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest)
	}
	var cust Customer
	if err := h.db.Where("email = ?", in.Email).First(&cust).Error; err != nil {
		return echo.NewHTTPError(http.StatusUnauthorized)
	}
	if bcrypt.CompareHashAndPassword([]byte(cust.PasswordHash), []byte(in.Password)) != nil {
		return echo.NewHTTPError(http.StatusUnauthorized)
	}
	token, err := issueToken(cust.ID, cust.Role)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, map[string]string{"token": token})
}

func (h *Handlers) PublicTracking(c echo.Context) error {
	var s Shipment
	err := h.db.Select("tracking_number", "status").
		Where("tracking_number = ?", c.Param("trackingNumber")).First(&s).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return echo.NewHTTPError(http.StatusNotFound)
	}
	return c.JSON(http.StatusOK, map[string]string{"tracking_number": s.TrackingNumber, "status": s.Status})
}

func (h *Handlers) ListShipments(c echo.Context) error {
	var out []Shipment
	h.db.Where("customer_id = ?", currentClaims(c).CustomerID).Order("created_at desc").Limit(100).Find(&out)
	return c.JSON(http.StatusOK, out)
}

func (h *Handlers) CreateShipment(c echo.Context) error {
	var s Shipment
	if err := c.Bind(&s); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest)
	}
	s.ID = 0
	s.CustomerID = currentClaims(c).CustomerID
	s.Status = "created"
	s.TrackingNumber = newTrackingNumber()
	if err := h.db.Create(&s).Error; err != nil {
		return err
	}
	return c.JSON(http.StatusCreated, s)
}

func (h *Handlers) GetShipment(c echo.Context) error {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest)
	}
	var s Shipment
	err = h.db.Where("id = ? AND customer_id = ?", id, currentClaims(c).CustomerID).First(&s).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return echo.NewHTTPError(http.StatusNotFound)
	}
	return c.JSON(http.StatusOK, s)
}

func (h *Handlers) ShipmentLabel(c echo.Context) error {
	var s Shipment
	if err := h.db.First(&s, c.Param("id")).Error; err != nil {
		return echo.NewHTTPError(http.StatusNotFound)
	}
	pdf, err := renderLabel(s)
	if err != nil {
		return err
	}
	return c.Blob(http.StatusOK, "application/pdf", pdf)
}

func (h *Handlers) UpdateMe(c echo.Context) error {
	var cust Customer
	if err := h.db.First(&cust, currentClaims(c).CustomerID).Error; err != nil {
		return echo.NewHTTPError(http.StatusNotFound)
	}
	if err := c.Bind(&cust); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest)
	}
	cust.ID = currentClaims(c).CustomerID
	if err := h.db.Save(&cust).Error; err != nil {
		return err
	}
	return c.JSON(http.StatusOK, cust)
}

func (h *Handlers) UpdateAddress(c echo.Context) error {
	var in addressInput
	if err := c.Bind(&in); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest)
	}
	if err := c.Validate(&in); err != nil {
		return echo.NewHTTPError(http.StatusUnprocessableEntity, err.Error())
	}
	res := h.db.Model(&Customer{}).Where("id = ?", currentClaims(c).CustomerID).Updates(map[string]any{
		"street": in.Street, "city": in.City, "postcode": in.Postcode, "country": in.Country,
	})
	if res.Error != nil {
		return res.Error
	}
	return c.NoContent(http.StatusNoContent)
}
