from django.conf import settings
from django.db import models


class Organization(models.Model):
    name = models.CharField(max_length=200, unique=True)
    domain = models.CharField(max_length=200, blank=True)
    plan = models.CharField(max_length=20, default="basic")
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.name


class Profile(models.Model):
    ROLE_CUSTOMER = "customer"
    ROLE_AGENT = "agent"
    ROLE_SUPERVISOR = "supervisor"
    ROLES = [(ROLE_CUSTOMER, "Customer"), (ROLE_AGENT, "Agent"), (ROLE_SUPERVISOR, "Supervisor")]

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                                related_name="profile")
    organization = models.ForeignKey(Organization, on_delete=models.PROTECT,
                                     related_name="profiles")
    role = models.CharField(max_length=20, choices=ROLES, default=ROLE_CUSTOMER)
    display_name = models.CharField(max_length=120)
    phone = models.CharField(max_length=40, blank=True)
    timezone = models.CharField(max_length=60, default="UTC")
    signature = models.TextField(blank=True)

    @property
    def is_agent(self) -> bool:
        return self.role in (self.ROLE_AGENT, self.ROLE_SUPERVISOR)


class TicketQuerySet(models.QuerySet):
    def visible_to(self, user):
        profile = user.profile
        if profile.is_agent:
            return self.filter(organization=profile.organization)
        return self.filter(requester=user)


class Ticket(models.Model):
    STATUS_CHOICES = [("open", "Open"), ("pending", "Pending"), ("solved", "Solved"),
                      ("closed", "Closed")]
    PRIORITIES = [("low", "Low"), ("normal", "Normal"), ("high", "High"), ("urgent", "Urgent")]

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE,
                                     related_name="tickets")
    requester = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                                  related_name="requested_tickets")
    assignee = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                 on_delete=models.SET_NULL, related_name="assigned_tickets")
    subject = models.CharField(max_length=250)
    description = models.TextField()
    status = models.CharField(max_length=20, choices=STATUS_CHOICES, default="open")
    priority = models.CharField(max_length=20, choices=PRIORITIES, default="normal")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = TicketQuerySet.as_manager()

    class Meta:
        ordering = ["-updated_at"]


class Comment(models.Model):
    ticket = models.ForeignKey(Ticket, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    body = models.TextField()
    internal = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)


class Attachment(models.Model):
    ticket = models.ForeignKey(Ticket, on_delete=models.CASCADE, related_name="attachments")
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    file = models.FileField(upload_to="attachments/%Y/%m/")
    original_name = models.CharField(max_length=255)
    size = models.PositiveIntegerField()
    created_at = models.DateTimeField(auto_now_add=True)


class InboundEmail(models.Model):
    message_id = models.CharField(max_length=255, unique=True)
    sender = models.EmailField()
    subject = models.CharField(max_length=250)
    body = models.TextField()
    ticket = models.ForeignKey(Ticket, null=True, on_delete=models.SET_NULL)
    received_at = models.DateTimeField(auto_now_add=True)
