from django.conf import settings
from django.db import models


class Boater(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    vessel_name = models.CharField(max_length=120)
    vessel_length_m = models.DecimalField(max_digits=5, decimal_places=2)
    phone = models.CharField(max_length=40)
    is_harbourmaster = models.BooleanField(default=False)
    account_credit = models.DecimalField(max_digits=8, decimal_places=2, default=0)


class Berth(models.Model):
    code = models.CharField(max_length=10, unique=True)
    pontoon = models.CharField(max_length=10)
    max_length_m = models.DecimalField(max_digits=5, decimal_places=2)
    closed = models.BooleanField(default=False)


class Booking(models.Model):
    boater = models.ForeignKey(Boater, on_delete=models.CASCADE, related_name="bookings")
    berth = models.ForeignKey(Berth, on_delete=models.PROTECT)
    arrive = models.DateField()
    depart = models.DateField()
    paid = models.BooleanField(default=False)


class FuelPrice(models.Model):
    grade = models.CharField(max_length=20, unique=True)
    price_per_litre = models.DecimalField(max_digits=6, decimal_places=3)


class GateEntry(models.Model):
    boater = models.ForeignKey(Boater, on_delete=models.CASCADE)
    at = models.DateTimeField(auto_now_add=True)
