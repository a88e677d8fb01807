from django.contrib.auth import get_user_model
from rest_framework import serializers

from .models import Attachment, Comment, Organization, Profile, Ticket

User = get_user_model()


class OrganizationSerializer(serializers.ModelSerializer):
    class Meta:
        model = Organization
        fields = ["id", "name", "domain", "plan"]
        read_only_fields = ["plan"]


class ProfileSerializer(serializers.ModelSerializer):
    email = serializers.EmailField(source="user.email", read_only=True)

    class Meta:
        model = Profile
        fields = "__all__"


class CommentSerializer(serializers.ModelSerializer):
    author_name = serializers.CharField(source="author.profile.display_name", read_only=True)

    class Meta:
        model = Comment
        fields = ["id", "ticket", "author", "author_name", "body", "internal", "created_at"]
        read_only_fields = ["author", "created_at"]


class AttachmentSerializer(serializers.ModelSerializer):
    class Meta:
        model = Attachment
        fields = ["id", "ticket", "original_name", "size", "created_at"]
        read_only_fields = fields


class TicketSerializer(serializers.ModelSerializer):
    comments = CommentSerializer(many=True, read_only=True)
    attachments = AttachmentSerializer(many=True, read_only=True)

    class Meta:
        model = Ticket
        fields = ["id", "organization", "requester", "assignee", "subject", "description",
                  "status", "priority", "created_at", "updated_at", "comments", "attachments"]
        read_only_fields = ["organization", "requester", "assignee", "status", "created_at",
                            "updated_at"]


class TicketAssignSerializer(serializers.Serializer):
    assignee = serializers.PrimaryKeyRelatedField(queryset=User.objects.all())
    status = serializers.ChoiceField(choices=["open", "pending", "solved", "closed"])

    def validate_assignee(self, user):
        organization = self.context["request"].user.profile.organization
        if not hasattr(user, "profile") or user.profile.organization_id != organization.id:
            raise serializers.ValidationError("Assignee must belong to your organization.")
        if not user.profile.is_agent:
            raise serializers.ValidationError("Assignee must be an agent.")
        return user


class InboundEmailSerializer(serializers.Serializer):
    message_id = serializers.CharField(max_length=255)
    sender = serializers.EmailField()
    subject = serializers.CharField(max_length=250)
    body = serializers.CharField()
    in_reply_to = serializers.IntegerField(required=False)
