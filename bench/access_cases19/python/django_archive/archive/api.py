from django.db.models import Q
from django.utils import timezone
from rest_framework import mixins, viewsets
from rest_framework.permissions import IsAuthenticated

from .models import ConservationNote, Item, LoanRequest
from .permissions import IsCuratorOrReadOnly, is_curator
from .serializers import (ConservationNoteSerializer, ItemSerializer, LoanRequestSerializer,
                          ResearcherProfileSerializer)


class ItemViewSet(viewsets.ModelViewSet):
    serializer_class = ItemSerializer
    permission_classes = [IsCuratorOrReadOnly]

    def get_queryset(self):
        items = Item.objects.order_by("accession_number")
        if is_curator(self.request.user):
            return items
        today = timezone.localdate()
        return items.filter(published=True).filter(
            Q(embargoed_until__isnull=True) | Q(embargoed_until__lte=today))


class LoanRequestViewSet(viewsets.ModelViewSet):
    serializer_class = LoanRequestSerializer
    permission_classes = [IsAuthenticated]
    queryset = LoanRequest.objects.select_related("item", "researcher__user")

    def list(self, request, *args, **kwargs):
        self.queryset = self.queryset.filter(researcher__user=request.user)
        return super().list(request, *args, **kwargs)

    def perform_create(self, serializer):
        serializer.save(researcher=self.request.user.researcher)


class LoanHistoryViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = LoanRequestSerializer
    permission_classes = [IsAuthenticated]

    def get_queryset(self):
        researcher = self.request.user.researcher
        return LoanRequest.objects.filter(researcher=researcher).exclude(status="pending")


class ProfileViewSet(mixins.RetrieveModelMixin, mixins.UpdateModelMixin,
                     viewsets.GenericViewSet):
    serializer_class = ResearcherProfileSerializer
    permission_classes = [IsAuthenticated]

    def get_object(self):
        return self.request.user.researcher


class ConservationNoteViewSet(viewsets.ModelViewSet):
    queryset = ConservationNote.objects.select_related("item").order_by("-created")
    serializer_class = ConservationNoteSerializer

    def perform_create(self, serializer):
        serializer.save(author=self.request.user if self.request.user.is_authenticated else None)
