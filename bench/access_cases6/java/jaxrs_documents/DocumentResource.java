package com.example.documents.api;

import com.example.documents.model.Document;
import com.example.documents.model.DocumentInput;
import com.example.documents.storage.BlobStore;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.NoResultException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;

@Path("documents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"reader", "editor", "admin"})
public class DocumentResource {

    @PersistenceContext
    EntityManager em;

    @Inject
    BlobStore blobs;

    @Context
    SecurityContext security;

    private String me() {
        return security.getUserPrincipal().getName();
    }

    private Document owned(long id) {
        try {
            return em.createQuery(
                    "SELECT d FROM Document d WHERE d.id = :id AND d.owner = :owner", Document.class)
                .setParameter("id", id)
                .setParameter("owner", me())
                .getSingleResult();
        } catch (NoResultException e) {
            throw new NotFoundException();
        }
    }

    @GET
    public List<Document> list() {
        return em.createQuery(
                "SELECT d FROM Document d WHERE d.owner = :owner ORDER BY d.updatedAt DESC",
                Document.class)
            .setParameter("owner", me())
            .setMaxResults(200)
            .getResultList();
    }

    @GET
    @Path("{id}")
    public Document get(@PathParam("id") long id) {
        Document doc = em.find(Document.class, id);
        if (doc == null) {
            throw new NotFoundException();
        }
        if (!doc.getOwner().equals(me()) && !doc.getSharedWith().contains(me())) {
            throw new ForbiddenException();
        }
        return doc;
    }

    @GET
    @Path("{id}/content")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    public Response content(@PathParam("id") long id) {
        Document doc = em.find(Document.class, id);
        if (doc == null) {
            throw new NotFoundException();
        }
        return Response.ok(blobs.open(doc.getBlobKey()))
            .header("Content-Disposition", "attachment; filename=\"" + doc.getFileName() + "\"")
            .build();
    }

    @POST
    @RolesAllowed({"editor", "admin"})
    @Transactional
    public Response create(DocumentInput input) {
        Document doc = new Document();
        doc.setTitle(input.title());
        doc.setFileName(input.fileName());
        doc.setBlobKey(blobs.reserve());
        doc.setOwner(me());
        doc.setUpdatedAt(Instant.now());
        em.persist(doc);
        return Response.status(Response.Status.CREATED).entity(doc).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({"editor", "admin"})
    @Transactional
    public Document update(@PathParam("id") long id, Document changes) {
        owned(id);
        changes.setId(id);
        changes.setUpdatedAt(Instant.now());
        return em.merge(changes);
    }

    @PUT
    @Path("{id}/title")
    @RolesAllowed({"editor", "admin"})
    @Transactional
    public Document rename(@PathParam("id") long id, DocumentInput input) {
        Document doc = owned(id);
        doc.setTitle(input.title());
        doc.setUpdatedAt(Instant.now());
        return doc;
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({"editor", "admin"})
    @Transactional
    public Response delete(@PathParam("id") long id) {
        int removed = em.createQuery("DELETE FROM Document d WHERE d.id = :id AND d.owner = :owner")
            .setParameter("id", id)
            .setParameter("owner", me())
            .executeUpdate();
        return removed == 1 ? Response.noContent().build() : Response.status(404).build();
    }

    @GET
    @Path("shared/{token}")
    @PermitAll
    public Document sharedPreview(@PathParam("token") String token) {
        if (token == null || token.length() < 32) {
            throw new NotFoundException();
        }
        try {
            return em.createQuery(
                    "SELECT d FROM Document d WHERE d.shareToken = :token AND d.shareExpiresAt > :now",
                    Document.class)
                .setParameter("token", token)
                .setParameter("now", Instant.now())
                .getSingleResult();
        } catch (NoResultException e) {
            throw new NotFoundException();
        }
    }
}
