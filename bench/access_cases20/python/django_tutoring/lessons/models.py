from django.conf import settings
from django.db import models


class Tutor(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="tutor")
    bio = models.TextField(blank=True)
    subjects = models.CharField(max_length=200)
    hourly_rate_pence = models.PositiveIntegerField(default=3000)
    commission_percent = models.PositiveSmallIntegerField(default=20)
    dbs_verified = models.BooleanField(default=False)
    featured = models.BooleanField(default=False)


class Student(models.Model):
    parent = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="children")
    name = models.CharField(max_length=120)
    year_group = models.PositiveSmallIntegerField()
    send_notes = models.TextField(blank=True)  # special educational needs


class Lesson(models.Model):
    tutor = models.ForeignKey(Tutor, on_delete=models.PROTECT, related_name="lessons")
    student = models.ForeignKey(Student, on_delete=models.PROTECT, related_name="lessons")
    starts_at = models.DateTimeField()
    status = models.CharField(max_length=20, default="booked")
    private_notes = models.TextField(blank=True)
    homework = models.TextField(blank=True)


class Review(models.Model):
    tutor = models.ForeignKey(Tutor, on_delete=models.CASCADE, related_name="reviews")
    parent = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    stars = models.PositiveSmallIntegerField()
    text = models.TextField()


class Payout(models.Model):
    tutor = models.ForeignKey(Tutor, on_delete=models.PROTECT, related_name="payouts")
    amount_pence = models.PositiveIntegerField()
    status = models.CharField(max_length=20, default="pending")
    approved_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL)
