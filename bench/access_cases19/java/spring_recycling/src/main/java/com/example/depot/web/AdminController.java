package com.example.depot.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import com.example.depot.model.Household;
import com.example.depot.repo.HouseholdRepository;

@RestController
@RequestMapping("/api/admin")
public class AdminController {

    private final HouseholdRepository households;

    public AdminController(HouseholdRepository households) {
        this.households = households;
    }

    @GetMapping("/households")
    @PreAuthorize("hasRole('DEPOT_MANAGER')")
    public List<Household> all() {
        return households.findAll();
    }

    @PostMapping("/households/{id}/trade")
    @PreAuthorize("hasRole('DEPOT_MANAGER')")
    public Household markTrade(@PathVariable Long id, @RequestParam boolean trade) {
        Household household = households.findById(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        household.setTradeAccount(trade);
        return households.save(household);
    }

    @PostMapping("/households/{id}/rebates")
    public Household creditRebate(@PathVariable Long id, @RequestParam long pence) {
        Household household = households.findById(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        household.setRebateBalancePence(household.getRebateBalancePence() + pence);
        return households.save(household);
    }
}
