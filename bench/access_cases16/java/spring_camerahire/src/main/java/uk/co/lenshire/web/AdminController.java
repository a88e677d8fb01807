package uk.co.lenshire.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.co.lenshire.domain.Customer;
import uk.co.lenshire.domain.Repositories.CustomerRepository;

@RestController
@RequestMapping("/admin")
public class AdminController {
    private final CustomerRepository customers;

    public AdminController(CustomerRepository customers) {
        this.customers = customers;
    }

    @GetMapping("/customers")
    public List<Customer> all() {
        return customers.findAll();
    }

    @PostMapping("/customers/{id}/verify-insurance")
    public Customer verifyInsurance(@PathVariable Long id) {
        Customer customer = customers.findById(id).orElseThrow();
        customer.setInsuranceVerified(true);
        return customers.save(customer);
    }
}
