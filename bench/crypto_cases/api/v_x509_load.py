from cryptography import x509

cert = x509.load_pem_certificate(pem_bytes)
