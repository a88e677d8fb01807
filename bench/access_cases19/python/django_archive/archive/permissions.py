from rest_framework.permissions import SAFE_METHODS, BasePermission


def is_curator(user):
    return (user.is_authenticated
            and (user.is_superuser or user.groups.filter(name="curators").exists()))


class IsCuratorOrReadOnly(BasePermission):
    def has_permission(self, request, view):
        if request.method in SAFE_METHODS:
            return True
        return is_curator(request.user)


class IsCurator(BasePermission):
    def has_permission(self, request, view):
        return is_curator(request.user)
