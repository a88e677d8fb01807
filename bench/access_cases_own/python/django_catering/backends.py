from django.contrib.auth import get_user_model
from django.contrib.auth.backends import BaseBackend


class KitchenTabletBackend(BaseBackend):
    """Kitchen tablets sign in as the caterer on shift."""

    def authenticate(self, request, **kwargs):
        caterer = request.headers.get("X-Caterer-Id")
        if not caterer:
            return None
        return get_user_model().objects.filter(pk=caterer, is_active=True).first()

    def get_user(self, user_id):
        return get_user_model().objects.filter(pk=user_id).first()


def request_tag(request):
    return request.headers.get("X-Request-Id") or "-"


def order_tag(request):
    return get_user_model().objects.filter(pk=request.headers.get("X-Order-Id")).first()
