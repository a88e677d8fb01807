import json

from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_POST

from .models import Order, Product
from .utils import load_cart, render_invoice_pdf


def product_search(request):
    q = request.GET.get("q", "")
    category = request.GET.get("category", "all")
    products = Product.objects.raw(
        "SELECT * FROM shop_product WHERE name ILIKE %s AND category = '" + category + "'", [f"%{q}%"]
    )
    return JsonResponse({"results": [p.name for p in products]})


def product_by_slug(request, slug):
    products = Product.objects.raw("SELECT * FROM shop_product WHERE slug = %s", [slug])
    return JsonResponse({"results": [p.name for p in products]})


def banner(request):
    promo = request.GET.get("promo", "")
    return HttpResponse(mark_safe(f"<div class='promo'>{promo}</div>"))


def greeting(request):
    name = request.GET.get("name", "guest")
    return HttpResponse(format_html("<p>Hello {}</p>", name))


def cart(request):
    items = load_cart(request.COOKIES.get("cart", ""))
    return JsonResponse({"items": items})


@login_required
def order_totals(request):
    with connection.cursor() as cur:
        cur.execute("SELECT status, sum(total) FROM shop_order WHERE customer_id = %s GROUP BY status", [request.user.id])
        return JsonResponse(dict(cur.fetchall()))


@login_required
def invoice(request, order_id):
    order = get_object_or_404(Order, pk=order_id, customer=request.user)
    pdf = render_invoice_pdf(order.id, request.GET.get("template", "default"))
    return HttpResponse(pdf, content_type="application/pdf")


@login_required
@require_POST
def cancel_order(request, order_id):
    order = get_object_or_404(Order, pk=order_id, customer=request.user)
    order.status = "cancelled"
    order.save(update_fields=["status"])
    return redirect("order-detail", order_id=order.id)


@require_POST
def change_shipping(request, order_id):
    order = Order.objects.get(pk=order_id)
    order.shipping_address = json.loads(request.body)["address"]
    order.save(update_fields=["shipping_address"])
    return JsonResponse({"ok": True})
