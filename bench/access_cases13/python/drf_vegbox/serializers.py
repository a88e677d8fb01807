from rest_framework import serializers

from .models import Box, Customer, DeliveryNote, Subscription


class CustomerSerializer(serializers.ModelSerializer):
    class Meta:
        model = Customer
        fields = "__all__"


class SubscriptionSerializer(serializers.ModelSerializer):
    class Meta:
        model = Subscription
        fields = ["id", "box_size", "frequency", "paused", "customer", "price_cents"]
        read_only_fields = ["customer", "price_cents"]


class BoxSerializer(serializers.ModelSerializer):
    class Meta:
        model = Box
        fields = ["id", "week", "contents", "collected"]


class DeliveryNoteSerializer(serializers.ModelSerializer):
    class Meta:
        model = DeliveryNote
        fields = ["id", "customer", "address", "door_code", "notes"]
