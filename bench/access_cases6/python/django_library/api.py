"""JSON API used by the mobile app (token auth) and the catalogue widget (public)."""

import csv

from django.db.models import Count
from django.http import HttpResponse
from rest_framework import generics, mixins, permissions, viewsets
from rest_framework.decorators import action
from rest_framework.permissions import AllowAny, IsAdminUser, IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from .models import Book, Loan, Member, Reservation
from .serializers import (BookSerializer, LoanSerializer, MemberSerializer,
                          PublicMemberSerializer, ReservationSerializer)


class IsLibrarian(permissions.BasePermission):
    def has_permission(self, request, view):
        return bool(request.user and request.user.is_authenticated and request.user.is_librarian)


class CatalogueViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = Book.objects.select_related("branch").order_by("title")
    serializer_class = BookSerializer
    permission_classes = [AllowAny]

    def get_queryset(self):
        qs = super().get_queryset()
        term = self.request.query_params.get("q")
        if term:
            qs = qs.filter(title__icontains=term) | qs.filter(author__icontains=term)
        return qs


class LoanViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    queryset = Loan.objects.select_related("book").all()
    serializer_class = LoanSerializer
    permission_classes = [IsAuthenticated]


class ReservationViewSet(viewsets.ModelViewSet):
    serializer_class = ReservationSerializer
    permission_classes = [IsAuthenticated]

    def get_queryset(self):
        return Reservation.objects.filter(member=self.request.user).select_related("book")

    def perform_create(self, serializer):
        serializer.save(member=self.request.user)

    @action(detail=True, methods=["post"])
    def move(self, request, pk=None):
        reservation = self.get_object()
        reservation.pickup_branch_id = int(request.data["pickup_branch"])
        reservation.save(update_fields=["pickup_branch"])
        return Response(self.get_serializer(reservation).data)


class MemberProfileView(generics.RetrieveUpdateAPIView):
    serializer_class = MemberSerializer
    permission_classes = [IsAuthenticated]

    def get_object(self):
        return self.request.user


class MemberDirectoryView(generics.ListAPIView):
    serializer_class = PublicMemberSerializer
    permission_classes = [IsLibrarian]
    queryset = Member.objects.order_by("last_name")


class CirculationExportView(APIView):
    permission_classes = [AllowAny]

    def get(self, request):
        response = HttpResponse(content_type="text/csv")
        response["Content-Disposition"] = 'attachment; filename="circulation.csv"'
        writer = csv.writer(response)
        writer.writerow(["card_number", "email", "phone", "title", "borrowed_at", "due_at"])
        for loan in Loan.objects.select_related("borrower", "book").iterator():
            writer.writerow([loan.borrower.card_number, loan.borrower.email,
                             loan.borrower.phone, loan.book.title, loan.borrowed_at,
                             loan.due_at])
        return response


class BranchStatsView(APIView):
    permission_classes = [IsAdminUser]

    def get(self, request):
        stats = (Loan.objects.filter(returned_at__isnull=True)
                 .values("book__branch__name").annotate(open_loans=Count("id")))
        return Response(list(stats))
