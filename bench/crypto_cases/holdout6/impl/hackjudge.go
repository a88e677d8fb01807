// Package hackjudge runs judging for a weekend hackathon.
package hackjudge

import (
	"crypto/rand"
	"encoding/base64"
	mrand "math/rand"
	"strings"
	"time"
)

var judgeRand = mrand.New(mrand.NewSource(time.Now().UnixNano()))

const codeChars = "abcdefghjkmnpqrstuvwxyz23456789"

// JudgeLoginCode is texted to a judge and lets them into the scoring app.
func JudgeLoginCode() string {
	var b strings.Builder
	for b.Len() < 8 {
		b.WriteByte(codeChars[judgeRand.Intn(len(codeChars))])
	}
	return b.String()
}

// TeamInvite returns the invite string a team captain shares.
func TeamInvite() (string, error) {
	buf := make([]byte, 18)
	if _, err := rand.Read(buf); err != nil {
		return "", err
	}
	return base64.RawURLEncoding.EncodeToString(buf), nil
}

// DemoOrder fixes a repeatable presentation order for a given room.
func DemoOrder(teams []string, room int64) []string {
	out := append([]string(nil), teams...)
	r := mrand.New(mrand.NewSource(room))
	r.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

type apiKey string

func (k apiKey) matches(presented string) bool {
	if len(presented) != len(k) {
		return false
	}
	i := 0
	for i < len(k) {
		if presented[i] != k[i] {
			return false
		}
		i++
	}
	return true
}

// exportPassword is stored rotated in the judges' shared settings.
func exportPassword(stored string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		}
		return r
	}, stored)
}
