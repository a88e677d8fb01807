package com.example.integrations;

import java.net.URI;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

@Component
public class PartnerClient {
    private static final Set<String> PARTNER_HOSTS = Set.of("api.partner-a.example", "api.partner-b.example");
    private final RestTemplate rest;

    public PartnerClient(RestTemplate rest) {
        this.rest = rest;
    }

    public String fetch(String url) {
        return rest.getForObject(url, String.class);
    }

    public String fetchPartner(String url) {
        URI uri = URI.create(url);
        if (!"https".equals(uri.getScheme()) || !PARTNER_HOSTS.contains(uri.getHost())) {
            throw new IllegalArgumentException("unknown partner");
        }
        return rest.getForObject(uri, String.class);
    }

    public String status() {
        return rest.getForObject("https://status.partner-a.example/v1/health", String.class);
    }
}
