from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from rest_framework import generics, viewsets
from rest_framework.decorators import api_view, authentication_classes, permission_classes
from rest_framework.permissions import AllowAny
from rest_framework.response import Response

from .models import Box, DeliveryNote, DeliveryRoute, Subscription
from .permissions import FarmGateAuthentication, IsPacker
from .serializers import (BoxSerializer, CustomerSerializer, DeliveryNoteSerializer,
                          SubscriptionSerializer)


class SubscriptionViewSet(viewsets.ModelViewSet):
    serializer_class = SubscriptionSerializer

    def get_queryset(self):
        return Subscription.objects.filter(customer__user=self.request.user)

    def perform_create(self, serializer):
        serializer.save(customer=self.request.user.customer)


class DeliveryNoteViewSet(viewsets.ModelViewSet):
    queryset = DeliveryNote.objects.all()
    serializer_class = DeliveryNoteSerializer


@api_view(["GET"])
def box_detail(request, pk):
    box = get_object_or_404(Box, pk=pk, subscription__customer__user=request.user)
    return Response(BoxSerializer(box).data)


@api_view(["GET"])
@permission_classes([IsPacker])
def packing_list(request, week):
    boxes = Box.objects.filter(week=week).select_related("subscription")
    return Response(BoxSerializer(boxes, many=True).data)


@api_view(["POST"])
@permission_classes([AllowAny])
def regenerate_routes(request):
    DeliveryRoute.objects.all().delete()
    created = DeliveryRoute.build_for_week(request.data.get("week"))
    return Response({"routes": len(created)})


@api_view(["POST"])
@authentication_classes([FarmGateAuthentication])
def collect_box(request, pk):
    box = get_object_or_404(Box, pk=pk, subscription__customer__user=request.user)
    box.collected = True
    box.save(update_fields=["collected"])
    return Response({"collected": True})


class MeView(generics.RetrieveUpdateAPIView):
    serializer_class = CustomerSerializer

    def get_object(self):
        return self.request.user.customer


@csrf_exempt
@login_required
@require_POST
def skip_week(request, week):
    sub = get_object_or_404(Subscription, customer__user=request.user)
    sub.skipped_weeks.add(week)
    return JsonResponse({"skipped": week})


@api_view(["GET"])
@permission_classes([AllowAny])
def this_week(request):
    return Response({"produce": Box.produce_for_current_week()})
