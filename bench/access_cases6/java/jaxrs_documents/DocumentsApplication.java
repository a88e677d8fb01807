package com.example.documents;

import com.example.documents.api.AccountResource;
import com.example.documents.api.AdminResource;
import com.example.documents.api.DocumentResource;
import com.example.documents.security.TokenAuthFilter;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature;

public class DocumentsApplication extends ResourceConfig {

    public DocumentsApplication() {
        register(TokenAuthFilter.class);
        register(RolesAllowedDynamicFeature.class);
        register(DocumentResource.class);
        register(AdminResource.class);
        register(AccountResource.class);
        register(HealthResource.class);
        register(LoginResource.class);
    }

    @Path("health")
    @Produces(MediaType.APPLICATION_JSON)
    public static class HealthResource {

        @PersistenceContext
        EntityManager em;

        @GET
        @PermitAll
        public Response health() {
            try {
                em.createNativeQuery("SELECT 1").getSingleResult();
                return Response.ok(Map.of("status", "up")).build();
            } catch (RuntimeException e) {
                return Response.status(503).entity(Map.of("status", "down")).build();
            }
        }
    }

    @Path("auth/login")
    @Produces(MediaType.APPLICATION_JSON)
    public static class LoginResource {

        @Inject
        com.example.documents.security.LoginService logins;

        @jakarta.ws.rs.POST
        @PermitAll
        @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
        public Response login(Map<String, String> body) {
            return logins.authenticate(body.get("username"), body.get("password"))
                .map(token -> Response.ok(Map.of("token", token)).build())
                .orElseGet(() -> Response.status(Response.Status.UNAUTHORIZED).build());
        }
    }
}
