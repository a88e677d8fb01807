package com.acme.crm;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
public class ProfileController {

    private final UserAccountRepository users;

    public ProfileController(UserAccountRepository users) {
        this.users = users;
    }

    @GetMapping("/profile")
    public String form(Model model, Principal principal) {
        model.addAttribute("user", users.findByUsername(principal.getName()));
        return "profile";
    }

    @PostMapping("/profile")
    public String save(@ModelAttribute UserAccount user, Principal principal) {
        user.setUsername(principal.getName());
        users.save(user);
        return "redirect:/profile";
    }
}
