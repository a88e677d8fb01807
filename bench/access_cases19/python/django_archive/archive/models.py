from django.conf import settings
from django.db import models


class Researcher(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    institution = models.CharField(max_length=200)
    phone = models.CharField(max_length=40, blank=True)
    access_level = models.CharField(max_length=20, default="reader")  # reader | trusted | curator
    reading_room_approved = models.BooleanField(default=False)


class Item(models.Model):
    accession_number = models.CharField(max_length=40, unique=True)
    title = models.CharField(max_length=300)
    description = models.TextField(blank=True)
    published = models.BooleanField(default=False)
    embargoed_until = models.DateField(null=True, blank=True)
    scan = models.FileField(upload_to="scans/", blank=True)
    donor_name = models.CharField(max_length=200, blank=True)
    insured_value = models.DecimalField(max_digits=12, decimal_places=2, null=True)
    storage_location = models.CharField(max_length=80, blank=True)


class LoanRequest(models.Model):
    researcher = models.ForeignKey(Researcher, on_delete=models.CASCADE, related_name="loans")
    item = models.ForeignKey(Item, on_delete=models.PROTECT)
    purpose = models.TextField()
    status = models.CharField(max_length=20, default="pending")
    created = models.DateTimeField(auto_now_add=True)


class ConservationNote(models.Model):
    item = models.ForeignKey(Item, on_delete=models.CASCADE, related_name="conservation_notes")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True)
    condition = models.CharField(max_length=40)
    treatment = models.TextField()
    created = models.DateTimeField(auto_now_add=True)
