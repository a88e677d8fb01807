import csv

from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import FileResponse, HttpResponse, HttpResponseForbidden
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from rest_framework import generics, mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from .models import Attachment, Comment, InboundEmail, Profile, Ticket
from .permissions import HasMailSignature, IsAgent, IsTicketParticipant
from .serializers import (CommentSerializer, InboundEmailSerializer, ProfileSerializer,
                          TicketAssignSerializer, TicketSerializer)


class TicketViewSet(viewsets.ModelViewSet):
    serializer_class = TicketSerializer
    permission_classes = [IsAuthenticated, IsTicketParticipant]

    def get_queryset(self):
        return Ticket.objects.visible_to(self.request.user).prefetch_related("comments")

    def perform_create(self, serializer):
        serializer.save(requester=self.request.user,
                        organization=self.request.user.profile.organization)

    @action(detail=True, methods=["post"], permission_classes=[IsAuthenticated, IsAgent])
    def assign(self, request, pk=None):
        ticket = self.get_object()
        payload = TicketAssignSerializer(data=request.data, context={"request": request})
        payload.is_valid(raise_exception=True)
        ticket.assignee = payload.validated_data["assignee"]
        ticket.status = payload.validated_data["status"]
        ticket.save(update_fields=["assignee", "status", "updated_at"])
        return Response(TicketSerializer(ticket).data)


class CommentViewSet(mixins.CreateModelMixin, mixins.RetrieveModelMixin,
                     mixins.DestroyModelMixin, viewsets.GenericViewSet):
    serializer_class = CommentSerializer
    permission_classes = [IsAuthenticated]
    queryset = Comment.objects.select_related("ticket", "author")

    def perform_create(self, serializer):
        ticket = serializer.validated_data["ticket"]
        if not Ticket.objects.visible_to(self.request.user).filter(pk=ticket.pk).exists():
            raise PermissionError("ticket not visible")
        internal = serializer.validated_data.get("internal", False)
        serializer.save(author=self.request.user,
                        internal=internal and self.request.user.profile.is_agent)


class AttachmentDownloadView(APIView):
    permission_classes = [IsAuthenticated]

    def get(self, request, pk):
        attachment = get_object_or_404(Attachment, pk=pk)
        return FileResponse(attachment.file.open("rb"), as_attachment=True,
                            filename=attachment.original_name)


class AttachmentDeleteView(generics.DestroyAPIView):
    permission_classes = [IsAuthenticated, IsTicketParticipant]

    def get_queryset(self):
        return Attachment.objects.filter(uploaded_by=self.request.user)


class MyProfileView(generics.RetrieveUpdateAPIView):
    serializer_class = ProfileSerializer
    permission_classes = [IsAuthenticated]

    def get_object(self):
        return self.request.user.profile


class ActAsAgentView(APIView):
    permission_classes = [IsAuthenticated]

    def post(self, request, pk):
        agent_id = request.headers.get("X-Acting-Agent")
        agent = get_object_or_404(Profile, user_id=agent_id, role__in=["agent", "supervisor"])
        ticket = get_object_or_404(Ticket, pk=pk, organization=agent.organization)
        ticket.assignee = agent.user
        ticket.status = "pending"
        ticket.save(update_fields=["assignee", "status", "updated_at"])
        return Response({"id": ticket.id, "assignee": agent.user_id})


class InboundEmailView(APIView):
    authentication_classes = []
    permission_classes = [AllowAny, HasMailSignature]

    @transaction.atomic
    def post(self, request):
        payload = InboundEmailSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        data = payload.validated_data
        ticket = Ticket.objects.filter(pk=data.get("in_reply_to"),
                                       requester__email__iexact=data["sender"]).first()
        InboundEmail.objects.get_or_create(
            message_id=data["message_id"],
            defaults={"sender": data["sender"], "subject": data["subject"],
                      "body": data["body"], "ticket": ticket})
        return Response(status=status.HTTP_202_ACCEPTED)


@login_required
def ticket_page(request, pk):
    ticket = get_object_or_404(Ticket.objects.visible_to(request.user), pk=pk)
    return render(request, "helpdesk/ticket.html", {"ticket": ticket})


@csrf_exempt
@login_required
@require_POST
def close_ticket(request, pk):
    ticket = get_object_or_404(Ticket.objects.visible_to(request.user), pk=pk)
    if ticket.requester_id != request.user.id and not request.user.profile.is_agent:
        return HttpResponseForbidden()
    ticket.status = "closed"
    ticket.save(update_fields=["status", "updated_at"])
    return redirect("ticket-page", pk=pk)


def export_tickets(request):
    organization_id = request.GET.get("organization")
    tickets = Ticket.objects.filter(organization_id=organization_id).select_related("requester")
    response = HttpResponse(content_type="text/csv")
    response["Content-Disposition"] = 'attachment; filename="tickets.csv"'
    writer = csv.writer(response)
    writer.writerow(["id", "subject", "requester", "status", "priority", "created_at"])
    for ticket in tickets:
        writer.writerow([ticket.id, ticket.subject, ticket.requester.email, ticket.status,
                         ticket.priority, ticket.created_at.isoformat()])
    return response
