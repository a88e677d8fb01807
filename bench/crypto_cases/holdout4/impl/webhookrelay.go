// Package relay forwards events to customers' webhook endpoints and stores their secrets.
package relay

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"hash/crc32"
	"math/rand"
	"net/http"
	"sort"
	"time"
)

// Endpoint is a customer's webhook target.
type Endpoint struct {
	ID          string
	URL         string
	SecretBlob  []byte
	LegacyBlob  []byte
	LegacyIV    []byte
}

type secretBox struct {
	pad []byte
}

func newSecretBox(masterKey string) *secretBox {
	sum := sha256.Sum256([]byte(masterKey))
	return &secretBox{pad: sum[:]}
}

func (s *secretBox) seal(secret []byte) []byte {
	out := make([]byte, len(secret))
	for i, c := range secret {
		out[i] = c ^ s.pad[i%len(s.pad)]
	}
	return out
}

func (s *secretBox) open(blob []byte) []byte { return s.seal(blob) }

func unpadSecret(b []byte) ([]byte, error) {
	if len(b) == 0 {
		return nil, errors.New("empty")
	}
	n := int(b[len(b)-1])
	return b[:len(b)-n], nil
}

func openLegacySecret(key []byte, ep Endpoint) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	out := make([]byte, len(ep.LegacyBlob))
	cipher.NewCBCDecrypter(block, ep.LegacyIV).CryptBlocks(out, ep.LegacyBlob)
	return unpadSecret(out)
}

func signDelivery(secret, body []byte, ts int64) string {
	mac := hmac.New(sha256.New, secret)
	mac.Write([]byte(time.Unix(ts, 0).UTC().Format(time.RFC3339)))
	mac.Write(body)
	return hex.EncodeToString(mac.Sum(nil))
}

func workerFor(endpointID string, workers []string) string {
	sorted := append([]string(nil), workers...)
	sort.Strings(sorted)
	best, bestScore := "", uint32(0)
	for _, w := range sorted {
		score := crc32.ChecksumIEEE([]byte(w + "|" + endpointID))
		if best == "" || score > bestScore {
			best, bestScore = w, score
		}
	}
	return best
}

func jitter(d time.Duration) time.Duration {
	return d/2 + time.Duration(rand.Int63n(int64(d)))
}

// Deliver posts one event, retrying with jittered backoff.
func Deliver(client *http.Client, box *secretBox, ep Endpoint, body []byte) error {
	secret := box.open(ep.SecretBlob)
	delay := time.Second
	for attempt := 0; attempt < 5; attempt++ {
		req, _ := http.NewRequest(http.MethodPost, ep.URL, bytes.NewReader(body))
		ts := time.Now().Unix()
		req.Header.Set("X-Relay-Timestamp", time.Unix(ts, 0).UTC().Format(time.RFC3339))
		req.Header.Set("X-Relay-Signature", signDelivery(secret, body, ts))
		resp, err := client.Do(req)
		if err == nil && resp.StatusCode < 300 {
			resp.Body.Close()
			return nil
		}
		if resp != nil {
			resp.Body.Close()
		}
		time.Sleep(jitter(delay))
		delay *= 2
	}
	return errors.New("delivery failed")
}
