from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils import timezone


class Member(AbstractUser):
    card_number = models.CharField(max_length=20, unique=True)
    home_branch = models.ForeignKey("Branch", null=True, on_delete=models.SET_NULL)
    membership_tier = models.CharField(max_length=16, default="standard")
    is_librarian = models.BooleanField(default=False)
    fines_cents = models.PositiveIntegerField(default=0)
    phone = models.CharField(max_length=32, blank=True)


class Branch(models.Model):
    name = models.CharField(max_length=120)
    address = models.TextField()
    opening_hours = models.TextField(blank=True)

    def __str__(self):
        return self.name


class Book(models.Model):
    isbn = models.CharField(max_length=13, db_index=True)
    title = models.CharField(max_length=300)
    author = models.CharField(max_length=200)
    branch = models.ForeignKey(Branch, related_name="books", on_delete=models.CASCADE)
    available = models.BooleanField(default=True)


class Loan(models.Model):
    book = models.ForeignKey(Book, on_delete=models.PROTECT)
    borrower = models.ForeignKey(settings.AUTH_USER_MODEL, related_name="loans",
                                 on_delete=models.CASCADE)
    borrowed_at = models.DateTimeField(default=timezone.now)
    due_at = models.DateTimeField()
    returned_at = models.DateTimeField(null=True, blank=True)
    renewals = models.PositiveSmallIntegerField(default=0)


class Reservation(models.Model):
    book = models.ForeignKey(Book, on_delete=models.CASCADE)
    member = models.ForeignKey(settings.AUTH_USER_MODEL, related_name="reservations",
                               on_delete=models.CASCADE)
    created_at = models.DateTimeField(auto_now_add=True)
    pickup_branch = models.ForeignKey(Branch, on_delete=models.CASCADE)
    note = models.CharField(max_length=200, blank=True)
