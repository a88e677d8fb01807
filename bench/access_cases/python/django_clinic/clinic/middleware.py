from django.conf import settings
from django.http import HttpResponseForbidden


class StaffNetworkMiddleware:
    """Only the clinic's own network may open the staff pages."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith("/staff/"):
            ip = request.META.get("HTTP_X_FORWARDED_FOR", request.META.get("REMOTE_ADDR", ""))
            if not ip.startswith(settings.CLINIC_NETWORK_PREFIX):
                return HttpResponseForbidden()
        return self.get_response(request)
