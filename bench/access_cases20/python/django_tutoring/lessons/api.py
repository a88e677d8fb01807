from django.db.models import Q
from rest_framework import generics, viewsets
from rest_framework.decorators import api_view, permission_classes
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.response import Response

from .models import Lesson, Review, Tutor
from .permissions import IsLessonParticipant
from .serializers import LessonSerializer, PublicTutorSerializer, ReviewSerializer, TutorProfileSerializer


class LessonViewSet(viewsets.ModelViewSet):
    serializer_class = LessonSerializer
    permission_classes = [IsAuthenticated, IsLessonParticipant]

    def get_queryset(self):
        user = self.request.user
        return Lesson.objects.filter(Q(tutor__user=user) | Q(student__parent=user)).select_related("tutor", "student")


class MyTutorProfile(generics.RetrieveUpdateAPIView):
    serializer_class = TutorProfileSerializer

    def get_object(self):
        return self.request.user.tutor


class TutorDirectory(generics.ListAPIView):
    permission_classes = [AllowAny]
    serializer_class = PublicTutorSerializer
    queryset = Tutor.objects.filter(dbs_verified=True).select_related("user")


@api_view(["POST"])
@permission_classes([IsAuthenticated])
def leave_review(request, tutor_id):
    review = Review.objects.create(
        tutor_id=tutor_id,
        parent_id=request.data.get("parent_id", request.user.id),
        stars=int(request.data["stars"]),
        text=request.data.get("text", ""),
    )
    return Response(ReviewSerializer(review).data, status=201)


@api_view(["GET"])
def lesson_private_notes(request, pk):
    lesson = Lesson.objects.select_related("student").get(pk=pk)
    return Response({"notes": lesson.private_notes, "send": lesson.student.send_notes})
