package com.acme.inventory;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.NoResultException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import java.util.List;

@Path("orders")
@RolesAllowed({"customer", "clerk", "admin"})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrderResource {

    @Inject
    EntityManager em;

    @Context
    SecurityContext security;

    private String me() {
        return security.getUserPrincipal().getName();
    }

    @GET
    public List<CustomerOrder> myOrders() {
        return em.createQuery(
                        "select o from CustomerOrder o where o.customer.username = :u order by o.createdAt desc",
                        CustomerOrder.class)
                .setParameter("u", me())
                .getResultList();
    }

    @GET
    @Path("recent")
    public List<CustomerOrder> recentForAccount(@HeaderParam("X-Account-User") String username) {
        return em.createQuery(
                        "select o from CustomerOrder o where o.customer.username = :u order by o.createdAt desc",
                        CustomerOrder.class)
                .setParameter("u", username)
                .setMaxResults(10)
                .getResultList();
    }

    @GET
    @Path("{id}")
    public CustomerOrder get(@PathParam("id") long id) {
        CustomerOrder order = em.find(CustomerOrder.class, id);
        if (order == null) {
            throw new NotFoundException();
        }
        return order;
    }

    @POST
    @Path("{id}/cancel")
    @Transactional
    public Response cancel(@PathParam("id") long id) {
        CustomerOrder order;
        try {
            order = em.createQuery(
                            "select o from CustomerOrder o where o.id = :id and o.customer.username = :u",
                            CustomerOrder.class)
                    .setParameter("id", id)
                    .setParameter("u", me())
                    .getSingleResult();
        } catch (NoResultException e) {
            throw new NotFoundException();
        }
        order.setStatus(OrderStatus.CANCELLED);
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}")
    @Transactional
    public CustomerOrder update(@PathParam("id") long id, CustomerOrder changes) {
        CustomerOrder existing = em.find(CustomerOrder.class, id);
        if (existing == null || !existing.getCustomer().getUsername().equals(me())) {
            throw new NotFoundException();
        }
        changes.setId(id);
        return em.merge(changes);
    }

    @GET
    @Path("{id}/invoice")
    @Produces("application/pdf")
    public Response invoice(@PathParam("id") long id) {
        CustomerOrder order = em.find(CustomerOrder.class, id);
        if (order == null) {
            throw new NotFoundException();
        }
        if (!security.isUserInRole("clerk") && !order.getCustomer().getUsername().equals(me())) {
            throw new ForbiddenException();
        }
        return Response.ok(InvoiceRenderer.render(order)).build();
    }
}
