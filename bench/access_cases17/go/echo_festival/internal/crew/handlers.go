package crew

import (
	"context"
	"net/http"
	"strconv"
	"time"

	"example.org/fieldfest/crew/internal/auth"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/labstack/echo/v4"
)

type Handlers struct {
	DB *pgxpool.Pool
}

type Profile struct {
	ID           int64  `json:"id"`
	Name         string `json:"name"`
	Phone        string `json:"phone"`
	TShirtSize   string `json:"tshirt_size"`
	Role         string `json:"role"`
	HoursCredit  int    `json:"hours_credit"`
	CampingPitch string `json:"camping_pitch"`
}

type Timesheet struct {
	ID          int64     `json:"id"`
	VolunteerID int64     `json:"volunteer_id"`
	ShiftID     int64     `json:"shift_id"`
	Started     time.Time `json:"started"`
	Ended       time.Time `json:"ended"`
	Approved    bool      `json:"approved"`
}

func id(c echo.Context) (int64, error) {
	return strconv.ParseInt(c.Param("id"), 10, 64)
}

func (h *Handlers) Shift(c echo.Context) error {
	sid, err := id(c)
	if err != nil {
		return echo.ErrBadRequest
	}
	rows, _ := h.DB.Query(context.Background(),
		"SELECT s.id, s.area, s.starts_at FROM shifts s JOIN shift_volunteers sv ON sv.shift_id = s.id WHERE s.id = $1 AND sv.volunteer_id = $2",
		sid, auth.Current(c).ID)
	out, err := pgx.CollectRows(rows, pgx.RowToMap)
	if err != nil || len(out) == 0 {
		return echo.ErrNotFound
	}
	return c.JSON(http.StatusOK, out[0])
}

func (h *Handlers) Timesheet(c echo.Context) error {
	tid, err := id(c)
	if err != nil {
		return echo.ErrBadRequest
	}
	var t Timesheet
	err = h.DB.QueryRow(context.Background(),
		"SELECT id, volunteer_id, shift_id, started, ended, approved FROM timesheets WHERE id = $1", tid).
		Scan(&t.ID, &t.VolunteerID, &t.ShiftID, &t.Started, &t.Ended, &t.Approved)
	if err != nil {
		return echo.ErrNotFound
	}
	return c.JSON(http.StatusOK, t)
}

func (h *Handlers) EditTimesheet(c echo.Context) error {
	tid, err := id(c)
	if err != nil {
		return echo.ErrBadRequest
	}
	var body struct {
		Started time.Time `json:"started"`
		Ended   time.Time `json:"ended"`
	}
	if err := c.Bind(&body); err != nil {
		return echo.ErrBadRequest
	}
	_, err = h.DB.Exec(context.Background(),
		"UPDATE timesheets SET started = $2, ended = $3, approved = false WHERE id = $1", tid, body.Started, body.Ended)
	if err != nil {
		return err
	}
	return c.NoContent(http.StatusNoContent)
}

func (h *Handlers) UpdateProfile(c echo.Context) error {
	me := auth.Current(c)
	var p Profile
	if err := c.Bind(&p); err != nil {
		return echo.ErrBadRequest
	}
	p.ID = me.ID
	_, err := h.DB.Exec(context.Background(),
		"UPDATE volunteers SET name = $2, phone = $3, tshirt_size = $4, role = $5, hours_credit = $6, camping_pitch = $7 WHERE id = $1",
		p.ID, p.Name, p.Phone, p.TShirtSize, p.Role, p.HoursCredit, p.CampingPitch)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, p)
}

func (h *Handlers) UpdateContact(c echo.Context) error {
	var body struct {
		Phone      string `json:"phone"`
		TShirtSize string `json:"tshirt_size"`
	}
	if err := c.Bind(&body); err != nil {
		return echo.ErrBadRequest
	}
	_, err := h.DB.Exec(context.Background(),
		"UPDATE volunteers SET phone = $2, tshirt_size = $3 WHERE id = $1", auth.Current(c).ID, body.Phone, body.TShirtSize)
	if err != nil {
		return err
	}
	return c.NoContent(http.StatusNoContent)
}

func (h *Handlers) ApproveTimesheet(c echo.Context) error {
	tid, err := id(c)
	if err != nil {
		return echo.ErrBadRequest
	}
	_, err = h.DB.Exec(context.Background(), "UPDATE timesheets SET approved = true WHERE id = $1", tid)
	if err != nil {
		return err
	}
	return c.NoContent(http.StatusNoContent)
}

func (h *Handlers) PublishRota(c echo.Context) error {
	_, err := h.DB.Exec(context.Background(), "UPDATE shifts SET published = true, published_at = now() WHERE NOT published")
	if err != nil {
		return err
	}
	_, err = h.DB.Exec(context.Background(), "DELETE FROM shift_volunteers WHERE confirmed = false")
	if err != nil {
		return err
	}
	return c.NoContent(http.StatusNoContent)
}

func (h *Handlers) ScanEntry(c echo.Context) error {
	holder, err := auth.WristbandHolder(c)
	if err != nil {
		return echo.ErrBadRequest
	}
	_, err = h.DB.Exec(context.Background(), "INSERT INTO gate_scans (volunteer_id, gate, at) VALUES ($1, $2, now())",
		holder, c.QueryParam("gate"))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, map[string]any{"volunteer": holder, "allowed": true})
}

func (h *Handlers) Lineup(c echo.Context) error {
	rows, _ := h.DB.Query(context.Background(), "SELECT stage, act, starts_at FROM lineup ORDER BY starts_at")
	out, err := pgx.CollectRows(rows, pgx.RowToMap)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, out)
}
