package com.example.documents.api;

import com.example.documents.model.AuditEntry;
import com.example.documents.model.Document;
import com.example.documents.model.Member;
import com.example.documents.search.SearchIndex;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;

@Path("admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class AdminResource {

    @PersistenceContext
    EntityManager em;

    @Inject
    SearchIndex search;

    @Context
    SecurityContext security;

    @GET
    @Path("members")
    public List<Member> members(@QueryParam("page") int page) {
        return em.createQuery("SELECT m FROM Member m ORDER BY m.name", Member.class)
            .setFirstResult(Math.max(0, page) * 50)
            .setMaxResults(50)
            .getResultList();
    }

    @POST
    @Path("members/{name}/role")
    @Transactional
    public Member setRole(@PathParam("name") String name, Map<String, String> body) {
        Member member = em.find(Member.class, name);
        if (member == null) {
            throw new NotFoundException();
        }
        String role = body.getOrDefault("role", "");
        if (!List.of("reader", "editor", "admin").contains(role)) {
            throw new BadRequestException("unknown role");
        }
        member.setRole(role);
        em.persist(new AuditEntry(security.getUserPrincipal().getName(), "role", name, Instant.now()));
        return member;
    }

    @DELETE
    @Path("documents/{id}")
    @Transactional
    public Response purgeDocument(@PathParam("id") long id) {
        Document doc = em.find(Document.class, id);
        if (doc != null) {
            em.remove(doc);
            em.persist(new AuditEntry(security.getUserPrincipal().getName(), "purge",
                String.valueOf(id), Instant.now()));
        }
        return Response.noContent().build();
    }

    @POST
    @Path("search/rebuild")
    @PermitAll
    public Response rebuildIndex() {
        int count = search.rebuild(em.createQuery("SELECT d FROM Document d", Document.class)
            .getResultStream());
        return Response.accepted(Map.of("indexed", count)).build();
    }

    @GET
    @Path("audit")
    @RolesAllowed({"admin", "auditor"})
    public List<AuditEntry> audit(@QueryParam("actor") String actor) {
        if (actor == null || actor.isBlank()) {
            return em.createQuery("SELECT a FROM AuditEntry a ORDER BY a.at DESC", AuditEntry.class)
                .setMaxResults(500)
                .getResultList();
        }
        return em.createQuery(
                "SELECT a FROM AuditEntry a WHERE a.actor = :actor ORDER BY a.at DESC", AuditEntry.class)
            .setParameter("actor", actor)
            .setMaxResults(500)
            .getResultList();
    }
}
