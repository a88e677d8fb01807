package main

import (
	"crypto/md5"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"text/template"
	"time"

	"github.com/gin-gonic/gin"
)

type FileHandler struct {
	cfg    Config
	client *http.Client
}

func newFileHandler(cfg Config) *FileHandler {
	return &FileHandler{cfg: cfg, client: &http.Client{Timeout: 10 * time.Second}}
}

func (h *FileHandler) Download(c *gin.Context) {
	c.File(filepath.Join(h.cfg.Root, c.Query("path")))
}

func (h *FileHandler) DownloadSafe(c *gin.Context) {
	full := filepath.Join(h.cfg.Root, filepath.Clean("/"+c.Param("name")))
	if !strings.HasPrefix(full, h.cfg.Root+string(os.PathSeparator)) {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	c.File(full)
}

func (h *FileHandler) Import(c *gin.Context) {
	resp, err := http.Get(c.PostForm("url"))
	if err != nil {
		c.AbortWithStatus(http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	n, _ := io.Copy(io.Discard, io.LimitReader(resp.Body, 10<<20))
	c.JSON(http.StatusOK, gin.H{"bytes": n})
}

func (h *FileHandler) ImportAllowed(c *gin.Context) {
	u, err := url.Parse(c.PostForm("url"))
	if err != nil || u.Scheme != "https" || !h.cfg.AllowedImport[u.Hostname()] {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	resp, err := h.client.Get(u.String())
	if err != nil {
		c.AbortWithStatus(http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	c.JSON(http.StatusOK, gin.H{"status": resp.StatusCode})
}

var listing = template.Must(template.New("l").Parse(`<h1>Files in {{.Dir}}</h1><ul>{{range .Names}}<li>{{.}}</li>{{end}}</ul>`))

func (h *FileHandler) Listing(c *gin.Context) {
	dir := c.Query("dir")
	entries, _ := os.ReadDir(filepath.Join(h.cfg.Root, "public"))
	names := make([]string, 0, len(entries))
	for _, e := range entries {
		names = append(names, e.Name())
	}
	c.Header("Content-Type", "text/html")
	listing.Execute(c.Writer, gin.H{"Dir": dir, "Names": names})
}

func (h *FileHandler) Checksum(c *gin.Context) {
	data, _ := io.ReadAll(io.LimitReader(c.Request.Body, 1<<20))
	weak := md5.Sum(data)
	strong := sha256.Sum256(data)
	c.JSON(http.StatusOK, gin.H{"md5": hex.EncodeToString(weak[:]), "sha256": hex.EncodeToString(strong[:])})
}
