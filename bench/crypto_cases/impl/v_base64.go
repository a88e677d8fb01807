package store

import "encoding/base64"

func SaveSecret(db DB, secret string) error {
	encryptedSecret := base64.StdEncoding.EncodeToString([]byte(secret))
	return db.Put("secret", encryptedSecret)
}
