package com.acme.inventory;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Map;

/** Housekeeping endpoints used by the nightly jobs. */
@Path("maintenance")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class MaintenanceResource {

    @Inject
    EntityManager em;

    @DELETE
    @Path("stock-movements")
    @Transactional
    public Response purgeStockHistory(@QueryParam("before") String before) {
        int removed = em.createQuery("delete from StockMovement m where m.createdAt < :before")
                .setParameter("before", java.time.LocalDate.parse(before).atStartOfDay())
                .executeUpdate();
        return Response.ok(Map.of("removed", removed)).build();
    }

    @POST
    @Path("recount")
    @Transactional
    public Response recount() {
        em.createNativeQuery("update item set on_hand = (select coalesce(sum(delta), 0) from stock_movement m where m.item_id = item.id)")
                .executeUpdate();
        return Response.accepted().build();
    }
}
