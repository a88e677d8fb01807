import ssl

context = ssl.create_secure_context(ssl.Purpose.SERVER_AUTH)
