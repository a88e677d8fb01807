from django.db import transaction
from django.shortcuts import get_object_or_404
from rest_framework import mixins, permissions, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from .models import Booking, Dog, StayReport
from .permissions import CsrfExemptSessionAuthentication, IsKennelStaff, KioskHeaderAuthentication
from .serializers import BookingSerializer, DogSerializer, OwnerProfileSerializer, StayReportSerializer


class DogViewSet(viewsets.ModelViewSet):
    serializer_class = DogSerializer

    def get_queryset(self):
        return Dog.objects.filter(owner=self.request.user.owner)

    def perform_create(self, serializer):
        serializer.save(owner=self.request.user.owner)


class BookingViewSet(viewsets.ModelViewSet):
    serializer_class = BookingSerializer

    def get_queryset(self):
        return Booking.objects.filter(dog__owner=self.request.user.owner).select_related("dog")

    @action(detail=False, methods=["get"], permission_classes=[permissions.AllowAny],
            authentication_classes=[])
    def availability(self, request):
        taken = Booking.objects.filter(status="confirmed").values_list("arrives", "departs")
        return Response({"taken": [[a.isoformat(), d.isoformat()] for a, d in taken]})

    @action(detail=True, methods=["post"],
            authentication_classes=[CsrfExemptSessionAuthentication])
    def cancel(self, request, pk=None):
        booking = self.get_object()
        booking.status = "cancelled"
        booking.save(update_fields=["status"])
        return Response({"status": booking.status})


class StayReportViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = StayReportSerializer
    queryset = StayReport.objects.select_related("booking__dog").all()


class OwnerProfileViewSet(mixins.RetrieveModelMixin, mixins.UpdateModelMixin, viewsets.GenericViewSet):
    serializer_class = OwnerProfileSerializer

    def get_object(self):
        return self.request.user.owner


class StaffBookingViewSet(viewsets.ModelViewSet):
    serializer_class = BookingSerializer
    queryset = Booking.objects.select_related("dog__owner").all()
    permission_classes = [IsKennelStaff]

    @action(detail=True, methods=["post"])
    def assign_run(self, request, pk=None):
        booking = self.get_object()
        booking.run_number = int(request.data["run_number"])
        booking.status = "confirmed"
        booking.save(update_fields=["run_number", "status"])
        return Response(BookingSerializer(booking).data)

    @action(detail=False, methods=["post"], permission_classes=[permissions.IsAuthenticated])
    def close_day(self, request):
        with transaction.atomic():
            done = Booking.objects.filter(departs__lte=request.data["day"], status="confirmed")
            count = done.update(status="completed", run_number=None)
        return Response({"completed": count})


class StaffReportViewSet(viewsets.ModelViewSet):
    serializer_class = StayReportSerializer
    queryset = StayReport.objects.all()
    authentication_classes = [KioskHeaderAuthentication]
    permission_classes = [IsKennelStaff]

    def perform_create(self, serializer):
        serializer.save(written_by=self.request.user)


class ReportPurgeViewSet(viewsets.ViewSet):
    permission_classes = [permissions.AllowAny]

    def destroy(self, request, pk=None):
        booking = get_object_or_404(Booking, pk=pk)
        deleted, _ = StayReport.objects.filter(booking=booking).delete()
        return Response({"deleted": deleted}, status=status.HTTP_200_OK)
