from rest_framework import serializers

from .models import Booking, Dog, OwnerProfile, StayReport


class BookingSerializer(serializers.ModelSerializer):
    class Meta:
        model = Booking
        fields = ["id", "dog", "arrives", "departs", "run_number", "status", "price_pence"]
        read_only_fields = ["run_number", "status", "price_pence"]

    def validate_dog(self, dog):
        if dog.owner_id != self.context["request"].user.owner.id:
            raise serializers.ValidationError("Not your dog.")
        return dog


class DogSerializer(serializers.ModelSerializer):
    class Meta:
        model = Dog
        fields = ["id", "name", "breed", "vet_practice", "medication_notes"]


class OwnerProfileSerializer(serializers.ModelSerializer):
    email = serializers.EmailField(source="user.email", read_only=True)

    class Meta:
        model = OwnerProfile
        exclude = ["user"]


class StayReportSerializer(serializers.ModelSerializer):
    class Meta:
        model = StayReport
        fields = ["id", "booking", "day", "appetite", "incident", "photo", "written_by"]
        read_only_fields = ["written_by"]
