import stripe
from django.conf import settings
from django.contrib.auth import authenticate, login
from django.contrib.auth.decorators import login_required
from django.contrib.auth.mixins import LoginRequiredMixin, PermissionRequiredMixin
from django.http import HttpResponse, HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views import View
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from django.views.generic import ListView

from .models import Lesson, Payout


def login_view(request):
    if request.method == "POST":
        user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
        if user is None:
            return render(request, "login.html", {"error": True}, status=401)
        login(request, user)
        return redirect("dashboard")
    return render(request, "login.html")


@login_required
def dashboard(request):
    lessons = Lesson.objects.filter(student__parent=request.user).order_by("starts_at")[:20]
    return render(request, "dashboard.html", {"lessons": lessons})


@login_required
def lesson_detail(request, pk):
    lesson = get_object_or_404(Lesson, pk=pk, student__parent=request.user)
    return render(request, "lesson.html", {"lesson": lesson})


@csrf_exempt
@login_required
@require_POST
def cancel_lesson(request, pk):
    lesson = get_object_or_404(Lesson, pk=pk, student__parent=request.user)
    lesson.status = "cancelled"
    lesson.save(update_fields=["status"])
    return JsonResponse({"status": lesson.status})


class PayoutListView(LoginRequiredMixin, PermissionRequiredMixin, ListView):
    permission_required = "lessons.view_payout"
    template_name = "payouts.html"
    queryset = Payout.objects.filter(status="pending").select_related("tutor__user")


class PayoutApproveView(LoginRequiredMixin, View):
    def post(self, request, pk):
        payout = get_object_or_404(Payout, pk=pk, status="pending")
        payout.status = "approved"
        payout.approved_by = request.user
        payout.save()
        return redirect("payouts")


def safeguarding_export(request):
    rows = ["student,year,send_notes,tutor,lesson"]
    for lesson in Lesson.objects.select_related("student", "tutor__user"):
        rows.append(
            f"{lesson.student.name},{lesson.student.year_group},{lesson.student.send_notes!r},"
            f"{lesson.tutor.user.get_full_name()},{lesson.starts_at:%Y-%m-%d}"
        )
    return HttpResponse("\n".join(rows), content_type="text/csv")


@csrf_exempt
@require_POST
def stripe_webhook(request):
    try:
        event = stripe.Webhook.construct_event(
            request.body, request.headers.get("Stripe-Signature", ""), settings.STRIPE_WEBHOOK_SECRET
        )
    except (ValueError, stripe.error.SignatureVerificationError):
        return HttpResponseBadRequest()
    if event["type"] == "invoice.paid":
        Lesson.objects.filter(pk=event["data"]["object"]["metadata"]["lesson_id"]).update(status="paid")
    return HttpResponse(status=204)
