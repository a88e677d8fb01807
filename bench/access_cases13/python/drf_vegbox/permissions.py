from django.contrib.auth import get_user_model
from rest_framework import authentication, exceptions, permissions


class IsPacker(permissions.BasePermission):
    def has_permission(self, request, view):
        return bool(request.user and request.user.is_authenticated
                    and request.user.profile.is_packer)


class FarmGateAuthentication(authentication.BaseAuthentication):
    """Used by the pick-up shed's tablet: it sends the customer's id when they scan their card."""

    def authenticate(self, request):
        customer_id = request.META.get("HTTP_X_CUSTOMER_ID")
        if not customer_id:
            return None
        try:
            user = get_user_model().objects.get(customer__id=customer_id)
        except get_user_model().DoesNotExist:
            raise exceptions.AuthenticationFailed("unknown customer")
        return (user, None)
