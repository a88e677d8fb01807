package com.example.depot.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import com.example.depot.model.CollectionRequest;
import com.example.depot.model.Household;
import com.example.depot.repo.CollectionRequestRepository;
import com.example.depot.repo.HouseholdRepository;

@RestController
@RequestMapping("/api/collections")
public class CollectionController {

    public record NewCollection(String items, LocalDate collectOn, String accessNotes) {}

    private final CollectionRequestRepository collections;
    private final HouseholdRepository households;

    public CollectionController(CollectionRequestRepository collections, HouseholdRepository households) {
        this.collections = collections;
        this.households = households;
    }

    @GetMapping
    public List<CollectionRequest> mine(@AuthenticationPrincipal Jwt jwt) {
        return collections.findByHouseholdSubjectOrderByCollectOnDesc(jwt.getSubject());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public CollectionRequest book(@AuthenticationPrincipal Jwt jwt, @RequestBody NewCollection body) {
        Household household = households.findBySubject(jwt.getSubject())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
        CollectionRequest request = new CollectionRequest();
        request.setHousehold(household);
        request.setItems(body.items());
        request.setCollectOn(body.collectOn());
        request.setAccessNotes(body.accessNotes());
        return collections.save(request);
    }

    @GetMapping("/{id}")
    public CollectionRequest one(@PathVariable Long id) {
        return collections.findById(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @PostMapping("/{id}/cancel")
    public CollectionRequest cancel(@PathVariable Long id, @AuthenticationPrincipal Jwt jwt) {
        CollectionRequest request = collections.findByIdAndHouseholdSubject(id, jwt.getSubject())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        request.setStatus("CANCELLED");
        return collections.save(request);
    }
}
