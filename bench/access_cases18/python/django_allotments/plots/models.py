from django.conf import settings
from django.db import models


class Site(models.Model):
    name = models.CharField(max_length=80)
    postcode = models.CharField(max_length=10)
    has_water = models.BooleanField(default=True)

    def __str__(self) -> str:
        return self.name


class Plotholder(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                                related_name="plotholder")
    phone = models.CharField(max_length=30, blank=True)
    address = models.TextField(blank=True)
    is_committee = models.BooleanField(default=False)
    rent_discount_pct = models.PositiveSmallIntegerField(default=0)
    waiting_since = models.DateField(null=True, blank=True)


class Plot(models.Model):
    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="plots")
    number = models.CharField(max_length=10)
    holder = models.ForeignKey(Plotholder, null=True, blank=True, on_delete=models.SET_NULL,
                               related_name="plots")
    gate_code = models.CharField(max_length=8)
    inspection_notes = models.TextField(blank=True)
    size_m2 = models.PositiveIntegerField()


class RentInvoice(models.Model):
    plotholder = models.ForeignKey(Plotholder, on_delete=models.CASCADE, related_name="invoices")
    plot = models.ForeignKey(Plot, on_delete=models.CASCADE)
    year = models.PositiveSmallIntegerField()
    amount_pence = models.PositiveIntegerField()
    paid = models.BooleanField(default=False)


class WaterRotaSlot(models.Model):
    site = models.ForeignKey(Site, on_delete=models.CASCADE)
    week = models.DateField()
    volunteer = models.ForeignKey(Plotholder, null=True, blank=True, on_delete=models.SET_NULL)
