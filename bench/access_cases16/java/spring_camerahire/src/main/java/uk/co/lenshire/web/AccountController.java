package uk.co.lenshire.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import uk.co.lenshire.domain.Customer;
import uk.co.lenshire.domain.Repositories.CustomerRepository;

@Controller
@RequestMapping("/account")
public class AccountController {
    private final CustomerRepository customers;

    public AccountController(CustomerRepository customers) {
        this.customers = customers;
    }

    public record ContactForm(String fullName, String phone) {}

    @GetMapping
    public String show(@AuthenticationPrincipal UserDetails user, Model model) {
        model.addAttribute("customer", customers.findByUsername(user.getUsername()).orElseThrow());
        return "account";
    }

    @PostMapping
    public String save(@ModelAttribute Customer form, @AuthenticationPrincipal UserDetails user) {
        Customer current = customers.findByUsername(user.getUsername()).orElseThrow();
        form.setId(current.getId());
        form.setUsername(current.getUsername());
        form.setPasswordHash(current.getPasswordHash());
        customers.save(form);
        return "redirect:/account";
    }

    @PostMapping("/contact")
    public String saveContact(@ModelAttribute ContactForm form, @AuthenticationPrincipal UserDetails user) {
        Customer current = customers.findByUsername(user.getUsername()).orElseThrow();
        current.setFullName(form.fullName());
        current.setPhone(form.phone());
        customers.save(current);
        return "redirect:/account";
    }
}
