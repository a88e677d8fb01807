import hashlib
import hmac
import ipaddress
import json

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import HttpResponse, HttpResponseForbidden, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse_lazy
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from django.views.generic import DetailView, UpdateView

from .forms import MemberProfileForm, MeterReadingForm
from .models import GuestRoomBooking, Member, RentStatement, RepairRequest, Tenancy


def dashboard(request):
    member = request.user.member
    return render(request, "housing/dashboard.html", {"member": member})


class TenancyDetailView(LoginRequiredMixin, DetailView):
    template_name = "housing/tenancy.html"

    def get_queryset(self):
        return Tenancy.objects.filter(tenant=self.request.user).select_related("unit")


class RepairRequestDetailView(LoginRequiredMixin, DetailView):
    model = RepairRequest
    template_name = "housing/repair.html"
    context_object_name = "repair"


@login_required
def rent_statement(request, pk):
    statement = get_object_or_404(RentStatement, pk=pk)
    return render(request, "housing/statement.html", {"statement": statement})


class ProfileUpdateView(LoginRequiredMixin, UpdateView):
    form_class = MemberProfileForm
    template_name = "housing/profile.html"
    success_url = reverse_lazy("dashboard")

    def get_object(self, queryset=None):
        return self.request.user.member


@csrf_exempt
@login_required
@require_POST
def submit_meter_reading(request):
    form = MeterReadingForm(request.POST)
    if not form.is_valid():
        return JsonResponse(form.errors, status=400)
    reading = form.save(commit=False)
    reading.unit = request.user.member.unit
    reading.save()
    return JsonResponse({"id": reading.pk})


@login_required
@require_POST
def cancel_guest_room(request, pk):
    booking = get_object_or_404(GuestRoomBooking, pk=pk, member__user=request.user)
    booking.cancelled = True
    booking.save(update_fields=["cancelled"])
    return redirect("dashboard")


def door_code(request):
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", request.META.get("REMOTE_ADDR", ""))
    client = forwarded.split(",")[0].strip()
    if ipaddress.ip_address(client) not in ipaddress.ip_network(settings.INTERCOM_NETWORK):
        return HttpResponseForbidden()
    return JsonResponse({"code": settings.FRONT_DOOR_CODE})


@csrf_exempt
@require_POST
def gocardless_webhook(request):
    signature = request.headers.get("Webhook-Signature", "")
    digest = hmac.new(settings.GOCARDLESS_WEBHOOK_SECRET.encode(), request.body,
                      hashlib.sha256).hexdigest()
    if not hmac.compare_digest(digest, signature):
        return HttpResponse(status=498)
    for event in json.loads(request.body)["events"]:
        if event["resource_type"] == "payments" and event["action"] == "confirmed":
            Member.objects.filter(pk=event["metadata"]["member"]).update(shares_paid=True)
    return HttpResponse(status=204)
