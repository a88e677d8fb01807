import csv

from django.contrib.auth.decorators import login_required, user_passes_test
from django.contrib.auth.mixins import LoginRequiredMixin, UserPassesTestMixin
from django.http import HttpResponse, HttpResponseForbidden, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse_lazy
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from django.views.generic import DeleteView, DetailView, ListView, UpdateView

from .access import ensure_member, is_organiser, memberships_for
from .forms import ReviewForm
from .models import Club, Meeting, Membership, Review


class MyClubsView(LoginRequiredMixin, ListView):
    template_name = "clubs/mine.html"

    def get_queryset(self):
        return memberships_for(self.request.user)


class ReviewDetailView(LoginRequiredMixin, DetailView):
    model = Review
    template_name = "reviews/detail.html"


class ReviewDeleteView(LoginRequiredMixin, DeleteView):
    model = Review
    success_url = reverse_lazy("reviews:mine")

    def get_queryset(self):
        return Review.objects.filter(author=self.request.user)


class MembershipUpdateView(LoginRequiredMixin, UpdateView):
    model = Membership
    fields = "__all__"
    template_name = "clubs/membership_form.html"
    success_url = reverse_lazy("clubs:mine")

    def get_queryset(self):
        return Membership.objects.filter(user=self.request.user)


class ClubAdminView(UserPassesTestMixin, ListView):
    template_name = "clubs/admin_all.html"
    queryset = Club.objects.all()

    def test_func(self):
        return self.request.user.is_staff


@login_required
def edit_review(request, pk):
    review = get_object_or_404(Review, pk=pk)
    if review.author_id != request.user.id:
        return HttpResponseForbidden()
    form = ReviewForm(request.POST or None, instance=review)
    if request.method == "POST" and form.is_valid():
        form.save()
        return redirect("reviews:mine")
    return render(request, "reviews/form.html", {"form": form})


@login_required
def meeting_detail(request, club_id, meeting_id):
    club = get_object_or_404(Club, pk=club_id)
    ensure_member(request.user, club)
    meeting = get_object_or_404(Meeting, pk=meeting_id, club=club)
    return render(request, "meetings/detail.html", {"meeting": meeting})


@csrf_exempt
@login_required
@require_POST
def rsvp(request, meeting_id):
    meeting = get_object_or_404(Meeting, pk=meeting_id, club__membership__user=request.user)
    meeting.attendees.add(request.user)
    return JsonResponse({"going": True})


@login_required
@require_POST
def remove_member(request, club_id, user_id):
    club = get_object_or_404(Club, pk=club_id)
    if not is_organiser(request, club):
        return HttpResponseForbidden()
    Membership.objects.filter(club=club, user_id=user_id).update(active=False)
    return redirect("clubs:detail", pk=club.pk)


@login_required
@require_POST
def cancel_meeting(request, meeting_id):
    Meeting.objects.filter(pk=meeting_id).delete()
    return redirect("clubs:mine")


def export_members(request, club_id):
    club = get_object_or_404(Club, pk=club_id)
    response = HttpResponse(content_type="text/csv")
    writer = csv.writer(response)
    for m in Membership.objects.filter(club=club).select_related("user"):
        writer.writerow([m.user.get_full_name(), m.user.email, m.user.profile.phone])
    return response


@user_passes_test(lambda u: u.is_superuser)
def all_reviews_moderation(request):
    return render(request, "reviews/moderation.html", {"reviews": Review.objects.all()})


def club_directory(request):
    clubs = Club.objects.filter(public=True).order_by("name")
    return render(request, "clubs/directory.html", {"clubs": clubs})


@login_required
@require_POST
def update_reading_list(request, club_id):
    club = get_object_or_404(Club, pk=club_id, membership__user=request.user,
                             membership__role="organiser")
    club.__dict__.update({k: v for k, v in request.POST.items() if k != "csrfmiddlewaretoken"})
    club.save()
    return redirect("clubs:detail", pk=club.pk)
