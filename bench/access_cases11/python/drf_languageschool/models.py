from django.conf import settings
from django.db import models


class Course(models.Model):
    title = models.CharField(max_length=120)
    level = models.CharField(max_length=8)  # A1 .. C2
    teacher = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT,
                                related_name="courses_taught")
    students = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name="courses")
    archived = models.BooleanField(default=False)


class StudentProfile(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    native_language = models.CharField(max_length=40)
    bio = models.TextField(blank=True)
    scholarship = models.BooleanField(default=False)
    is_teacher = models.BooleanField(default=False)
    fee_discount_percent = models.PositiveSmallIntegerField(default=0)


class Assignment(models.Model):
    course = models.ForeignKey(Course, on_delete=models.CASCADE, related_name="assignments")
    title = models.CharField(max_length=120)
    due = models.DateTimeField()


class Submission(models.Model):
    assignment = models.ForeignKey(Assignment, on_delete=models.CASCADE)
    student = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    text = models.TextField()
    grade = models.CharField(max_length=4, blank=True)
    feedback = models.TextField(blank=True)


class Attachment(models.Model):
    submission = models.ForeignKey(Submission, on_delete=models.CASCADE,
                                   related_name="attachments")
    file = models.FileField(upload_to="attachments/")
