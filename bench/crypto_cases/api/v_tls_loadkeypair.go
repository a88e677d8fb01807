package server

import "crypto/tls"

func certs() (tls.Certificate, error) {
	return tls.LoadKeyPair("cert.pem", "key.pem")
}
