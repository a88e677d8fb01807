from django.conf import settings
from django.db import models


class Agency(models.Model):
    name = models.CharField(max_length=200)
    contact_email = models.EmailField()


class Caseworker(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    agency = models.ForeignKey(Agency, on_delete=models.PROTECT)
    phone = models.CharField(max_length=40, blank=True)
    is_coordinator = models.BooleanField(default=False)
    weekly_referral_limit = models.PositiveIntegerField(default=10)


class Household(models.Model):
    agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="households")
    surname = models.CharField(max_length=120)
    address = models.TextField()
    adults = models.PositiveSmallIntegerField(default=1)
    children = models.PositiveSmallIntegerField(default=0)
    dietary_notes = models.TextField(blank=True)


class Referral(models.Model):
    caseworker = models.ForeignKey(Caseworker, on_delete=models.PROTECT, related_name="referrals")
    household = models.ForeignKey(Household, on_delete=models.PROTECT)
    reason = models.TextField()
    created = models.DateTimeField(auto_now_add=True)
    approved = models.BooleanField(default=False)


class Parcel(models.Model):
    referral = models.ForeignKey(Referral, on_delete=models.CASCADE, related_name="parcels")
    collection_code = models.CharField(max_length=12, unique=True)
    collected_at = models.DateTimeField(null=True, blank=True)
    packed_by = models.CharField(max_length=150, blank=True)
