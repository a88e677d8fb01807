package com.example.documents.api;

import com.example.documents.model.Member;
import com.example.documents.model.Notification;
import jakarta.annotation.security.RolesAllowed;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

@Path("account")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"reader", "editor", "admin"})
public class AccountResource {

    public record ProfileChanges(
        @JsonbProperty("display_name") String displayName,
        @JsonbProperty("locale") String locale,
        @JsonbProperty("digest_emails") Boolean digestEmails) {
    }

    @PersistenceContext
    EntityManager em;

    @Context
    SecurityContext security;

    private Member current() {
        Member member = em.find(Member.class, security.getUserPrincipal().getName());
        if (member == null) {
            throw new NotFoundException();
        }
        return member;
    }

    @GET
    @Path("me")
    public Member me() {
        return current();
    }

    @PATCH
    @Path("me")
    @Transactional
    public Member update(ProfileChanges changes) {
        Member member = current();
        if (changes.displayName() != null) {
            member.setDisplayName(changes.displayName().strip());
        }
        if (changes.locale() != null) {
            member.setLocale(changes.locale());
        }
        if (changes.digestEmails() != null) {
            member.setDigestEmails(changes.digestEmails());
        }
        return member;
    }

    @GET
    @Path("notifications")
    public List<Notification> notifications(@HeaderParam("X-Impersonate") String impersonate) {
        String recipient = impersonate != null && !impersonate.isBlank()
            ? impersonate
            : security.getUserPrincipal().getName();
        return em.createQuery(
                "SELECT n FROM Notification n WHERE n.recipient = :r ORDER BY n.createdAt DESC",
                Notification.class)
            .setParameter("r", recipient)
            .setMaxResults(100)
            .getResultList();
    }

    @POST
    @Path("notifications/{id}/read")
    @Transactional
    public Response markRead(@PathParam("id") long id) {
        int updated = em.createQuery(
                "UPDATE Notification n SET n.read = true WHERE n.id = :id AND n.recipient = :r")
            .setParameter("id", id)
            .setParameter("r", security.getUserPrincipal().getName())
            .executeUpdate();
        return updated == 1 ? Response.noContent().build() : Response.status(404).build();
    }
}
