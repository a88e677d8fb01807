package com.acme.inventory;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

@Path("items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ItemResource {

    public record StockAdjustment(@Min(-1000) int delta, @NotBlank String reason) {}

    public record ItemUpdate(@NotBlank String name, String description, @Min(0) long priceCents) {}

    @Inject
    EntityManager em;

    @GET
    @PermitAll
    public List<Item> catalogue(@QueryParam("q") @DefaultValue("") String q) {
        return em.createQuery("select i from Item i where i.active = true and lower(i.name) like :q", Item.class)
                .setParameter("q", "%" + q.toLowerCase() + "%")
                .setMaxResults(100)
                .getResultList();
    }

    @GET
    @Path("{id}")
    @PermitAll
    public Item item(@PathParam("id") long id) {
        Item item = em.find(Item.class, id);
        if (item == null || !item.isActive()) {
            throw new NotFoundException();
        }
        return item;
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({"clerk", "admin"})
    @Transactional
    public Item update(@PathParam("id") long id, @Valid ItemUpdate body) {
        Item item = em.find(Item.class, id);
        if (item == null) {
            throw new NotFoundException();
        }
        item.setName(body.name());
        item.setDescription(body.description());
        item.setPriceCents(body.priceCents());
        return item;
    }

    @POST
    @Path("{id}/stock")
    @RolesAllowed("clerk")
    @Transactional
    public Response adjustStock(@PathParam("id") long id, @Valid StockAdjustment adj) {
        Item item = em.find(Item.class, id);
        if (item == null) {
            throw new NotFoundException();
        }
        item.setOnHand(item.getOnHand() + adj.delta());
        em.persist(new StockMovement(item, adj.delta(), adj.reason()));
        return Response.noContent().build();
    }
}
