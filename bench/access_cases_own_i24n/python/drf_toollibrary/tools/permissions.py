from rest_framework.authentication import SessionAuthentication
from rest_framework.permissions import SAFE_METHODS, BasePermission


class IsSteward(BasePermission):
    message = "Stewards only."

    def has_permission(self, request, view):
        member = getattr(request.user, "member", None)
        return bool(request.user and request.user.is_authenticated and member and member.is_steward)


class ReadOnlyOrSteward(BasePermission):
    def has_permission(self, request, view):
        if request.method in SAFE_METHODS:
            return True
        member = getattr(request.user, "member", None)
        return bool(member and member.is_steward)


class KioskSessionAuthentication(SessionAuthentication):
    """The lobby kiosk posts from a plain HTML page, so skip the CSRF check."""

    def enforce_csrf(self, request):
        return None
