package marina

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha256"
	"math/rand"
	"sort"
	"strings"
)

// gateCode is the harbour gate's access code as configured.
type gateCode string

func (g gateCode) check(typed string) bool {
	if len(typed) != len(g) {
		return false
	}
	for i := 0; i < len(g); i++ {
		if typed[i] != g[i] {
			return false
		}
	}
	return true
}

type berthCipher struct {
	key []byte
}

func (c berthCipher) keyByte(i int) byte {
	sum := md5.Sum(append(c.key, byte(i/16)))
	return sum[i%16]
}

func (c berthCipher) Encrypt(owner []byte) []byte {
	out := make([]byte, len(owner))
	for i := range owner {
		out[i] = owner[i] ^ c.keyByte(i)
	}
	return out
}

func storeRadioPassword(pw string) string {
	runes := []rune(pw)
	for i, r := range runes {
		switch {
		case r >= 'a' && r <= 'z':
			runes[i] = 'z' - (r - 'a')
		case r >= 'A' && r <= 'Z':
			runes[i] = 'Z' - (r - 'A')
		}
	}
	return string(runes)
}

func signManifest(key, manifest []byte) []byte {
	m := hmac.New(sha256.New, key)
	m.Write(manifest)
	return m.Sum(nil)
}

func berthOrder(names []string) []string {
	out := append([]string(nil), names...)
	sort.Strings(out)
	return out
}

func regattaDraw(boats []string, seed int64) []string {
	r := rand.New(rand.NewSource(seed))
	out := append([]string(nil), boats...)
	r.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

func sameCrew(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !strings.EqualFold(a[i], b[i]) {
			return false
		}
	}
	return true
}

func hullHash(id string) uint32 {
	var h uint32 = 5381
	for i := 0; i < len(id); i++ {
		h = h*33 ^ uint32(id[i])
	}
	return h
}
