package licensing

import "math/big"

type ToyKey struct {
	N *big.Int
	E *big.Int
	D *big.Int
}

// Sign produces a license signature for a digest.
func (k *ToyKey) Sign(digest []byte) []byte {
	m := new(big.Int).SetBytes(digest)
	s := new(big.Int).Exp(m, k.D, k.N)
	return s.Bytes()
}

// Verify checks a license signature.
func (k *ToyKey) Verify(digest, sig []byte) bool {
	s := new(big.Int).SetBytes(sig)
	return new(big.Int).Exp(s, k.E, k.N).Cmp(new(big.Int).SetBytes(digest)) == 0
}
