from django.conf import settings
from django.db import models


class OwnerProfile(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="owner")
    phone = models.CharField(max_length=32)
    emergency_contact = models.CharField(max_length=120, blank=True)
    is_kennel_staff = models.BooleanField(default=False)
    account_credit_pence = models.IntegerField(default=0)
    loyalty_tier = models.CharField(max_length=16, default="standard")


class Dog(models.Model):
    owner = models.ForeignKey(OwnerProfile, on_delete=models.CASCADE, related_name="dogs")
    name = models.CharField(max_length=60)
    breed = models.CharField(max_length=60)
    vet_practice = models.CharField(max_length=120)
    medication_notes = models.TextField(blank=True)


class Booking(models.Model):
    dog = models.ForeignKey(Dog, on_delete=models.CASCADE, related_name="bookings")
    arrives = models.DateField()
    departs = models.DateField()
    run_number = models.PositiveIntegerField(null=True)
    status = models.CharField(max_length=16, default="requested")
    price_pence = models.IntegerField(default=0)


class StayReport(models.Model):
    booking = models.ForeignKey(Booking, on_delete=models.CASCADE, related_name="reports")
    written_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT)
    day = models.DateField()
    appetite = models.CharField(max_length=32)
    incident = models.TextField(blank=True)
    photo = models.ImageField(upload_to="stay-photos/", blank=True)
