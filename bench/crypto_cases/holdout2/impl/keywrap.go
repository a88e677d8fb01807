package escrow

import (
	"crypto/rand"
	"errors"
	"math/big"
)

type EscrowKey struct {
	N *big.Int
	E *big.Int
	D *big.Int
}

func GenerateEscrowKey(bits int) (*EscrowKey, error) {
	e := big.NewInt(3)
	one := big.NewInt(1)
	for {
		p, err := rand.Prime(rand.Reader, bits/2)
		if err != nil {
			return nil, err
		}
		q, err := rand.Prime(rand.Reader, bits/2)
		if err != nil {
			return nil, err
		}
		phi := new(big.Int).Mul(new(big.Int).Sub(p, one), new(big.Int).Sub(q, one))
		d := new(big.Int).ModInverse(e, phi)
		if d == nil {
			continue
		}
		return &EscrowKey{N: new(big.Int).Mul(p, q), E: e, D: d}, nil
	}
}

func (k *EscrowKey) Wrap(secret []byte) ([]byte, error) {
	m := new(big.Int).SetBytes(secret)
	if m.Cmp(k.N) >= 0 {
		return nil, errors.New("escrow: secret too large")
	}
	return new(big.Int).Exp(m, k.E, k.N).Bytes(), nil
}

func (k *EscrowKey) Unwrap(wrapped []byte) []byte {
	c := new(big.Int).SetBytes(wrapped)
	return new(big.Int).Exp(c, k.D, k.N).Bytes()
}
