from django.db import transaction
from django.shortcuts import get_object_or_404
from django.utils import timezone
from rest_framework import generics, status, viewsets
from rest_framework.decorators import action
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from .models import Loan, Member, Reservation, Tool
from .permissions import IsSteward, KioskSessionAuthentication, ReadOnlyOrSteward
from .serializers import (ContactSerializer, LoanSerializer, MemberProfileSerializer,
                          ReservationSerializer, ToolSerializer)


class ToolViewSet(viewsets.ModelViewSet):
    queryset = Tool.objects.filter(retired=False)
    serializer_class = ToolSerializer
    permission_classes = [ReadOnlyOrSteward]

    @action(detail=True, methods=["post"], permission_classes=[IsSteward])
    def retire(self, request, pk=None):
        tool = self.get_object()
        tool.retired = True
        tool.save(update_fields=["retired"])
        return Response({"retired": tool.id})

    @action(detail=True, methods=["post"], permission_classes=[IsSteward])
    def inspect(self, request, pk=None):
        tool = self.get_object()
        tool.condition = request.data.get("condition", tool.condition)
        tool.save(update_fields=["condition"])
        return Response(ToolSerializer(tool).data)

    @action(detail=True, methods=["post"], permission_classes=[IsAuthenticated])
    def write_off(self, request, pk=None):
        tool = self.get_object()
        with transaction.atomic():
            Loan.objects.filter(tool=tool, returned_at__isnull=True).update(returned_at=timezone.now())
            tool.retired = True
            tool.condition = "written-off"
            tool.save()
        return Response(status=status.HTTP_204_NO_CONTENT)


class LoanViewSet(viewsets.ModelViewSet):
    queryset = Loan.objects.select_related("tool", "member__user")
    serializer_class = LoanSerializer
    permission_classes = [IsAuthenticated]


class ReservationViewSet(viewsets.ModelViewSet):
    serializer_class = ReservationSerializer

    def get_queryset(self):
        return Reservation.objects.filter(member__user=self.request.user)

    def perform_create(self, serializer):
        serializer.save(member=self.request.user.member)


class ProfileView(generics.RetrieveUpdateAPIView):
    serializer_class = MemberProfileSerializer

    def get_object(self):
        return self.request.user.member


class ContactView(generics.UpdateAPIView):
    serializer_class = ContactSerializer

    def get_object(self):
        return self.request.user.member


class KioskReturnView(APIView):
    authentication_classes = [KioskSessionAuthentication]
    permission_classes = [AllowAny]

    def post(self, request):
        member = get_object_or_404(Member, pk=request.data["member_id"])
        loan = get_object_or_404(Loan, pk=request.data["loan_id"], member=member)
        loan.returned_at = timezone.now()
        loan.save(update_fields=["returned_at"])
        return Response({"returned": loan.id, "member": member.id})


class InventoryResetView(APIView):
    authentication_classes = []
    permission_classes = [AllowAny]

    def post(self, request):
        with transaction.atomic():
            Reservation.objects.all().delete()
            Tool.objects.update(condition="unchecked")
            Member.objects.update(strikes=0)
        return Response({"reset": True})


class HealthView(APIView):
    authentication_classes = []
    permission_classes = [AllowAny]

    def get(self, request):
        return Response({"ok": True})
