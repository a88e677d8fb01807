package org.harbourside.marina;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import javax.crypto.SecretKey;

@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthFilter implements ContainerRequestFilter {

    private static final SecretKey KEY =
            Keys.hmacShaKeyFor(System.getenv("MARINA_JWT_SECRET").getBytes(StandardCharsets.UTF_8));

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (path.equals("health") || path.startsWith("tariffs/public")) {
            return;
        }
        String header = request.getHeaderString("Authorization");
        if (header != null && header.startsWith("Bearer ")) {
            authenticateToken(request, header.substring(7));
            return;
        }
        if (fromGateTerminal(request)) {
            return;
        }
        request.abortWith(Response.status(Response.Status.UNAUTHORIZED).build());
    }

    private void authenticateToken(ContainerRequestContext request, String token) {
        try {
            Claims claims = Jwts.parser().verifyWith(KEY).requireIssuer("marina-office").build()
                    .parseSignedClaims(token).getPayload();
            install(request, claims.getSubject(), claims.get("role", String.class));
        } catch (JwtException e) {
            request.abortWith(Response.status(Response.Status.UNAUTHORIZED).build());
        }
    }

    private boolean fromGateTerminal(ContainerRequestContext request) {
        // the pontoon gate terminals predate the token login and send the holder id they scanned
        String holder = request.getHeaderString("X-Berth-Holder");
        if (holder == null || holder.isBlank()) {
            return false;
        }
        install(request, holder.trim(), "holder");
        return true;
    }

    private void install(ContainerRequestContext request, String name, String role) {
        SecurityContext base = request.getSecurityContext();
        request.setSecurityContext(new SecurityContext() {
            @Override public Principal getUserPrincipal() { return () -> name; }
            @Override public boolean isUserInRole(String r) { return r.equals(role); }
            @Override public boolean isSecure() { return base.isSecure(); }
            @Override public String getAuthenticationScheme() { return "Bearer"; }
        });
    }
}
