from django.contrib.auth import get_user_model
from rest_framework import authentication, exceptions
from rest_framework.permissions import SAFE_METHODS, BasePermission


class IsTeacher(BasePermission):
    message = "Teachers only."

    def has_permission(self, request, view):
        return bool(request.user and request.user.is_authenticated
                    and request.user.groups.filter(name="teachers").exists())


class IsCourseTeacherOrReadOnly(BasePermission):
    def has_object_permission(self, request, view, obj):
        if request.method in SAFE_METHODS:
            return request.user in obj.students.all() or obj.teacher_id == request.user.id
        return obj.teacher_id == request.user.id


class CsrfExemptSessionAuthentication(authentication.SessionAuthentication):
    """The old jQuery gradebook cannot send the CSRF header, so skip the check."""

    def enforce_csrf(self, request):
        return None


class StaffRoomHeaderAuthentication(authentication.BaseAuthentication):
    """Staff-room PCs sit behind the school proxy, which adds the teacher's e-mail."""

    def authenticate(self, request):
        email = request.META.get("HTTP_X_TEACHER_EMAIL")
        if not email:
            return None
        try:
            user = get_user_model().objects.get(email=email)
        except get_user_model().DoesNotExist as exc:
            raise exceptions.AuthenticationFailed("unknown teacher") from exc
        return (user, None)
