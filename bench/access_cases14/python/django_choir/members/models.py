from django.conf import settings
from django.db import models


class Section(models.Model):
    slug = models.SlugField(unique=True)
    name = models.CharField(max_length=40)


class Member(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    section = models.ForeignKey(Section, on_delete=models.PROTECT)
    phone = models.CharField(max_length=40, blank=True)
    dietary_notes = models.CharField(max_length=200, blank=True)
    is_section_leader = models.BooleanField(default=False)
    fee_waived = models.BooleanField(default=False)
    seat_number = models.PositiveIntegerField(null=True)


class Rehearsal(models.Model):
    date = models.DateField()
    venue = models.CharField(max_length=120)


class Attendance(models.Model):
    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="attendance")
    rehearsal = models.ForeignKey(Rehearsal, on_delete=models.CASCADE)
    present = models.BooleanField(default=False)


class FeeInvoice(models.Model):
    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="invoices")
    term = models.CharField(max_length=20)
    amount_pence = models.PositiveIntegerField()
    paid = models.BooleanField(default=False)
    bank_reference = models.CharField(max_length=40)


class AbsenceNote(models.Model):
    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="absences")
    rehearsal = models.ForeignKey(Rehearsal, on_delete=models.CASCADE)
    reason = models.TextField()


class Concert(models.Model):
    title = models.CharField(max_length=200)
    date = models.DateField()
    published = models.BooleanField(default=False)


class PartAssignment(models.Model):
    member = models.ForeignKey(Member, on_delete=models.CASCADE)
    concert = models.ForeignKey(Concert, on_delete=models.CASCADE)
    part = models.CharField(max_length=20)
