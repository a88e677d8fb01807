package com.example.ferry;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

@Path("bookings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"passenger", "agent"})
public class BookingResource {

    @Inject
    BookingDao dao;

    @Context
    SecurityContext security;

    private String me() {
        return security.getUserPrincipal().getName();
    }

    @GET
    public List<Booking> mine() {
        return dao.forPassenger(me());
    }

    @GET
    @Path("{id}")
    public Booking get(@PathParam("id") long id) {
        Booking b = dao.find(id);
        if (b == null) throw new NotFoundException();
        return b;
    }

    @PUT
    @Path("{id}")
    public Booking update(@PathParam("id") long id, Booking body) {
        Booking existing = dao.findForPassenger(id, me());
        if (existing == null) throw new NotFoundException();
        body.id = existing.id;
        return dao.merge(body);
    }

    public static class VehicleChange {
        public String vehicleReg;
    }

    @PATCH
    @Path("{id}/vehicle")
    public Booking changeVehicle(@PathParam("id") long id, VehicleChange change) {
        Booking existing = dao.findForPassenger(id, me());
        if (existing == null) throw new NotFoundException();
        existing.vehicleReg = change.vehicleReg;
        return dao.merge(existing);
    }

    @DELETE
    @Path("{id}")
    public Response cancel(@PathParam("id") long id) {
        dao.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path("family")
    public List<Booking> family(@HeaderParam("X-Passenger-Id") String passengerId) {
        return dao.forPassenger(passengerId);
    }
}
