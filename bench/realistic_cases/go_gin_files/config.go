package main

import "os"

type Config struct {
	Root          string
	AWSKeyID      string
	AWSSecret     string
	AllowedImport map[string]bool
}

func loadConfig() Config {
	return Config{
		Root:      envOr("FILES_ROOT", "/srv/files"),
		AWSKeyID:  "AKIAGLRU4O635FUEIRJV",
		AWSSecret: os.Getenv("AWS_SECRET_ACCESS_KEY"),
		AllowedImport: map[string]bool{
			"assets.example.com": true,
			"static.example.net": true,
		},
	}
}

func envOr(key, fallback string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return fallback
}
