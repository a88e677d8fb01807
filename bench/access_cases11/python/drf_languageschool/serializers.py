from rest_framework import serializers

from .models import Assignment, Course, StudentProfile, Submission


class CourseSerializer(serializers.ModelSerializer):
    class Meta:
        model = Course
        fields = ["id", "title", "level", "archived"]


class AssignmentSerializer(serializers.ModelSerializer):
    class Meta:
        model = Assignment
        fields = ["id", "course", "title", "due"]


class SubmissionSerializer(serializers.ModelSerializer):
    class Meta:
        model = Submission
        fields = ["id", "assignment", "student", "text", "grade", "feedback"]
        read_only_fields = ["student", "grade", "feedback"]


class GradeSerializer(serializers.ModelSerializer):
    class Meta:
        model = Submission
        fields = ["grade", "feedback"]


class StudentProfileSerializer(serializers.ModelSerializer):
    class Meta:
        model = StudentProfile
        fields = "__all__"
