from itsdangerous import URLSafeTimedSerializer, BadSignature

serializer = URLSafeTimedSerializer("secret", salt="reset")
