package com.example.removals.web;

import com.example.removals.domain.Customer;
import com.example.removals.domain.CustomerRepository;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;

@Controller
@RequestMapping("/account")
public class AccountController {
    private final CustomerRepository customers;

    public AccountController(CustomerRepository customers) {
        this.customers = customers;
    }

    public record AddressUpdate(@NotBlank @Size(max = 300) String currentAddress, @Size(max = 30) String phone) {}

    @GetMapping
    public String account(Principal principal, Model model) {
        model.addAttribute("customer", customers.findByUsername(principal.getName()).orElseThrow());
        return "account";
    }

    @PostMapping("/profile")
    public String updateProfile(@ModelAttribute Customer form, Principal principal) {
        Customer current = customers.findByUsername(principal.getName()).orElseThrow();
        form.setId(current.getId());
        form.setUsername(current.getUsername());
        form.setPasswordHash(current.getPasswordHash());
        customers.save(form);
        return "redirect:/account";
    }

    @PutMapping("/address")
    @ResponseBody
    public Customer updateAddress(@Valid @RequestBody AddressUpdate update, Principal principal) {
        Customer current = customers.findByUsername(principal.getName()).orElseThrow();
        current.setCurrentAddress(update.currentAddress());
        current.setPhone(update.phone());
        return customers.save(current);
    }
}
