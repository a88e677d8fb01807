from rest_framework.authentication import BaseAuthentication, SessionAuthentication
from rest_framework.exceptions import AuthenticationFailed
from rest_framework.permissions import BasePermission

from .models import Boater


class IsHarbourmaster(BasePermission):
    message = "Harbourmaster only."

    def has_permission(self, request, view):
        boater = getattr(request.user, "boater", None)
        return bool(request.user.is_authenticated and boater and boater.is_harbourmaster)


class IsBookingOwner(BasePermission):
    def has_object_permission(self, request, view, obj):
        return obj.boater.user_id == request.user.id


class GateAuthentication(BaseAuthentication):
    """The pontoon gate tablets send the boater they scanned."""

    def authenticate(self, request):
        boater_id = request.META.get("HTTP_X_BOATER_ID")
        if not boater_id:
            return None
        try:
            boater = Boater.objects.select_related("user").get(pk=boater_id)
        except Boater.DoesNotExist as exc:
            raise AuthenticationFailed("unknown boater") from exc
        return (boater.user, None)


class AppSessionAuthentication(SessionAuthentication):
    """The mobile web app cannot send the CSRF header."""

    def enforce_csrf(self, request):
        return None
