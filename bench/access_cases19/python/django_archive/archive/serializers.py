from rest_framework import serializers

from .models import ConservationNote, Item, LoanRequest, Researcher


class ItemSerializer(serializers.ModelSerializer):
    class Meta:
        model = Item
        fields = ["id", "accession_number", "title", "description", "embargoed_until"]


class LoanRequestSerializer(serializers.ModelSerializer):
    class Meta:
        model = LoanRequest
        fields = ["id", "item", "purpose", "status", "created"]
        read_only_fields = ["status", "created"]


class ResearcherProfileSerializer(serializers.ModelSerializer):
    class Meta:
        model = Researcher
        fields = "__all__"


class ConservationNoteSerializer(serializers.ModelSerializer):
    class Meta:
        model = ConservationNote
        fields = ["id", "item", "author", "condition", "treatment", "created"]
        read_only_fields = ["author", "created"]
