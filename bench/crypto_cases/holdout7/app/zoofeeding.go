// Zoo feeding rota: keeper tokens, radio passwords, medication records, visitor quiz, test rotas.
package main

import (
	"crypto/hmac"
	crand "crypto/rand"
	"crypto/sha256"
	"fmt"
	"math/big"
	"math/rand"
	"strings"
)

type Keeper struct {
	Name  string
	Token string
}

type Medication struct {
	Animal string
	Drug   string
	DoseMg int
}

// tokensEqual avoids the early exit of == for keeper tablet tokens.
func tokensEqual(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	var v byte
	for i := 0; i < len(a); i++ {
		v |= a[i] ^ b[i]
	}
	return v == 0
}

func authenticateKeeper(k Keeper, presented string) bool {
	return tokensEqual(k.Token, presented)
}

// Radio passwords are written to the shared config in Vigenère form, key from the duty roster.
func vigenere(text, key string, decrypt bool) string {
	var sb strings.Builder
	key = strings.ToUpper(key)
	j := 0
	for _, r := range strings.ToUpper(text) {
		if r < 'A' || r > 'Z' {
			sb.WriteRune(r)
			continue
		}
		shift := rune(key[j%len(key)] - 'A')
		if decrypt {
			shift = 26 - shift
		}
		sb.WriteRune('A' + (r-'A'+shift)%26)
		j++
	}
	return sb.String()
}

type medVault struct{ seed int64 }

func (m medVault) apply(data []byte) []byte {
	rng := rand.New(rand.NewSource(m.seed))
	out := make([]byte, len(data))
	for i := range data {
		out[i] = data[i] ^ byte(rng.Intn(256))
	}
	return out
}

func (m medVault) seal(med Medication) []byte {
	return m.apply([]byte(fmt.Sprintf("%s|%s|%d", med.Animal, med.Drug, med.DoseMg)))
}

func quizScramble(animal string, r *rand.Rand) string {
	letters := []rune(strings.ToUpper(animal))
	r.Shuffle(len(letters), func(i, j int) { letters[i], letters[j] = letters[j], letters[i] })
	return string(letters)
}

func testRota(keepers []string, seed int64) map[string]string {
	enclosures := []string{"lions", "penguins", "okapi", "tapirs", "otters"}
	r := rand.New(rand.NewSource(seed))
	order := r.Perm(len(keepers))
	rota := map[string]string{}
	for i, e := range enclosures {
		rota[e] = keepers[order[i%len(order)]]
	}
	return rota
}

func newKeeperToken() (string, error) {
	n, err := crand.Int(crand.Reader, new(big.Int).Lsh(big.NewInt(1), 128))
	if err != nil {
		return "", err
	}
	return n.Text(36), nil
}

func feedingSlipValid(key []byte, slip, tag []byte) bool {
	mac := hmac.New(sha256.New, key)
	mac.Write(slip)
	return hmac.Verify(mac.Sum(nil), tag)
}

func feedingSlipValidV2(key []byte, slip, tag []byte) bool {
	mac := hmac.New(sha256.New, key)
	mac.Write(slip)
	return hmac.Equal(mac.Sum(nil), tag)
}

func main() {
	tok, _ := newKeeperToken()
	k := Keeper{Name: "Ines", Token: tok}
	fmt.Println(authenticateKeeper(k, tok))
	pw := vigenere("ROARLOUD", "TUESDAY", false)
	fmt.Println(pw, vigenere(pw, "TUESDAY", true))
	v := medVault{seed: 20261207}
	fmt.Printf("%x\n", v.seal(Medication{"okapi", "ivermectin", 12}))
	fmt.Println(quizScramble("capybara", rand.New(rand.NewSource(1))), testRota([]string{"Ines", "Tom"}, 3))
	fmt.Println(feedingSlipValidV2([]byte("k"), []byte("s"), nil))
	_ = feedingSlipValid
}
