import csv

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from rest_framework import generics, mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.permissions import AllowAny, IsAdminUser, IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from .models import Campaign, Donation, Payout
from .payments import verify_stripe_signature
from .permissions import IsCampaignOwnerOrReadOnly, IsFinanceStaff
from .serializers import CampaignSerializer, DonationSerializer, PayoutSerializer, ProfileSerializer


class CampaignViewSet(viewsets.ModelViewSet):
    serializer_class = CampaignSerializer
    permission_classes = [IsAuthenticated, IsCampaignOwnerOrReadOnly]

    def get_permissions(self):
        if self.action in ("list", "retrieve"):
            return [AllowAny()]
        return super().get_permissions()

    def get_queryset(self):
        return Campaign.objects.filter(published=True).select_related("owner")

    def perform_create(self, serializer):
        serializer.save(owner=self.request.user)

    @action(detail=True, methods=["post"], url_path="quick-edit")
    def quick_edit(self, request, pk=None):
        count = Campaign.objects.filter(pk=pk, owner=request.user).update(**request.data.dict())
        return Response({"updated": count})

    @action(detail=False, methods=["post"])
    def close(self, request):
        campaign = Campaign.objects.get(pk=request.data["campaign_id"])
        campaign.published = False
        campaign.save(update_fields=["published"])
        return Response(status=status.HTTP_204_NO_CONTENT)


class MyDonationViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = DonationSerializer

    def get_queryset(self):
        return Donation.objects.filter(donor=self.request.user).order_by("-created")


class DonationReceiptViewSet(mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    serializer_class = DonationSerializer
    queryset = Donation.objects.all()


class PayoutAdminViewSet(viewsets.ModelViewSet):
    serializer_class = PayoutSerializer
    permission_classes = [IsAdminUser]
    queryset = Payout.objects.all()


class PayoutExportView(APIView):
    permission_classes = [IsFinanceStaff]

    def get(self, request):
        response = HttpResponse(content_type="text/csv")
        writer = csv.writer(response)
        for p in Payout.objects.select_related("campaign"):
            writer.writerow([p.id, p.campaign.title, p.amount, p.status])
        return response


class DonorExportView(APIView):
    permission_classes = []
    authentication_classes = []

    def get(self, request):
        response = HttpResponse(content_type="text/csv")
        writer = csv.writer(response)
        for d in Donation.objects.select_related("donor"):
            writer.writerow([d.donor.email, d.donor.get_full_name(), d.amount, d.created])
        return response


class ProfileView(generics.RetrieveUpdateAPIView):
    serializer_class = ProfileSerializer

    def get_object(self):
        return self.request.user


class CampaignStatsView(APIView):
    def get(self, request, pk):
        campaign = get_object_or_404(Campaign, pk=pk, owner=request.user)
        return Response({"raised": campaign.raised, "donors": campaign.donations.count()})


@csrf_exempt
@login_required
@require_POST
def pledge(request, pk):
    campaign = get_object_or_404(Campaign, pk=pk, published=True)
    donation = Donation.objects.create(campaign=campaign, donor=request.user,
                                       amount=request.POST["amount"], pledged=True)
    return JsonResponse({"id": donation.id})


@csrf_exempt
@require_POST
def stripe_webhook(request):
    event = verify_stripe_signature(request.body, request.headers.get("Stripe-Signature", ""))
    if event is None:
        return HttpResponse(status=400)
    if event["type"] == "payment_intent.succeeded":
        Donation.objects.filter(intent_id=event["data"]["object"]["id"]).update(status="paid")
    return HttpResponse(status=200)
