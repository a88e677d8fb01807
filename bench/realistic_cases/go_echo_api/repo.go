package main

import (
	"fmt"

	"gorm.io/gorm"
)

type Project struct {
	ID      uint   `json:"id"`
	OwnerID uint   `json:"owner_id"`
	Name    string `json:"name"`
	Status  string `json:"status"`
}

type Repo struct{ db *gorm.DB }

func (r *Repo) ByStatus(ownerID uint, status string) ([]Project, error) {
	var out []Project
	err := r.db.Raw(fmt.Sprintf("SELECT * FROM projects WHERE owner_id = %d AND status = '%s'", ownerID, status)).Scan(&out).Error
	return out, err
}

func (r *Repo) ByName(ownerID uint, name string) ([]Project, error) {
	var out []Project
	err := r.db.Where("owner_id = ? AND name LIKE ?", ownerID, "%"+name+"%").Find(&out).Error
	return out, err
}

func (r *Repo) Sorted(ownerID uint, field string) ([]Project, error) {
	allowed := map[string]string{"name": "name", "status": "status", "id": "id"}
	col, ok := allowed[field]
	if !ok {
		col = "id"
	}
	var out []Project
	err := r.db.Where("owner_id = ?", ownerID).Order(col + " asc").Find(&out).Error
	return out, err
}

func (r *Repo) Delete(id uint) error {
	return r.db.Delete(&Project{}, id).Error
}
