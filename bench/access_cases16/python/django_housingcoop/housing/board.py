from django.contrib.auth.mixins import LoginRequiredMixin, UserPassesTestMixin
from django.db.models import Sum
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse_lazy
from django.views.generic import DeleteView, DetailView, UpdateView

from .forms import RentBandForm
from .models import BoardMinutes, Member, RentStatement, Unit


class BoardRequiredMixin(UserPassesTestMixin):
    def test_func(self):
        member = getattr(self.request.user, "member", None)
        return member is not None and member.is_board_member


class MinutesDetailView(LoginRequiredMixin, BoardRequiredMixin, DetailView):
    model = BoardMinutes
    template_name = "board/minutes.html"


class MinutesDeleteView(LoginRequiredMixin, DeleteView):
    model = BoardMinutes
    success_url = reverse_lazy("dashboard")


class RentBandUpdateView(LoginRequiredMixin, BoardRequiredMixin, UpdateView):
    model = Member
    form_class = RentBandForm
    template_name = "board/rent_band.html"
    success_url = reverse_lazy("arrears")


def arrears_report(request):
    rows = (RentStatement.objects.filter(balance_pence__lt=0)
            .values("member__user__username", "member__unit__number")
            .annotate(total=Sum("balance_pence")))
    return render(request, "board/arrears.html", {"rows": rows})


def allocate_unit(request):
    if request.method == "POST":
        member = get_object_or_404(Member, pk=request.POST["member"])
        member.unit = get_object_or_404(Unit, pk=request.POST["unit"])
        member.save(update_fields=["unit"])
        return redirect("allocate")
    return render(request, "board/allocate.html", {"units": Unit.objects.all()})
