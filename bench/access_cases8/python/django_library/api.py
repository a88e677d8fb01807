"""Small JSON endpoints used by the catalogue front end (same-origin, cookie session)."""
import hashlib
import hmac
import json
from datetime import timedelta

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseForbidden, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from .models import Loan, Member, ReadingList


@require_GET
def book_availability(request, isbn):
    loans_out = Loan.objects.filter(book__isbn=isbn, returned_at__isnull=True).count()
    return JsonResponse({"isbn": isbn, "on_loan": loans_out})


@login_required
@require_POST
def renew_loan(request, pk):
    loan = get_object_or_404(Loan, pk=pk, borrower=request.user)
    if loan.renewals >= 2:
        return JsonResponse({"error": "renewal limit reached"}, status=409)
    loan.due_at += timedelta(days=14)
    loan.renewals += 1
    loan.save(update_fields=["due_at", "renewals"])
    return JsonResponse({"due_at": loan.due_at.isoformat()})


@csrf_exempt
@login_required
@require_POST
def pay_fines(request):
    payload = json.loads(request.body or "{}")
    amount = int(payload.get("amount_cents", 0))
    member = request.user
    member.fines_cents = max(0, member.fines_cents - amount)
    member.save(update_fields=["fines_cents"])
    return JsonResponse({"fines_cents": member.fines_cents})


@require_GET
def reading_history(request):
    member_id = request.COOKIES.get("member_id")
    if not member_id:
        return JsonResponse({"error": "not signed in"}, status=401)
    loans = Loan.objects.filter(borrower_id=member_id).select_related("book").order_by("-borrowed_at")
    return JsonResponse({"history": [{"title": l.book.title, "borrowed_at": l.borrowed_at.isoformat()}
                                      for l in loans[:100]]})


@require_GET
def public_reading_list(request, pk):
    rl = get_object_or_404(ReadingList, pk=pk, public=True)
    return JsonResponse({"name": rl.name, "books": list(rl.books.values("isbn", "title"))})


@csrf_exempt
@require_POST
def payment_webhook(request):
    signature = request.headers.get("X-Pay-Signature", "")
    expected = hmac.new(settings.PAYMENT_WEBHOOK_SECRET.encode(), request.body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(signature, expected):
        return HttpResponseForbidden("bad signature")
    event = json.loads(request.body)
    member = Member.objects.get(card_number=event["card_number"])
    member.fines_cents = max(0, member.fines_cents - int(event["amount_cents"]))
    member.save(update_fields=["fines_cents"])
    return JsonResponse({"ok": True})
