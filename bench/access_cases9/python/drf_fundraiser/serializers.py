from django.contrib.auth import get_user_model
from rest_framework import serializers

from .models import Campaign, Donation, Payout


class CampaignSerializer(serializers.ModelSerializer):
    class Meta:
        model = Campaign
        fields = ["id", "title", "story", "goal", "raised", "owner", "verified", "ends_on"]
        read_only_fields = ["raised", "owner", "verified"]


class DonationSerializer(serializers.ModelSerializer):
    class Meta:
        model = Donation
        fields = ["id", "campaign", "amount", "message", "anonymous", "created"]
        read_only_fields = ["created"]


class PayoutSerializer(serializers.ModelSerializer):
    class Meta:
        model = Payout
        fields = ["id", "campaign", "amount", "iban_last4", "status"]


class ProfileSerializer(serializers.ModelSerializer):
    class Meta:
        model = get_user_model()
        fields = "__all__"
