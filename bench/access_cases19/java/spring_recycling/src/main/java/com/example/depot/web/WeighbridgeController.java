package com.example.depot.web;

import java.time.Instant;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import com.example.depot.model.Household;
import com.example.depot.repo.HouseholdRepository;

@RestController
@RequestMapping("/api/weighbridge")
public class WeighbridgeController {

    public record Weighing(String plate, int kilograms, String material) {}

    private final HouseholdRepository households;

    public WeighbridgeController(HouseholdRepository households) {
        this.households = households;
    }

    @PostMapping("/tickets")
    public Map<String, Object> ticket(@RequestHeader("X-Household-Id") Long householdId,
                                      @RequestBody Weighing weighing) {
        // the resident app passes the household it is signed in as
        Household household = households.findById(householdId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        household.setVisitsThisYear(household.getVisitsThisYear() + 1);
        if (!household.isTradeAccount() && "garden".equals(weighing.material())) {
            household.setRebateBalancePence(household.getRebateBalancePence() + weighing.kilograms() * 2L);
        }
        households.save(household);
        return Map.of("household", household.getId(), "issuedAt", Instant.now().toString());
    }

    @PostMapping("/gate/open")
    @PreAuthorize("hasRole('DEPOT_STAFF')")
    public Map<String, Object> openGate(@RequestBody Weighing weighing) {
        return Map.of("plate", weighing.plate(), "opened", true);
    }
}
