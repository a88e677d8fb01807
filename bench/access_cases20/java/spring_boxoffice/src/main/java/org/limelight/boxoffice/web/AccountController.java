package org.limelight.boxoffice.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import org.limelight.boxoffice.domain.Patron;
import org.limelight.boxoffice.domain.Repositories.PatronRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/account")
public class AccountController {
    private final PatronRepository patrons;

    public AccountController(PatronRepository patrons) {
        this.patrons = patrons;
    }

    public record ContactForm(@NotBlank @Size(max = 120) String displayName, @Size(max = 30) String phone) {}

    @ModelAttribute("patron")
    public Patron currentPatron(Principal principal) {
        return patrons.findByEmailIgnoreCase(principal.getName()).orElseThrow();
    }

    @GetMapping
    public String view() {
        return "account";
    }

    @PostMapping("/contact")
    public String contact(@Valid ContactForm form, Principal principal) {
        Patron me = patrons.findByEmailIgnoreCase(principal.getName()).orElseThrow();
        me.setDisplayName(form.displayName());
        me.setPhone(form.phone());
        patrons.save(me);
        return "redirect:/account";
    }

    @PostMapping("/profile")
    public String profile(@ModelAttribute("patron") Patron patron) {
        patrons.save(patron);
        return "redirect:/account";
    }
}
