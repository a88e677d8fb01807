package com.example.tickets;

import java.security.Principal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
public class AccountController {

    private final AccountRepository accounts;
    private final TicketRepository tickets;
    private final PasswordEncoder passwordEncoder;

    public AccountController(AccountRepository accounts, TicketRepository tickets,
                             PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.tickets = tickets;
        this.passwordEncoder = passwordEncoder;
    }

    public static class SignupForm {
        @NotBlank @Size(min = 3, max = 40) private String username;
        @NotBlank @Email private String email;
        @NotBlank @Size(min = 10, max = 200) private String password;

        public String getUsername() { return username; }
        public void setUsername(String username) { this.username = username; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
        public String getPassword() { return password; }
        public void setPassword(String password) { this.password = password; }
    }

    @GetMapping("/signup")
    public String signupForm(Model model) {
        model.addAttribute("form", new SignupForm());
        return "signup";
    }

    @PostMapping("/signup")
    public String signup(@Valid @ModelAttribute("form") SignupForm form, BindingResult result) {
        if (result.hasErrors()) {
            return "signup";
        }
        if (accounts.findByUsername(form.getUsername()).isPresent()) {
            result.rejectValue("username", "taken", "Username already taken");
            return "signup";
        }
        Account account = new Account();
        account.setUsername(form.getUsername());
        account.setEmail(form.getEmail());
        account.setDisplayName(form.getUsername());
        account.setPasswordHash(passwordEncoder.encode(form.getPassword()));
        accounts.save(account);
        return "redirect:/login?registered";
    }

    @GetMapping("/account")
    public String account(Model model, Principal principal) {
        Account me = accounts.findByUsername(principal.getName()).orElseThrow();
        model.addAttribute("account", me);
        model.addAttribute("tickets", tickets.findByOwnerUsernameOrderByPurchasedAtDesc(me.getUsername()));
        return "account";
    }

    @PostMapping("/account")
    @Transactional
    public String updateAccount(@ModelAttribute("account") Account form, Principal principal) {
        Account me = accounts.findByUsername(principal.getName()).orElseThrow();
        form.setId(me.getId());
        form.setUsername(me.getUsername());
        form.setPasswordHash(me.getPasswordHash());
        accounts.save(form);
        return "redirect:/account?saved";
    }
}
