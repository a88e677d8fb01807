package com.example.tickets.web;

import java.security.Principal;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.server.ResponseStatusException;

import com.example.tickets.domain.Ticket;
import com.example.tickets.domain.TicketRepository;
import com.example.tickets.domain.User;
import com.example.tickets.domain.UserRepository;

@RestController
@RequestMapping("/api")
public class TicketController {

    private final TicketRepository tickets;
    private final UserRepository users;

    public TicketController(TicketRepository tickets, UserRepository users) {
        this.tickets = tickets;
        this.users = users;
    }

    @GetMapping("/tickets")
    public List<Ticket> mine(Principal principal) {
        return tickets.findByOwnerUsername(principal.getName());
    }

    @GetMapping("/tickets/{id}")
    public Ticket one(@PathVariable Long id, Principal principal) {
        return tickets.findByIdAndOwnerUsername(id, principal.getName())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @DeleteMapping("/tickets/{id}")
    public void delete(@PathVariable Long id) {
        tickets.deleteById(id);
    }

    @GetMapping("/queue")
    public List<Ticket> queue(@RequestHeader("X-Desk-Role") String role) {
        if (!"agent".equals(role)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return tickets.findByStatus("open");
    }

    @PostMapping("/users/{id}")
    public User updateUser(@PathVariable Long id, @ModelAttribute User form, Principal principal) {
        User current = users.findByUsername(principal.getName()).orElseThrow();
        if (!current.getId().equals(id)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        form.setId(id);
        return users.save(form);
    }

    @PostMapping("/users/me/email")
    public User changeEmail(@RequestParam String email, Principal principal) {
        User current = users.findByUsername(principal.getName()).orElseThrow();
        current.setEmail(email);
        return users.save(current);
    }
}
