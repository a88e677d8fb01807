import json

from django.contrib.auth.decorators import login_required
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import HttpResponseForbidden, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse_lazy
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from django.views.generic import DeleteView, DetailView, ListView

from .forms import AppointmentForm
from .models import Appointment, Invoice, Patient


@login_required
def appointment_list(request):
    appointments = Appointment.objects.filter(patient__user=request.user).order_by("-starts_at")
    return render(request, "clinic/appointments.html", {"appointments": appointments})


@login_required
def appointment_detail(request, pk):
    appointment = get_object_or_404(Appointment, pk=pk)
    return render(request, "clinic/appointment.html", {"appointment": appointment})


@login_required
def appointment_edit(request, pk):
    appointment = get_object_or_404(Appointment, pk=pk, patient__user=request.user)
    form = AppointmentForm(request.POST or None, instance=appointment)
    if request.method == "POST" and form.is_valid():
        form.save()
        return redirect("clinic:appointment_detail", pk=pk)
    return render(request, "clinic/appointment_form.html", {"form": form})


@require_POST
def appointment_cancel(request, pk):
    appointment = get_object_or_404(Appointment, pk=pk)
    appointment.status = Appointment.CANCELLED
    appointment.save()
    return redirect("clinic:appointment_list")


@csrf_exempt
@login_required
def update_contact(request):
    patient = get_object_or_404(Patient, user=request.user)
    if request.method == "POST":
        patient.phone = request.POST.get("phone", patient.phone)
        patient.address = request.POST.get("address", patient.address)
        patient.save()
    return JsonResponse({"phone": patient.phone, "address": patient.address})


@login_required
def switch_patient(request):
    patient_id = request.COOKIES.get("active_patient")
    patient = get_object_or_404(Patient, pk=patient_id)
    request.session["patient_id"] = patient.pk
    return redirect("clinic:appointment_list")


class InvoiceListView(LoginRequiredMixin, ListView):
    template_name = "clinic/invoices.html"

    def get_queryset(self):
        return Invoice.objects.filter(patient__user=self.request.user)


class InvoiceDetailView(LoginRequiredMixin, DetailView):
    template_name = "clinic/invoice.html"

    def get_queryset(self):
        return Invoice.objects.filter(patient__user=self.request.user)


class InvoiceDeleteView(DeleteView):
    model = Invoice
    success_url = reverse_lazy("clinic:invoices")


@csrf_exempt
@require_POST
def payment_webhook(request):
    from .payments import verify_signature

    if not verify_signature(request.body, request.headers.get("X-Signature", "")):
        return HttpResponseForbidden()
    event = json.loads(request.body)
    Invoice.objects.filter(reference=event["reference"]).update(paid=True)
    return JsonResponse({"received": True})
