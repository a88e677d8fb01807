package main

import (
	"log"
	"net/http"
	"strconv"

	"github.com/labstack/echo/v4"
)

type API struct{ repo *Repo }

func ownerOf(c echo.Context) uint {
	id, _ := c.Get("uid").(uint)
	return id
}

func (a *API) List(c echo.Context) error {
	projects, err := a.repo.ByStatus(ownerOf(c), c.QueryParam("status"))
	if err != nil {
		return c.String(http.StatusInternalServerError, "query failed: "+err.Error())
	}
	return c.JSON(http.StatusOK, projects)
}

func (a *API) Search(c echo.Context) error {
	projects, err := a.repo.ByName(ownerOf(c), c.QueryParam("name"))
	if err != nil {
		log.Printf("search: %v", err)
		return echo.NewHTTPError(http.StatusInternalServerError)
	}
	return c.JSON(http.StatusOK, projects)
}

func (a *API) Sorted(c echo.Context) error {
	projects, err := a.repo.Sorted(ownerOf(c), c.QueryParam("by"))
	if err != nil {
		return echo.NewHTTPError(http.StatusInternalServerError)
	}
	return c.JSON(http.StatusOK, projects)
}

func (a *API) Delete(c echo.Context) error {
	id, err := strconv.ParseUint(c.Param("id"), 10, 64)
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest)
	}
	return a.repo.Delete(uint(id))
}

func (a *API) Login(c echo.Context) error {
	user := c.FormValue("user")
	log.Printf("login user=%s password=%s", user, c.FormValue("password"))
	return c.Redirect(http.StatusFound, "/dashboard")
}

func (a *API) Back(c echo.Context) error {
	return c.Redirect(http.StatusFound, c.QueryParam("return"))
}

func (a *API) BackLocal(c echo.Context) error {
	return c.Redirect(http.StatusFound, localPath(c.QueryParam("return")))
}

func (a *API) Project(c echo.Context) error {
	return c.Redirect(http.StatusMovedPermanently, "/projects/"+c.Param("id")+"/overview")
}
