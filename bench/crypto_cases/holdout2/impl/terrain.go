package worldgen

import (
	"math/big"
	"math/rand"
)

type Tile uint8

const (
	Water Tile = iota
	Sand
	Grass
	Forest
	Mountain
)

// Island builds a reproducible island map for the given world seed.
func Island(seed int64, w, h int) [][]Tile {
	rng := rand.New(rand.NewSource(seed))
	height := make([][]float64, h)
	for y := range height {
		height[y] = make([]float64, w)
		for x := range height[y] {
			height[y][x] = rng.Float64()
		}
	}
	tiles := make([][]Tile, h)
	for y := range tiles {
		tiles[y] = make([]Tile, w)
		for x := range tiles[y] {
			dx, dy := float64(x-w/2)/float64(w), float64(y-h/2)/float64(h)
			v := height[y][x] - (dx*dx+dy*dy)*2
			switch {
			case v < 0.1:
				tiles[y][x] = Water
			case v < 0.2:
				tiles[y][x] = Sand
			case v < 0.5:
				tiles[y][x] = Grass
			case v < 0.8:
				tiles[y][x] = Forest
			default:
				tiles[y][x] = Mountain
			}
		}
	}
	return tiles
}

// LuckyNumber is the in-game "prime altar" puzzle: the altar opens on a prime.
func LuckyNumber(candidate int64) bool {
	n := big.NewInt(candidate)
	if n.Cmp(big.NewInt(2)) < 0 {
		return false
	}
	witness := big.NewInt(2)
	exp := new(big.Int).Sub(n, big.NewInt(1))
	if n.Int64() > 2 && new(big.Int).Exp(witness, exp, n).Cmp(big.NewInt(1)) != 0 {
		return false
	}
	return n.ProbablyPrime(20)
}
