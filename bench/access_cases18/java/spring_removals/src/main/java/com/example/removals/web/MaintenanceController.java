package com.example.removals.web;

import com.example.removals.domain.CustomerRepository;
import com.example.removals.domain.JobRepository;
import java.util.Map;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/maintenance")
public class MaintenanceController {
    private final JobRepository jobs;
    private final CustomerRepository customers;

    public MaintenanceController(JobRepository jobs, CustomerRepository customers) {
        this.jobs = jobs;
        this.customers = customers;
    }

    @PostMapping("/key-safes/clear")
    @Transactional
    public Map<String, Integer> clearKeySafes() {
        return Map.of("cleared", jobs.clearCompletedKeySafeCodes());
    }

    @PostMapping("/customers/{id}/hold")
    @Transactional
    public Map<String, Object> toggleHold(@PathVariable Long id) {
        var customer = customers.findById(id).orElseThrow();
        customer.setAccountOnHold(!customer.isAccountOnHold());
        customers.save(customer);
        return Map.of("id", id, "onHold", customer.isAccountOnHold());
    }
}
