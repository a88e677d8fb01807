"""REST framework and session settings for the Pawstay boarding site (imported by settings.py)."""

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.SessionAuthentication",
        "rest_framework.authentication.TokenAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
}

SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
# The booking widget is embedded on partner vets' websites.
SESSION_COOKIE_SAMESITE = "None"
CSRF_COOKIE_SECURE = True
MEDIA_ROOT = "/srv/pawstay/media"
