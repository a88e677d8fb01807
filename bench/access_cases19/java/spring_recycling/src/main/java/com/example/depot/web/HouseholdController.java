package com.example.depot.web;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import com.example.depot.model.Household;
import com.example.depot.repo.HouseholdRepository;

@RestController
@RequestMapping("/api/households/me")
public class HouseholdController {

    public record ContactDetails(String contactName, String phone) {}

    private final HouseholdRepository households;

    public HouseholdController(HouseholdRepository households) {
        this.households = households;
    }

    private Household current(Jwt jwt) {
        return households.findBySubject(jwt.getSubject())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @GetMapping
    public Household me(@AuthenticationPrincipal Jwt jwt) {
        return current(jwt);
    }

    @PutMapping
    public Household replace(@AuthenticationPrincipal Jwt jwt, @RequestBody Household incoming) {
        Household existing = current(jwt);
        incoming.setId(existing.getId());
        incoming.setSubject(existing.getSubject());
        return households.save(incoming);
    }

    @PatchMapping("/contact")
    public Household contact(@AuthenticationPrincipal Jwt jwt, @RequestBody ContactDetails body) {
        Household household = current(jwt);
        household.setContactName(body.contactName());
        household.setPhone(body.phone());
        return households.save(household);
    }
}
