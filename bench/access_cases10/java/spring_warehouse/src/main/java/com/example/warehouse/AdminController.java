package com.example.warehouse;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/admin")
@PreAuthorize("hasRole('ADMIN')")
public class AdminController {

    private final AppUserRepository users;

    public AdminController(AppUserRepository users) {
        this.users = users;
    }

    @GetMapping("/users")
    public List<AppUser> all() {
        return users.findAll();
    }

    @PostMapping("/users/{id}/role")
    public AppUser setRole(@PathVariable Long id, @RequestParam Role role) {
        AppUser u = users.findById(id).orElseThrow();
        u.setRole(role);
        return users.save(u);
    }
}
