import csv

from django.contrib.auth.decorators import login_required
from django.contrib.auth.mixins import LoginRequiredMixin
from django.db import transaction
from django.http import HttpResponse, HttpResponseForbidden, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse_lazy
from django.views import View
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from django.views.generic import DetailView, ListView, UpdateView

from .forms import ContactForm
from .mixins import CommitteeRequiredMixin
from .models import Plot, Plotholder, RentInvoice, Site, WaterRotaSlot


class SiteListView(ListView):
    model = Site
    template_name = "plots/sites.html"
    context_object_name = "sites"


class MyPlotsView(LoginRequiredMixin, ListView):
    template_name = "plots/my_plots.html"
    context_object_name = "plots"

    def get_queryset(self):
        return Plot.objects.filter(holder__user=self.request.user).select_related("site")


class PlotDetailView(LoginRequiredMixin, DetailView):
    model = Plot
    template_name = "plots/plot_detail.html"
    context_object_name = "plot"


class InvoiceDetailView(LoginRequiredMixin, DetailView):
    template_name = "plots/invoice.html"
    context_object_name = "invoice"

    def get_queryset(self):
        return RentInvoice.objects.filter(plotholder__user=self.request.user)


class ContactUpdateView(LoginRequiredMixin, UpdateView):
    form_class = ContactForm
    template_name = "plots/contact.html"
    success_url = reverse_lazy("my-plots")

    def get_object(self, queryset=None):
        return self.request.user.plotholder


class PlotholderSettingsView(LoginRequiredMixin, UpdateView):
    model = Plotholder
    fields = "__all__"
    template_name = "plots/settings.html"
    success_url = reverse_lazy("my-plots")

    def get_object(self, queryset=None):
        return self.request.user.plotholder


class InspectionListView(CommitteeRequiredMixin, ListView):
    template_name = "plots/inspections.html"
    context_object_name = "plots"

    def get_queryset(self):
        return Plot.objects.exclude(inspection_notes="").select_related("holder__user", "site")


class WaitingListExportView(LoginRequiredMixin, View):
    def get(self, request):
        response = HttpResponse(content_type="text/csv")
        response["Content-Disposition"] = 'attachment; filename="waiting-list.csv"'
        writer = csv.writer(response)
        writer.writerow(["name", "email", "phone", "address", "waiting_since"])
        for holder in Plotholder.objects.filter(plots__isnull=True).select_related("user"):
            writer.writerow([holder.user.get_full_name(), holder.user.email, holder.phone,
                             holder.address, holder.waiting_since])
        return response


class RentRunView(CommitteeRequiredMixin, View):
    def post(self, request, year: int):
        created = 0
        with transaction.atomic():
            for plot in Plot.objects.filter(holder__isnull=False).select_related("holder"):
                discount = plot.holder.rent_discount_pct
                amount = plot.size_m2 * 45 * (100 - discount) // 100
                RentInvoice.objects.get_or_create(plotholder=plot.holder, plot=plot, year=year,
                                                  defaults={"amount_pence": amount})
                created += 1
        return JsonResponse({"invoices": created})


@login_required
@require_POST
def water_rota_signup(request, slot_id: int):
    slot = get_object_or_404(WaterRotaSlot, pk=slot_id, volunteer__isnull=True)
    slot.volunteer = request.user.plotholder
    slot.save(update_fields=["volunteer"])
    return redirect("water-rota")


@csrf_exempt
@login_required
@require_POST
def give_up_plot(request, plot_id: int):
    plot = get_object_or_404(Plot, pk=plot_id, holder__user=request.user)
    plot.holder = None
    plot.save(update_fields=["holder"])
    return redirect("my-plots")


@login_required
def water_rota(request):
    holder = request.user.plotholder
    if not holder.plots.exists():
        return HttpResponseForbidden("plotholders only")
    slots = WaterRotaSlot.objects.filter(site__plots__holder=holder).distinct().order_by("week")
    return render(request, "plots/water_rota.html", {"slots": slots})
