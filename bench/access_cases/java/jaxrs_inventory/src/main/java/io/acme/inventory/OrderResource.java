package io.acme.inventory;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

@Path("/orders")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("customer")
public class OrderResource {

    @Inject
    EntityManager em;

    @GET
    public java.util.List<PurchaseOrder> mine(@Context SecurityContext security) {
        return em.createQuery("select o from PurchaseOrder o where o.customer = :c", PurchaseOrder.class)
                .setParameter("c", security.getUserPrincipal().getName()).getResultList();
    }

    @GET
    @Path("/{id}")
    public PurchaseOrder one(@PathParam("id") long id) {
        return em.find(PurchaseOrder.class, id);
    }

    @GET
    @Path("/{id}/invoice")
    public Invoice invoice(@PathParam("id") long id, @Context SecurityContext security) {
        PurchaseOrder order = em.find(PurchaseOrder.class, id);
        if (order == null || !order.getCustomer().equals(security.getUserPrincipal().getName())) {
            throw new NotFoundException();
        }
        return order.getInvoice();
    }
}
