from django.conf import settings
from django.db import models


class Member(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    phone = models.CharField(max_length=32, blank=True)
    address = models.TextField(blank=True)
    is_steward = models.BooleanField(default=False)
    deposit_waived = models.BooleanField(default=False)
    strikes = models.PositiveIntegerField(default=0)


class Tool(models.Model):
    name = models.CharField(max_length=120)
    category = models.CharField(max_length=60)
    condition = models.CharField(max_length=30, default="good")
    retired = models.BooleanField(default=False)
    replacement_value = models.DecimalField(max_digits=8, decimal_places=2)


class Loan(models.Model):
    tool = models.ForeignKey(Tool, on_delete=models.PROTECT, related_name="loans")
    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="loans")
    due = models.DateField()
    returned_at = models.DateTimeField(null=True, blank=True)
    deposit_paid = models.DecimalField(max_digits=8, decimal_places=2, default=0)
    notes = models.TextField(blank=True)


class Reservation(models.Model):
    tool = models.ForeignKey(Tool, on_delete=models.CASCADE)
    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="reservations")
    pickup_on = models.DateField()
