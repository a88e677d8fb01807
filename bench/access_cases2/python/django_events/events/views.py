from django.contrib.auth.decorators import login_required
from django.contrib.auth.mixins import LoginRequiredMixin, UserPassesTestMixin
from django.http import HttpResponseForbidden, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.views import View
from django.views.decorators.csrf import csrf_exempt
from django.views.generic import DetailView, ListView, UpdateView

from .forms import EventForm
from .models import Event, Registration


class EventList(ListView):
    model = Event
    template_name = "events/list.html"


class EventDetail(DetailView):
    model = Event
    template_name = "events/detail.html"


class EventEdit(LoginRequiredMixin, UserPassesTestMixin, UpdateView):
    model = Event
    form_class = EventForm

    def test_func(self):
        return self.get_object().organiser == self.request.user


class EventCancel(LoginRequiredMixin, View):
    def post(self, request, pk):
        event = get_object_or_404(Event, pk=pk)
        event.cancelled = True
        event.save()
        return redirect("events:list")


@login_required
def register(request, pk):
    event = get_object_or_404(Event, pk=pk, cancelled=False)
    Registration.objects.get_or_create(event=event, attendee=request.user)
    return redirect("events:detail", pk=pk)


@login_required
def unregister(request, registration_id):
    Registration.objects.filter(pk=registration_id).delete()
    return redirect("events:list")


def attendee_export(request, pk):
    rows = Registration.objects.filter(event_id=pk).values("attendee__email", "attendee__name")
    return JsonResponse({"attendees": list(rows)})


@csrf_exempt
@login_required
def change_email(request):
    if request.method == "POST":
        request.user.email = request.POST["email"]
        request.user.save()
    return JsonResponse({"email": request.user.email})


def checkin(request, pk):
    if request.COOKIES.get("is_staff") != "true":
        return HttpResponseForbidden()
    Registration.objects.filter(pk=pk).update(checked_in=True)
    return JsonResponse({"ok": True})
