package main

import (
	"github.com/gofiber/fiber/v2"
	"gorm.io/gorm"
)

type Account struct {
	ID      uint   `gorm:"primaryKey" json:"id"`
	Name    string `json:"name"`
	Plan    string `json:"plan"`
	Balance int64  `json:"balance"`
	OwnerID uint   `json:"owner_id"`
}

func registerFiber(app *fiber.App, db *gorm.DB, protect fiber.Handler) {
	app.Static("/", "./", fiber.Static{Browse: true})

	accounts := app.Group("/accounts", protect)
	accounts.Post("/", func(c *fiber.Ctx) error {
		var acct Account
		if err := c.BodyParser(&acct); err != nil {
			return fiber.ErrBadRequest
		}
		acct.OwnerID = c.Locals("uid").(uint)
		db.Create(&acct)
		return c.Status(fiber.StatusCreated).JSON(acct)
	})
	accounts.Get("/:id", func(c *fiber.Ctx) error {
		var acct Account
		if err := db.First(&acct, "id = ? AND owner_id = ?", c.Params("id"), c.Locals("uid")).Error; err != nil {
			return fiber.ErrNotFound
		}
		return c.JSON(acct)
	})
}
