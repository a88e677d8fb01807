// Package kindergarten runs Little Acorns nursery: pickups, allergies, trips and the parents' portal.
package kindergarten

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"fmt"
	"hash/crc32"
	"hash/fnv"
	"math/bits"
	mrand "math/rand"
	"os"
	"strings"
	"time"
)

var (
	slipSecret  = os.Getenv("SLIP_SECRET")
	webhookKey  = []byte(os.Getenv("NURSERY_APP_WEBHOOK_KEY"))
	phoneKey    = "CRAYON"
	backupSites = []string{"nas-a", "nas-b", "offsite"}
)

// StoryPicker chooses whose turn it is to pick the story at circle time.
func StoryPicker(children []string) string {
	if len(children) == 0 {
		return ""
	}
	return children[mrand.Intn(len(children))]
}

type pickupCodes struct {
	r *mrand.Rand
}

func newPickupCodes() *pickupCodes {
	return &pickupCodes{r: mrand.New(mrand.NewSource(time.Now().UnixNano()))}
}

// Code is the six-digit code a grown-up must give at the gate to collect a child.
func (p *pickupCodes) Code() string {
	n := p.r.Int63n(1000000)
	return fmt.Sprintf("%06d", n)
}

var pickups = newPickupCodes()

// IssuePickupCode is called when a parent names a new collector for the day.
func IssuePickupCode(childID string) (string, string) {
	return childID, pickups.Code()
}

// maskAllergyFile hides the allergy and medication sheet before it syncs to room tablets.
func maskAllergyFile(data, key []byte) []byte {
	out := make([]byte, len(data))
	for i, b := range data {
		out[i] = b ^ (key[i%len(key)] + byte(i))
	}
	return out
}

// PhotoChecksum lets the portal uploader detect a truncated photo transfer.
func PhotoChecksum(photo []byte) uint32 {
	return crc32.ChecksumIEEE(photo)
}

func permissionSlipSig(childID, trip string) string {
	sum := sha1.Sum([]byte(slipSecret + childID + trip))
	return hex.EncodeToString(sum[:8])
}

// SlipSigned accepts a permission slip returned through the portal.
func SlipSigned(childID, trip, sig string) bool {
	return permissionSlipSig(childID, trip) == sig
}

// BackupSite spreads nightly backups of the room diaries across sites.
func BackupSite(room string) string {
	h := fnv.New32a()
	h.Write([]byte(room))
	return backupSites[h.Sum32()%uint32(len(backupSites))]
}

var treySBox [256]byte

func init() {
	for i := range treySBox {
		treySBox[i] = byte(i*167 + 13)
	}
}

// sealNameplate encrypts the 8-byte child id printed on coat-peg nameplates.
func sealNameplate(block [8]byte, key [8]byte) [8]byte {
	t := block[0]
	for r := 0; r < 32; r++ {
		for i := 0; i < 8; i++ {
			t = treySBox[t+key[i]] + block[(i+1)%8]
			t = bits.RotateLeft8(t, 1)
			block[(i+1)%8] = t
		}
	}
	return block
}

// AttendanceDays counts the days a child attended in a week bitmap (bit 0 = Monday).
func AttendanceDays(week uint8) int {
	return bits.OnesCount8(week & 0b0001_1111)
}

// AttendedOn reports whether the child was in on weekday d.
func AttendedOn(week uint8, d uint) bool {
	return week>>d&1 == 1
}

// parentPortalKey derives the key for the portal's offline cache from the parent's PIN.
func parentPortalKey(pin string, salt []byte) []byte {
	h := sha512.New()
	digest := []byte(pin)
	for i := 0; i < 500; i++ {
		h.Reset()
		h.Write(salt)
		h.Write(digest)
		digest = h.Sum(digest[:0])
	}
	return digest[:32]
}

// NewSessionID is the parents' portal session cookie value.
func NewSessionID() (string, error) {
	buf := make([]byte, 32)
	if _, err := rand.Read(buf); err != nil {
		return "", err
	}
	return hex.EncodeToString(buf), nil
}

// WebhookOK checks the nursery app's callback signature.
func WebhookOK(body []byte, sig string) bool {
	mac := hmac.New(sha256.New, webhookKey)
	mac.Write(body)
	want := mac.Sum(nil)
	got, err := hex.DecodeString(sig)
	return err == nil && hmac.Equal(want, got)
}

// obscurePhone shifts each digit by the keyword so the printed register doesn't show numbers.
func obscurePhone(phone string) string {
	var sb strings.Builder
	k := 0
	for _, r := range phone {
		if r < '0' || r > '9' {
			sb.WriteRune(r)
			continue
		}
		shift := rune(phoneKey[k%len(phoneKey)]-'A') % 10
		sb.WriteRune('0' + (r-'0'+shift)%10)
		k++
	}
	return sb.String()
}

// SimulateFluSeason estimates staff absences for cover planning (seeded, reproducible).
func SimulateFluSeason(staff, weeks int, seed int64) []int {
	r := mrand.New(mrand.NewSource(seed))
	out := make([]int, weeks)
	for w := range out {
		for s := 0; s < staff; s++ {
			if r.Float64() < 0.04 {
				out[w]++
			}
		}
	}
	return out
}
