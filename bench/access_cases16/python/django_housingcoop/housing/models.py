from django.conf import settings
from django.db import models


class Unit(models.Model):
    number = models.CharField(max_length=10, unique=True)
    bedrooms = models.PositiveSmallIntegerField()


class Member(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    unit = models.ForeignKey(Unit, null=True, on_delete=models.SET_NULL)
    phone = models.CharField(max_length=30, blank=True)
    emergency_contact = models.CharField(max_length=200, blank=True)
    rent_band = models.CharField(max_length=2, default="C")
    shares_paid = models.BooleanField(default=False)
    is_board_member = models.BooleanField(default=False)


class Tenancy(models.Model):
    tenant = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    unit = models.ForeignKey(Unit, on_delete=models.PROTECT)
    start = models.DateField()
    end = models.DateField(null=True, blank=True)


class RepairRequest(models.Model):
    reported_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    unit = models.ForeignKey(Unit, on_delete=models.CASCADE)
    description = models.TextField()
    access_notes = models.TextField(blank=True)
    status = models.CharField(max_length=20, default="open")


class RentStatement(models.Model):
    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="statements")
    period = models.CharField(max_length=7)
    balance_pence = models.IntegerField()
    arrears_note = models.TextField(blank=True)


class MeterReading(models.Model):
    unit = models.ForeignKey(Unit, on_delete=models.CASCADE)
    kwh = models.DecimalField(max_digits=9, decimal_places=1)
    taken_on = models.DateField()


class GuestRoomBooking(models.Model):
    member = models.ForeignKey(Member, on_delete=models.CASCADE)
    night = models.DateField()
    cancelled = models.BooleanField(default=False)


class BoardMinutes(models.Model):
    meeting = models.DateField()
    body = models.TextField()
    confidential = models.BooleanField(default=True)
