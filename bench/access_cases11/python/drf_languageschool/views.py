from django.shortcuts import get_object_or_404
from rest_framework import generics, status, viewsets
from rest_framework.decorators import action, api_view, authentication_classes, permission_classes
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.response import Response

from .models import Attachment, Course, StudentProfile, Submission
from .permissions import (
    CsrfExemptSessionAuthentication,
    IsCourseTeacherOrReadOnly,
    IsTeacher,
    StaffRoomHeaderAuthentication,
)
from .serializers import (
    CourseSerializer,
    GradeSerializer,
    StudentProfileSerializer,
    SubmissionSerializer,
)


class CourseViewSet(viewsets.ModelViewSet):
    serializer_class = CourseSerializer
    permission_classes = [IsAuthenticated, IsCourseTeacherOrReadOnly]

    def get_queryset(self):
        user = self.request.user
        return (Course.objects.filter(students=user) | Course.objects.filter(teacher=user)).distinct()

    def perform_create(self, serializer):
        serializer.save(teacher=self.request.user)

    @action(detail=True, methods=["post"], permission_classes=[IsTeacher])
    def archive(self, request, pk=None):
        course = self.get_object()
        course.archived = True
        course.save(update_fields=["archived"])
        return Response({"archived": True})

    @action(detail=True, methods=["post"], permission_classes=[IsAuthenticated])
    def reset_grades(self, request, pk=None):
        course = get_object_or_404(Course, pk=pk)
        Submission.objects.filter(assignment__course=course).update(grade="", feedback="")
        return Response(status=status.HTTP_204_NO_CONTENT)


class SubmissionViewSet(viewsets.ModelViewSet):
    queryset = Submission.objects.select_related("assignment", "student").all()
    serializer_class = SubmissionSerializer
    permission_classes = [IsAuthenticated]

    def perform_create(self, serializer):
        serializer.save(student=self.request.user)


class MySubmissionsView(generics.ListAPIView):
    serializer_class = SubmissionSerializer
    permission_classes = [IsAuthenticated]

    def get_queryset(self):
        return Submission.objects.filter(student=self.request.user)


class GradeView(generics.UpdateAPIView):
    serializer_class = GradeSerializer
    authentication_classes = [CsrfExemptSessionAuthentication]
    permission_classes = [IsTeacher]

    def get_queryset(self):
        return Submission.objects.filter(assignment__course__teacher=self.request.user)


class StaffRoomGradeView(generics.UpdateAPIView):
    serializer_class = GradeSerializer
    authentication_classes = [StaffRoomHeaderAuthentication]
    permission_classes = [IsTeacher]

    def get_queryset(self):
        return Submission.objects.filter(assignment__course__teacher=self.request.user)


class ProfileView(generics.RetrieveUpdateAPIView):
    serializer_class = StudentProfileSerializer
    permission_classes = [IsAuthenticated]

    def get_object(self):
        return StudentProfile.objects.get(user=self.request.user)


@api_view(["DELETE"])
@permission_classes([IsAuthenticated])
def delete_attachment(request, pk):
    attachment = Attachment.objects.get(pk=pk)
    attachment.file.delete(save=False)
    attachment.delete()
    return Response(status=status.HTTP_204_NO_CONTENT)


@api_view(["GET"])
@permission_classes([IsAuthenticated])
def submission_detail(request, pk):
    submission = get_object_or_404(Submission, pk=pk, student=request.user)
    return Response(SubmissionSerializer(submission).data)


@api_view(["PATCH"])
@permission_classes([IsTeacher])
def update_course(request, pk):
    updated = Course.objects.filter(pk=pk, teacher=request.user).update(**request.data)
    if not updated:
        return Response(status=status.HTTP_404_NOT_FOUND)
    return Response({"updated": True})


@api_view(["GET"])
@authentication_classes([])
@permission_classes([AllowAny])
def health(request):
    return Response({"status": "ok"})
