from itsdangerous import URLSafeTimedSigner

signer = URLSafeTimedSigner("secret")
