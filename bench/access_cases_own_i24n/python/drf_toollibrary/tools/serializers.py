from rest_framework import serializers

from .models import Loan, Member, Reservation, Tool


class ToolSerializer(serializers.ModelSerializer):
    class Meta:
        model = Tool
        fields = ["id", "name", "category", "condition", "retired"]
        read_only_fields = ["retired"]


class LoanSerializer(serializers.ModelSerializer):
    class Meta:
        model = Loan
        fields = ["id", "tool", "member", "due", "returned_at", "deposit_paid", "notes"]


class ReservationSerializer(serializers.ModelSerializer):
    class Meta:
        model = Reservation
        fields = ["id", "tool", "member", "pickup_on"]
        read_only_fields = ["member"]


class MemberProfileSerializer(serializers.ModelSerializer):
    class Meta:
        model = Member
        fields = "__all__"


class ContactSerializer(serializers.ModelSerializer):
    class Meta:
        model = Member
        fields = ["phone", "address"]
