package com.example.ferry;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class CrewResource {

    @Inject
    BookingDao dao;

    @GET
    @Path("sailings")
    @PermitAll
    public List<String> timetable() {
        return List.of("07:10 Harbour - Isle", "09:40 Isle - Harbour", "12:15 Harbour - Isle");
    }

    @GET
    @Path("crew/sailings/{id}/manifest")
    @RolesAllowed("crew")
    public List<Booking> manifest(@PathParam("id") long sailingId) {
        return dao.forSailing(sailingId);
    }

    @POST
    @Path("crew/sailings/{id}/purge")
    public Response purge(@PathParam("id") long sailingId) {
        int removed = dao.purgeSailing(sailingId);
        return Response.ok("{\"removed\":" + removed + "}").build();
    }

    @POST
    @Path("quay/checkin/{bookingId}")
    @RolesAllowed("crew")
    public Response checkIn(@PathParam("bookingId") long bookingId) {
        Booking b = dao.find(bookingId);
        if (b == null) throw new NotFoundException();
        b.checkedIn = true;
        dao.merge(b);
        return Response.noContent().build();
    }
}
