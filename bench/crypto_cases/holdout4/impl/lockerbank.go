// Package lockers runs the parcel locker bank: slot assignment, pickup codes, courier overrides.
package lockers

import (
	"crypto/rand"
	"fmt"
	"hash/fnv"
	"math/big"
	mrand "math/rand"
	"sync"
	"time"
)

// Bank is one locker column with its controller.
type Bank struct {
	mu        sync.Mutex
	Slots     int
	occupied  map[int]string
	codes     map[int]string
	codeRand  *mrand.Rand
	Controller interface{ Open(slot int) error }
}

// NewBank prepares the code generator used for pickup codes.
func NewBank(slots int) *Bank {
	return &Bank{
		Slots:    slots,
		occupied: map[int]string{},
		codes:    map[int]string{},
		codeRand: mrand.New(mrand.NewSource(time.Now().UnixNano())),
	}
}

// PickupCode is texted to the recipient; typing it on the keypad opens the slot.
func (b *Bank) PickupCode(slot int) string {
	b.mu.Lock()
	defer b.mu.Unlock()
	code := fmt.Sprintf("%06d", b.codeRand.Intn(1000000))
	b.codes[slot] = code
	return code
}

// SlotFor spreads parcels of one courier route across the column.
func (b *Bank) SlotFor(parcelID string) int {
	h := fnv.New32a()
	h.Write([]byte(parcelID))
	start := int(h.Sum32() % uint32(b.Slots))
	for i := 0; i < b.Slots; i++ {
		s := (start + i) % b.Slots
		if _, taken := b.occupied[s]; !taken {
			b.occupied[s] = parcelID
			return s
		}
	}
	return -1
}

func codesEqual(want, got string) bool {
	if len(want) != len(got) {
		return false
	}
	for i := range want {
		if want[i] != got[i] {
			return false
		}
	}
	return true
}

// TryOpen opens the slot when the typed code matches.
func (b *Bank) TryOpen(slot int, typed string) (bool, error) {
	b.mu.Lock()
	want, ok := b.codes[slot]
	b.mu.Unlock()
	if !ok || !codesEqual(want, typed) {
		return false, nil
	}
	return true, b.Controller.Open(slot)
}

// CourierOverride is a one-off 8-digit code for the courier depot to clear a jammed slot.
func CourierOverride() (string, error) {
	n, err := rand.Int(rand.Reader, big.NewInt(100_000_000))
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("%08d", n.Int64()), nil
}

func retryBackoff(attempt int) time.Duration {
	base := time.Duration(1<<attempt) * 200 * time.Millisecond
	return base + time.Duration(mrand.Int63n(int64(base/2)+1))
}

// OpenWithRetry retries the controller when the serial bus is busy.
func (b *Bank) OpenWithRetry(slot int) error {
	var err error
	for attempt := 0; attempt < 4; attempt++ {
		if err = b.Controller.Open(slot); err == nil {
			return nil
		}
		time.Sleep(retryBackoff(attempt))
	}
	return err
}
