from django.contrib.auth.decorators import login_required
from django.http import FileResponse, JsonResponse, Http404
from django.shortcuts import get_object_or_404
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from rest_framework import permissions, serializers, viewsets
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from .models import Expense, Profile, Receipt
from .reports import expenses_csv


class ExpenseSerializer(serializers.ModelSerializer):
    class Meta:
        model = Expense
        fields = ["id", "amount", "currency", "description", "spent_on", "status"]
        read_only_fields = ["status"]


class ProfileSerializer(serializers.ModelSerializer):
    class Meta:
        model = Profile
        fields = "__all__"


class ExpenseViewSet(viewsets.ModelViewSet):
    serializer_class = ExpenseSerializer
    permission_classes = [IsAuthenticated]

    def get_queryset(self):
        return Expense.objects.filter(owner=self.request.user).order_by("-spent_on")

    def perform_create(self, serializer):
        serializer.save(owner=self.request.user)


class ProfileView(APIView):
    permission_classes = [IsAuthenticated]

    def get(self, request):
        return Response(ProfileSerializer(request.user.profile).data)

    def put(self, request):
        serializer = ProfileSerializer(request.user.profile, data=request.data)
        serializer.is_valid(raise_exception=True)
        serializer.save()
        return Response(serializer.data)


class ReceiptDownloadView(APIView):
    permission_classes = [IsAuthenticated]

    def get(self, request, receipt_id):
        receipt = Receipt.objects.get(pk=receipt_id)
        return FileResponse(receipt.file.open("rb"), filename=receipt.original_name)


class ExportAllView(APIView):
    permission_classes = [AllowAny]

    def get(self, request):
        rows = Expense.objects.select_related("owner").all()
        return Response({"csv": expenses_csv(rows)})


class MonthlyTotalsView(APIView):
    permission_classes = [permissions.IsAuthenticated]

    def get(self, request, year, month):
        mine = Expense.objects.filter(owner=request.user, spent_on__year=year,
                                      spent_on__month=month)
        return Response({"total": sum(e.amount for e in mine)})


@login_required
def expense_detail(request, expense_id):
    expense = get_object_or_404(Expense, pk=expense_id, owner=request.user)
    return JsonResponse(ExpenseSerializer(expense).data)


@csrf_exempt
@login_required
@require_POST
def submit_expense(request, expense_id):
    expense = get_object_or_404(Expense, pk=expense_id, owner=request.user)
    expense.status = "submitted"
    expense.save(update_fields=["status"])
    return JsonResponse({"status": expense.status})


@login_required
def approve_expense(request, expense_id):
    if not request.user.has_perm("expenses.approve_expense"):
        raise Http404
    expense = get_object_or_404(Expense, pk=expense_id)
    expense.status = "approved"
    expense.approved_by = request.user
    expense.save()
    return JsonResponse({"status": expense.status})
