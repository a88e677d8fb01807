package main

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
	"gorm.io/gorm"
)

type User struct {
	ID           uint   `gorm:"primaryKey" json:"id"`
	Email        string `gorm:"uniqueIndex" json:"email"`
	Name         string `json:"name"`
	PasswordHash string `json:"-"`
	Role         string `json:"role"`
	Disabled     bool   `json:"disabled"`
}

type Notebook struct {
	ID      uint   `gorm:"primaryKey" json:"id"`
	OwnerID uint   `gorm:"index" json:"ownerId"`
	Title   string `json:"title"`
}

type Note struct {
	ID         uint      `gorm:"primaryKey" json:"id"`
	NotebookID uint      `gorm:"index" json:"notebookId"`
	OwnerID    uint      `gorm:"index" json:"ownerId"`
	Title      string    `json:"title"`
	Body       string    `json:"body"`
	Public     bool      `json:"public"`
	Pinned     bool      `json:"pinned"`
	UpdatedAt  time.Time `json:"updatedAt"`
}

type Share struct {
	ID        uint      `gorm:"primaryKey" json:"id"`
	NoteID    uint      `gorm:"index" json:"noteId"`
	Token     string    `gorm:"uniqueIndex" json:"token"`
	ExpiresAt time.Time `json:"expiresAt"`
}

type noteInput struct {
	Title  *string `json:"title" binding:"omitempty,max=200"`
	Body   *string `json:"body"`
	Pinned *bool   `json:"pinned"`
}

func (s *Server) ownedNote(c *gin.Context) (*Note, bool) {
	var note Note
	err := s.db.Where("id = ? AND owner_id = ?", c.Param("id"), currentUserID(c)).First(&note).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		c.JSON(http.StatusNotFound, gin.H{"error": "not found"})
		return nil, false
	}
	if err != nil {
		c.Status(http.StatusInternalServerError)
		return nil, false
	}
	return &note, true
}

func (s *Server) me(c *gin.Context) {
	var u User
	if err := s.db.First(&u, currentUserID(c)).Error; err != nil {
		c.Status(http.StatusNotFound)
		return
	}
	c.JSON(http.StatusOK, u)
}

func (s *Server) listNotebooks(c *gin.Context) {
	var books []Notebook
	s.db.Where(&Notebook{OwnerID: currentUserID(c)}).Order("title").Find(&books)
	c.JSON(http.StatusOK, books)
}

func (s *Server) createNotebook(c *gin.Context) {
	var in struct {
		Title string `json:"title" binding:"required,max=120"`
	}
	if err := c.ShouldBindJSON(&in); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	book := Notebook{OwnerID: currentUserID(c), Title: in.Title}
	s.db.Create(&book)
	c.JSON(http.StatusCreated, book)
}

func (s *Server) listNotes(c *gin.Context) {
	var notes []Note
	s.db.Joins("JOIN notebooks ON notebooks.id = notes.notebook_id").
		Where("notebooks.id = ? AND notebooks.owner_id = ?", c.Param("id"), currentUserID(c)).
		Order("notes.pinned DESC, notes.updated_at DESC").
		Find(&notes)
	c.JSON(http.StatusOK, notes)
}

func (s *Server) createNote(c *gin.Context) {
	var book Notebook
	if err := s.db.First(&book, "id = ? AND owner_id = ?", c.Param("id"), currentUserID(c)).Error; err != nil {
		c.JSON(http.StatusNotFound, gin.H{"error": "not found"})
		return
	}
	var in noteInput
	if err := c.ShouldBindJSON(&in); err != nil || in.Title == nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "title required"})
		return
	}
	note := Note{NotebookID: book.ID, OwnerID: book.OwnerID, Title: *in.Title}
	if in.Body != nil {
		note.Body = *in.Body
	}
	s.db.Create(&note)
	c.JSON(http.StatusCreated, note)
}

func (s *Server) getNote(c *gin.Context) {
	var note Note
	if err := s.db.First(&note, c.Param("id")).Error; err != nil {
		c.JSON(http.StatusNotFound, gin.H{"error": "not found"})
		return
	}
	c.JSON(http.StatusOK, note)
}

func (s *Server) updateNote(c *gin.Context) {
	note, ok := s.ownedNote(c)
	if !ok {
		return
	}
	var in noteInput
	if err := c.ShouldBindJSON(&in); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	changes := map[string]any{}
	if in.Title != nil {
		changes["title"] = *in.Title
	}
	if in.Body != nil {
		changes["body"] = *in.Body
	}
	if in.Pinned != nil {
		changes["pinned"] = *in.Pinned
	}
	s.db.Model(note).Updates(changes)
	c.JSON(http.StatusOK, note)
}

func (s *Server) replaceNote(c *gin.Context) {
	note, ok := s.ownedNote(c)
	if !ok {
		return
	}
	if err := c.ShouldBindJSON(note); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	s.db.Save(note)
	c.JSON(http.StatusOK, note)
}

func (s *Server) deleteNote(c *gin.Context) {
	res := s.db.Where("owner_id = ?", currentUserID(c)).Delete(&Note{}, c.Param("id"))
	if res.RowsAffected == 0 {
		c.JSON(http.StatusNotFound, gin.H{"error": "not found"})
		return
	}
	c.Status(http.StatusNoContent)
}

func (s *Server) createShare(c *gin.Context) {
	note, ok := s.ownedNote(c)
	if !ok {
		return
	}
	buf := make([]byte, 24)
	if _, err := rand.Read(buf); err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	share := Share{NoteID: note.ID, Token: hex.EncodeToString(buf), ExpiresAt: time.Now().Add(7 * 24 * time.Hour)}
	s.db.Create(&share)
	c.JSON(http.StatusCreated, share)
}

func (s *Server) listShares(c *gin.Context) {
	var shares []Share
	s.db.Where("note_id = ?", c.Param("id")).Find(&shares)
	c.JSON(http.StatusOK, shares)
}

func (s *Server) openSharedNote(c *gin.Context) {
	var share Share
	if err := s.db.Where("token = ? AND expires_at > ?", c.Param("token"), time.Now()).First(&share).Error; err != nil {
		c.JSON(http.StatusNotFound, gin.H{"error": "not found"})
		return
	}
	var note Note
	s.db.First(&note, share.NoteID)
	c.JSON(http.StatusOK, gin.H{"title": note.Title, "body": note.Body})
}

func (s *Server) previewNote(c *gin.Context) {
	var note Note
	if err := s.db.First(&note, c.Param("id")).Error; err != nil {
		c.JSON(http.StatusNotFound, gin.H{"error": "not found"})
		return
	}
	if !note.Public && note.OwnerID != currentUserID(c) {
		c.JSON(http.StatusNotFound, gin.H{"error": "not found"})
		return
	}
	c.JSON(http.StatusOK, gin.H{"title": note.Title, "body": note.Body})
}
