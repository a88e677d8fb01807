from rest_framework.permissions import SAFE_METHODS, BasePermission


class IsLessonParticipant(BasePermission):
    def has_object_permission(self, request, view, obj):
        if request.method in SAFE_METHODS:
            return obj.tutor.user_id == request.user.id or obj.student.parent_id == request.user.id
        return obj.tutor.user_id == request.user.id
