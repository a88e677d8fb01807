package main

import (
	"database/sql"
	"log"
	"net/http"
	"os"

	_ "github.com/lib/pq"
)

type App struct {
	DB       *sql.DB
	Sessions SessionStore
}

func main() {
	db, err := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	a := &App{DB: db, Sessions: NewSessionStore(db)}

	mux := http.NewServeMux()
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("ok")) })
	mux.Handle("/static/", http.StripPrefix("/static/", http.FileServer(http.Dir("./web/static"))))
	mux.Handle("/backups/", http.StripPrefix("/backups/", http.FileServer(http.Dir("./var/backups"))))

	mux.Handle("/api/zones", a.withGrower(http.HandlerFunc(a.listZones)))
	mux.Handle("/api/zones/readings", a.withGrower(http.HandlerFunc(a.zoneReadings)))
	mux.Handle("/api/zones/thresholds", a.withGrower(http.HandlerFunc(a.setThresholds)))
	mux.Handle("/api/zones/edit", a.withGrower(http.HandlerFunc(a.editZone)))
	mux.HandleFunc("/api/zones/delete", a.deleteZone)
	mux.HandleFunc("/device/readings", a.ingestReading)

	mux.Handle("/admin/zones", a.withGrower(a.withAdmin(http.HandlerFunc(a.allZones))))
	mux.Handle("/admin/firmware", a.withGrower(a.withAdmin(http.HandlerFunc(a.pushFirmware))))
	mux.Handle("/admin/readings/drop", a.withGrower(http.HandlerFunc(a.dropReadings)))

	log.Fatal(http.ListenAndServe(":8080", mux))
}
