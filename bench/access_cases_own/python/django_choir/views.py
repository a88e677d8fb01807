from django.contrib.auth.decorators import login_required
from django.contrib.auth.mixins import LoginRequiredMixin
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_POST
from django.views.generic import CreateView, UpdateView

from .models import Rehearsal, Singer

EDITABLE = ("voice_part", "phone", "bio")


class SingerUpdateView(LoginRequiredMixin, UpdateView):
    model = Singer
    fields = "__all__"
    template_name = "choir/singer_form.html"

    def get_queryset(self):
        return Singer.objects.filter(user=self.request.user)


class RehearsalCreateView(LoginRequiredMixin, CreateView):
    model = Rehearsal
    fields = ["title", "starts_at", "venue"]


@login_required
@require_POST
def update_singer(request):
    singer = get_object_or_404(Singer, user=request.user)
    singer.__dict__.update({k: v for k, v in request.POST.items() if k != "csrfmiddlewaretoken"})
    singer.save()
    return redirect("choir:me")


@login_required
@require_POST
def update_contact(request):
    singer = get_object_or_404(Singer, user=request.user)
    singer.__dict__.update({k: v for k, v in request.POST.items() if k in EDITABLE})
    singer.save()
    return redirect("choir:me")
