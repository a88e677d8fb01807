package com.acme.inventory;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

@Path("admin")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    @Inject
    EntityManager em;

    @GET
    @Path("accounts")
    public List<Account> accounts() {
        return em.createQuery("select a from Account a order by a.username", Account.class).getResultList();
    }

    @POST
    @Path("accounts/{id}/lock")
    @Transactional
    public Response lock(@PathParam("id") long id) {
        Account account = em.find(Account.class, id);
        if (account == null) {
            throw new NotFoundException();
        }
        account.setLocked(true);
        return Response.noContent().build();
    }
}
