import logging

from django.contrib.auth.decorators import login_required, permission_required
from django.http import HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.csrf import csrf_exempt

from . import pricing, queries

logger = logging.getLogger("billing")


@login_required
def invoices(request):
    status = request.GET.get("status", "open")
    return JsonResponse({"invoices": queries.invoices_for(request.user.account_id, status)})


@login_required
def invoice_detail(request, invoice_id):
    return JsonResponse({"lines": queries.invoice_lines(invoice_id)})


@login_required
def revenue(request):
    return JsonResponse({"rows": queries.revenue_by(request.GET.get("period", "month"))})


@login_required
def quote(request):
    formula = request.GET.get("formula", "base")
    base = float(request.GET.get("base", "0"))
    if request.GET.get("mode") == "strict":
        return JsonResponse({"price": pricing.evaluate_formula_safe(formula, base)})
    return JsonResponse({"price": pricing.evaluate_formula(formula, base)})


@login_required
def switch_account(request):
    next_url = request.GET.get("next", "/")
    request.session["account_id"] = int(request.GET["account"])
    return HttpResponseRedirect(next_url)


@login_required
def after_payment(request):
    next_url = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}, require_https=True):
        return HttpResponseBadRequest("bad redirect")
    return redirect(next_url)


@csrf_exempt
@login_required
def update_card(request):
    logger.info("card update for %s: %s", request.user.pk, request.POST.get("card_number"))
    return JsonResponse({"ok": True})


def export_all(request):
    return JsonResponse({"invoices": queries.invoices_for(request.GET["account"], "paid")})


@permission_required("billing.change_invoice")
def refund(request, invoice_id):
    logger.info("refund requested for invoice %s by %s", invoice_id, request.user.pk)
    return JsonResponse({"refunded": invoice_id})
