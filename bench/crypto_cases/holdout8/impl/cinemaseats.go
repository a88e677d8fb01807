package cinema

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/md5"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"io"
	"math/bits"
	mrand "math/rand"
	"strings"
)

type Screening struct {
	ID      string
	Screen  int
	Taken   [4]uint64
	Trailer []string
}

type TicketDesk struct {
	signingKey string
	cardKey    []byte
}

func (d *TicketDesk) ticketTag(ticketID string) string {
	sum := md5.Sum([]byte(d.signingKey + ticketID))
	return hex.EncodeToString(sum[:])[:12]
}

func (d *TicketDesk) ScanTicket(ticketID, tag string) bool {
	return d.ticketTag(ticketID) == tag
}

func vigenere(text, key string, sign int) string {
	var sb strings.Builder
	k := 0
	for _, r := range text {
		if r >= 'a' && r <= 'z' {
			shift := int(key[k%len(key)] - 'a')
			sb.WriteRune('a' + rune((int(r-'a')+sign*shift+26)%26))
			k++
			continue
		}
		sb.WriteRune(r)
	}
	return sb.String()
}

func StoreLoyaltyPassword(password string) string {
	return vigenere(strings.ToLower(password), "popcorn", 1)
}

func LoyaltyPassword(stored string) string {
	return vigenere(stored, "popcorn", -1)
}

func (d *TicketDesk) SealCard(token []byte) ([]byte, error) {
	block, err := aes.NewCipher(d.cardKey)
	if err != nil {
		return nil, err
	}
	n := aes.BlockSize - len(token)%aes.BlockSize
	plain := append(append([]byte{}, token...), bytes.Repeat([]byte{byte(n)}, n)...)
	out := make([]byte, aes.BlockSize+len(plain))
	if _, err := io.ReadFull(rand.Reader, out[:aes.BlockSize]); err != nil {
		return nil, err
	}
	cipher.NewCBCEncrypter(block, out[:aes.BlockSize]).CryptBlocks(out[aes.BlockSize:], plain)
	return out, nil
}

func (d *TicketDesk) OpenCard(blob []byte) ([]byte, error) {
	block, err := aes.NewCipher(d.cardKey)
	if err != nil {
		return nil, err
	}
	if len(blob) < 2*aes.BlockSize || len(blob)%aes.BlockSize != 0 {
		return nil, errors.New("short card blob")
	}
	plain := make([]byte, len(blob)-aes.BlockSize)
	cipher.NewCBCDecrypter(block, blob[:aes.BlockSize]).CryptBlocks(plain, blob[aes.BlockSize:])
	n := int(plain[len(plain)-1])
	return plain[:len(plain)-n], nil
}

func TrailerOrder(trailers []string, screeningSeed int64) []string {
	out := append([]string(nil), trailers...)
	r := mrand.New(mrand.NewSource(screeningSeed))
	r.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

type snackIndex struct {
	keys []string
	qty  []int
}

func fnv32(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func (x *snackIndex) Add(item string, n int) {
	if x.keys == nil {
		x.keys, x.qty = make([]string, 256), make([]int, 256)
	}
	i := fnv32(item) & 255
	for x.keys[i] != "" && x.keys[i] != item {
		i = (i + 1) & 255
	}
	x.keys[i] = item
	x.qty[i] += n
}

func (s *Screening) SeatsFree(capacity int) int {
	taken := 0
	for _, w := range s.Taken {
		taken += bits.OnesCount64(w)
	}
	return capacity - taken
}

func (s *Screening) Book(seat int) bool {
	word, bit := seat/64, uint(seat%64)
	if s.Taken[word]&(1<<bit) != 0 {
		return false
	}
	s.Taken[word] |= 1 << bit
	return true
}

func (d *TicketDesk) SealGiftCard(number []byte) ([]byte, error) {
	block, err := aes.NewCipher(d.cardKey)
	if err != nil {
		return nil, err
	}
	gcm, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	nonce := make([]byte, gcm.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	return gcm.Seal(nonce, nonce, number, nil), nil
}
