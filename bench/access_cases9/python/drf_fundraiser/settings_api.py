# Fragment of fundraiser/settings.py: REST framework and media configuration.
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.SessionAuthentication",
        "fundraiser.authentication.PartnerHeaderAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 25,
}

MEDIA_URL = "/media/"
MEDIA_ROOT = BASE_DIR / "media" / "public"
RECEIPTS_URL = "/receipts/"
RECEIPTS_ROOT = BASE_DIR / "media" / "receipts"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
