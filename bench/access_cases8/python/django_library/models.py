from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models


class Member(AbstractUser):
    card_number = models.CharField(max_length=20, unique=True)
    phone = models.CharField(max_length=30, blank=True)
    is_librarian = models.BooleanField(default=False)
    fines_cents = models.PositiveIntegerField(default=0)
    max_loans = models.PositiveSmallIntegerField(default=5)


class Book(models.Model):
    isbn = models.CharField(max_length=13, unique=True)
    title = models.CharField(max_length=300)
    author = models.CharField(max_length=200)
    copies = models.PositiveSmallIntegerField(default=1)


class Loan(models.Model):
    book = models.ForeignKey(Book, on_delete=models.PROTECT, related_name="loans")
    borrower = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="loans")
    borrowed_at = models.DateTimeField(auto_now_add=True)
    due_at = models.DateTimeField()
    returned_at = models.DateTimeField(null=True, blank=True)
    renewals = models.PositiveSmallIntegerField(default=0)
    note = models.CharField(max_length=200, blank=True)


class Hold(models.Model):
    book = models.ForeignKey(Book, on_delete=models.CASCADE)
    member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="holds")
    created_at = models.DateTimeField(auto_now_add=True)


class ReadingList(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    name = models.CharField(max_length=100)
    books = models.ManyToManyField(Book, blank=True)
    public = models.BooleanField(default=False)
