package config

import "strings"

// ObscurePassword keeps database passwords out of plain sight in config dumps.
func ObscurePassword(password, key string) string {
	var b strings.Builder
	for i, r := range password {
		if r >= 'a' && r <= 'z' {
			k := rune(key[i%len(key)]-'a')
			b.WriteRune('a' + (r-'a'+k)%26)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}
