from django.contrib.auth.decorators import login_required
from django.http import HttpResponseForbidden, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from django.views.generic import DetailView, ListView, UpdateView

from .mixins import MemberRequiredMixin, SectionLeaderRequiredMixin
from .models import AbsenceNote, Attendance, Concert, FeeInvoice, Member, PartAssignment


def upcoming_concerts(request):
    concerts = Concert.objects.filter(published=True).order_by("date")
    return render(request, "members/concerts.html", {"concerts": concerts})


class ProfileUpdateView(MemberRequiredMixin, UpdateView):
    model = Member
    fields = "__all__"
    template_name = "members/profile.html"
    success_url = "/me/"

    def get_object(self, queryset=None):
        return self.get_member()


@login_required
def my_attendance(request):
    member_id = request.GET.get("member") or request.user.member.pk
    rows = Attendance.objects.filter(member_id=member_id).select_related("rehearsal")
    return JsonResponse({
        "attendance": [
            {"date": a.rehearsal.date.isoformat(), "present": a.present} for a in rows
        ]
    })


class FeeInvoiceDetailView(MemberRequiredMixin, DetailView):
    model = FeeInvoice
    template_name = "members/invoice.html"
    context_object_name = "invoice"


class AbsenceNoteUpdateView(MemberRequiredMixin, UpdateView):
    model = AbsenceNote
    fields = ["reason"]
    template_name = "members/absence.html"
    success_url = "/me/"

    def get_queryset(self):
        return AbsenceNote.objects.filter(member__user=self.request.user)


@csrf_exempt
@login_required
@require_POST
def swap_part(request):
    assignment = get_object_or_404(
        PartAssignment, pk=request.POST["assignment"], member__user=request.user
    )
    assignment.part = request.POST["part"]
    assignment.save(update_fields=["part"])
    return redirect("profile")


class SectionRegisterView(SectionLeaderRequiredMixin, ListView):
    template_name = "members/register.html"

    def get_queryset(self):
        return Member.objects.filter(section__slug=self.kwargs["section"]).order_by("user__last_name")


class SeatingPlanView(SectionLeaderRequiredMixin, View):
    def post(self, request, section):
        for member in Member.objects.filter(section__slug=section):
            seat = request.POST.get(f"seat-{member.pk}")
            if seat is not None:
                member.seat_number = int(seat)
                member.save(update_fields=["seat_number"])
        return redirect("seating", section=section)


@method_decorator(csrf_exempt, name="dispatch")
class PurgeAttendanceView(View):
    """End-of-season clean-up: wipes the attendance register of every section."""

    def post(self, request):
        deleted, _ = Attendance.objects.all().delete()
        return JsonResponse({"deleted": deleted})


def _forbidden():
    return HttpResponseForbidden("Section leaders only")
