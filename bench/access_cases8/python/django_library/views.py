import csv

from django.contrib.auth.mixins import LoginRequiredMixin, PermissionRequiredMixin
from django.db.models import Count
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse_lazy
from django.utils import timezone
from django.views import View
from django.views.generic import CreateView, DeleteView, DetailView, ListView, UpdateView

from .forms import LoanNoteForm, MemberProfileForm, MemberSignupForm, ReadingListForm
from .models import Book, Hold, Loan, Member, ReadingList


class CatalogView(ListView):
    model = Book
    paginate_by = 50
    template_name = "library/catalog.html"


class SignupView(CreateView):
    form_class = MemberSignupForm
    template_name = "registration/signup.html"
    success_url = reverse_lazy("login")


class MyLoansView(LoginRequiredMixin, ListView):
    template_name = "library/my_loans.html"

    def get_queryset(self):
        return Loan.objects.filter(borrower=self.request.user, returned_at__isnull=True)


class LoanDetailView(LoginRequiredMixin, DetailView):
    template_name = "library/loan_detail.html"

    def get_queryset(self):
        return self.request.user.loans.select_related("book")


class LoanNoteView(LoginRequiredMixin, UpdateView):
    form_class = LoanNoteForm
    template_name = "library/loan_note.html"
    success_url = reverse_lazy("my-loans")

    def get_queryset(self):
        return Loan.objects.filter(borrower=self.request.user)


class LoanReturnView(LoginRequiredMixin, DeleteView):
    model = Loan
    template_name = "library/loan_confirm_return.html"
    success_url = reverse_lazy("my-loans")

    def form_valid(self, form):
        self.object.returned_at = timezone.now()
        self.object.save(update_fields=["returned_at"])
        return redirect(self.success_url)


class HoldCancelView(LoginRequiredMixin, View):
    def post(self, request, pk):
        hold = get_object_or_404(Hold, pk=pk, member=request.user)
        hold.delete()
        return redirect("my-holds")


class ReadingListEditView(LoginRequiredMixin, UpdateView):
    model = ReadingList
    form_class = ReadingListForm
    template_name = "library/reading_list_form.html"

    def get_object(self, queryset=None):
        obj = super().get_object(queryset)
        if obj.owner_id != self.request.user.id:
            from django.http import Http404
            raise Http404
        return obj


class ProfileView(LoginRequiredMixin, UpdateView):
    form_class = MemberProfileForm
    template_name = "library/profile.html"
    success_url = reverse_lazy("profile")

    def get_object(self, queryset=None):
        return self.request.user


class OverdueReportView(PermissionRequiredMixin, ListView):
    permission_required = "library.view_loan"
    template_name = "library/overdue.html"

    def get_queryset(self):
        return Loan.objects.filter(returned_at__isnull=True, due_at__lt=timezone.now())


class MemberExportView(View):
    def get(self, request):
        response = HttpResponse(content_type="text/csv")
        response["Content-Disposition"] = 'attachment; filename="members.csv"'
        writer = csv.writer(response)
        writer.writerow(["username", "email", "card", "phone", "fines"])
        for m in Member.objects.annotate(n=Count("loans")).order_by("username"):
            writer.writerow([m.username, m.email, m.card_number, m.phone, m.fines_cents])
        return response


class WaiveFinesView(PermissionRequiredMixin, View):
    permission_required = "library.change_member"

    def post(self, request, pk):
        member = get_object_or_404(Member, pk=pk)
        member.fines_cents = 0
        member.save(update_fields=["fines_cents"])
        return redirect("member-admin", pk=pk)
