from django.conf import settings
from django.db import models


class Profile(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    cost_center = models.CharField(max_length=20)
    approval_limit = models.DecimalField(max_digits=10, decimal_places=2, default=0)
    is_finance = models.BooleanField(default=False)
    iban = models.CharField(max_length=34, blank=True)


class Expense(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    amount = models.DecimalField(max_digits=10, decimal_places=2)
    currency = models.CharField(max_length=3)
    description = models.TextField()
    spent_on = models.DateField()
    status = models.CharField(max_length=12, default="draft")
    approved_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True,
                                    on_delete=models.SET_NULL, related_name="+")


class Receipt(models.Model):
    expense = models.ForeignKey(Expense, on_delete=models.CASCADE)
    file = models.FileField(upload_to="receipts/")
    original_name = models.CharField(max_length=255)
