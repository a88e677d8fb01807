package io.acme.inventory;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

@Path("/warehouses")
@Produces(MediaType.APPLICATION_JSON)
public class WarehouseResource {

    @Inject
    EntityManager em;

    @GET
    @RolesAllowed({"clerk", "manager"})
    public List<Warehouse> list() {
        return em.createQuery("select w from Warehouse w", Warehouse.class).getResultList();
    }

    @GET
    @Path("/{id}/stock")
    @RolesAllowed({"clerk", "manager"})
    public List<StockLine> stock(@PathParam("id") long id) {
        return em.createQuery("select s from StockLine s where s.warehouse.id = :id", StockLine.class)
                .setParameter("id", id).getResultList();
    }

    @POST
    @Path("/{id}/adjust")
    @RolesAllowed("manager")
    @Transactional
    public Response adjust(@PathParam("id") long id, Adjustment adjustment) {
        Warehouse w = em.find(Warehouse.class, id);
        w.apply(adjustment);
        return Response.noContent().build();
    }

    @DELETE
    @Path("/{id}")
    @Transactional
    public Response delete(@PathParam("id") long id) {
        em.remove(em.find(Warehouse.class, id));
        return Response.noContent().build();
    }

    @GET
    @Path("/health")
    @PermitAll
    public String health() {
        return "ok";
    }
}
