from django.contrib.auth.decorators import login_required, permission_required
from django.http import HttpResponseForbidden, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from .models import Plot, SeedSwap, WaterButt


@login_required
def my_plots(request):
    plots = Plot.objects.filter(tenant=request.user).prefetch_related("butts")
    return render(request, "plots/mine.html", {"plots": plots})


@login_required
def plot_detail(request, number):
    plot = get_object_or_404(Plot, number=number, tenant=request.user)
    return render(request, "plots/detail.html", {"plot": plot})


@login_required
def remove_water_butt(request, butt_id):
    butt = get_object_or_404(WaterButt, pk=butt_id, plot__tenant=request.user)
    butt.delete()
    return redirect("my_plots")


@login_required
@require_POST
def add_water_butt(request, number):
    plot = get_object_or_404(Plot, number=number, tenant=request.user)
    WaterButt.objects.create(plot=plot, litres=int(request.POST.get("litres", 200)))
    return redirect("plot_detail", number=number)


@login_required
@require_POST
def claim_seeds(request, swap_id):
    swap = get_object_or_404(SeedSwap, pk=swap_id, claimed_by__isnull=True)
    swap.claimed_by = request.user
    swap.save(update_fields=["claimed_by"])
    return redirect("seed_swaps")


@login_required
@require_POST
def withdraw_seeds(request, swap_id):
    swap = get_object_or_404(SeedSwap, pk=swap_id)
    swap.delete()
    return redirect("seed_swaps")


def seed_swaps(request):
    swaps = SeedSwap.objects.filter(claimed_by__isnull=True).order_by("variety")
    return render(request, "plots/swaps.html", {"swaps": swaps})


@permission_required("plots.change_plot")
def mark_rent_paid(request, number):
    plot = get_object_or_404(Plot, number=number)
    plot.rent_paid = True
    plot.save()
    return redirect("committee_rents")


@login_required
def reassign_plot(request, number):
    if not request.user.is_staff:
        return HttpResponseForbidden()
    if request.method != "POST":
        return render(request, "plots/reassign.html", {"number": number})
    plot = get_object_or_404(Plot, number=number)
    plot.tenant_id = int(request.POST["tenant_id"])
    plot.save()
    return redirect("committee_rents")


@require_POST
def vacate_plot(request, number):
    plot = get_object_or_404(Plot, number=number)
    plot.tenant = None
    plot.save()
    return JsonResponse({"vacated": number})
