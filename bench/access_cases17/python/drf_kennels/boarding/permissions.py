from rest_framework import authentication, exceptions, permissions

from django.contrib.auth import get_user_model


class IsKennelStaff(permissions.BasePermission):
    message = "Kennel staff only."

    def has_permission(self, request, view):
        owner = getattr(request.user, "owner", None)
        return bool(request.user.is_authenticated and owner and owner.is_kennel_staff)


class CsrfExemptSessionAuthentication(authentication.SessionAuthentication):
    """The drop-off tablet posts from a kiosk page that cannot read the CSRF cookie."""

    def enforce_csrf(self, request):
        return None


class KioskHeaderAuthentication(authentication.BaseAuthentication):
    """The kiosk on the front desk sends the member of staff who is logged in on it."""

    def authenticate(self, request):
        username = request.META.get("HTTP_X_KIOSK_STAFF")
        if not username:
            return None
        try:
            user = get_user_model().objects.get(username=username, is_active=True)
        except get_user_model().DoesNotExist:
            raise exceptions.AuthenticationFailed("Unknown kiosk user.")
        return (user, None)
