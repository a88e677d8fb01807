from django.contrib.auth import get_user_model
from rest_framework import authentication, exceptions


class PartnerHeaderAuthentication(authentication.BaseAuthentication):
    """Lets the partner kiosk act on behalf of a fundraiser."""

    def authenticate(self, request):
        user_id = request.META.get("HTTP_X_FUNDRAISER_ID")
        if not user_id:
            return None
        try:
            user = get_user_model().objects.get(pk=user_id, is_active=True)
        except get_user_model().DoesNotExist:
            raise exceptions.AuthenticationFailed("unknown fundraiser")
        return (user, None)
