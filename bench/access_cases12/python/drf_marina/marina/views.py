from django.shortcuts import get_object_or_404
from rest_framework import generics, status, viewsets
from rest_framework.decorators import api_view, authentication_classes, permission_classes
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.response import Response

from .models import Berth, Booking, FuelPrice, GateEntry
from .permissions import (
    AppSessionAuthentication,
    GateAuthentication,
    IsBookingOwner,
    IsHarbourmaster,
)
from .serializers import BerthSerializer, BoaterSerializer, BookingSerializer


class MyBookingViewSet(viewsets.ModelViewSet):
    serializer_class = BookingSerializer
    permission_classes = [IsAuthenticated, IsBookingOwner]

    def get_queryset(self):
        return Booking.objects.filter(boater__user=self.request.user).select_related("berth")

    def perform_create(self, serializer):
        serializer.save(boater=self.request.user.boater)


class BookingAdminViewSet(viewsets.ModelViewSet):
    """Used by the office tablet to move bookings between berths."""

    queryset = Booking.objects.select_related("berth", "boater")
    serializer_class = BookingSerializer
    permission_classes = [IsAuthenticated]


class BerthViewSet(viewsets.ModelViewSet):
    queryset = Berth.objects.all()
    serializer_class = BerthSerializer
    permission_classes = [IsHarbourmaster]


class ProfileView(generics.RetrieveUpdateAPIView):
    serializer_class = BoaterSerializer
    authentication_classes = [AppSessionAuthentication]

    def get_object(self):
        return self.request.user.boater


@api_view(["GET"])
@permission_classes([AllowAny])
def tide_table(request):
    return Response({"source": "harbour-authority", "url": "/static/tides.json"})


@api_view(["POST"])
@permission_classes([IsHarbourmaster])
def close_berth(request, pk):
    berth = get_object_or_404(Berth, pk=pk)
    berth.closed = True
    berth.save(update_fields=["closed"])
    return Response({"id": berth.id, "closed": True})


@api_view(["POST"])
def reset_fuel_prices(request):
    FuelPrice.objects.all().update(price_per_litre=0)
    return Response(status=status.HTTP_204_NO_CONTENT)


@api_view(["DELETE"])
def cancel_booking(request, pk):
    Booking.objects.filter(pk=pk, paid=False).delete()
    return Response(status=status.HTTP_204_NO_CONTENT)


@api_view(["POST"])
def request_refund(request, pk):
    booking = get_object_or_404(Booking, pk=pk, boater__user=request.user)
    if booking.paid:
        booking.boater.account_credit += 10
        booking.boater.save(update_fields=["account_credit"])
    return Response({"credited": booking.paid})


@api_view(["POST"])
@authentication_classes([GateAuthentication])
def gate_open(request):
    entry = GateEntry.objects.create(boater=request.user.boater)
    return Response({"entry": entry.id, "vessel": request.user.boater.vessel_name})
