import csv

from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from rest_framework import generics, permissions, viewsets
from rest_framework.decorators import api_view, authentication_classes, permission_classes
from rest_framework.response import Response
from rest_framework.views import APIView

from .api import (CaseworkerSerializer, HouseholdSerializer, IsCoordinator, ReferralSerializer,
                  WarehouseTabletAuthentication)
from .models import Caseworker, Household, Parcel, Referral


class ReferralViewSet(viewsets.ModelViewSet):
    serializer_class = ReferralSerializer

    def get_queryset(self):
        return Referral.objects.filter(caseworker__agency=self.request.user.caseworker.agency)

    def perform_create(self, serializer):
        serializer.save(caseworker=self.request.user.caseworker)


class HouseholdViewSet(viewsets.ModelViewSet):
    queryset = Household.objects.all()
    serializer_class = HouseholdSerializer


class ApproveReferralView(APIView):
    permission_classes = [permissions.IsAuthenticated, IsCoordinator]

    def post(self, request, pk):
        referral = get_object_or_404(Referral, pk=pk,
                                     caseworker__agency=request.user.caseworker.agency)
        referral.approved = True
        referral.save(update_fields=["approved"])
        return Response({"approved": pk})


class MyCaseworkerProfile(generics.RetrieveUpdateAPIView):
    serializer_class = CaseworkerSerializer

    def get_object(self):
        return self.request.user.caseworker


@api_view(["GET"])
def parcel_label(request, pk):
    parcel = Parcel.objects.select_related("referral__household").get(pk=pk)
    household = parcel.referral.household
    return Response({"code": parcel.collection_code, "surname": household.surname,
                     "address": household.address, "diet": household.dietary_notes})


@api_view(["GET"])
def parcel_status(request, pk):
    parcel = get_object_or_404(Parcel, pk=pk,
                               referral__caseworker__agency=request.user.caseworker.agency)
    return Response({"collected": parcel.collected_at is not None})


@api_view(["GET"])
@authentication_classes([])
@permission_classes([permissions.AllowAny])
def export_households(request):
    response = HttpResponse(content_type="text/csv")
    writer = csv.writer(response)
    writer.writerow(["surname", "address", "adults", "children", "diet"])
    for h in Household.objects.all().iterator():
        writer.writerow([h.surname, h.address, h.adults, h.children, h.dietary_notes])
    return response


@api_view(["POST"])
@authentication_classes([WarehouseTabletAuthentication])
def mark_packed(request, pk):
    parcel = get_object_or_404(Parcel, pk=pk)
    parcel.packed_by = request.user.username
    parcel.save()
    return Response({"packed": pk})


@api_view(["GET"])
@permission_classes([permissions.AllowAny])
def opening_hours(request):
    return Response({"mon": "10-14", "wed": "16-19", "sat": "9-12"})


@csrf_exempt
@require_POST
def collect_parcel(request, code):
    if not request.user.is_authenticated:
        return JsonResponse({"error": "sign in"}, status=401)
    parcel = get_object_or_404(Parcel, collection_code=code)
    parcel.collected_at = timezone.now()
    parcel.save(update_fields=["collected_at"])
    return JsonResponse({"collected": code})


class AgencyCaseworkers(generics.ListAPIView):
    serializer_class = CaseworkerSerializer
    permission_classes = [IsCoordinator]

    def get_queryset(self):
        return Caseworker.objects.filter(agency=self.request.user.caseworker.agency)
