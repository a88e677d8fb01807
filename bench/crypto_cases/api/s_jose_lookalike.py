from jose import jwt

claims = jwt.verify_token_claims(token, key)
