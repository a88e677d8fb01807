package com.example.bank.web;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.*;

import com.example.bank.model.Customer;
import com.example.bank.repo.CustomerRepository;

@RestController
public class AdminController {

    private final CustomerRepository customers;

    public AdminController(CustomerRepository customers) {
        this.customers = customers;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @GetMapping("/api/admin/customers")
    public List<Customer> customers() {
        return customers.findAll();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @PostMapping("/api/admin/customers/{id}/lock")
    public void lock(@PathVariable Long id) {
        customers.findById(id).ifPresent(c -> {
            c.setLocked(true);
            customers.save(c);
        });
    }

    @DeleteMapping("/internal/customers/{id}")
    public void delete(@PathVariable Long id) {
        customers.deleteById(id);
    }
}
