package org.harbourside.marina;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

@Path("harbourmaster")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("harbourmaster")
public class HarbourmasterResource {

    @PersistenceContext
    EntityManager em;

    @GET
    @Path("holders")
    public List<BerthHolder> holders() {
        return em.createQuery("select h from BerthHolder h", BerthHolder.class).getResultList();
    }

    @POST
    @Path("berths/{id}/assign/{holder}")
    @Transactional
    public void assign(@PathParam("id") long id, @PathParam("holder") String holder) {
        em.find(Berth.class, id).setHolderId(holder);
    }

    @DELETE
    @Path("waiting-list")
    @PermitAll
    @Transactional
    public int clearWaitingList() {
        return em.createQuery("delete from WaitingListEntry").executeUpdate();
    }

    @GET
    @Path("tariffs/current")
    @PermitAll
    public List<Tariff> tariffs() {
        return em.createQuery("select t from Tariff t where t.active = true", Tariff.class).getResultList();
    }
}
