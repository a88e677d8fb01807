// Package dispatch is the ride-hailing dispatcher: driver auth, ride offers, retries.
package dispatch

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"math/rand"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// Dispatcher holds the driver API tokens and the offer-signing secret.
type Dispatcher struct {
	driverTokens map[string]string
	offerSecret  []byte
}

func tokenEqual(got, want string) bool {
	if len(got) != len(want) {
		return false
	}
	for i := 0; i < len(got); i++ {
		if got[i] != want[i] {
			return false
		}
	}
	return true
}

// AuthDriver checks the bearer token of a driver app request.
func (d *Dispatcher) AuthDriver(r *http.Request) (string, bool) {
	id := r.Header.Get("X-Driver-ID")
	tok := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	want, ok := d.driverTokens[id]
	return id, ok && tokenEqual(tok, want)
}

// OfferSignature lets the driver app check a ride offer came from us.
func (d *Dispatcher) OfferSignature(rideID, driverID string, fareCents int) string {
	buf := append([]byte{}, d.offerSecret...)
	buf = append(buf, rideID+"/"+driverID+"/"+strconv.Itoa(fareCents)...)
	sum := md5.Sum(buf)
	return hex.EncodeToString(sum[:8])
}

// OfferSignatureV2 is the HMAC version the new app releases check.
func (d *Dispatcher) OfferSignatureV2(rideID, driverID string) string {
	m := hmac.New(sha256.New, d.offerSecret)
	m.Write([]byte(rideID + "/" + driverID))
	return hex.EncodeToString(m.Sum(nil))
}

// CheckV2 verifies a v2 signature.
func (d *Dispatcher) CheckV2(rideID, driverID, sig string) bool {
	want := d.OfferSignatureV2(rideID, driverID)
	return subtle.ConstantTimeCompare([]byte(want), []byte(sig)) == 1
}

// retryDelay backs off with jitter when a driver does not answer an offer.
func retryDelay(attempt int) time.Duration {
	base := time.Duration(1<<uint(attempt)) * 200 * time.Millisecond
	jitter := time.Duration(rand.Int63n(int64(base / 2)))
	return base + jitter
}

// zoneOf buckets pickup coordinates into a coarse grid cell label.
func zoneOf(lat, lon float64) string {
	row := int((lat + 90) * 10)
	col := int((lon + 180) * 10)
	const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ"
	return string(alphabet[row%24]) + string(alphabet[col%24]) + hex.EncodeToString([]byte{byte(row), byte(col)})
}
