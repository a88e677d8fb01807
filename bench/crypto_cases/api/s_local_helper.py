class TokenHelper:
    def token_string(self, n):
        return "x" * n

secrets = TokenHelper()
value = secrets.token_string(5)
