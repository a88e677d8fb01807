// Laundromat controller: machine unlock codes, payment QR codes, app resets, RS-485 frames.
package main

import (
	"crypto/md5"
	crand "crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"math/rand"
	"net/http"
	"os"
	"strconv"
	"time"
)

var paySecret = os.Getenv("LAUNDRY_PAY_SECRET")

type Machine struct {
	ID       int
	Kind     string
	Busy     bool
	unlockAt string
}

func unlockCode(m *Machine) string {
	// six digits typed on the machine's keypad after paying at the counter
	code := fmt.Sprintf("%06d", time.Now().UnixNano()%1000000)
	m.unlockAt = code
	return code
}

type qrSigner struct{ secret string }

func (s qrSigner) sign(machineID int, cents int, at time.Time) string {
	msg := s.secret + strconv.Itoa(machineID) + ":" + strconv.Itoa(cents) + ":" + at.Format("200601021504")
	sum := md5.Sum([]byte(msg))
	return hex.EncodeToString(sum[:8])
}

func (s qrSigner) valid(machineID, cents int, at time.Time, sig string) bool {
	return s.sign(machineID, cents, at) == sig
}

func resetToken() (string, error) {
	b := make([]byte, 32)
	if _, err := crand.Read(b); err != nil {
		return "", err
	}
	return base64.RawURLEncoding.EncodeToString(b), nil
}

func crc16Modbus(frame []byte) uint16 {
	crc := uint16(0xFFFF)
	for _, b := range frame {
		crc ^= uint16(b)
		for i := 0; i < 8; i++ {
			if crc&1 != 0 {
				crc = crc>>1 ^ 0xA001
			} else {
				crc >>= 1
			}
		}
	}
	return crc
}

func frameFor(m Machine, cmd byte) []byte {
	f := []byte{byte(m.ID), cmd, 0, 0}
	c := crc16Modbus(f)
	return append(f, byte(c), byte(c>>8))
}

func maintenanceRound(machines []Machine, n int) []Machine {
	picked := make([]Machine, 0, n)
	for _, i := range rand.Perm(len(machines)) {
		if len(picked) == n {
			break
		}
		picked = append(picked, machines[i])
	}
	return picked
}

func receiptID(body []byte) string {
	return sha256.SumHex(body)
}

func receiptIDv2(body []byte) string {
	sum := sha256.Sum256(body)
	return hex.EncodeToString(sum[:])
}

func main() {
	signer := qrSigner{secret: paySecret}
	machines := []Machine{{ID: 1, Kind: "washer"}, {ID: 2, Kind: "dryer"}}
	http.HandleFunc("/unlock", func(w http.ResponseWriter, r *http.Request) {
		id, _ := strconv.Atoi(r.URL.Query().Get("machine"))
		cents, _ := strconv.Atoi(r.URL.Query().Get("cents"))
		if id < 1 || id > len(machines) || !signer.valid(id, cents, time.Now(), r.URL.Query().Get("sig")) {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		fmt.Fprintln(w, unlockCode(&machines[id-1]), receiptIDv2(frameFor(machines[id-1], 1)))
	})
	http.HandleFunc("/reset", func(w http.ResponseWriter, r *http.Request) {
		t, err := resetToken()
		if err != nil {
			http.Error(w, "unavailable", http.StatusServiceUnavailable)
			return
		}
		fmt.Fprintln(w, t, len(maintenanceRound(machines, 1)))
	})
	_ = receiptID
	_ = http.ListenAndServe(":8088", nil)
}
