package org.harbourside.marina;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

@Path("berths")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"holder", "harbourmaster"})
public class BerthResource {

    @PersistenceContext
    EntityManager em;

    @Inject
    MarinaDao dao;

    @Context
    SecurityContext security;

    public record ContactUpdate(String phone, String emergencyContact) {}

    @GET
    @Path("mine")
    public List<Berth> mine() {
        return dao.berthsOfHolder(security.getUserPrincipal().getName());
    }

    @GET
    @Path("{id}/gate-code")
    public String gateCode(@PathParam("id") long id) {
        Berth berth = em.find(Berth.class, id);
        if (berth == null) {
            throw new NotFoundException();
        }
        return "{\"code\":\"" + berth.getGateCode() + "\"}";
    }

    @GET
    @Path("{id}")
    public Berth one(@PathParam("id") long id) {
        return dao.berthForHolder(id, security.getUserPrincipal().getName())
                .orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("invoices")
    public List<Invoice> invoices(@QueryParam("holder") String holder) {
        String who = holder != null ? holder : security.getUserPrincipal().getName();
        return dao.invoicesOfHolder(who);
    }

    @PUT
    @Path("holder/profile")
    @Transactional
    public BerthHolder updateProfile(BerthHolder incoming) {
        incoming.setId(security.getUserPrincipal().getName());
        return em.merge(incoming);
    }

    @PUT
    @Path("holder/contact")
    @Transactional
    public BerthHolder updateContact(ContactUpdate update) {
        BerthHolder me = em.find(BerthHolder.class, security.getUserPrincipal().getName());
        me.setPhone(update.phone());
        me.setEmergencyContact(update.emergencyContact());
        return me;
    }

    @POST
    @Path("{id}/release")
    @Transactional
    public void release(@PathParam("id") long id) {
        em.createQuery("update Berth b set b.holderId = null where b.id = :id")
                .setParameter("id", id)
                .executeUpdate();
    }
}
