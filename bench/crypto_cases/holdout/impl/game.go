package game

type rng struct{ s uint64 }

func (r *rng) next() uint64 {
	r.s ^= r.s << 13
	r.s ^= r.s >> 7
	r.s ^= r.s << 17
	return r.s
}

// RollDice rolls n dice for the board game.
func RollDice(r *rng, n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = int(r.next()%6) + 1
	}
	return out
}

// ShiftCipherClue encodes a clue for the treasure-hunt level.
func ShiftCipherClue(clue string, shift int) string {
	out := []rune(clue)
	for i, c := range out {
		if c >= 'A' && c <= 'Z' {
			out[i] = 'A' + (c-'A'+rune(shift))%26
		}
	}
	return string(out)
}
