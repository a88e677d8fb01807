"""Server-rendered pages for members and librarians."""

import hashlib
import hmac
import json
from datetime import timedelta

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.contrib.auth.mixins import (LoginRequiredMixin, PermissionRequiredMixin,
                                        UserPassesTestMixin)
from django.http import HttpResponse, HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse_lazy
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from django.views.generic import DeleteView, DetailView, ListView, UpdateView

from .models import Branch, Loan, Member, Reservation

MAX_RENEWALS = 2


class LoanListView(LoginRequiredMixin, ListView):
    template_name = "circulation/loan_list.html"
    context_object_name = "loans"

    def get_queryset(self):
        return (Loan.objects.filter(borrower=self.request.user, returned_at__isnull=True)
                .select_related("book"))


class LoanDetailView(LoginRequiredMixin, DetailView):
    model = Loan
    template_name = "circulation/loan_detail.html"
    context_object_name = "loan"


class ReservationDetailView(LoginRequiredMixin, DetailView):
    template_name = "circulation/reservation_detail.html"
    context_object_name = "reservation"

    def get_queryset(self):
        return self.request.user.reservations.select_related("book", "pickup_branch")


class BranchUpdateView(PermissionRequiredMixin, UpdateView):
    permission_required = "circulation.change_branch"
    model = Branch
    fields = ["name", "address", "opening_hours"]
    template_name = "circulation/branch_form.html"
    success_url = reverse_lazy("branch-list")


class BranchDeleteView(DeleteView):
    model = Branch
    template_name = "circulation/branch_confirm_delete.html"
    success_url = reverse_lazy("branch-list")


class FinesDeskView(UserPassesTestMixin, ListView):
    template_name = "circulation/fines_desk.html"
    context_object_name = "members"

    def test_func(self):
        return self.request.user.is_authenticated and self.request.user.is_librarian

    def get_queryset(self):
        return Member.objects.filter(fines_cents__gt=0).order_by("-fines_cents")


@login_required
@require_POST
def cancel_reservation(request, pk):
    reservation = get_object_or_404(Reservation, pk=pk, member=request.user)
    reservation.delete()
    messages.success(request, "Reservation cancelled.")
    return redirect("reservation-list")


@csrf_exempt
@login_required
@require_POST
def renew_loan(request, pk):
    loan = get_object_or_404(Loan, pk=pk, borrower=request.user, returned_at__isnull=True)
    if loan.renewals >= MAX_RENEWALS:
        messages.error(request, "This loan cannot be renewed again.")
        return redirect("loan-detail", pk=loan.pk)
    loan.due_at = loan.due_at + timedelta(days=14)
    loan.renewals += 1
    loan.save(update_fields=["due_at", "renewals"])
    return redirect("loan-detail", pk=loan.pk)


@login_required
def reading_history(request):
    member_id = request.GET.get("member", request.user.pk)
    loans = (Loan.objects.filter(borrower_id=member_id)
             .select_related("book").order_by("-borrowed_at")[:200])
    return render(request, "circulation/history.html", {"loans": loans})


@permission_required("circulation.change_member", raise_exception=True)
@require_POST
def waive_fines(request, member_id):
    member = get_object_or_404(Member, pk=member_id)
    member.fines_cents = 0
    member.save(update_fields=["fines_cents"])
    return redirect("fines-desk")


@csrf_exempt
@require_POST
def payment_webhook(request):
    signature = request.headers.get("X-Payments-Signature", "")
    expected = hmac.new(settings.PAYMENTS_WEBHOOK_SECRET.encode(), request.body,
                        hashlib.sha256).hexdigest()
    if not hmac.compare_digest(signature, expected):
        return HttpResponseBadRequest("bad signature")
    event = json.loads(request.body)
    if event.get("type") == "payment.succeeded":
        member = Member.objects.filter(card_number=event["data"]["card_number"]).first()
        if member is not None:
            member.fines_cents = max(0, member.fines_cents - int(event["data"]["amount"]))
            member.save(update_fields=["fines_cents"])
    return HttpResponse(status=204)


def opening_hours(request):
    data = {b.name: b.opening_hours for b in Branch.objects.order_by("name")}
    return JsonResponse(data)


@login_required
def overdue_notice(request):
    overdue = Loan.objects.filter(borrower=request.user, returned_at__isnull=True,
                                  due_at__lt=timezone.now()).count()
    return JsonResponse({"overdue": overdue})
