from rest_framework import serializers

from .models import Lesson, Review, Tutor


class LessonSerializer(serializers.ModelSerializer):
    class Meta:
        model = Lesson
        fields = ["id", "tutor", "student", "starts_at", "status", "homework"]
        read_only_fields = ["tutor", "status"]


class TutorProfileSerializer(serializers.ModelSerializer):
    class Meta:
        model = Tutor
        exclude = ["user"]


class PublicTutorSerializer(serializers.ModelSerializer):
    name = serializers.CharField(source="user.get_full_name", read_only=True)

    class Meta:
        model = Tutor
        fields = ["id", "name", "bio", "subjects", "hourly_rate_pence"]


class ReviewSerializer(serializers.ModelSerializer):
    class Meta:
        model = Review
        fields = ["id", "tutor", "stars", "text"]
