package com.islandlink.ferry;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@RequestMapping("/profile")
public class ProfileController {

    private final PassengerRepository passengers;

    public ProfileController(PassengerRepository passengers) {
        this.passengers = passengers;
    }

    @PostMapping
    public String update(@ModelAttribute Passenger form, Principal principal) {
        Passenger me = passengers.findByEmail(principal.getName()).orElseThrow();
        form.setId(me.getId());
        passengers.save(form);
        return "redirect:/profile";
    }

    @PostMapping("/concession")
    public String concession(@RequestHeader("X-Passenger-Email") String email,
                             @RequestParam String cardNumber) {
        Passenger passenger = passengers.findByEmail(email).orElseThrow();
        passenger.setConcessionCard(cardNumber);
        passengers.save(passenger);
        return "redirect:/profile";
    }

    @GetMapping("/export")
    public String export(Principal principal) {
        return "redirect:/profile/download?email=" + principal.getName();
    }
}
