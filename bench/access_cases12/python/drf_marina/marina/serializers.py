from rest_framework import serializers

from .models import Berth, Boater, Booking


class BoaterSerializer(serializers.ModelSerializer):
    class Meta:
        model = Boater
        fields = "__all__"


class BookingSerializer(serializers.ModelSerializer):
    class Meta:
        model = Booking
        fields = ["id", "berth", "arrive", "depart", "paid"]
        read_only_fields = ["paid"]


class BerthSerializer(serializers.ModelSerializer):
    class Meta:
        model = Berth
        fields = ["id", "code", "pontoon", "max_length_m", "closed"]
