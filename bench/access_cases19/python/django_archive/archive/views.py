import csv

from django.contrib.auth.decorators import login_required, user_passes_test
from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from .models import Item
from .permissions import is_curator


@require_GET
def catalogue_search(request):
    q = request.GET.get("q", "").strip()
    items = Item.objects.filter(published=True, title__icontains=q)[:50] if q else []
    return render(request, "archive/search.html", {"items": items, "q": q})


@login_required
@user_passes_test(is_curator)
def storage_report(request):
    rows = Item.objects.values("storage_location", "accession_number", "title")
    return render(request, "archive/storage.html", {"rows": rows})


@login_required
@user_passes_test(is_curator)
def valuation_summary(request):
    items = Item.objects.exclude(insured_value__isnull=True).order_by("-insured_value")
    return render(request, "archive/valuations.html", {"items": items})


@login_required
def accession_register_export(request):
    response = HttpResponse(content_type="text/csv")
    response["Content-Disposition"] = 'attachment; filename="accession-register.csv"'
    writer = csv.writer(response)
    writer.writerow(["accession", "title", "donor", "insured_value", "location"])
    for item in Item.objects.order_by("accession_number"):
        writer.writerow([item.accession_number, item.title, item.donor_name,
                         item.insured_value, item.storage_location])
    return response
