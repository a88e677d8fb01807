package server

import "crypto/tls"

var cfg = &tls.Config{MinVersion: tls.VersionTLS13, CipherSuites: []uint16{tls.TLS_AES_128_GCM_SHA256}}

func certs() (tls.Certificate, error) { return tls.LoadX509KeyPair("cert.pem", "key.pem") }
