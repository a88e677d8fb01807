from django.conf import settings
from django.db import models


class Plot(models.Model):
    number = models.CharField(max_length=8, unique=True)
    tenant = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                               on_delete=models.SET_NULL, related_name="plots")
    rent_paid = models.BooleanField(default=False)


class WaterButt(models.Model):
    plot = models.ForeignKey(Plot, on_delete=models.CASCADE, related_name="butts")
    litres = models.PositiveIntegerField(default=200)


class SeedSwap(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    variety = models.CharField(max_length=80)
    claimed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="claims")
